package site

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/view"
)

// The workbook gathers every checklist: workbook/ shows them all in the
// order the guide first uses them, and workbook/<id>/ shows one alone, to
// print as a handout.
const workbookPath = "workbook/"

// Workbook is the data of the workbook/ page.
type Workbook struct {
	Entries []*WorkbookEntry
}

// WorkbookEntry is one checklist in the workbook.
type WorkbookEntry struct {
	Checklist *checklist.Checklist
	Page      *content.Page   // its own page, workbook/<id>/
	HTML      template.HTML   // the checklist, rendered for the page it is shown on
	Guides    []*content.Page // the pages that show it, in reading order
}

// checklistShortcode renders {{< checklist "id" >}}.
func (p *plan) checklistShortcode(call *markdown.Call, ctx *markdown.Context) (markdown.Output, error) {
	id := call.Arg(0)
	c, ok := p.checklists.Get(id)
	if !ok && p.checklists.Broken(id) {
		return markdown.Output{}, nil // its file's errors are reported; the build fails anyway
	}
	if !ok {
		return markdown.Output{}, fmt.Errorf("unknown checklist %q: the checklists are %s (files in %s/)", id, strings.Join(p.checklists.IDs(), ", "), checklist.Dir)
	}
	view, err := p.checklistView(c, ctx.PagePath)
	if err != nil {
		return markdown.Output{}, err
	}
	var b bytes.Buffer
	if err := checklist.Render(&b, view); err != nil {
		return markdown.Output{}, err
	}
	return markdown.Output{HTML: b.Bytes(), Block: true, IDs: view.ElementIDs(), Needs: []string{markdown.NeedChecklist}, Checklists: []string{id}}, nil
}

// checklistView renders a checklist's texts for the page at pagePath. Links
// in checklist files are written from the content folder.
func (p *plan) checklistView(c *checklist.Checklist, pagePath string) (checklist.View, error) {
	links := pageLinks{plan: p, fromDir: ".", pagePath: pagePath}
	ctx := &markdown.Context{Links: links, PagePath: pagePath}
	inline := func(s string, line int) (template.HTML, string, error) {
		if s == "" {
			return "", "", nil
		}
		res, err := p.conv.Inline([]byte(s), ctx)
		if err != nil {
			return "", "", diag.Locate(err, c.Source, line-1)
		}
		return template.HTML(res.HTML), res.Plain, nil
	}
	v := checklist.View{ID: c.ID, Page: pagePath, Title: c.Title}
	var err error
	if v.Intro, _, err = inline(c.Intro, cmp.Or(c.IntroLine, 1)); err != nil {
		return v, err
	}
	for _, it := range c.Items {
		iv := checklist.ItemView{ID: it.ID, Timing: it.Timing}
		if iv.Text, iv.Plain, err = inline(it.Text, it.TextLine); err != nil {
			return v, err
		}
		if iv.Hint, _, err = inline(it.Hint, it.HintLine); err != nil {
			return v, err
		}
		if it.Link != "" {
			href, _, err := links.Resolve(it.Link)
			if err != nil {
				return v, diag.Errorf(c.Source, it.LinkLine, "%v", err)
			}
			iv.Href = href
		}
		v.Items = append(v.Items, iv)
	}
	return v, nil
}

// checkChecklistLinks checks every checklist's item links once, at the
// checklist file's lines: the page must exist, and its fragment is checked
// with the pages' links, as are the fragments of links in the markdown of
// its intro, items and hints.
func (p *plan) checkChecklistLinks() {
	links := pageLinks{plan: p, fromDir: ".", pagePath: ""}
	for _, c := range p.checklists.Lists {
		p.addInlineRefs(c.Source, cmp.Or(c.IntroLine, 1), c.Intro)
		for _, it := range c.Items {
			p.addInlineRefs(c.Source, it.TextLine, it.Text)
			p.addInlineRefs(c.Source, it.HintLine, it.Hint)
			if it.Link == "" {
				continue
			}
			_, target, err := links.Resolve(it.Link)
			if err != nil {
				p.errs = append(p.errs, diag.Errorf(c.Source, it.LinkLine, "%v", err))
				continue
			}
			if target.Internal && target.Fragment != "" {
				p.refs = append(p.refs, pageRef{source: c.Source, ref: markdown.Ref{Line: it.LinkLine, Target: target.Path, Fragment: target.Fragment}})
			}
		}
	}
}

