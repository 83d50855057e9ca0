// Package starter writes new sites and new pages: `followup init` and
// `followup new`.
//
// Init writes a site into a folder that is new or empty (any other folder
// is refused, so nothing of the user's is ever overwritten):
//
//	followup.toml                   every key, the ones left at their default commented out
//	content/, checklists/,          the guide this repository ships (the root
//	data/timeline*.toml             package followup embeds it, in English and
//	                                Spanish), to edit
//	.github/workflows/publish.yml   GitHub Pages: on every push, every night and by hand
//	.gitlab-ci.yml                  GitLab Pages: on every push and on a schedule
//	publish.sh                      any other host: rsync over SSH, or an S3 bucket
//	.gitignore                      public/, the output
//
// With Blank it writes a bare site instead: content/_index.md (one page),
// followup.toml with the guide's settings left out, and the same
// publishing files. The theme is not copied: the default theme is built
// into the binary, and a file under layouts/ or static/ replaces the
// theme's file at the same path.
//
// Folders are created 0777 and files 0666 (0777 for publish.sh), less the
// umask, as other programs do. The files are the same bytes for the same
// Options.
//
// NewPage writes one markdown page with front matter, its title made from
// the file name ("thank-you-email.md" is "Thank you email"; an index.md or
// _index.md takes its folder's name), refusing a file that exists.
package starter

import (
	"bytes"
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/followup/followup"
)

//go:embed files
var files embed.FS

// Options say what Init writes.
type Options struct {
	Blank bool      // a bare site of one page instead of the shipped guide
	Title string    // the site's title; "" is the guide's, or "My site" when Blank
	Date  time.Time // the year of the copyright line and the blank page's date
}

// File is one file Init writes: its path in the new site, slash-separated,
// and its bytes.
type File struct {
	Path string
	Data []byte
	Exec bool // written executable (publish.sh)
}

// Files returns what Init writes, sorted by path.
func Files(opts Options) ([]File, error) {
	cfg, err := configFile(opts)
	if err != nil {
		return nil, err
	}
	out := []File{
		{Path: "followup.toml", Data: cfg},
		{Path: ".gitignore", Data: mustRead("files/gitignore")},
		{Path: ".github/workflows/publish.yml", Data: mustRead("files/github/publish.yml")},
		{Path: ".gitlab-ci.yml", Data: mustRead("files/gitlab/gitlab-ci.yml")},
		{Path: "publish.sh", Data: mustRead("files/publish.sh"), Exec: true},
	}
	if opts.Blank {
		out = append(out, File{Path: "content/_index.md", Data: blankHome(opts)})
	} else {
		guide, err := guideFiles()
		if err != nil {
			return nil, err
		}
		out = append(out, guide...)
	}
	slices.SortFunc(out, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return out, nil
}

// Init writes a new site into dir, which must not exist or be empty, and
// returns the files it wrote.
func Init(dir string, opts Options) ([]File, error) {
	if err := CheckEmpty(dir); err != nil {
		return nil, err
	}
	list, err := Files(opts)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, err
	}
	for _, f := range list {
		name := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			return nil, err
		}
		perm := os.FileMode(0o666)
		if f.Exec {
			perm = 0o777
		}
		if err := writeNew(name, f.Data, perm); err != nil {
			return nil, err
		}
	}
	return list, nil
}

// CheckEmpty is an error unless dir does not exist or is an empty folder.
func CheckEmpty(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s is a file: name a new folder for the site", dir)
	}
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	names, err := f.Readdirnames(1)
	if len(names) > 0 {
		return fmt.Errorf("%s is not empty: followup init writes a new site into a new or empty folder, so that nothing there is overwritten", dir)
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// writeNew writes a file that must not exist yet.
func writeNew(name string, data []byte, perm os.FileMode) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// guideFiles returns the shipped guide, leaving out hidden files (which a
// build ignores anyway).
func guideFiles() ([]File, error) {
	var out []File
	err := fs.WalkDir(followup.Guide(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasPrefix(path.Base(p), ".") {
			return nil
		}
		data, err := fs.ReadFile(followup.Guide(), p)
		out = append(out, File{Path: p, Data: data})
		return err
	})
	return out, err
}

var configTemplate = template.Must(template.New("followup.toml").Parse(string(mustRead("files/followup.toml"))))

// configFile renders followup.toml for opts.
func configFile(opts Options) ([]byte, error) {
	title, language := "After the Interview", "en-GB"
	if opts.Blank {
		title, language = "My site", "en"
	}
	if opts.Title != "" {
		title = opts.Title
	}
	var b bytes.Buffer
	err := configTemplate.Execute(&b, map[string]any{
		"Blank": opts.Blank, "Title": tomlString(title), "Language": language, "Year": opts.Date.Year(),
	})
	return b.Bytes(), err
}

// tomlString escapes s for a basic TOML string between double quotes.
func tomlString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return r.Replace(s)
}

// blankHome is the one page of a blank site.
func blankHome(opts Options) []byte {
	title := cmp.Or(opts.Title, "My site")
	return fmt.Appendf(nil, `---
title: %s
description: ""
date: %s
---

This is the home page, content/_index.md: write here in markdown.

Add a page with `+"`followup new content/about.md`"+`; a folder of pages under
content/ becomes a section of the site, with content/<folder>/_index.md as
its introduction.
`, yamlString(title), opts.Date.Format("2006-01-02"))
}

func mustRead(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err) // the embedded files are fixed at compile time
	}
	return b
}
