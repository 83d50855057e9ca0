package site

import (
	"path"
	"slices"
	"strings"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
)

// sourceKind is what a changed source file is to the build.
type sourceKind int

const (
	kindContent sourceKind = iota // under content/: pages and their files
	kindLayout                    // under layouts/ or a theme's layouts/: templates
	kindStatic                    // under static/ or a theme's static/: copied as they are
	kindConfig                    // followup.toml, checklists/, data/, a theme's other files
	kindNone                      // anything else: no build reads it
)

// kindOf sorts a source path (slash-separated, from the source folder).
func kindOf(p string) sourceKind {
	first, rest, _ := strings.Cut(p, "/")
	if first != config.File && !slices.Contains(inputFolders, first) {
		return kindNone // README.md, .git, test output, profiles
	}
	if first == "themes" { // themes/<name>/layouts/..., themes/<name>/static/...
		_, rest, _ = strings.Cut(rest, "/")
		first, _, _ = strings.Cut(rest, "/")
		if first != "layouts" && first != "static" {
			return kindConfig
		}
	}
	switch first {
	case content.Dir:
		return kindContent
	case "layouts":
		return kindLayout
	case "static":
		return kindStatic
	}
	return kindConfig
}

// Changed records that the source files at these paths (slash-separated,
// relative to the source folder) were written, created, deleted or renamed.
// A path may name a folder. "." means anything may have changed.
//
// Each kind costs the next build what it must: content is looked at page
// by page (see Builder); a static file makes the theme be read again; a
// layout, or a configuration or data file (followup.toml, checklists/,
// data/), also makes every page's markdown be converted again, as
// shortcodes render partials and read options and data. A path outside
// what a build reads (inputFolders and followup.toml) costs nothing.
func (b *Builder) Changed(paths ...string) {
	if b.dirty == nil {
		b.dirty = map[string]struct{}{}
	}
	for _, p := range paths {
		p = path.Clean(p)
		if p == "." || p == "/" || p == "themes" {
			b.all = true
			b.gen++
			b.cache.forgetTheme()
			continue
		}
		kind := kindOf(p)
		if kind == kindNone {
			continue
		}
		b.dirty[p] = struct{}{}
		switch kind {
		case kindStatic:
			b.cache.forgetTheme()
		case kindLayout, kindConfig: // shortcodes render partials, and read data
			b.cache.forgetTheme()
			b.gen++
		}
	}
}
