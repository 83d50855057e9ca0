package site

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/outdir"
)

// caseClaim is the first output to use a path or folder that others may
// spell with other case.
type caseClaim struct {
	spelt string // the path as that output spells it, "Guides/" or "Guides/a/index.html"
	file  string // the output file
}

// sameButCase reports, as an error, an output file that differs only in
// case from one claimed before it, or lies in a folder that does ("Foo/"
// and "foo/"): on case-insensitive file systems (macOS, Windows) and many
// hosts they are one file, and one output would overwrite the other. The
// error is at j's source, else at the other's, and names both.
func (p *plan) sameButCase(j job) *diag.Error {
	if p.caseOf == nil {
		p.caseOf = map[string]caseClaim{}
	}
	if m := strings.ToLower(outdir.Marker); strings.ToLower(j.file) == m || strings.HasPrefix(strings.ToLower(j.file), m+"/") {
		return diag.Errorf(j.src, j.line, "/%s is the file where the generator marks the output folder as its own (%s cannot be written there): rename it (a page: change its slug or file name)", outdir.Marker, j.claim)
	}
	for i := 0; i < len(j.file); i++ {
		if j.file[i] != '/' && i != len(j.file)-1 {
			continue
		}
		spelt := j.file[:i+1]
		name := strings.TrimSuffix(spelt, "/") // a file and a folder may clash too
		key := strings.ToLower(name)
		first, ok := p.caseOf[key]
		if !ok {
			p.caseOf[key] = caseClaim{spelt, j.file}
			continue
		}
		at := p.claimedAt[first.file]
		if j.src != "" {
			at = sourceAt{j.src, j.line}
		}
		if strings.TrimSuffix(first.spelt, "/") == name {
			if first.spelt == spelt {
				continue
			}
			return fileAndFolder(at, first, caseClaim{spelt, j.file}, p.outputs[first.file], j.claim)
		}
		return diag.Errorf(at.path, at.line, "/%s and /%s differ only in case (%s and %s): on macOS, Windows and many web hosts they are one address, and one would overwrite the other; rename one of them",
			first.spelt, spelt, p.outputs[first.file], j.claim)
	}
	return nil
}

// fileAndFolder is the error for one output that writes the file /name
// and another that needs a folder of that name: only one can be there.
func fileAndFolder(at sourceAt, a, b caseClaim, claimA, claimB string) *diag.Error {
	file, folder := a, b
	claimFile, claimFolder := claimA, claimB
	if strings.HasSuffix(a.spelt, "/") {
		file, folder, claimFile, claimFolder = b, a, claimB, claimA
	}
	return diag.Errorf(at.path, at.line, "/%s is a file (%s) and /%s a folder (%s, writing /%s): one name cannot be both; rename one of them (a page: change its slug or file name)",
		file.spelt, claimFile, folder.spelt, claimFolder, folder.file)
}

// checkContentDir is an error when the source folder has no content/: a
// build of it would be a home page with nothing on it, most likely from
// the wrong folder.
func checkContentDir(src fs.FS) error {
	info, err := fs.Stat(src, content.Dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return diag.Errorf(content.Dir+"/", 0, "the source folder has no content/ folder, where the pages are: build from the site's folder (or give it with --source), write a first page with followup new content/_index.md, or start a site with followup init")
	case err == nil && !info.IsDir():
		return diag.Errorf(content.Dir, 0, "is a file, not the folder of the pages: move it away and write the pages under content/")
	}
	return nil
}
