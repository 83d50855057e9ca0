package markdown

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Links returns the destinations of the links in a markdown document, in
// order, each with the line of its text: what content needs of mdBook's
// SUMMARY.md (content.Options.Links), parsed as CommonMark.
func Links(src []byte) (dests []string, lines []int) {
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if link, ok := n.(*ast.Link); ok && entering {
			dests = append(dests, string(link.Destination))
			lines = append(lines, lineOf(src, link))
		}
		return ast.WalkContinue, nil
	})
	return dests, lines
}

// lineOf is the line of a link in src: that of its first text.
func lineOf(src []byte, link *ast.Link) int {
	for c := link.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			return 1 + strings.Count(string(src[:t.Segment.Start]), "\n")
		}
	}
	return 0
}
