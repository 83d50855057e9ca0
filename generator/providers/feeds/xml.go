package feeds

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"slices"
	"time"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/urls"
)

// feedSize is the number of entries in feed.xml.
const feedSize = 20

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Link    atomLink `xml:"link"`
	Updated string   `xml:"updated"`
	Summary string   `xml:"summary,omitempty"`
}

// renderFeed writes an Atom feed of the most recently updated pages. Without
// a base URL its links are relative to feed.xml, at the site root, and its
// ids are name-based UUIDs, stable from build to build.
func (f *provider) renderFeed(b *bytes.Buffer) error {
	var pages []*content.Page
	for _, pg := range f.m.Content.Pages {
		if pg.Kind == content.KindPage {
			pages = append(pages, pg)
		}
	}
	order := map[*content.Page]int{}
	for i, pg := range pages {
		order[pg] = i
	}
	slices.SortStableFunc(pages, func(a, b *content.Page) int {
		return cmp.Or(b.Lastmod.Compare(a.Lastmod), cmp.Compare(order[a], order[b]))
	})
	pages = pages[:min(len(pages), feedSize)]
	feed := atomFeed{
		Lang: f.m.Config.Language, Title: f.m.Info.Title, Subtitle: f.m.Info.Description,
		ID: f.feedID(""), Author: atomPerson{Name: cmp.Or(f.m.Config.Author, f.m.Config.Organisation, f.m.Info.Title)},
		Generator: f.m.Info.Generator,
		Links:     []atomLink{{Rel: "self", Type: "application/atom+xml", Href: f.address("feed.xml")}, {Rel: "alternate", Type: "text/html", Href: f.address("")}},
	}
	var newest time.Time
	for _, pg := range pages {
		updated := f.updated(pg)
		if updated.After(newest) {
			newest = updated
		}
		feed.Entries = append(feed.Entries, atomEntry{
			Title: pg.Title, ID: f.feedID(pg.Path), Link: atomLink{Href: f.address(pg.Path)},
			Updated: updated.UTC().Format(time.RFC3339), Summary: pg.Summary,
		})
	}
	if newest.IsZero() {
		newest = f.m.BuildDate
	}
	feed.Updated = newest.UTC().Format(time.RFC3339)
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(b)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		return err
	}
	b.WriteByte('\n')
	return nil
}

// updated is when a page last changed: lastmod, else date, else the build date.
func (f *provider) updated(pg *content.Page) time.Time {
	if !pg.Lastmod.IsZero() {
		return pg.Lastmod
	}
	return f.m.BuildDate
}

// address is a site path as the feed and sitemap write it: absolute with a
// base URL, else relative to the site root.
func (f *provider) address(sitePath string) string {
	if f.m.Config.BaseURL != "" {
		return f.m.Config.BaseURL + sitePath
	}
	if sitePath == "" {
		return "./"
	}
	return sitePath
}

func (f *provider) feedID(sitePath string) string {
	if f.m.Config.BaseURL != "" {
		return f.m.Config.BaseURL + sitePath
	}
	return urls.NameUUID("followup:" + f.m.Info.Title + ":" + sitePath)
}

type sitemapURLSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	XHTML   string       `xml:"xmlns:xhtml,attr,omitempty"` // on a multilingual site, for the alternates
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc        string        `xml:"loc"`
	Lastmod    string        `xml:"lastmod,omitempty"`
	Alternates []sitemapLink `xml:"xhtml:link"`
}

// sitemapLink is an alternate of a page in another language.
type sitemapLink struct {
	Rel      string `xml:"rel,attr"`
	Hreflang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

// alternates are the versions of the page at sitePath in each language,
// on a multilingual site (view.Languages.Alternates).
func (f *provider) alternates(sitePath string) []sitemapLink {
	ls := f.m.Info.Languages
	if ls == nil {
		return nil
	}
	var links []sitemapLink
	for _, v := range ls.Alternates(sitePath) {
		links = append(links, sitemapLink{Rel: "alternate", Hreflang: v.Tag, Href: v.Href})
	}
	return links
}

// renderSitemap lists every content page; only built with a base URL, as
// sitemaps hold absolute addresses.
func (f *provider) renderSitemap(b *bytes.Buffer) error {
	var set sitemapURLSet
	if f.m.Info.Languages != nil {
		set.XHTML = "http://www.w3.org/1999/xhtml"
	}
	for _, pg := range f.m.Content.Pages {
		u := sitemapURL{Loc: f.m.Config.BaseURL + pg.Path, Alternates: f.alternates(pg.Path)}
		if !pg.Lastmod.IsZero() {
			u.Lastmod = pg.Lastmod.UTC().Format("2006-01-02")
		}
		set.URLs = append(set.URLs, u)
	}
	for _, tag := range f.m.Info.Tags {
		set.URLs = append(set.URLs, sitemapURL{Loc: f.m.Config.BaseURL + tag.Path, Alternates: f.alternates(tag.Path)})
	}
	slices.SortFunc(set.URLs, func(a, b sitemapURL) int { return cmp.Compare(a.Loc, b.Loc) })
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(b)
	enc.Indent("", "  ")
	if err := enc.Encode(set); err != nil {
		return err
	}
	b.WriteByte('\n')
	return nil
}
