package content

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/followup/followup/generator/frontmatter"
)

// published reports whether a page's publishDate and expiryDate let it in
// a build on the build date: Hugo leaves out pages before their
// publishDate and from their expiryDate on (unless drafts are asked for).
func published(f frontmatter.FrontMatter, d time.Time) bool {
	if !f.PublishDate.IsZero() && f.PublishDate.After(d) {
		return false
	}
	return f.ExpiryDate.IsZero() || f.ExpiryDate.After(d)
}

// sortChildren orders a section's children as its sort_by says (Zola):
// by weight by default (compare), "date" newest first, "title", or "none"
// (by file).
func sortChildren(p *Page) {
	by := compare
	switch p.Front.SortBy {
	case "date":
		by = func(a, b *Page) int { return cmp.Or(b.Date.Compare(a.Date), compare(a, b)) }
	case "title":
		by = func(a, b *Page) int {
			return cmp.Or(strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)), strings.Compare(a.File, b.File))
		}
	case "none":
		by = func(a, b *Page) int { return strings.Compare(a.File, b.File) }
	}
	slices.SortStableFunc(p.Children, by)
}

// LinkTitle is the page's title in menus and lists, as Hugo's: its
// linkTitle, else its title.
func (p *Page) LinkTitle() string { return cmp.Or(p.Front.LinkTitle, p.Title) }
