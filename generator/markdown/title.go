package markdown

import (
	"bytes"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Title returns the text of the level-1 heading a page's body opens with
// (blank lines before it allowed), read as the converter reads it: ATX or
// setext, inline markup and an {#id} attribute left out, quotes and dashes
// made typographic. It is "" when the body opens with anything else, such
// as an indented code block. Only the first block is parsed. The converter
// drops that heading from the page when Context.DropTitle is set.
func Title(body []byte) string {
	first := firstBlock(body)
	if len(first) == 0 {
		return ""
	}
	doc := titleParser().Parse(text.NewReader(first))
	h, ok := doc.FirstChild().(*ast.Heading)
	if !ok || h.Level != 1 {
		return ""
	}
	return plainText(h, first)
}

// titleParser parses the way the converter does, without its shortcodes
// and transformers.
var titleParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAttribute()),
	).Parser()
})

// firstBlock returns the lines of body from its first non-blank line up to
// the next blank one (a line of spaces, or \r, counts as blank).
func firstBlock(body []byte) []byte {
	start, end := -1, len(body)
	for at := 0; at < len(body); {
		next := bytes.IndexByte(body[at:], '\n')
		if next < 0 {
			next = len(body)
		} else {
			next += at + 1
		}
		blank := len(bytes.TrimSpace(body[at:next])) == 0
		switch {
		case start < 0 && !blank:
			start = at
		case start >= 0 && blank:
			end = at
			next = len(body)
		}
		at = next
	}
	if start < 0 {
		return nil
	}
	return body[start:end]
}
