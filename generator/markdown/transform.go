package markdown

import (
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/followup/followup/generator/diag"
)

// transformer runs once per document, after parsing: it finds the nodes the
// site cares about and rewrites the tree (callouts, shortcodes, links,
// tables) and records headings and ids in the conversion's state.
type transformer struct {
	opts *Options
	conv *Converter
}

// found is every node the transformer acts on, gathered in one walk so the
// tree is not changed while it is being walked.
type found struct {
	quotes     []*ast.Blockquote
	shortcodes []*shortcode
	blocks     []*shortcodeBlock // shortcodes on lines of their own
	links      []ast.Node
	autolinks  []*ast.AutoLink
	headings   []*ast.Heading
	tables     []*east.Table
	footnotes  []*east.Footnote
	taskLists  []*ast.List
	attrIDs    []ast.Node
}

func (t *transformer) Transform(doc *ast.Document, _ text.Reader, pc parser.Context) {
	st := pc.Get(stateKey).(*state)
	if st.ctx.DropTitle {
		if h, ok := doc.FirstChild().(*ast.Heading); ok && h.Level == 1 {
			doc.RemoveChild(doc, h)
		}
	}
	f := collect(doc)
	for _, h := range f.headings { // ids first: task lists are named after their heading
		if id, _ := h.AttributeString("id"); strings.HasPrefix(string(toBytes(id)), placeholder) {
			h.SetAttributeString("id", []byte(st.ids.fromText(plainText(h, st.src)))) // from the text, as GitHub makes it
		}
	}
	for _, q := range f.quotes {
		toCallout(q, st.src, &t.opts.Words)
	}
	for _, s := range f.shortcodes {
		st.expand(s, t.opts.Shortcodes)
	}
	for _, l := range f.links {
		if !st.scheme(l, linkDest(l), t.opts.AllowHTML) {
			st.resolve(l)
		}
	}
	for _, l := range f.autolinks {
		st.scheme(l, l.URL(st.src), t.opts.AllowHTML)
	}
	for i, l := range f.taskLists {
		st.taskList(l, i+1, t.conv)
	}
	fnIDs := footnoteIDs(f.footnotes)
	for _, h := range f.headings {
		st.heading(h, t.opts.ReservedIDs, fnIDs)
	}
	for _, n := range f.attrIDs {
		id, _ := n.AttributeString("id")
		st.result.IDs = append(st.result.IDs, fmt.Sprint(string(toBytes(id))))
	}
	for _, fn := range f.footnotes {
		st.result.IDs = append(st.result.IDs, fmt.Sprintf("fn:%d", fn.Index), fmt.Sprintf("fnref:%d", fn.Index))
	}
	for _, tbl := range f.tables {
		wrapTable(tbl, st.src, &t.opts.Words)
	}
	for i := len(f.blocks) - 1; i >= 0; i-- { // inner ones first: an outer one takes their HTML
		st.expandBlock(f.blocks[i], t.opts.Shortcodes, t.conv)
	}
	st.checkUniqueIDs()
}

// collect finds the nodes of doc that Transform works on.
func collect(doc *ast.Document) found {
	var f found
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Blockquote:
			f.quotes = append(f.quotes, n)
		case *shortcode:
			f.shortcodes = append(f.shortcodes, n)
		case *shortcodeBlock:
			f.blocks = append(f.blocks, n)
		case *ast.Link, *ast.Image:
			f.links = append(f.links, n)
		case *ast.AutoLink:
			f.autolinks = append(f.autolinks, n)
		case *ast.Heading:
			f.headings = append(f.headings, n)
		case *east.Table:
			f.tables = append(f.tables, n)
		case *east.Footnote:
			f.footnotes = append(f.footnotes, n)
		case *ast.List:
			if isTaskList(n) {
				f.taskLists = append(f.taskLists, n)
			}
		default:
			if _, ok := n.AttributeString("id"); ok {
				f.attrIDs = append(f.attrIDs, n)
			}
		}
		return ast.WalkContinue, nil
	})
	return f
}

