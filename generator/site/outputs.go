package site

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

// addJobs plans every output file of the build.
func (p *plan) addJobs() {
	for _, pg := range p.site.Pages {
		p.claims.add(p.pageJob(pg))
	}
	p.addProvided(p.provided[byTags])     // the tag pages
	p.addProvided(p.provided[byWorkbook]) // the workbook
	p.addProvided(p.provided[byCalculator])
	p.addProvided(p.provided[byFeeds]) // the feeds
	p.claims.add(job{file: "css/syntax.css", claim: "the code highlighting stylesheet", run: func(b *bytes.Buffer) error { return markdown.StyleSheet(b) }})
	for _, f := range p.theme.Static() {
		j := job{file: f.Path, claim: "static file " + f.Display, run: copyFile(f.FS, f.Name, f.Display)}
		if !strings.HasPrefix(f.Display, "(") { // not the built-in theme's
			j.src = f.Display
		}
		p.claims.add(j)
	}
	for _, f := range p.site.Files {
		src := p.site.FileSource(f)
		p.claims.add(job{file: f, claim: src, run: copyFile(p.src, src, src), src: src})
	}
	p.addEditions()
	p.checkChecklistLinks()
	for _, check := range p.checks { // the providers' (model.Plan.Check)
		check()
	}
	p.checkMenu()
}

// pageJob renders a content page.
func (p *plan) pageJob(pg *content.Page) job {
	return job{file: urls.File(pg.Path), claim: claimOf(pg), html: true, run: func(b *bytes.Buffer) error { return p.renderPage(pg, b) },
		src: pg.Source, line: pg.Front.SlugLine}
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
		if errors.As(err, new(diag.OutsideLink)) || errors.As(err, new(diag.NotAFile)) {
			return diag.Errorf(display, 0, "cannot read: %v", err)
		}
		if err != nil {
			return diag.Errorf(display, 0, "cannot read: %v; check the file's permissions", err)
		}
		b.Write(data)
		return nil
	}
}

// renderGenerated renders a page the build makes itself (no markdown).
func (p *plan) renderGenerated(b *bytes.Buffer, layout string, d view.PageData, needs ...string) error {
	return p.model.Render(b, layout, d, view.Render{Needs: needs})
}
