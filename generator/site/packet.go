package site

import (
	"bytes"
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
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/view"
)

// The workshop packet, handouts/, is what a facilitator prints for a room
// of job seekers, in parts that each start on a new sheet:
//
//   - a cover: the site's name, the packet's title, the build date and
//     the list of parts;
//   - the guides followup.toml's [handouts] guides names, in that order
//     (default: every guide that shows a checklist, in reading order);
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
// worksheet to the dated calculator; its short address is printed beside it.

// packetPlan is the packet's configuration, checked when the build is planned.
type packetPlan struct {
	guides []*content.Page // nil: the default choice, made once the guides are converted
	kinds  []timeline.Kind
}

// Packet is the data of handouts/.
type Packet struct {
	Cover     *PacketPart
	Parts     []*PacketPart
	Worksheet *Worksheet
}

// PacketPart is one part of the packet.
type PacketPart struct {
	Number  int
	Kind    string // "guide", "checklists", "timeline", "worksheet"
	Title   string
	Anchor  string
	HTML    template.HTML
	QR      template.HTML // the QR code's SVG, "" without a base URL
	Address string        // the online page's address without its scheme, printed beside the code
}

// Worksheet is the data of the blank worksheet.
type Worksheet struct {
	Kinds  []timeline.Kind
	Steps  []string // the steps' titles, in the order of the rules
	People []int    // a row to fill in for each
	Lines  []int    // ruled lines for the email
}

// Keys of the parts that are not pages, in the packet's book.
const (
	partChecklists = "packet:checklists"
	partTimeline   = "packet:timeline"
	partWorksheet  = "packet:worksheet"
)

// planPacket checks [handouts] and plans handouts/.
func (p *plan) planPacket() {
	h := p.cfg.Handouts
	pp := &packetPlan{}
	for _, g := range h.Guides {
		pg, ok := p.site.ByFile[g.Value]
		if !ok && p.site.Failed[g.Value] {
			continue // its own errors are reported
		}
		if !ok || !hasContent(pg) {
			p.errs = append(p.errs, diag.Errorf(config.File, g.Line, "handouts.guides: there is no page content/%s with content (write paths from the content folder, like \"guides/thank-you-email.md\")", g.Value))
			continue
		}
		pp.guides = append(pp.guides, pg)
	}
	for _, k := range h.Timeline {
		kind, ok := p.calc.rules.Kind(k.Value)
		if !ok {
			var ids []string
			for _, k := range p.calc.rules.Kinds() {
				ids = append(ids, k.ID)
			}
			p.errs = append(p.errs, diag.Errorf(config.File, k.Line, "handouts.timeline: unknown decision kind %q: use some of %s", k.Value, strings.Join(ids, ", ")))
			continue
		}
		pp.kinds = append(pp.kinds, kind)
	}
	if len(h.Timeline) == 0 {
		pp.kinds = p.calc.rules.Kinds()
	}
	p.editions.packet = pp
	p.addLate(job{file: packetPath + "index.html", claim: "the workshop packet", html: true, run: p.renderPacket})
}

// packetGuides are the guides of the packet: as configured, else every
// page that shows a checklist file, in reading order.
func (p *plan) packetGuides() []*content.Page {
	if pp := p.editions.packet; len(pp.guides) > 0 || len(p.cfg.Handouts.Guides) > 0 {
		return pp.guides
	}
	var guides []*content.Page
	for _, pg := range p.editionPages() {
		if len(p.shows[pg]) > 0 && pg.Kind == content.KindPage {
			guides = append(guides, pg)
		}
	}
	return guides
}

