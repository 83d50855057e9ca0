package site

// The editions: the guide in forms to print, to read offline and to read
// on an e-reader. Each is an output of its own, on by default and switched
// off in followup.toml's [outputs]:
//
//	print/                        print: every page of the guide on one page (printed.go)
//	handouts/                     handouts: the workshop packet (packet.go)
//	downloads/<site>.epub         epub: the guide as an EPUB 3 book (ebook.go)
//	downloads/<site>-offline.zip  offline: the site to read from disk (offline.go)
//	downloads/                    a page offering all of them
//
// <site> is the site's title as a URL segment ("after-the-interview").
// With Options.PDF, Build also prints print/ and handouts/ to
// downloads/<site>-guide.pdf and downloads/<site>-handouts.pdf (pdf.go).
//
// The print edition, the packet and the EPUB are made of converted pages,
// so they render in the second phase, once every content page has been
// converted and its ids recorded. When any of them is on, the first phase
// keeps each page's converted markdown (plan.converted; a Builder's cache
// holds the same results), and they take it from there rather than convert
// every page again for each edition. They then join the pages with a
// rewrite.Book (mdBook's print page algorithm): ids made unique, links
// between the joined pages turned into links within the document.
//
// The offline copy is made last, from what the other jobs wrote: the sink
// the build renders into tees it every file it holds (offline.go).

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/edition/rewrite"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

const (
	printPath     = "print/"
	packetPath    = "handouts/"
	downloadsPath = "downloads/"
)

// needPrint is the asset of the print edition and the packet: css/print.css.
const needPrint = "print"

// editions is what the editions share while a build runs.
type editions struct {
	slug     string    // the site's title as a URL segment, for file names
	epub     string    // site path of the EPUB, "" when off
	zip      string    // site path of the offline copy, "" when off
	pdfs     []pdfFile // the PDFs Build prints
	offline  *offlineCopy
	packet   *packetPlan
	hasPrint bool
}

// addEditions plans the editions; it runs after every other output is
// planned, so the offline copy knows which of them it holds.
func (p *plan) addEditions() {
	out := p.cfg.Outputs
	e := &editions{slug: cmp.Or(urls.Slugify(p.info.Title), "guide")}
	p.editions = e
	if len(p.editionPages()) == 0 {
		return
	}
	if out.Print && p.needLayout("print", "print") {
		e.hasPrint = true
		p.addLate(job{file: printPath + "index.html", claim: "the print edition", html: true, run: p.renderPrint})
	}
	if out.Handouts && p.needLayout("packet", "handouts") {
		p.planPacket()
	}
	if out.EPUB {
		e.epub = downloadsPath + e.slug + ".epub"
		p.addLate(job{file: e.epub, claim: "the EPUB edition", run: p.renderEPUB})
	}
	if e.hasPrint || e.packet != nil || e.epub != "" {
		p.converted = map[*content.Page]*markdown.Result{}
	}
	if p.opts.PDF {
		if e.hasPrint {
			e.pdfs = append(e.pdfs, pdfFile{printPath + "index.html", downloadsPath + e.slug + "-guide.pdf"})
		}
		if e.packet != nil {
			e.pdfs = append(e.pdfs, pdfFile{packetPath + "index.html", downloadsPath + e.slug + "-handouts.pdf"})
		}
		for _, f := range e.pdfs { // written by Build, after the rest: claimed, with nothing to render
			p.claim(job{file: f.out, claim: "the PDF printed by followup build --pdf"})
		}
	}
	hasDownloads := e.hasPrint || e.packet != nil || e.epub != "" || out.Offline
	if hasDownloads && p.needLayout("downloads", "print, handouts, epub and offline") {
		p.info.Downloads = downloadsPath
		p.addLate(job{file: downloadsPath + "index.html", claim: "the downloads page", html: true, run: func(b *bytes.Buffer) error {
			return p.renderDownloads(b, false)
		}})
	}
	if out.Offline && hasDownloads && (!p.calc.enabled || p.needLayout("plan-offline", "offline")) {
		p.planOffline()
	}
}

// needLayout reports whether the theme has a layout an edition needs;
// without it the build fails with what to do. An empty output means the
// layout is not optional.
func (p *plan) needLayout(layout, output string) bool {
	if p.theme.Has(layout) {
		return true
	}
	msg := fmt.Sprintf("theme %q has no layouts/%s.html: copy it from the default theme", p.theme.Name, layout)
	if output != "" {
		msg += fmt.Sprintf(", or set %s = false under [outputs] in %s", output, config.File)
	}
	p.errs = append(p.errs, diag.Errorf(config.File, p.cfg.Line("theme"), "%s", msg)) // the theme is named there, if anywhere
	return false
}

