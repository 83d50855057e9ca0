package site

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"strings"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

// addJobs plans every output file of the build.
func (p *plan) addJobs() {
	for _, pg := range p.site.Pages {
		p.claims.add(pageJob(p, pg))
	}
	p.addProvided(p.provided[byTags])     // the tag pages
	p.addProvided(p.provided[byWorkbook]) // the workbook
	p.addProvided(p.provided[byCalculator])
	p.addProvided(p.provided[byFeeds]) // the feeds
	p.claims.add(job{file: "css/syntax.css", claim: "the code highlighting stylesheet", run: func(b *bytes.Buffer) error { return markdown.StyleSheet(b) }})
	for _, f := range p.theme.Static() {
		sf := &staticFile{fsys: f.FS, name: f.Name, display: f.Display}
		j := job{file: f.Path, claim: "static file " + f.Display, run: sf.read, static: sf}
		if !strings.HasPrefix(f.Display, "(") { // not the built-in theme's
			j.src = f.Display
		}
		p.claims.add(j)
	}
	for _, f := range p.site.Files {
		src := p.site.FileSource(f)
		sf := &staticFile{fsys: p.src, name: src, display: src}
		p.claims.add(job{file: f, claim: src, run: sf.read, static: sf, src: src})
	}
	p.addEditions()
	p.checkChecklistLinks()
	for _, check := range p.checks { // the providers' (model.Plan.Check)
		check()
	}
	p.checkMenu()
}

// pageJob renders a content page.
func pageJob(p *plan, pg *content.Page) job {
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

// staticFile is a file the build copies as it is: a theme's or the site's
// static file, or a non-markdown file of the content folder.
type staticFile struct {
	fsys    fs.FS
	name    string // in fsys
	display string // its path as the writer knows it, for errors
}

// read reads the file whole into b.
func (f *staticFile) read(b *bytes.Buffer) error {
	data, err := fs.ReadFile(f.fsys, f.name)
	if err != nil {
		return f.readError(err)
	}
	b.Write(data)
	return nil
}

// readError is the error of a file that cannot be read, at the file.
func (f *staticFile) readError(err error) error {
	if errors.As(err, new(diag.OutsideLink)) || errors.As(err, new(diag.NotAFile)) {
		return diag.Errorf(f.display, 0, "cannot read: %v", err)
	}
	return diag.Errorf(f.display, 0, "cannot read: %v; check the file's permissions", err)
}

// largeFile is the size from which a static file is copied a piece at a
// time (model.Open), never held in memory: the output folder gets it by
// copy_file_range where the system has it, the offline copy stores it as
// it is. Below it, a file is read whole, which is faster for the many small
// files a site has.
const largeFile = 8 << 20

// large returns how to open the file when it is a plain file of at least
// size bytes; nil otherwise, and for a file whose size cannot be known
// without opening it (read whole, which says what is wrong with it).
func (f *staticFile) large(size int64) model.Open {
	var info fs.FileInfo
	var err error
	switch fsys := f.fsys.(type) {
	case fs.StatFS:
		info, err = fsys.Stat(f.name)
	case fs.ReadLinkFS: // fs.Sub's: a link is read whole
		info, err = fsys.Lstat(f.name)
	default: // opening a named pipe to look would wait for ever
		return nil
	}
	if err != nil || !info.Mode().IsRegular() || info.Size() < size {
		return nil
	}
	return func() (io.ReadCloser, error) {
		r, err := f.fsys.Open(f.name)
		if err != nil {
			return nil, f.readError(err)
		}
		return r, nil
	}
}

// renderGenerated renders a page the build makes itself (no markdown).
func (p *plan) renderGenerated(b *bytes.Buffer, layout string, d view.PageData, needs ...string) error {
	return p.model.Render(b, layout, d, view.Render{Needs: needs})
}
