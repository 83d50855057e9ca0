package site

import (
	"bytes"
	"cmp"
	"crypto/sha1"
	"encoding/xml"
	"fmt"
	"slices"
	"time"

	"github.com/followup/followup/generator/content"
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
func (p *plan) renderFeed(b *bytes.Buffer) error {
	var pages []*content.Page
	for _, pg := range p.site.Pages {
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
		Lang: p.cfg.Language, Title: p.info.Title, Subtitle: p.info.Description,
		ID: p.feedID(""), Author: atomPerson{Name: cmp.Or(p.cfg.Author, p.cfg.Organisation, p.info.Title)},
		Generator: p.info.Generator,
		Links:     []atomLink{{Rel: "self", Type: "application/atom+xml", Href: p.address("feed.xml")}, {Rel: "alternate", Type: "text/html", Href: p.address("")}},
	}
	var newest time.Time
	for _, pg := range pages {
		updated := p.updated(pg)
		if updated.After(newest) {
			newest = updated
		}
		feed.Entries = append(feed.Entries, atomEntry{
			Title: pg.Title, ID: p.feedID(pg.Path), Link: atomLink{Href: p.address(pg.Path)},
			Updated: updated.UTC().Format(time.RFC3339), Summary: pg.Summary,
		})
	}
	if newest.IsZero() {
		newest = p.opts.BuildDate
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
func (p *plan) updated(pg *content.Page) time.Time {
	if !pg.Lastmod.IsZero() {
		return pg.Lastmod
	}
	return p.opts.BuildDate
}

// address is a site path as the feed and sitemap write it: absolute with a
// base URL, else relative to the site root.
func (p *plan) address(sitePath string) string {
	if p.cfg.BaseURL != "" {
		return p.cfg.BaseURL + sitePath
	}
	if sitePath == "" {
		return "./"
	}
	return sitePath
}

func (p *plan) feedID(sitePath string) string {
	if p.cfg.BaseURL != "" {
		return p.cfg.BaseURL + sitePath
	}
	return nameUUID("followup:" + p.info.Title + ":" + sitePath)
}

// nameUUID is a name-based UUID URN of name (the version 5 layout over
// its SHA-1), the same in every build.
func nameUUID(name string) string {
	h := sha1.Sum([]byte(name))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

type sitemapURLSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	Lastmod string `xml:"lastmod,omitempty"`
}

// renderSitemap lists every content page; only built with a base URL, as
// sitemaps hold absolute addresses.
func (p *plan) renderSitemap(b *bytes.Buffer) error {
	var set sitemapURLSet
	for _, pg := range p.site.Pages {
		u := sitemapURL{Loc: p.cfg.BaseURL + pg.Path}
		if !pg.Lastmod.IsZero() {
			u.Lastmod = pg.Lastmod.UTC().Format("2006-01-02")
		}
		set.URLs = append(set.URLs, u)
	}
	for _, tag := range p.info.Tags {
		set.URLs = append(set.URLs, sitemapURL{Loc: p.cfg.BaseURL + tag.Path})
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