func (p *plan) renderPacket(b *bytes.Buffer) error {
	guides := p.packetGuides()
	book := rewrite.NewBook(slices.Concat(p.theme.ReservedIDs(), p.theme.LayoutIDs("packet"))...)
	book.Shift = 1
	book.Outside = p.editionLink(packetPath)
	pk := &Packet{Cover: p.packetPart(&PacketPart{Kind: "cover"}, "")}
	for _, pg := range guides {
		pk.Parts = append(pk.Parts, p.packetPart(&PacketPart{Kind: "guide", Title: pg.Title, Anchor: book.Add(pg.Path, chapterAnchor(pg), p.ids[pg.Path])}, pg.Path))
	}
	lists, listsHTML, err := p.packetChecklists(guides)
	if err != nil {
		return err
	}
	var checklistsPart *PacketPart
	if len(lists) > 0 {
		checklistsPart = p.packetPart(&PacketPart{Kind: "checklists", Title: "Checklists", Anchor: book.Add(partChecklists, "part-checklists", rewrite.IDs(listsHTML))}, workbookPath)
		pk.Parts = append(pk.Parts, checklistsPart)
	}
	tablesHTML, err := p.evergreenSections(p.editions.packet.kinds, packetPath, `<section class="evergreen-kind" aria-labelledby="timeline-%[1]s">`+"\n"+`<h3 id="timeline-%[1]s">%[2]s</h3>`, "the workshop packet")
	if err != nil {
		return err
	}
	tablesPart := &PacketPart{Kind: "timeline", Title: "When to follow up, by weekday", Anchor: book.Add(partTimeline, "part-timeline", rewrite.IDs(tablesHTML))}
	pk.Parts = append(pk.Parts, p.packetPart(tablesPart, p.calcPath(planPath+"by-weekday/")))
	if p.cfg.Handouts.Worksheet {
		pk.Worksheet = p.worksheet()
		part := &PacketPart{Kind: "worksheet", Title: "My follow-up plan", Anchor: book.Add(partWorksheet, "part-worksheet", nil)}
		pk.Parts = append(pk.Parts, p.packetPart(part, p.calcPath(planPath)))
	}
	for i, part := range pk.Parts {
		part.Number = i + 1
	}

	for i, pg := range guides {
		rules := book.Rules(pg.Path, pg.Path)
		if checklistsPart != nil {
			rules.Replace = p.checklistPointer(book, pg.Path, lists, checklistsPart)
		}
		if pk.Parts[i].HTML, err = chapterHTML(book, pg.Path, p.convertedPage(pg).HTML, rules); err != nil {
			return err
		}
	}
	if checklistsPart != nil {
		if checklistsPart.HTML, err = chapterHTML(book, partChecklists, listsHTML, book.Rules(partChecklists, packetPath)); err != nil {
			return err
		}
	}
	tableRules := book.Rules(partTimeline, packetPath)
	tableRules.Shift = 0 // written for the packet: its headings are already under the part's
	if tablesPart.HTML, err = chapterHTML(book, partTimeline, tablesHTML, tableRules); err != nil {
		return err
	}
	pg := &content.Page{Kind: content.KindPage, Title: p.cfg.Handouts.Title, Path: packetPath, Parent: p.site.Home,
		Description: "Guides, checklists, the follow-up timetable and a worksheet, to print for a workshop."}
	return p.renderGenerated(b, "packet", view.PageData{Page: pg, Kind: "packet", Data: pk}, markdown.NeedChecklist, needPlan, needPrint)
}

// calcPath returns a calculator page's path, or "" when the site has none.
func (p *plan) calcPath(sitePath string) string {
	if !p.calc.enabled {
		return ""
	}
	return sitePath
}

// packetPart adds the QR code of the part's online page at site path
// online, when the site has a base URL.
func (p *plan) packetPart(part *PacketPart, online string) *PacketPart {
	if p.cfg.BaseURL == "" || (online == "" && part.Kind != "cover") {
		return part
	}
	address := p.cfg.BaseURL + online
	code, err := qrcode.Encode(address)
	if err != nil {
		return part // an address too long for a QR code: the part goes without
	}
	var svg bytes.Buffer
	_ = code.SVG(&svg, qrcode.Options{Class: "qr", Label: "QR code: " + address})
	part.QR = template.HTML(svg.String())
	part.Address = strings.TrimPrefix(strings.TrimPrefix(address, "https://"), "http://")
	return part
}

// packetChecklists renders the checklist files the packet's guides show,
// in workbook order, for the packet page.
func (p *plan) packetChecklists(guides []*content.Page) ([]*checklist.Checklist, []byte, error) {
	var lists []*checklist.Checklist
	var html bytes.Buffer
	for _, e := range p.shown {
		shown := slices.ContainsFunc(e.Pages, func(g *content.Page) bool { return slices.Contains(guides, g) })
		if !shown {
			continue
		}
		view, err := p.checklistView(e.Checklist, packetPath)
		if err != nil {
			return nil, nil, err
		}
		if err := checklist.Render(&html, view); err != nil {
			return nil, nil, err
		}
		lists = append(lists, e.Checklist)
	}
	return lists, html.Bytes(), nil
}

// checklistPointer replaces a checklist a guide shows, when the packet's
// checklists part has it, with a line that leads there. The line keeps the
// checklist's id, so links to the checklist still land near it.
func (p *plan) checklistPointer(book *rewrite.Book, key string, lists []*checklist.Checklist, part *PacketPart) func(string, []rewrite.Attr) ([]byte, bool) {
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
		html := fmt.Sprintf(`<p class="packet-pointer" id="%s">The checklist “%s” is in <a href="%s">part %d, %s</a>.</p>`,
			template.HTMLEscapeString(book.ID(key, form)), template.HTMLEscapeString(lists[i].Title),
			template.HTMLEscapeString(book.Href(key, partChecklists, form)), part.Number, template.HTMLEscapeString(part.Title))
		return []byte(html), true
	}
}

// worksheet lists what the blank worksheet asks for.
func (p *plan) worksheet() *Worksheet {
	r := p.calc.rules
	w := &Worksheet{Kinds: r.Kinds(), People: []int{1, 2, 3}, Lines: make([]int, 12)}
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
