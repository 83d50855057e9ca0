package site

import (
	"bytes"
	"html/template"
	"slices"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/edition/rewrite"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/view"
)

// The print edition, print/, is every page of the guide on one page, as
// mdBook's print.html: a table of contents, then each page in reading
// order as a section that starts on a new sheet. Its ids are made unique
// and links between its pages lead within it (rewrite.Book); a page's
// headings move one level down under its title. Links to anything else
// (the workbook, the calculator) stay relative, so they work on the site,
// in the offline copy and from disk. No script opens a print dialog: the
// reader prints it, or saves it as PDF, from the browser.

// PrintEdition is the data of print/.
type PrintEdition struct {
	Chapters []*PrintChapter
}

// PrintChapter is one page of the guide in the print edition.
type PrintChapter struct {
	Page     *content.Page
	Title    string
	Anchor   string             // the id of its heading
	HTML     template.HTML      // its content, rewritten
	Sections []markdown.Heading // its level 2 headings, with their ids in the edition
}

func (p *plan) renderPrint(b *bytes.Buffer) error {
	book := rewrite.NewBook(slices.Concat(p.theme.ReservedIDs(), p.theme.LayoutIDs("print"))...)
	book.Shift = 1
	book.Outside = p.editionLink(printPath)
	ed := &PrintEdition{}
	for _, pg := range p.editionPages() {
		anchor := book.Add(pg.Path, chapterAnchor(pg), p.ids[pg.Path])
		ed.Chapters = append(ed.Chapters, &PrintChapter{Page: pg, Title: chapterTitle(pg), Anchor: anchor})
	}
	needs := []string{needPrint}
	for _, ch := range ed.Chapters {
		res := p.convertedPage(ch.Page)
		html, err := chapterHTML(book, ch.Page.Path, res.HTML, book.Rules(ch.Page.Path, ch.Page.Path))
		if err != nil {
			return err
		}
		ch.HTML = html
		for _, h := range mapTOC(book, ch.Page.Path, res.TOC) {
			if h.Level == 2 {
				ch.Sections = append(ch.Sections, h)
			}
		}
		for _, n := range res.Needs {
			if !slices.Contains(needs, n) {
				needs = append(needs, n)
			}
		}
	}
	slices.Sort(needs)
	pg := &content.Page{Kind: content.KindPage, Title: "The whole guide", Path: printPath, Parent: p.site.Home,
		Description: "Every page of " + p.info.Title + " on one page, to print or to save as a PDF."}
	return p.renderGenerated(b, "print", view.PageData{Page: pg, Kind: "print", Data: ed}, needs...)
}
