package markdown

import (
	"errors"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// parseInline parses md as markdown with goldmark's default parser.
func parseInline(md string) (ast.Node, []byte) {
	src := []byte(md)
	return goldmark.DefaultParser().Parse(text.NewReader(src)), src
}

// CheckInline reports whether md is one short paragraph of inline
// markdown, with no lists, headings or blank lines: what a timeline step's
// what may be (timeline.Helpers).
func CheckInline(md string) error {
	doc, _ := parseInline(md)
	if doc.ChildCount() != 1 || doc.FirstChild().Kind() != ast.KindParagraph {
		return errors.New("must be one paragraph of inline markdown (emphasis, links, code), with no lists, headings or blank lines")
	}
	return nil
}

// PlainText returns inline markdown as plain text for calendar events:
// emphasis and code marks dropped, links reduced to their text, escapes and
// entities resolved, raw HTML left out, paragraphs separated by a blank line.
func PlainText(md string) string {
	doc, src := parseInline(md)
	var b strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Kind() == ast.KindParagraph && n.NextSibling() != nil {
				b.WriteString("\n\n")
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			v := n.Segment.Value(src)
			if !n.IsRaw() {
				v = util.UnescapePunctuations(util.ResolveNumericReferences(util.ResolveEntityNames(v)))
			}
			b.Write(v)
			switch {
			case n.HardLineBreak():
				b.WriteByte('\n')
			case n.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			b.Write(n.URL(src))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
