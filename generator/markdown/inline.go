package markdown

import (
	"bytes"
	"fmt"
	"html"

	"github.com/yuin/goldmark/ast"

	"github.com/followup/followup/generator/diag"
)

// InlineResult is a converted piece of inline markdown.
type InlineResult struct {
	HTML  []byte // without the surrounding <p>
	Plain string // the text without markup
	Refs  []Ref  // links to fragments, lines counted from the start of the source
}

// Inline converts a short piece of inline markdown (a checklist item, a
// hint). Links resolve through ctx like a page's; errors carry lines
// counted from the start of src.
func (c *Converter) Inline(src []byte, ctx *Context) (*InlineResult, error) {
	st, doc := c.parse(src, ctx)
	if err := st.errs.Err(); err != nil {
		return nil, err
	}
	if _, isHTML := doc.FirstChild().(*ast.HTMLBlock); isHTML && doc.ChildCount() == 1 && !c.opts.AllowHTML {
		// Text starting with a tag such as <script> parses as an HTML
		// block; like any raw HTML it is shown as text.
		text := string(bytes.TrimSpace(src))
		return &InlineResult{HTML: []byte(html.EscapeString(text)), Plain: text}, nil
	}
	para, ok := doc.FirstChild().(*ast.Paragraph)
	if !ok || doc.ChildCount() != 1 {
		return nil, &diag.Error{Line: 1, Msg: fmt.Sprintf("%q must be one line of text (inline markdown), not a heading, list or several paragraphs", firstLine(src))}
	}
	out, err := c.renderInline(src, para)
	if err != nil {
		return nil, err
	}
	return &InlineResult{HTML: out, Plain: plainText(para, src), Refs: st.result.Refs}, nil
}

func firstLine(src []byte) string {
	line, _, _ := bytes.Cut(src, []byte("\n"))
	if len(line) > 60 {
		return string(line[:60]) + "..."
	}
	return string(line)
}
