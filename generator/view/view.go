// Package view is the contract between the build and a theme: the data
// every layout is executed with, and the functions it can call. A theme's
// layouts read exported fields and call exported methods of these types,
// and nothing else; a change here is a change for every theme.
//
// Every layout gets a *PageData: .Site (SiteInfo, the same for every page),
// .Page (the content page, or one the build made for a generated page),
// .Kind (the layout's name: "home", "section", "page", "taxonomy", "term",
// "404", "workbook", "checklist", "plan", "print", "packet", "downloads",
// ...), .Path (the page's site path), .Content and .TOC (a content page's
// converted markdown) and .Data (what a generated page's layout needs: the
// provider that makes the page documents its type). Links are written with
// .URL, .Link, .Root and .FromRoot, always relative unless the page is
// served at any address (404.html), so a site works under any path prefix.
// .GuideNav is the navigation of the guide a page belongs to, step by step
// (guidenav.go).
//
// The functions of Funcs (date, isoDate, plural, slugify, add, and
// counter and cssContent for the words a <style> writes: css.go) and the
// theme's own partialCached are available to every layout. The element ids
// the layouts use themselves are declared by the theme (package theme).
//
// The build makes page data with New, which sets what layouts reach only
// through methods (how links are written, the assets the content needs).
package view

import (
	"html/template"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/urls"
)

// SiteInfo is what every layout knows about the site, as .Site. Make one
// with NewSite, which gives it the partialCached cache of its build.
type SiteInfo struct {
	Title, Description, Language string
	BaseURL                      string // "" when not configured
	Author, Organisation         string
	Copyright                    string
	Menu                         []config.MenuItem
	Home                         *content.Page
	Start                        *content.Page // the first page of the guide in reading order
	Tags                         []*content.Tag
	BuildDate                    time.Time
	Generator                    string
	HasFeed, HasTags             bool
	Downloads                    string     // site path of the page offering the editions, "" when none
	Calculator                   string     // site path of the dated follow-up calculator, "" when none
	Languages                    *Languages // the site's languages, nil on a site of one (languages.go)

	partials *sync.Map // partialCached's cache for this build
}

// NewSite returns a copy of s with an empty partialCached cache: one for
// each build, or for each rebuild of a Builder.
func NewSite(s SiteInfo) *SiteInfo {
	s.partials = &sync.Map{}
	return &s
}

// ResetPartials empties the partialCached cache of s, for a Builder's
// rebuild that keeps the rest of the last build's data.
func ResetPartials(s *SiteInfo) { s.partials = &sync.Map{} }

// Render is what the build tells a page's data that layouts reach only
// through its methods.
type Render struct {
	Linker urls.Linker
	Needs  []string // assets the page's content needs ("checklist", "plan", "print")
	// Absolute makes every link start from the site's base path (the 404
	// page, which a server shows at any address): SiteInfo.BasePath.
	Absolute bool
}

// New returns the data of one page for its layout.
func New(d PageData, r Render) *PageData {
	d.needs, d.linker, d.absolute = r.Needs, r.Linker, r.Absolute
	return &d
}

// PartialCache is the theme's partialCached cache for this build.
func (d *PageData) PartialCache() *sync.Map { return d.Site.partials }

// Root is the relative path from this page to the site root ("../../"),
// the part of its links that depends on where the page is.
func (d *PageData) Root() string {
	if d.absolute {
		return d.Site.BasePath()
	}
	return urls.Root(d.Path)
}

// FromRoot returns the link to a site path written from the site root:
// Root followed by the path. Unlike URL, it depends only on how deep the
// page is, which makes it the right link for partials cached by .Root.
func (d *PageData) FromRoot(target string) string {
	link := d.Root() + target
	if link == "" {
		return "./"
	}
	return link
}

// MenuKey names which menu entry is current on this page and how, for
// caching the header: "" when none is.
func (d *PageData) MenuKey() string {
	for _, m := range d.Site.Menu {
		if !m.External && d.InSection(m.URL) {
			if d.Path == m.URL {
				return "page:" + m.URL
			}
			return "in:" + m.URL
		}
	}
	return ""
}

