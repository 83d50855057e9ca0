package content

import (
	"cmp"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/urls"
)

// assemble builds the section tree from the pages read, gives every page its
// URL, orders children, and derives the reading order and the tags.
func (l *loader) assemble() {
	slices.SortFunc(l.pages, func(a, b *Page) int { return strings.Compare(a.File, b.File) })
	secs := l.site.Sections
	indexed := map[string]bool{} // folders with an _index.md (or index.md at the top)
	for _, p := range l.pages {
		dir, base := path.Dir(p.File), path.Base(p.File)
		indexed[dir] = indexed[dir] || base == "_index.md" || (base == "index.md" && dir == ".")
	}
	var regular []*Page
	for _, p := range l.pages {
		dir, base := path.Dir(p.File), path.Base(p.File)
		if l.inDraft(dir) {
			continue
		}
		readme := strings.EqualFold(base, "readme.md") && !indexed[dir] // the folder's page, as on GitHub and in mdBook
		switch {
		case base == "_index.md" || (base == "index.md" && dir == ".") || readme:
			p.Kind = KindSection
			if dir == "." {
				p.Kind = KindHome
				if p.Title == "" {
					p.Title = cmp.Or(l.opts.SiteTitle, "Home")
				}
			}
			if other, dup := secs[dir]; dup {
				l.errs = append(l.errs, l.dupIndex(p, other))
				continue
			}
			secs[dir] = p
		default:
			regular = append(regular, p)
		}
	}
	home := l.section(".")
	dirs := make([]string, 0, len(secs))
	for dir := range secs {
		dirs = append(dirs, dir)
	}
	slices.Sort(dirs)
	for _, dir := range dirs {
		l.section(dir) // attaches sections that have no pages of their own
	}
	for _, p := range regular {
		dir := path.Dir(p.File)
		if path.Base(p.File) == "index.md" { // a page bundle: the folder is the page
			dir = path.Dir(dir)
		}
		parent := l.section(dir)
		p.Parent = parent
		parent.Children = append(parent.Children, p)
	}
	l.place(home, "")
	l.site.Home = home
	l.order(home)
	l.readingOrder(home)
	l.summaryOrder()
	l.site.Tags = collectTerms(l.site.Pages, "tags/", func(p *Page) []string { return p.Tags })
	l.site.Categories = collectTerms(l.site.Pages, "categories/", func(p *Page) []string { return p.Categories })
}

func (l *loader) inDraft(dir string) bool {
	for _, d := range l.draftDirs {
		if dir == d || strings.HasPrefix(dir, d+"/") || d == "." {
			return true
		}
	}
	return false
}

func (l *loader) dupIndex(p, other *Page) *diag.Error {
	return diag.Errorf(p.Source, 0, "this folder already has its page in %s: keep one of them", other.Source)
}

// section returns the section page for a folder of the content folder
// ("." for the home page), creating it and its parents as needed.
func (l *loader) section(dir string) *Page {
	if s, ok := l.site.Sections[dir]; ok {
		if s.Parent == nil && dir != "." {
			l.attach(s, dir)
		}
		return s
	}
	s := &Page{Kind: KindSection, File: dir + "/_index.md", Title: humanize(path.Base(dir)), ShowTOC: true}
	if dir == "." {
		s.Kind, s.File, s.Title = KindHome, "_index.md", cmp.Or(l.opts.SiteTitle, "Home")
	}
	l.site.Sections[dir] = s
	if dir != "." {
		l.attach(s, dir)
	}
	return s
}

func (l *loader) attach(s *Page, dir string) {
	parent := l.section(path.Dir(dir))
	s.Parent = parent
	parent.Children = append(parent.Children, s)
}

// place gives p and its descendants their site paths. A page that finds
// its URL taken is left out of the site (and reported).
func (l *loader) place(p *Page, sitePath string) bool {
	p.Path = sitePath
	if !l.claim(p) {
		return false
	}
	kept := p.Children[:0]
	for _, c := range p.Children {
		name := c.Front.Slug
		if name == "" {
			base := path.Base(strings.TrimSuffix(c.File, ".md"))
			if base == "_index" || base == "index" || c.IsSection() { // a README.md that is its folder's page too
				base = path.Base(path.Dir(c.File))
			}
			name = segment(base)
		}
		at := sitePath + name + "/"
		if url, ok := c.Front.SitePath(); ok { // Hugo's url: the address as written
			at = url
		}
		if l.place(c, at) {
			kept = append(kept, c)
		}
	}
	p.Children = kept
	return true
}

// order sorts every section's children: by weight (unweighted last), then
// title, then file.
func (l *loader) order(p *Page) {
	sortChildren(p)
	for _, c := range p.Children {
		l.order(c)
	}
}

func compare(a, b *Page) int {
	aw, bw := a.Weight != 0, b.Weight != 0
	switch {
	case aw && !bw:
		return -1
	case bw && !aw:
		return 1
	case a.Weight != b.Weight:
		return cmp.Compare(a.Weight, b.Weight)
	}
	if c := strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)); c != 0 {
		return c
	}
	return strings.Compare(a.File, b.File)
}

func (l *loader) readingOrder(home *Page) {
	var walk func(p *Page)
	walk = func(p *Page) {
		l.site.Pages = append(l.site.Pages, p)
		if p.Source != "" {
			l.site.ByFile[p.File] = p
		}
		for _, c := range p.Children {
			walk(c)
		}
	}
	walk(home)
	for i, p := range l.site.Pages {
		if i > 0 {
			p.Prev = l.site.Pages[i-1]
		}
		if i+1 < len(l.site.Pages) {
			p.Next = l.site.Pages[i+1]
		}
	}
}

// collectTerms groups pages by the slug of each term of a taxonomy (tags,
// categories) under the site path dir; a term's name is its first
// spelling in reading order, and its pages keep the reading order.
func collectTerms(pages []*Page, dir string, terms func(*Page) []string) []*Tag {
	bySlug := map[string]*Tag{}
	var tags []*Tag
	for _, p := range pages {
		for _, name := range terms(p) {
			slug := urls.Slugify(name)
			if slug == "" {
				continue
			}
			t, ok := bySlug[slug]
			if !ok {
				t = &Tag{Name: name, Slug: slug, Path: dir + slug + "/"}
				bySlug[slug] = t
				tags = append(tags, t)
			}
			if len(t.Pages) == 0 || t.Pages[len(t.Pages)-1] != p {
				t.Pages = append(t.Pages, p)
			}
		}
	}
	slices.SortFunc(tags, func(a, b *Tag) int { return strings.Compare(a.Slug, b.Slug) })
	return tags
}

// humanize turns a file or folder name into a title: "thank-you_email" -> "Thank you email".
func humanize(name string) string {
	name = strings.NewReplacer("-", " ", "_", " ").Replace(name)
	name = strings.TrimSpace(name)
	if name == "" {
		return "Untitled"
	}
	return UpperFirst(name)
}

// UpperFirst returns s with its first letter in upper case: "été" -> "Été".
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