// addWorkbook plans the workbook pages. They render after the content
// pages, once it is known which pages show which checklist.
func (p *plan) addWorkbook() {
	if len(p.checklists.Lists) == 0 {
		return
	}
	index := &content.Page{Kind: content.KindSection, Title: "Workbook", Path: workbookPath, Parent: p.site.Home,
		Description: "Every checklist of the guide in one place: tick them off as you go, or print one as a handout."}
	p.workbook = &Workbook{}
	for _, c := range p.checklists.Lists {
		pg := &content.Page{Kind: content.KindPage, Title: c.Title, Path: workbookPath + c.ID + "/", Parent: index,
			Description: fmt.Sprintf("The %q checklist of %s, on a page of its own to tick off or print.", c.Title, p.info.Title)}
		entry := &WorkbookEntry{Checklist: c, Page: pg}
		p.workbook.Entries = append(p.workbook.Entries, entry)
		p.addLate(job{file: pg.Path + "index.html", claim: "the workbook page of " + c.Source, html: true, run: func(b *bytes.Buffer) error {
			return p.renderWorkbookPage(b, "checklist", pg, entry)
		}, src: c.Source})
	}
	p.addLate(job{file: workbookPath + "index.html", claim: "the workbook", html: true, run: func(b *bytes.Buffer) error {
		return p.renderWorkbookPage(b, "workbook", index, p.workbook)
	}})
}

// orderWorkbook sorts the workbook in the order the guide first shows each
// checklist; checklists no page shows come last, by id.
func (p *plan) orderWorkbook() {
	if p.workbook == nil {
		return
	}
	pos := map[*content.Page]int{}
	for i, pg := range p.site.Pages {
		pos[pg] = i
	}
	first := func(e *WorkbookEntry) int {
		if len(e.Guides) == 0 {
			return len(p.site.Pages)
		}
		return pos[e.Guides[0]]
	}
	users := p.checklistUsers()
	for _, e := range p.workbook.Entries {
		guides := users[e.Checklist.ID]
		slices.SortFunc(guides, func(a, b *content.Page) int { return cmp.Compare(pos[a], pos[b]) })
		e.Guides = slices.Compact(guides)
	}
	slices.SortStableFunc(p.workbook.Entries, func(a, b *WorkbookEntry) int {
		return cmp.Or(cmp.Compare(first(a), first(b)), cmp.Compare(a.Checklist.ID, b.Checklist.ID))
	})
}

// renderWorkbookPage renders the workbook index or one checklist's page;
// every checklist is rendered for the page it appears on.
func (p *plan) renderWorkbookPage(b *bytes.Buffer, layout string, pg *content.Page, data any) error {
	entries := p.workbook.Entries
	if e, ok := data.(*WorkbookEntry); ok {
		entries = []*WorkbookEntry{e}
	}
	shown := make([]*WorkbookEntry, len(entries))
	for i, e := range entries {
		view, err := p.checklistView(e.Checklist, pg.Path)
		if err != nil {
			return err
		}
		var html bytes.Buffer
		if err := checklist.Render(&html, view); err != nil {
			return err
		}
		c := *e
		c.HTML = template.HTML(html.String())
		shown[i] = &c
	}
	if _, ok := data.(*WorkbookEntry); ok {
		data = shown[0]
	} else {
		data = &Workbook{Entries: shown}
	}
	return p.renderGenerated(b, layout, view.PageData{Page: pg, Kind: layout, Data: data}, markdown.NeedChecklist)
}

// addInlineRefs checks the links to fragments in a piece of inline
// markdown from a file other than a page (a checklist, the timeline rules)
// with the pages' links, at line (where the text starts) of source. Its
// other errors are reported where it is rendered.
func (p *plan) addInlineRefs(source string, line int, text string) {
	if !strings.Contains(text, "#") {
		return
	}
	res, err := p.conv.Inline([]byte(text), &markdown.Context{Links: pageLinks{plan: p, fromDir: ".", pagePath: ""}})
	if err != nil {
		return
	}
	for _, r := range res.Refs {
		r.Line += line - 1
		p.refs = append(p.refs, pageRef{source: source, ref: r})
	}
}

// checklistUsers returns, by checklist id, the pages whose content shows
// it, as their conversions said (plan.shows).
func (p *plan) checklistUsers() map[string][]*content.Page {
	users := map[string][]*content.Page{}
	for pg, ids := range p.shows {
		for _, id := range ids {
			users[id] = append(users[id], pg)
		}
	}
	return users
}