// BasePath is the path the site is published under: base_url's path
// ("/guide/", with a language's prefix in its base_url), else "/" and the
// language's prefix ("/es/"). The 404 page's links start with it, as a
// server shows that page at any depth.
func (s *SiteInfo) BasePath() string {
	if u, err := url.Parse(s.BaseURL); err == nil && s.BaseURL != "" {
		return u.EscapedPath()
	}
	if s.Languages != nil {
		return "/" + s.Languages.Current.Prefix
	}
	return "/"
}

// Locale returns the language as Open Graph writes it, "en_GB".
func (s *SiteInfo) Locale() string { return strings.ReplaceAll(s.Language, "-", "_") }

// PageData is the data a layout renders: one output page.
type PageData struct {
	Site    *SiteInfo
	Page    *content.Page
	Kind    string // "home", "section", "page", "taxonomy", "term", "404", ...
	Path    string // the site path of this page
	Content template.HTML
	TOC     []markdown.Heading
	Tag     *content.Tag // on a term page
	Data    any          // what a generated page's layout needs

	needs []string // assets the page's content needs

	linker urls.Linker
	// absolute makes every link start from the site's base path (the 404
	// page, which a server shows at any address).
	absolute bool
}

// URL returns the link from this page to a site path ("css/site.css",
// "guides/"), relative so the site works under any path prefix.
func (d *PageData) URL(target string) string {
	if d.absolute {
		return d.Site.BasePath() + target
	}
	return d.linker.Rel(d.Path, target)
}

// Link returns the link to another page.
func (d *PageData) Link(p *content.Page) string { return d.URL(p.Path) }

// Canonical returns this page's absolute address when a base URL is set;
// the 404 page, shown at any address, has none.
func (d *PageData) Canonical() string {
	if d.Site.BaseURL == "" || d.Kind == "404" {
		return ""
	}
	return d.Site.BaseURL + d.Path
}

// Description is the page's description, or the site's on the home page.
func (d *PageData) Description() string {
	if d.Page != nil && d.Page.Description != "" {
		return d.Page.Description
	}
	if d.Kind == "home" {
		return d.Site.Description
	}
	return ""
}

// Needs reports whether the page's content needs an asset, such as
// "checklist" (the checklist stylesheet and script).
func (d *PageData) Needs(asset string) bool {
	for _, a := range d.needs {
		if a == asset {
			return true
		}
	}
	return false
}

// NeedsKey names the assets the page needs, for caching the <head> links.
func (d *PageData) NeedsKey() string { return strings.Join(d.needs, ",") }

// TOCTree is the table of contents as a tree: each level-2 heading with
// its level-3 ones (markdown.Nest), for a list that nests as the page does.
func (d *PageData) TOCTree() []markdown.TOCEntry { return markdown.Nest(d.TOC) }

// ShowTOC reports whether the page shows its table of contents: it asked
// for one (the default) and has at least two entries.
func (d *PageData) ShowTOC() bool {
	return d.Page != nil && d.Page.ShowTOC && len(d.TOC) >= 2
}

// InSection reports whether this page is at or below the site path p, for
// marking the current menu entry.
func (d *PageData) InSection(p string) bool {
	if p == "" {
		return d.Path == ""
	}
	return strings.HasPrefix(d.Path, p)
}

// TagPath returns the site path of a tag's page.
func (d *PageData) TagPath(name string) string { return "tags/" + urls.Slugify(name) + "/" }

// With returns the page data carrying a value, for partials that need both
// a value (.Value) and the page's link helpers.
func (d *PageData) With(v any) *Scoped { return &Scoped{PageData: d, Value: v} }

// Scoped is page data plus a value.
type Scoped struct {
	*PageData
	Value any
}

// Funcs are the template functions every layout can use.
func Funcs() template.FuncMap {
	return template.FuncMap{
		"date": func(layout string, t time.Time) string { return t.Format(layout) },
		"isoDate": func(t time.Time) string {
			if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
				return t.Format("2006-01-02")
			}
			return t.Format(time.RFC3339)
		},
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
		"slugify":    urls.Slugify,
		"add":        func(a, b int) int { return a + b },
		"counter":    func(name string) Counter { return Counter(name) },
		"cssContent": cssContent,
	}
}
