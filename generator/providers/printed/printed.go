// Package printed provides the print edition: print/ is every page of the guide on one page, as
// mdBook's print.html: a table of contents, then each page in reading
// order as a section that starts on a new sheet. Its ids are made unique
// and links between its pages lead within it (rewrite.Book); a page's
// headings move one level down under its title. Links to anything else
// (the workbook, the calculator) stay relative, so they work on the site,
// in the offline copy and from disk. No script opens a print dialog: the
// reader prints it, or saves it as PDF, from the browser.
//
// It renders in the Late phase, from each page as it was converted for
// its own page (model.Pages.Converted).
package printed

import (
	"bytes"
	"errors"
	"slices"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/edition/rewrite"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/view"
)

// Path is the site path of the print edition.
const Path = "print/"

// New returns the provider of one build's print edition.
func New() model.Provider { return provider{} }

type provider struct{}

// Provide plans print/ when [outputs] print is on and the guide has pages
// with content; a theme without the print layout is an error.
func (provider) Provide(m *model.Model, p model.Plan) {
	if !m.Config.Outputs.Print || len(edition.Pages(m.Content)) == 0 {
		return
	}
	if err := edition.NeedLayout(m, "print", "print"); err != nil {
		p.Error(err)
		return
	}
	p.KeepConverted()
	e := model.Edition{Kind: model.PrintEdition, Path: Path}
	if m.PDF {
		e.PDF = edition.Downloads + edition.Slug(m) + "-guide.pdf"
	}
	p.Edition(e)
	p.Add(model.Output{File: Path + "index.html", Claim: "the print edition", HTML: true, Phase: model.Late,
		Run: func(b *bytes.Buffer) error { return render(b, m) }})
}

func render(b *bytes.Buffer, m *model.Model) error {
	book := rewrite.NewBook(slices.Concat(m.Theme.ReservedIDs(), m.Theme.LayoutIDs("print"))...)
	book.Shift = 1
	book.Root, book.Outside = m.Lang.Prefix, edition.Outside(m, Path)
	ed := &view.PrintEdition{}
	for _, pg := range edition.Pages(m.Content) {
		anchor := book.Add(pg.Path, edition.Anchor(pg), m.Pages.IDs(pg.Path))
		ed.Chapters = append(ed.Chapters, &view.PrintChapter{Page: pg, Title: edition.Title(pg), Anchor: anchor})
	}
	needs := []string{edition.NeedPrint}
	for _, ch := range ed.Chapters {
		res := m.Pages.Converted(ch.Page)
		html, err := edition.Chapter(book, ch.Page.Path, res.HTML, book.Rules(ch.Page.Path, ch.Page.Path))
		if err != nil {
			return err
		}
		ch.HTML = html
		for _, h := range edition.MapTOC(book, ch.Page.Path, res.TOC) {
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
	title, err1 := m.Strings.T("print.title")
	desc, err2 := m.Strings.T("print.description", "Site", m.Info.Title)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	pg := &content.Page{Kind: content.KindPage, Title: title, Path: Path, Parent: m.Content.Home, Description: desc}
	return m.Render(b, "print", view.PageData{Page: pg, Kind: "print", Data: ed}, view.Render{Needs: needs})
}
