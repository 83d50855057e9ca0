// Package workbook provides the workbook, when the site has checklists:
//
//	workbook/        every checklist, in the order the guide first shows
//	                 each (layout workbook, .Data a *view.Workbook)
//	workbook/<id>/   one checklist alone, to print as a handout (layout
//	                 checklist, .Data a *view.WorkbookEntry)
//
// and a "Workbook" entry in the menu the site has when followup.toml gives
// none. The pages render in the Late phase, once the core knows which
// pages show which checklist (model.Pages). The checklist shortcode, and
// the checks of the checklist files' links, are the core's.
package workbook

import (
	"bytes"
	"errors"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/view"
)

// Path is the site path of the workbook.
const Path = edition.Workbook

// New returns the provider of one build's workbook.
func New() model.Provider { return provider{} }

type provider struct{}

func (provider) Provide(m *model.Model, p model.Plan) {
	if len(m.Lists.Lists) == 0 {
		return
	}
	title, err1 := m.Strings.T("workbook.title")
	desc, err2 := m.Strings.T("workbook.description")
	if err := errors.Join(err1, err2); err != nil {
		p.Error(err)
		return
	}
	p.Menu(config.MenuItem{Name: title, URL: Path})
	p.Edition(model.Edition{Kind: model.WorkbookEdition, Path: Path})
	index := &content.Page{Kind: content.KindSection, Title: title, Path: Path, Parent: m.Content.Home, Description: desc}
	pages := map[string]*content.Page{} // by checklist id
	for _, c := range m.Lists.Lists {
		desc, err := m.Strings.T("workbook.page_description", "Title", c.Title, "Site", m.Info.Title)
		if err != nil {
			p.Error(err)
			return
		}
		pg := &content.Page{Kind: content.KindPage, Title: c.Title, Path: Path + c.ID + "/", Parent: index, Description: desc}
		pages[c.ID] = pg
		p.Add(model.Output{File: pg.Path + "index.html", Claim: "the workbook page of " + c.Source, HTML: true, Phase: model.Late, Run: func(b *bytes.Buffer) error {
			for _, s := range m.Pages.Checklists() {
				if s.Checklist == c {
					return render(b, m, "checklist", pg, []*view.WorkbookEntry{{Checklist: c, Page: pg, Guides: s.Pages}})
				}
			}
			return nil
		}, Src: c.Source})
	}
	p.Add(model.Output{File: Path + "index.html", Claim: "the workbook", HTML: true, Phase: model.Late, Run: func(b *bytes.Buffer) error {
		var entries []*view.WorkbookEntry
		for _, s := range m.Pages.Checklists() {
			entries = append(entries, &view.WorkbookEntry{Checklist: s.Checklist, Page: pages[s.Checklist.ID], Guides: s.Pages})
		}
		return render(b, m, "workbook", index, entries)
	}})
}

// render renders the workbook index or one checklist's page; every
// checklist is rendered for the page it appears on.
func render(b *bytes.Buffer, m *model.Model, layout string, pg *content.Page, entries []*view.WorkbookEntry) error {
	for _, e := range entries {
		html, err := m.Pages.Checklist(e.Checklist, pg.Path)
		if err != nil {
			return err
		}
		e.HTML = html
	}
	var data any = &view.Workbook{Entries: entries}
	if layout == "checklist" {
		data = entries[0]
	}
	return m.Render(b, layout, view.PageData{Page: pg, Kind: layout, Data: data}, view.Render{Needs: []string{markdown.NeedChecklist}})
}