// editionPages are the pages the editions hold: every page with content,
// in reading order.
func (p *plan) editionPages() []*content.Page {
	var pages []*content.Page
	for _, pg := range p.site.Pages {
		if hasContent(pg) {
			pages = append(pages, pg)
		}
	}
	return pages
}

// hasContent reports whether a page has more than front matter.
func hasContent(pg *content.Page) bool { return len(bytes.TrimSpace(pg.Body)) > 0 }

// chapterTitle is a page's title in an edition; the home page introduces it.
func chapterTitle(pg *content.Page) string {
	if pg.Kind == content.KindHome {
		return "Introduction"
	}
	return pg.Title
}

// chapterAnchor is the id wanted for a page's heading in an edition.
func chapterAnchor(pg *content.Page) string {
	if pg.Path == "" {
		return "chapter-introduction"
	}
	return "chapter-" + strings.ReplaceAll(strings.TrimSuffix(pg.Path, "/"), "/", "-")
}

// convertedPage returns a page's markdown as it was converted for its own
// page. A page whose conversion failed has none (its error fails the
// build): the edition gets an empty result.
func (p *plan) convertedPage(pg *content.Page) *markdown.Result {
	p.mu.Lock()
	defer p.mu.Unlock()
	if res := p.converted[pg]; res != nil {
		return res
	}
	return &markdown.Result{}
}

// editionLink writes a link from an edition at site path from to a page
// or file the edition does not hold: relative, as on the site, so it works
// served, offline and from disk.
func (p *plan) editionLink(from string) func(t rewrite.Target) (string, bool) {
	return func(t rewrite.Target) (string, bool) {
		if t.External {
			return t.Raw, true
		}
		return href(p.linker, from, t.Path, t.Fragment), true
	}
}

// href writes the link from site path from to site path to (unescaped),
// with a fragment, escaped for an attribute.
func href(l urls.Linker, from, to, fragment string) string {
	u := url.URL{Path: l.Rel(from, to), Fragment: fragment}
	if to == from && fragment != "" {
		u.Path = ""
	}
	return u.String()
}

// absolute returns the online address of a site path (unescaped) and a
// fragment; only with a base URL.
func (p *plan) absolute(sitePath, fragment string) string {
	return p.cfg.BaseURL + (&url.URL{Path: sitePath, Fragment: fragment}).String()
}

// mapTOC gives the headings of a chapter their ids in a book.
func mapTOC(b *rewrite.Book, key string, toc []markdown.Heading) []markdown.Heading {
	out := make([]markdown.Heading, len(toc))
	for i, h := range toc {
		out[i] = markdown.Heading{Level: h.Level, ID: b.ID(key, h.ID), Text: h.Text}
	}
	return out
}

// Downloads is the data of downloads/.
type Downloads struct {
	Offline   bool   // the offline copy's own version of the page
	Online    string // the site's address, "" without a base URL
	Print     string // links, "" for editions the site does not have
	Packet    string
	EPUB      string
	Zip       string
	GuidePDF  string
	PacketPDF string
	Workbook  string
	Evergreen string
}

// renderDownloads renders downloads/, or the offline copy's version of it,
// which offers what the copy holds and points online for the rest.
func (p *plan) renderDownloads(b *bytes.Buffer, offline bool) error {
	e := p.editions
	pg := &content.Page{Kind: content.KindPage, Title: "Print and offline", Path: downloadsPath, Parent: p.site.Home,
		Description: "The whole guide to print, a packet for workshops, an e-book and a copy that works without a connection."}
	link := func(target string, ok bool) string {
		if !ok {
			return ""
		}
		return p.linker.Rel(downloadsPath, target)
	}
	d := &Downloads{Offline: offline, Online: p.cfg.BaseURL,
		Print: link(printPath, e.hasPrint), Packet: link(packetPath, e.packet != nil),
		EPUB: link(e.epub, e.epub != ""), Zip: link(e.zip, e.zip != "" && !offline),
		Workbook: link(workbookPath, len(p.checklists.Lists) > 0), Evergreen: link(planPath+"by-weekday/", p.calc.enabled)}
	for _, f := range e.pdfs {
		if f.page == printPath+"index.html" {
			d.GuidePDF = link(f.out, !offline)
		} else {
			d.PacketPDF = link(f.out, !offline)
		}
	}
	return p.renderGenerated(b, "downloads", view.PageData{Page: pg, Kind: "downloads", Data: d})
}

// chapterHTML is a converted chapter, rewritten for a book.
func chapterHTML(b *rewrite.Book, key string, html []byte, r *rewrite.Rules) (template.HTML, error) {
	b.Define(key, rewrite.IDs(html))
	var out bytes.Buffer
	if err := rewrite.Rewrite(&out, html, r); err != nil {
		return "", err
	}
	return template.HTML(out.String()), nil
}
