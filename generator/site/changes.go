package site

import (
	"errors"
	"io/fs"
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

// edits are the changes a partial build applies to one plan (one
// language's): new versions of pages, in the new site that holds them,
// and content files to copy again.
type edits struct {
	plan       *built
	site       *content.Site   // the plan's site with the new versions (content.Site.Replace)
	pages, old []*content.Page // the new versions, in site, and the versions they replace
	versions   []*content.Page // the new versions as read, before Replace
	files      []string        // non-markdown files of the content folder, as the plan names them
}

// bodiesOnly decides whether the changes since the last good build are
// edits of page bodies and content files only, and returns them by plan
// (by language: a saved file is in one language).
func (b *Builder) bodiesOnly() ([]*edits, bool) {
	if b.all || b.plans == nil || b.bodyShown {
		return nil, false // a layout that reads .Body may show another page's
	}
	byPlan := map[*built]*edits{}
	for p := range b.dirty {
		if !strings.HasPrefix(p, content.Dir+"/") {
			return nil, false
		}
		info, err := fs.Stat(b.src, p)
		if errors.Is(err, fs.ErrNotExist) && !b.seen[p] {
			continue // came and went unseen by the last build: an editor's temporary file
		}
		if err != nil || !info.Mode().IsRegular() {
			return nil, false // deleted, renamed, a folder
		}
		if !b.edit(p, byPlan) {
			return nil, false
		}
	}
	var out []*edits
	for i := range b.plans {
		e := byPlan[&b.plans[i]]
		if e == nil {
			continue
		}
		var ok bool
		if e.site, ok = e.plan.p.site.Replace(e.versions...); !ok {
			return nil, false // metadata changed: the tree, the lists, the outputs may have
		}
		for _, pg := range e.versions {
			e.pages = append(e.pages, e.site.ByFile[pg.File])
		}
		out = append(out, e)
	}
	if len(out) == 0 { // only files that came and went: the first plan, with nothing new
		out = append(out, &edits{plan: &b.plans[0], site: b.plans[0].p.site})
	}
	return out, true
}

// edit records the saved content file p as an edit of the plan that holds
// it; false when no plan holds it as it is (a new page, a draft, an
// ignored file).
func (b *Builder) edit(p string, byPlan map[*built]*edits) bool {
	of := func(bt *built) *edits {
		if byPlan[bt] == nil {
			byPlan[bt] = &edits{plan: bt}
		}
		return byPlan[bt]
	}
	for i := range b.plans {
		bt := &b.plans[i]
		if !strings.HasSuffix(p, ".md") {
			if f, ok := bt.files[p]; ok {
				e := of(bt)
				e.files = append(e.files, f)
				return true
			}
			continue
		}
		now, ok := b.reload(bt.p, p)
		if !ok {
			return false
		}
		if now == nil {
			continue // another language's, or a draft (then no plan holds it)
		}
		old := bt.p.site.ByFile[now.File]
		if old == nil || old.Source != p {
			return false
		}
		e := of(bt)
		e.versions, e.old = append(e.versions, now), append(e.old, old)
		return true
	}
	return false
}

// reload reads one content file as the loader of plan p would, on its own:
// nil for a draft or a file of another language; false when it cannot be
// read or has findings to report.
func (b *Builder) reload(p *plan, source string) (*content.Page, bool) {
	data, err := fs.ReadFile(b.src, source)
	if err != nil {
		return nil, false
	}
	pg, err := content.Parse(source, data, p.contentOptions())
	return pg, err == nil
}
