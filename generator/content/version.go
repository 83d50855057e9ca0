package content

import (
	"bytes"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/followup/followup/generator/frontmatter"
)

// Parse reads one markdown file of the content folder from its bytes,
// as Load reads each: source is its path from the source root
// ("content/guides/x.md"). A draft that opts leaves out, or a file of
// another language than opts.Language, is a nil page.
// With findings only (unknown keys: diag.Findings) the page comes with
// them, as from Load.
//
// The page is on its own: it has no place in a tree (no parent,
// children or neighbours, no site path) and is of KindPage whatever its
// name; Site.Replace gives it the place of the page it is a new version
// of. A live server reads a saved file so, without loading the site.
// src becomes the page's body (frontmatter.Parse): not to be used after.
func Parse(source string, src []byte, opts Options) (*Page, error) {
	if opts.Title == nil {
		opts.Title = func([]byte) string { return "" }
	}
	rel, ok := (&loader{opts: opts}).inLanguage(source)
	if !ok {
		return nil, nil // another language's
	}
	r := parse(source, rel, src, opts)
	return r.page, r.err
}

func newPage(source, rel string, doc *frontmatter.Document, title func([]byte) string) *Page {
	f := doc.Front
	p := &Page{
		Kind: KindPage, Source: source, File: rel, Front: f,
		Title: f.Title, Description: f.Description, Summary: f.Summary,
		Date: f.Date, Lastmod: f.Lastmod, Weight: f.Weight, Draft: f.Draft,
		Tags: f.Tags, Aliases: f.Aliases, Layout: f.Layout, Extra: f.Extra,
		ShowTOC: f.TOC == nil || *f.TOC, Body: doc.Body,
	}
	if p.Lastmod.IsZero() {
		p.Lastmod = p.Date
	}
	if p.Summary == "" {
		p.Summary = p.Description
	}
	p.Keywords, p.Categories = f.Keywords, f.Categories
	if p.Title == "" {
		if h := title(doc.Body); h != "" {
			p.Title, p.TitleFromHeading = h, true
		} else {
			name := strings.TrimSuffix(path.Base(rel), ".md")
			if name == "index" || name == "_index" {
				name = path.Base(path.Dir(rel))
			}
			if name != "." { // the home page is named after the site later
				p.Title = humanize(name)
			}
		}
	}
	return p
}

// SameOutline reports whether q, another version of p's file (from
// Parse), differs from p at most in the text of its body: in nothing that
// another page, a list, a feed, an edition or the site's tree reads of it.
// That is its front matter, key by key (frontmatter.FrontMatter.Same:
// title, dates, weight, slug, url, aliases, tags, menu, draft, layout and
// the rest), its title (which a body gives when it opens with a heading
// and the front matter has none), and whether its body is blank (the
// editions hold only pages with content). What Load derives from the
// tree (kind, path, the home page's default title) is p's: q must come
// from the same file.
func (p *Page) SameOutline(q *Page) bool {
	return p.Source == q.Source && p.File == q.File && p.Front.Same(&q.Front) &&
		p.Title == q.Title && p.TitleFromHeading == q.TitleFromHeading &&
		blank(p.Body) == blank(q.Body)
}

func blank(body []byte) bool { return len(bytes.TrimSpace(body)) == 0 }

// Replace returns the site s with new versions of some of its pages, from
// Parse, each in place of the page of s read from the same file; every
// other page is shared with s, and nothing of s changes. A new version
// takes the old one's place in the tree (its kind, site path, parent,
// children and neighbours) and in the site's lists (Pages, ByPath,
// ByFile, Sections, the tags and categories).
//
// It reports false, and returns nil, unless each new version has the
// SameOutline as the old one: then the tree, the reading order and the
// tags are the old ones, and the pages of s that point at an old version
// (its neighbours' Prev and Next, its parent's Children, its children's
// Parent) read the same of it through that pointer as of the new one in
// everything but the body.
func (s *Site) Replace(pages ...*Page) (*Site, bool) {
	now := map[*Page]*Page{} // old version -> new
	for _, q := range pages {
		old := s.ByFile[q.File]
		if old == nil || !old.SameOutline(q) {
			return nil, false
		}
		placed := *q
		placed.Kind, placed.Path, placed.Parent, placed.Children, placed.Prev, placed.Next = old.Kind, old.Path, old.Parent, old.Children, old.Prev, old.Next
		now[old] = &placed
	}
	swap := func(p *Page) *Page {
		if q, ok := now[p]; ok {
			return q
		}
		return p
	}
	t := *s
	t.Home = swap(s.Home)
	t.Pages = slices.Clone(s.Pages)
	for i, p := range t.Pages {
		t.Pages[i] = swap(p)
	}
	t.ByPath, t.ByFile = maps.Clone(s.ByPath), maps.Clone(s.ByFile)
	t.Sections = maps.Clone(s.Sections)
	for old, q := range now {
		t.ByPath[old.Path], t.ByFile[old.File] = q, q
		if old.IsSection() {
			t.Sections[path.Dir(old.File)] = q
		}
	}
	t.Tags, t.Categories = replaceTerms(s.Tags, swap), replaceTerms(s.Categories, swap)
	return &t, true
}

// replaceTerms returns terms with swap applied to their pages, sharing
// the terms none of whose pages it changes.
func replaceTerms(terms []*Tag, swap func(*Page) *Page) []*Tag {
	out := slices.Clone(terms)
	for i, t := range out {
		if !slices.ContainsFunc(t.Pages, func(p *Page) bool { return swap(p) != p }) {
			continue
		}
		copied := *t
		copied.Pages = slices.Clone(t.Pages)
		for j, p := range copied.Pages {
			copied.Pages[j] = swap(p)
		}
		out[i] = &copied
	}
	return out
}
