// Package feeds provides the outputs of a site that are for servers,
// crawlers and feed readers rather than for reading:
//
//	404.html      the page a server shows for a missing address (layout 404)
//	<alias>       a redirect page at each old address a page lists in aliases
//	feed.xml      an Atom feed of the most recently updated pages ([outputs] feed)
//	sitemap.xml   every page and tag page, with a base URL only ([outputs] sitemap)
//	robots.txt    allow all, and where the sitemap is ([outputs] robots),
//	              unless the theme or the site has a static robots.txt
//
// On a multilingual site each language's build has its own sitemap, whose
// pages list their versions in the other languages (xhtml:link
// alternates), and the build at the site's root writes robots.txt, which
// lists every language's sitemap.
//
// Without a base URL the feed's links are relative to feed.xml, at the site
// root, and its ids are name-based UUIDs, stable from build to build.
package feeds

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

// New returns the provider of one build's 404 page, aliases, feed, sitemap
// and robots.txt.
func New() model.Provider { return &provider{} }

type provider struct {
	m *model.Model
}

func (f *provider) Provide(m *model.Model, p model.Plan) {
	f.m = m
	p.Add(model.Output{File: "404.html", Claim: "the 404 page", HTML: true, Run: f.render404})
	for _, pg := range m.Content.Pages {
		for _, alias := range pg.Aliases {
			p.Add(model.Output{File: urls.File(alias), Claim: "an alias in " + pg.Source, HTML: true,
				Run: func(b *bytes.Buffer) error { return f.renderAlias(b, alias, pg) }, Src: pg.Source, Line: pg.Front.AliasesLine})
		}
	}
	out := m.Config.Outputs
	if out.Feed {
		p.Add(model.Output{File: "feed.xml", Claim: "the Atom feed", Run: f.renderFeed})
	}
	hasSitemap := out.Sitemap && m.Config.BaseURL != ""
	if hasSitemap {
		p.Add(model.Output{File: "sitemap.xml", Claim: "the sitemap", Run: f.renderSitemap})
	}
	hasRobots := false
	for _, s := range m.Theme.Static() {
		hasRobots = hasRobots || s.Path == "robots.txt"
	}
	if out.Robots && !hasRobots && m.Lang.Prefix == "" { // robots.txt is read at the root only
		p.Add(model.Output{File: "robots.txt", Claim: "robots.txt", Run: func(b *bytes.Buffer) error {
			b.WriteString("User-agent: *\nAllow: /\n")
			if hasSitemap {
				b.WriteString("\n")
				for _, s := range sitemaps(m) {
					fmt.Fprintf(b, "Sitemap: %s\n", s)
				}
			}
			return nil
		}})
	}
}

// sitemaps are the addresses of the site's sitemaps, which robots.txt
// lists: this build's, or on a multilingual site every language's.
func sitemaps(m *model.Model) []string {
	ls := m.Info.Languages
	if ls == nil {
		return []string{m.Config.BaseURL + "sitemap.xml"}
	}
	var all []string
	for _, l := range ls.All {
		all = append(all, ls.RootURL+l.Prefix+"sitemap.xml")
	}
	return all
}

// render404 renders 404.html. A server shows it at any address, so its
// links start from the site's base path: base_url's path, else "/".
func (f *provider) render404(b *bytes.Buffer) error {
	title, err := f.m.Strings.T("notfound.title")
	if err != nil {
		return err
	}
	pg := &content.Page{Kind: content.KindPage, Title: title, Path: "404.html"}
	return f.m.Render(b, "404", view.PageData{Page: pg, Kind: "404"}, view.Render{Absolute: true})
}

var aliasTemplate = template.Must(template.New("alias").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<title>{{.Moved}}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={{.Href}}">
<link rel="canonical" href="{{.Canonical}}">
</head>
<body>
<main>
<h1>{{.Heading}}</h1>
<p>{{.NowAt}} <a href="{{.Href}}">{{.Title}}</a>.</p>
</main>
</body>
</html>
`))

// renderAlias writes a page at an old address that sends readers on.
func (f *provider) renderAlias(b *bytes.Buffer, alias string, to *content.Page) error {
	href := f.m.Linker.Rel(alias, to.Path)
	canonical := href
	if f.m.Config.BaseURL != "" {
		canonical = f.m.Config.BaseURL + to.Path
	}
	return WriteRedirect(b, f.m, to.Title, href, canonical)
}

// WriteRedirect writes a page that sends readers on to href at once (an
// alias, Zola's redirect_to), named by the title of where it leads.
// Its words are m's strings, in m's language.
func WriteRedirect(b *bytes.Buffer, m *model.Model, title, href, canonical string) error {
	heading, err1 := m.Strings.T("redirect.heading")
	nowAt, err2 := m.Strings.T("redirect.now_at")
	moved, err3 := m.Strings.T("redirect.title", "Title", title)
	if err := errors.Join(err1, err2, err3); err != nil {
		return err
	}
	d := map[string]string{"Lang": m.Config.Language, "Title": title, "Href": href, "Canonical": canonical, "Heading": heading, "NowAt": nowAt, "Moved": moved}
	return aliasTemplate.Execute(b, d)
}
