package site

// The editions: the guide in forms to print, to read offline and to read
// on an e-reader. Each is an output of its own, on by default and switched
// off in followup.toml's [outputs]:
//
//	print/                        print: every page of the guide on one page (providers/printed)
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
// rewrite.Book (mdBook's print page algorithm; the helpers are
// providers/edition's): ids made unique, links between the joined pages
// turned into links within the document.
//
// The offline copy is made last, from what the other jobs wrote: the sink
// the build renders into tees it every file it holds (offline.go).

import (
	"bytes"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/providers/ebook"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/providers/packet"
	"github.com/followup/followup/generator/providers/printed"
	"github.com/followup/followup/generator/view"
)

const (
	printPath     = printed.Path
	packetPath    = packet.Path
	downloadsPath = edition.Downloads
)

// needPrint is the asset of the print edition and the packet: css/print.css.
const needPrint = edition.NeedPrint

// editions is what the editions share while a build runs.
type editions struct {
	slug      string    // the site's title as a URL segment, for file names
	epub      string    // site path of the EPUB, "" when off
	zip       string    // site path of the offline copy, "" when off
	pdfs      []pdfFile // the PDFs Build prints
	offline   *offlineCopy
	hasPrint  bool // the providers make print/ and handouts/
	hasPacket bool
}

// addEditions plans the editions; it runs after every other output is
// planned, so the offline copy knows which of them it holds.
func (p *plan) addEditions() {
	out := p.cfg.Outputs
	e := &editions{slug: edition.Slug(p.model)}
	p.editions = e
	if len(edition.Pages(p.site)) == 0 {
		return
	}
	e.hasPrint = out.Print && p.theme.Has("print")
	e.hasPacket = out.Handouts && p.theme.Has("packet")
	if out.EPUB {
		e.epub = ebook.File(p.model)
	}
	p.addProvided(p.provided[3]) // the print edition
	p.addProvided(p.provided[4]) // the packet
	p.addProvided(p.provided[5]) // the EPUB
	if p.keepConverted {
		p.converted = map[*content.Page]*markdown.Result{}
	}
	if p.opts.PDF {
		if e.hasPrint {
			e.pdfs = append(e.pdfs, pdfFile{printPath + "index.html", downloadsPath + e.slug + "-guide.pdf"})
		}
		if e.hasPacket {
			e.pdfs = append(e.pdfs, pdfFile{packetPath + "index.html", downloadsPath + e.slug + "-handouts.pdf"})
		}
		for _, f := range e.pdfs { // written by Build, after the rest: claimed, with nothing to render
			p.claim(job{file: f.out, claim: "the PDF printed by followup build --pdf"})
		}
	}
	hasDownloads := e.hasPrint || e.hasPacket || e.epub != "" || out.Offline
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
// without it the build fails with what to do (edition.NeedLayout).
func (p *plan) needLayout(layout, output string) bool {
	err := edition.NeedLayout(p.model, layout, output)
	p.errs.Add(err)
	return err == nil
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
		Print: link(printPath, e.hasPrint), Packet: link(packetPath, e.hasPacket),
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
