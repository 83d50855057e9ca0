package site

// The editions: the guide in forms to print, to read offline and to read
// on an e-reader. Each is an output of its own, on by default and switched
// off in followup.toml's [outputs]:
//
//	print/                        print: every page of the guide on one page (providers/printed)
//	handouts/                     handouts: the workshop packet (providers/packet)
//	downloads/<site>.epub         epub: the guide as an EPUB 3 book (providers/ebook)
//	downloads/<site>-offline.zip  offline: the site to read from disk (providers/downloads)
//	downloads/                    a page offering all of them (providers/downloads)
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
// the build renders into tees it every file (model.Plan.Tee).

import (
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/providers/downloads"
)

// editions is what the core keeps of the editions for the build's Report.
type editions struct {
	zip  string // site path of the offline copy, "" when off
	pdfs []PDF  // the PDFs to print after the build
}

// addEditions claims the editions' outputs, after every other output, so
// that a clash with a file of the site names the site's file first.
func (p *plan) addEditions() {
	p.editions = &editions{}
	p.addProvided(p.provided[byPrinted]) // the print edition
	p.addProvided(p.provided[byPacket])  // the packet
	p.addProvided(p.provided[byEbook])   // the EPUB
	if p.keepConverted {
		p.converted = map[string]*markdown.Result{}
	}
	for _, e := range p.editionList { // written by Build, after the rest: claimed, with nothing to render
		if e.PDF != "" {
			p.editions.pdfs = append(p.editions.pdfs, PDF{Page: e.Path + "index.html", Out: e.PDF})
			p.claims.claim(job{file: e.PDF, claim: "the PDF printed by followup build --pdf"})
		}
	}
	p.addProvided(p.provided[byDownloads]) // the downloads page and the offline copy
	if downloads.HasOffline(p.model) {
		p.editions.zip = downloads.Zip(p.model)
	}
}

// convertedPage returns a page's markdown as it was converted for its own
// page. A page whose conversion failed has none (its error fails the
// build): the edition gets an empty result.
func (p *plan) convertedPage(pg *content.Page) *markdown.Result {
	p.mu.Lock()
	defer p.mu.Unlock()
	if res := p.converted[pg.File]; res != nil {
		return res
	}
	return &markdown.Result{}
}
