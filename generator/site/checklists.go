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
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/workbook"
)

// workbookPath is where the workbook provider puts the checklists' pages.
const workbookPath = workbook.Path

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
	outer, _ := ctx.Page.(shownIn)
	if i := slices.Index(outer, id); i >= 0 {
		cycle := strings.Join(append(slices.Clone(outer[i:]), id), " shows ")
		return markdown.Output{}, fmt.Errorf("checklist %q shows itself (%s): a checklist cannot show one that shows it; remove this {{< checklist >}}", id, cycle)
	}
	view, err := p.checklistView(c, ctx.PagePath, outer...)
	if err != nil {
		return markdown.Output{}, err
	}
	var b bytes.Buffer
	if err := checklist.Render(&b, view); err != nil {
		return markdown.Output{}, err
	}
	return markdown.Output{HTML: b.Bytes(), Block: true, IDs: view.ElementIDs(), Needs: []string{markdown.NeedChecklist}, Checklists: []string{id}}, nil
}

// shownIn is the Page of the markdown inside a checklist: the ids of the
// checklists being rendered, outermost first, so that one that shows
// itself, directly or through others, is an error and not an endless
// recursion.
type shownIn []string

// checklistView renders a checklist's texts for the page at pagePath,
// inside the checklists outer. Links in checklist files are written from
// the content folder.
func (p *plan) checklistView(c *checklist.Checklist, pagePath string, outer ...string) (checklist.View, error) {
	links := pageLinks{plan: p, fromDir: ".", pagePath: pagePath}
	ctx := &markdown.Context{Links: links, PagePath: pagePath, Page: append(shownIn(slices.Clone(outer)), c.ID)}
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
	v := checklist.View{ID: c.ID, Page: pagePath, Title: c.Title, Words: p.words.Checklists}
	var err error
	if v.Intro, _, err = inline(c.Intro, cmp.Or(c.IntroLine, 1)); err != nil {
		return v, err
	}
	for _, it := range c.Items {
		iv := checklist.ItemView{ID: it.ID}
		if iv.Text, iv.Plain, err = inline(it.Text, it.TextLine); err != nil {
			return v, err
		}
		if _, iv.Timing, err = inline(it.Timing, it.TimingLine); err != nil { // a tag of plain text
			return v, err
		}
		if iv.Hint, _, err = inline(it.Hint, it.HintLine); err != nil {
			return v, err
		}
		if it.Link != "" {
			href, _, err := links.Resolve(it.Link)
			if err != nil && diag.Across(err) == "" { // a warning checkChecklistLinks reports
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
				e := diag.Errorf(c.Source, it.LinkLine, "%v", err)
				e.Kind = diag.Across(err) // a page of another language: a warning
				p.errs = append(p.errs, e)
				continue
			}
			if target.Internal && target.Fragment != "" {
				p.refs = append(p.refs, pageRef{source: c.Source, ref: markdown.Ref{Line: it.LinkLine, Target: target.Path, Fragment: target.Fragment}})
			}
		}
	}
}

// orderChecklists finds, once the content pages are converted, the order
// in which the guide (pages) first shows each of lists and the pages that
// show it (shows: each page's checklists by file, as its conversion said);
// checklists no page shows come last, by id.
func orderChecklists(pages []*content.Page, lists []*checklist.Checklist, shows map[string][]string) []model.Shown {
	pos := map[*content.Page]int{}
	users := map[string][]*content.Page{} // by checklist id, in reading order
	for i, pg := range pages {
		pos[pg] = i
		for _, id := range shows[pg.File] {
			if u := users[id]; len(u) == 0 || u[len(u)-1] != pg {
				users[id] = append(u, pg)
			}
		}
	}
	shown := make([]model.Shown, len(lists))
	for i, c := range lists {
		shown[i] = model.Shown{Checklist: c, Pages: users[c.ID]}
	}
	first := func(s model.Shown) int {
		if len(s.Pages) == 0 {
			return len(pages)
		}
		return pos[s.Pages[0]]
	}
	slices.SortStableFunc(shown, func(a, b model.Shown) int {
		return cmp.Or(cmp.Compare(first(a), first(b)), cmp.Compare(a.Checklist.ID, b.Checklist.ID))
	})
	return shown
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
