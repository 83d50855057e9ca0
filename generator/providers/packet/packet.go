// Package packet provides the workshop packet: handouts/ is what a facilitator prints for a room
// of job seekers, in parts that each start on a new sheet:
//
//   - a cover: the site's name, the packet's title, the build date and
//     the list of parts;
//   - the guides followup.toml's [handouts] guides names, in that order
//     (default: the first page of the guide, its overview, and every
//     guide that shows a checklist, in reading order);
//     a checklist they show is replaced by a line pointing at the next part;
//   - their checklists, with empty boxes to tick with a pen;
//   - the evergreen timeline tables by weekday of the interview, for the
//     decision kinds [handouts] timeline names (default: all);
//   - a blank worksheet, "My follow-up plan": the interview, who was met,
//     what they said about the decision, the dates of each step and lines
//     to draft the thank-you email ([handouts] worksheet = false drops it).
//
// With a base URL, each part has a QR code (package qrcode, drawn when the
// site is built) leading to its online page: a guide to its page, the
// checklists to the workbook, the tables to the evergreen plans, the
// worksheet to the dated calculator; its short address is printed beside it,
// in pieces that each end at a slash (view.PacketPart.AddressParts), so that it
// wraps at slashes only.
//
// It renders in the Late phase, from each page as it was converted for its
// own page (model.Pages.Converted), once the core knows which pages show
// which checklist (model.Pages.Checklists).
package packet

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"time"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/edition/qrcode"
	"github.com/followup/followup/generator/edition/rewrite"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/view"
)

// Path is the site path of the packet.
const Path = "handouts/"

// New returns the provider of one build's packet.
func New() model.Provider { return &packetPlan{} }

// Provide checks [handouts] and plans handouts/, when [outputs] handouts
// is on and the guide has pages with content; a theme without the packet
// layout is an error.
func (pp *packetPlan) Provide(m *model.Model, p model.Plan) {
	if !m.Config.Outputs.Handouts || len(edition.Pages(m.Content)) == 0 {
		return
	}
	if err := edition.NeedLayout(m, "packet", "handouts"); err != nil {
		p.Error(err)
		return
	}
	pp.m = m
	pp.plan(p)
	p.KeepConverted()
	e := model.Edition{Kind: model.PacketEdition, Path: Path}
	if m.PDF {
		e.PDF = edition.Downloads + edition.Slug(m) + "-handouts.pdf"
	}
	p.Edition(e)
	p.Add(model.Output{File: Path + "index.html", Claim: "the workshop packet", HTML: true, Phase: model.Late, Run: pp.render})
}

// packetPlan is the packet's configuration, checked when the build is planned.
type packetPlan struct {
	m      *model.Model
	guides []*content.Page // nil: the default choice, made once the guides are converted
	kinds  []timeline.Kind
}

// Keys of the parts that are not pages, in the packet's book.
const (
	partChecklists = "packet:checklists"
	partTimeline   = "packet:timeline"
	partWorksheet  = "packet:worksheet"
)

// plan checks [handouts].
func (pp *packetPlan) plan(p model.Plan) {
	m := pp.m
	h := m.Config.Handouts
	for _, g := range h.Guides {
		pg, ok := m.Content.ByFile[g.Value]
		if !ok && m.Content.Failed[g.Value] {
			continue // its own errors are reported
		}
		if !ok || !edition.HasContent(pg) {
			p.Error(diag.Errorf(config.File, g.Line, "handouts.guides: there is no page content/%s with content (write paths from the content folder, like \"guides/thank-you-email.md\")", g.Value))
			continue
		}
		pp.guides = append(pp.guides, pg)
	}
	for _, k := range h.Timeline {
		kind, ok := m.Rules.Kind(k.Value)
		if !ok {
			var ids []string
			for _, k := range m.Rules.Kinds() {
				ids = append(ids, k.ID)
			}
			p.Error(diag.Errorf(config.File, k.Line, "handouts.timeline: unknown decision kind %q: use some of %s", k.Value, strings.Join(ids, ", ")))
			continue
		}
		pp.kinds = append(pp.kinds, kind)
	}
	if len(h.Timeline) == 0 {
		pp.kinds = m.Rules.Kinds()
	}
}