// footnoteIDs are the ids the footnotes of a page take: fn:N for the note,
// fnref:N for the link to it.
func footnoteIDs(footnotes []*east.Footnote) map[string]*east.Footnote {
	ids := map[string]*east.Footnote{}
	for _, fn := range footnotes {
		ids[fmt.Sprintf("fn:%d", fn.Index)], ids[fmt.Sprintf("fnref:%d", fn.Index)] = fn, fn
	}
	return ids
}

// checkUniqueIDs reports an element id that the content defines twice
// (headings are checked as they are met, with a better message).
func (st *state) checkUniqueIDs() {
	seen := map[string]bool{}
	for _, id := range st.result.IDs {
		if seen[id] {
			st.errs = append(st.errs, &diag.Error{Msg: fmt.Sprintf("the id %q appears twice on this page (a checklist shown twice, or a heading with the same id as a checklist): show each checklist once per page", id)})
		}
		seen[id] = true
	}
}

func (st *state) fail(n ast.Node, format string, args ...any) {
	st.errs = append(st.errs, &diag.Error{Line: lineAt(st.src, n.Pos()), Msg: fmt.Sprintf(format, args...)})
}

func (st *state) heading(h *ast.Heading, reserved []string, footnotes map[string]*east.Footnote) {
	idAttr, _ := h.AttributeString("id")
	id := string(toBytes(idAttr))
	if fn, ok := footnotes[id]; ok {
		st.fail(h, "heading id %q is also the id of footnote [^%s] (its note is fn:%d, the link to it fnref:%d): choose another {#id} for the heading", id, fn.Ref, fn.Index, fn.Index)
		return
	}
	for _, r := range reserved {
		if id == r {
			st.fail(h, "heading id %q is used by the page layout itself: choose another, like {#%s-section}", id, id)
		}
	}
	for _, seen := range st.result.IDs {
		if seen == id {
			st.fail(h, "heading id %q is used twice on this page: give one of them another {#id}", id)
			return
		}
	}
	st.result.IDs = append(st.result.IDs, id)
	if h.Parent() != nil && h.Parent().Kind() == ast.KindDocument && (h.Level == 2 || h.Level == 3) {
		st.result.TOC = append(st.result.TOC, Heading{Level: h.Level, ID: id, Text: plainText(h, st.src)})
	}
}

func (st *state) resolve(n ast.Node) {
	if st.ctx.Links == nil {
		return
	}
	var dest *[]byte
	switch n := n.(type) {
	case *ast.Link:
		dest = &n.Destination
	case *ast.Image:
		dest = &n.Destination
	}
	href, target, err := st.ctx.Links.Resolve(string(*dest))
	if err != nil {
		var e *diag.Error
		kind := diag.Kind("")
		if errors.As(err, &e) {
			kind = e.Kind
		}
		st.fail(n, "%v", err)
		st.errs[len(st.errs)-1].Kind = kind // a link to nothing: a warning if the site says so
		if href == "" {
			return
		}
	}
	*dest = []byte(href)
	if target.Internal && target.Fragment != "" {
		st.result.Refs = append(st.result.Refs, Ref{Line: lineAt(st.src, n.Pos()), Target: target.Path, Fragment: target.Fragment})
	}
}

// LinkResolver turns a link destination written in markdown into the href
// to write, and says where an internal link leads. An error of a
// diag.Kind (a link to nothing, a link that matches only when case is
// ignored) keeps its kind, for the build to make it a warning; with an
// href too, the link is written with it.
type LinkResolver interface {
	Resolve(dest string) (href string, target Target, err error)
}

// Target is where a link leads.
type Target struct {
	Internal bool   // inside the site
	Path     string // site path of the page or file
	Fragment string // without the '#'
}

func toBytes(v any) []byte {
	switch v := v.(type) {
	case []byte:
		return v
	case string:
		return []byte(v)
	}
	return nil
}

// plainText returns the text of an inline tree, after typographic
// substitutions, without markup.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			if c.IsCode() { // already HTML: the typographer's entities
				b.WriteString(html.UnescapeString(string(c.Value)))
			} else {
				b.Write(c.Value)
			}
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *rawInline:
			b.WriteString(c.text)
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
