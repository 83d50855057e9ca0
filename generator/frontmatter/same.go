package frontmatter

import (
	"maps"
	"slices"
	"time"
)

// Same reports whether f and g hold the same metadata, key by key, and
// the same lines for the keys whose lines errors point at. Every key
// counts: most decide what other outputs show of the page or where it
// goes (title, dates, weight, slug, url, aliases, tags, menu, draft, ...),
// and the rest (layout, toc, task_lists, ...) what its own page is; a
// caller that finds two versions of a file the Same in everything but the
// body knows that the site around the page is unchanged.
//
// Free-form values (extra, params) compare as the YAML they were read
// from: strings, numbers, booleans, dates, lists and tables of those. A
// value of any other type is never the Same, which costs the caller a
// fuller rebuild, not a wrong one.
func (f *FrontMatter) Same(g *FrontMatter) bool {
	return f.Title == g.Title && f.Description == g.Description && f.Summary == g.Summary &&
		f.Date.Equal(g.Date) && sameZone(f.Date, g.Date) && f.Lastmod.Equal(g.Lastmod) && sameZone(f.Lastmod, g.Lastmod) &&
		f.Weight == g.Weight && f.Draft == g.Draft && f.Slug == g.Slug &&
		slices.Equal(f.Aliases, g.Aliases) && slices.Equal(f.Tags, g.Tags) && f.Layout == g.Layout &&
		sameFlag(f.TOC, g.TOC) && sameTable(f.Extra, g.Extra) &&
		slices.Equal(f.Keywords, g.Keywords) && slices.Equal(f.Categories, g.Categories) && f.LinkTitle == g.LinkTitle &&
		sameTable(f.Params, g.Params) && f.URL == g.URL && maps.Equal(f.Menu, g.Menu) &&
		f.PublishDate.Equal(g.PublishDate) && f.ExpiryDate.Equal(g.ExpiryDate) &&
		f.Type == g.Type && f.Template == g.Template && f.RedirectTo == g.RedirectTo && f.SortBy == g.SortBy &&
		maps.EqualFunc(f.Taxonomies, g.Taxonomies, slices.Equal) && f.TaskLists == g.TaskLists &&
		f.TranslationKey == g.TranslationKey && f.TranslationKeyLine == g.TranslationKeyLine &&
		f.SlugLine == g.SlugLine && f.LayoutLine == g.LayoutLine && f.AliasesLine == g.AliasesLine && f.URLLine == g.URLLine &&
		f.SortByLine == g.SortByLine && f.TemplateLine == g.TemplateLine && f.TaskListsLine == g.TaskListsLine &&
		slices.Equal(f.aliasLines, g.aliasLines) && maps.Equal(f.listLines, g.listLines)
}

// sameZone reports whether two equal instants are written in the same
// zone, which a layout's date format may show.
func sameZone(a, b time.Time) bool {
	an, ao := a.Zone()
	bn, bo := b.Zone()
	return an == bn && ao == bo
}

func sameFlag(a, b *bool) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

func sameTable(a, b map[string]any) bool {
	return maps.EqualFunc(a, b, sameValue)
}

// sameValue compares two values as YAML decodes them into any.
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case string, bool, int, int64, uint64, float64:
		return a == b
	case time.Time:
		y, ok := b.(time.Time)
		return ok && x.Equal(y) && sameZone(x, y)
	case []any:
		y, ok := b.([]any)
		return ok && slices.EqualFunc(x, y, sameValue)
	case map[string]any:
		y, ok := b.(map[string]any)
		return ok && sameTable(x, y)
	}
	return false
}
