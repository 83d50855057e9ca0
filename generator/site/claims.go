package site

import (
	"strings"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/outdir"
)

// claims are the plan's output files: each file, what claims it and the
// job that writes it, in the phase it is rendered in. A second claim on a
// file, or on one that differs from an earlier claim only in case, is an
// error naming both.
type claims struct {
	outputs   map[string]string    // output file -> what claims it
	claimedAt map[string]sourceAt  // output file -> the source that claims it, if any
	caseOf    map[string]caseClaim // each output path and folder, in lower case -> its first claim
	jobs      []job                // rendered first: the content pages and what needs nothing else
	late      []job                // rendered after jobs: pages made from what the first ones found
	final     []job                // rendered last: files made of what the others wrote (editions.go)
	errs      *diag.List           // where clashes are reported: the plan's errors
}

// newClaims returns an empty set of claims that reports clashes to errs.
func newClaims(errs *diag.List) *claims {
	return &claims{outputs: map[string]string{}, claimedAt: map[string]sourceAt{}, caseOf: map[string]caseClaim{}, errs: errs}
}

// add puts a job in the plan, unless another already claims its file.
func (c *claims) add(j job) {
	if c.claim(j) {
		c.jobs = append(c.jobs, j)
	}
}

// addLate puts a job in the plan's second phase.
func (c *claims) addLate(j job) {
	if c.claim(j) {
		c.late = append(c.late, j)
	}
}

// addFinal puts a job in the plan's last phase.
func (c *claims) addFinal(j job) {
	if c.claim(j) {
		c.final = append(c.final, j)
	}
}

// claim reserves j's output file, or reports the clash with the job that
// reserved it: at j's source when it has one (the later job, usually a
// writer's file meeting a generated page), else at the other's.
func (c *claims) claim(j job) bool {
	if other, taken := c.outputs[j.file]; taken {
		at := c.claimedAt[j.file]
		if j.src != "" {
			at = sourceAt{j.src, j.line}
		}
		*c.errs = append(*c.errs, diag.Errorf(at.path, at.line, "two outputs claim /%s: %s and %s; rename one of them", j.file, other, j.claim))
		return false
	}
	if err := c.sameButCase(j); err != nil {
		*c.errs = append(*c.errs, err)
		return false
	}
	c.outputs[j.file] = j.claim
	if j.src != "" {
		c.claimedAt[j.file] = sourceAt{j.src, j.line}
	}
	return true
}

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
func (c *claims) sameButCase(j job) *diag.Error {
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
		first, ok := c.caseOf[key]
		if !ok {
			c.caseOf[key] = caseClaim{spelt, j.file}
			continue
		}
		at := c.claimedAt[first.file]
		if j.src != "" {
			at = sourceAt{j.src, j.line}
		}
		if strings.TrimSuffix(first.spelt, "/") == name {
			if first.spelt == spelt {
				continue
			}
			return fileAndFolder(at, first, caseClaim{spelt, j.file}, c.outputs[first.file], j.claim)
		}
		return diag.Errorf(at.path, at.line, "/%s and /%s differ only in case (%s and %s): on macOS, Windows and many web hosts they are one address, and one would overwrite the other; rename one of them",
			first.spelt, spelt, c.outputs[first.file], j.claim)
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