// packetGuides are the guides of the packet: as configured, else the first
// page in reading order (the guide's overview) and every page that shows a
// checklist file, in reading order.
func (pp *packetPlan) packetGuides() []*content.Page {
	if len(pp.guides) > 0 || len(pp.m.Config.Handouts.Guides) > 0 {
		return pp.guides
	}
	shows := map[*content.Page]bool{}
	for _, s := range pp.m.Pages.Checklists() {
		for _, pg := range s.Pages {
			shows[pg] = true
		}
	}
	var guides []*content.Page
	for _, pg := range edition.Pages(pp.m.Content) {
		if pg.Kind == content.KindPage && (shows[pg] || len(guides) == 0) {
			guides = append(guides, pg)
		}
	}
	return guides
}

func (pp *packetPlan) render(b *bytes.Buffer) error {
	m := pp.m
	guides := pp.packetGuides()
	book := rewrite.NewBook(slices.Concat(m.Theme.ReservedIDs(), m.Theme.LayoutIDs("packet"))...)
	book.Shift = 1
	book.Root, book.Outside = m.Lang.Prefix, edition.Outside(m, Path)
	if _, err := m.Strings.T("packet.qr", "Address", ""); err != nil {
		return err // checked once: packetPart names each code with it
	}
	pk := &view.Packet{Cover: pp.packetPart(&view.PacketPart{Kind: "cover"}, "")}
	for _, pg := range guides {
		pk.Parts = append(pk.Parts, pp.packetPart(&view.PacketPart{Kind: "guide", Title: pg.Title, Anchor: book.Add(pg.Path, edition.Anchor(pg), m.Pages.IDs(pg.Path))}, pg.Path))
	}
	lists, listsHTML, err := pp.packetChecklists(guides)
	if err != nil {
		return err
	}
	partLists, err1 := m.Strings.T("packet.checklists")
	partTables, err2 := m.Strings.T("packet.timeline")
	partSheet, err3 := m.Strings.T("packet.worksheet")
	desc, err4 := m.Strings.T("packet.description")
	title, err5 := m.Strings.T("packet.title")
	if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
		return err
	}
	title = cmp.Or(m.Config.Handouts.Title, title) // a title in followup.toml wins
	var checklistsPart *view.PacketPart
	if len(lists) > 0 {
		checklistsPart = pp.packetPart(&view.PacketPart{Kind: "checklists", Title: partLists, Anchor: book.Add(partChecklists, "part-checklists", rewrite.IDs(listsHTML))}, edition.Workbook)
		pk.Parts = append(pk.Parts, checklistsPart)
	}
	tablesHTML, err := m.Pages.Evergreen(pp.kinds, Path, `<section class="evergreen-kind" aria-labelledby="timeline-%[1]s">`+"\n"+`<h3 id="timeline-%[1]s">%[2]s</h3>`, "the workshop packet")
	if err != nil {
		return err
	}
	tablesPart := &view.PacketPart{Kind: "timeline", Title: partTables, Anchor: book.Add(partTimeline, "part-timeline", rewrite.IDs(tablesHTML))}
	pk.Parts = append(pk.Parts, pp.packetPart(tablesPart, pp.calcPath(edition.Evergreen)))
	if m.Config.Handouts.Worksheet {
		pk.Worksheet = pp.worksheet()
		part := &view.PacketPart{Kind: "worksheet", Title: partSheet, Anchor: book.Add(partWorksheet, "part-worksheet", nil)}
		pk.Parts = append(pk.Parts, pp.packetPart(part, pp.calcPath("plan/")))
	}
	for i, part := range pk.Parts {
		part.Number = i + 1
	}

	for i, pg := range guides {
		rules := book.Rules(pg.Path, pg.Path)
		if checklistsPart != nil {
			rules.Replace = pp.checklistPointer(book, pg.Path, lists, checklistsPart)
		}
		if pk.Parts[i].HTML, err = edition.Chapter(book, pg.Path, m.Pages.Converted(pg).HTML, rules); err != nil {
			return err
		}
	}
	if checklistsPart != nil {
		if checklistsPart.HTML, err = edition.Chapter(book, partChecklists, string(listsHTML), book.Rules(partChecklists, Path)); err != nil {
			return err
		}
	}
	tableRules := book.Rules(partTimeline, Path)
	tableRules.Shift = 0 // written for the packet: its headings are already under the part's
	if tablesPart.HTML, err = edition.Chapter(book, partTimeline, string(tablesHTML), tableRules); err != nil {
		return err
	}
	pg := &content.Page{Kind: content.KindPage, Title: title, Path: Path, Parent: m.Content.Home, Description: desc}
	return m.Render(b, "packet", view.PageData{Page: pg, Kind: "packet", Data: pk}, view.Render{Needs: []string{markdown.NeedChecklist, edition.NeedPlan, edition.NeedPrint}})
}

