package site

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"strings"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/urls"
)

// addJobs plans every output file of the build.
func (p *plan) addJobs() {
	for _, pg := range p.site.Pages {
		p.add(job{file: urls.File(pg.Path), claim: claimOf(pg), html: true, run: func(b *bytes.Buffer) error { return p.renderPage(pg, b) },
			src: pg.Source, line: pg.Front.SlugLine})
	}
	if p.info.HasTags {
		p.addTagPages()
	}
	p.addWorkbook()
	p.addCalculator()
	p.add(job{file: "404.html", claim: "the 404 page", html: true, run: p.render404})
	for _, pg := range p.site.Pages {
		for _, alias := range pg.Aliases {
			p.add(job{file: urls.File(alias), claim: "an alias in " + pg.Source, html: true, run: func(b *bytes.Buffer) error { return p.renderAlias(b, alias, pg) },
				src: pg.Source, line: pg.Front.AliasesLine})
		}
	}
	if p.cfg.Outputs.Feed {
		p.add(job{file: "feed.xml", claim: "the Atom feed", run: p.renderFeed})
	}
	if p.cfg.Outputs.Sitemap && p.cfg.BaseURL != "" {
		p.add(job{file: "sitemap.xml", claim: "the sitemap", run: p.renderSitemap})
	}
	p.add(job{file: "css/syntax.css", claim: "the code highlighting stylesheet", run: func(b *bytes.Buffer) error { return markdown.StyleSheet(b) }})
	hasRobots := false
	for _, f := range p.theme.Static() {
		hasRobots = hasRobots || f.Path == "robots.txt"
		j := job{file: f.Path, claim: "static file " + f.Display, run: copyFile(f.FS, f.Name, f.Display)}
		if !strings.HasPrefix(f.Display, "(") { // not the built-in theme's
			j.src = f.Display
		}
		p.add(j)
	}
	if p.cfg.Outputs.Robots && !hasRobots {
		p.add(job{file: "robots.txt", claim: "robots.txt", run: p.renderRobots})
	}
	for _, f := range p.site.Files {
		p.add(job{file: f, claim: content.Dir + "/" + f, run: copyFile(p.src, content.Dir+"/"+f, content.Dir+"/"+f), src: content.Dir + "/" + f})
	}
	p.addEditions()
	p.checkChecklistLinks()
	p.checkCalculatorLinks()
	p.checkMenu()
}

// checkMenu reports menu entries that lead to no page of the site.
func (p *plan) checkMenu() {
	for _, m := range p.cfg.Menu {
		if !m.External && !p.exists(m.URL) {
			p.errs = append(p.errs, diag.Errorf(config.File, m.Line, "menu entry %q leads to /%s, which the site does not have: fix its url", m.Name, m.URL))
		}
	}
}

func claimOf(pg *content.Page) string {
	if pg.Source != "" {
		return pg.Source
	}
	return "the section for folder " + content.Dir + "/" + strings.TrimSuffix(pg.File, "/_index.md")
}

// copyFile copies the file name of fsys; display is its path as the
// writer knows it, for errors.
func copyFile(fsys fs.FS, name, display string) func(*bytes.Buffer) error {
	return func(b *bytes.Buffer) error {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return diag.Errorf(display, 0, "cannot read: %v; check the file's permissions", err)
		}
		b.Write(data)
		return nil
	}
}

func (p *plan) addTagPages() {
	home := p.site.Home
	index := &content.Page{Kind: content.KindSection, Title: "Topics", Path: "tags/", Parent: home}
	p.add(job{file: "tags/index.html", claim: "the tag index", html: true, run: func(b *bytes.Buffer) error {
		return p.renderGenerated(b, "taxonomy", &PageData{Page: index, Kind: "taxonomy"})
	}})
	for _, tag := range p.site.Tags {
		pg := &content.Page{Kind: content.KindPage, Title: tag.Name, Path: tag.Path, Parent: index,
			Description: fmt.Sprintf("Pages of %s about %s.", p.info.Title, tag.Name)}
		p.add(job{file: urls.File(tag.Path), claim: fmt.Sprintf("the page of tag %q", tag.Name), html: true, run: func(b *bytes.Buffer) error {
			return p.renderGenerated(b, "term", &PageData{Page: pg, Kind: "term", Tag: tag})
		}})
	}
}

// renderGenerated renders a page the build makes itself (no markdown).
func (p *plan) renderGenerated(b *bytes.Buffer, layout string, d *PageData) error {
	d.Site, d.Path, d.linker = p.info, d.Page.Path, p.linker
	return p.theme.Execute(b, layout, d, "generated page /"+d.Path)
}

// render404 renders 404.html. A server shows it at any address, so its
// links start from the site's base path: base_url's path, else "/".
func (p *plan) render404(b *bytes.Buffer) error {
	pg := &content.Page{Kind: content.KindPage, Title: "Page not found", Path: "404.html"}
	return p.renderGenerated(b, "404", &PageData{Page: pg, Kind: "404", absolute: true})
}

var aliasTemplate = template.Must(template.New("alias").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<title>{{.Title}} has moved</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={{.Href}}">
<link rel="canonical" href="{{.Canonical}}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="{{.Href}}">{{.Title}}</a>.</p>
</main>
</body>
</html>
`))

// renderAlias writes a page at an old address that sends readers on.
func (p *plan) renderAlias(b *bytes.Buffer, alias string, to *content.Page) error {
	href := p.linker.Rel(alias, to.Path)
	canonical := href
	if p.cfg.BaseURL != "" {
		canonical = p.cfg.BaseURL + to.Path
	}
	return aliasTemplate.Execute(b, map[string]string{"Lang": p.cfg.Language, "Title": to.Title, "Href": href, "Canonical": canonical})
}

func (p *plan) renderRobots(b *bytes.Buffer) error {
	b.WriteString("User-agent: *\nAllow: /\n")
	if p.cfg.Outputs.Sitemap && p.cfg.BaseURL != "" {
		fmt.Fprintf(b, "\nSitemap: %ssitemap.xml\n", p.cfg.BaseURL)
	}
	return nil
}