// calcPath returns a calculator page's path, or "" when the site has none.
func (pp *packetPlan) calcPath(sitePath string) string {
	if !pp.m.HasCalculator {
		return ""
	}
	return sitePath
}

// packetPart adds the QR code of the part's online page at site path
// online, when the site has a base URL.
func (pp *packetPlan) packetPart(part *view.PacketPart, online string) *view.PacketPart {
	if pp.m.Config.BaseURL == "" || (online == "" && part.Kind != "cover") {
		return part
	}
	address := pp.m.Config.BaseURL + online
	code, err := qrcode.Encode(address)
	if err != nil {
		return part // an address too long for a QR code: the part goes without
	}
	var svg bytes.Buffer
	label, _ := pp.m.Strings.T("packet.qr", "Address", address) // render checked it
	_ = code.SVG(&svg, qrcode.Options{Class: "qr", Label: label})
	part.QR = template.HTML(svg.String())
	part.Address = strings.TrimPrefix(strings.TrimPrefix(address, "https://"), "http://")
	return part
}

// packetChecklists renders the checklist files the packet's guides show,
// in workbook order, for the packet page.
func (pp *packetPlan) packetChecklists(guides []*content.Page) ([]*checklist.Checklist, []byte, error) {
	var lists []*checklist.Checklist
	var html bytes.Buffer
	for _, e := range pp.m.Pages.Checklists() {
		shown := slices.ContainsFunc(e.Pages, func(g *content.Page) bool { return slices.Contains(guides, g) })
		if !shown {
			continue
		}
		list, err := pp.m.Pages.Checklist(e.Checklist, Path)
		if err != nil {
			return nil, nil, err
		}
		html.WriteString(string(list))
		lists = append(lists, e.Checklist)
	}
	return lists, html.Bytes(), nil
}

// checklistPointer replaces a checklist a guide shows, when the packet's
// checklists part has it, with a line that leads there. The line keeps the
// checklist's id, so links to the checklist still land near it.
func (pp *packetPlan) checklistPointer(book *rewrite.Book, key string, lists []*checklist.Checklist, part *view.PacketPart) func(string, []rewrite.Attr) ([]byte, bool) {
	return func(tag string, attrs []rewrite.Attr) ([]byte, bool) {
		if tag != "form" || !rewrite.HasClass(attrs, "checklist") {
			return nil, false
		}
		id := rewrite.Get(attrs, "data-checklist")
		i := slices.IndexFunc(lists, func(c *checklist.Checklist) bool { return c.ID == id })
		if i < 0 {
			return nil, false
		}
		form := rewrite.Get(attrs, "id")
		is, err1 := pp.m.Strings.HTML("packet.pointer", "Title", lists[i].Title)
		at, err2 := pp.m.Strings.HTML("packet.pointer_part", "Number", part.Number, "Part", part.Title)
		if errors.Join(err1, err2) != nil {
			return nil, false // the keys are checked by the tests; the form stays
		}
		html := fmt.Sprintf(`<p class="packet-pointer" id="%s">%s <a href="%s">%s</a>.</p>`,
			template.HTMLEscapeString(book.ID(key, form)), is, template.HTMLEscapeString(book.Href(key, partChecklists, form)), at)
		return []byte(html), true
	}
}

// worksheet lists what the blank worksheet asks for.
func (pp *packetPlan) worksheet() *view.Worksheet {
	r := pp.m.Rules
	w := &view.Worksheet{Kinds: r.Kinds(), People: []int{1, 2, 3}, Lines: make([]int, 12)}
	day := time.Monday
	for !r.IsWorkday(day) && day != time.Sunday {
		day = (day + 1) % 7
	}
	seen := map[string]bool{}
	for _, k := range r.Kinds() {
		ep, err := r.Evergreen(day, k.ID)
		if err != nil {
			continue
		}
		for _, s := range ep.Steps {
			if !seen[s.ID] {
				seen[s.ID] = true
				w.Steps = append(w.Steps, s.Title)
			}
		}
	}
	return w
}
