package markdown

import (
	"bytes"
	"html"
	"strings"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// nodeRenderer renders the nodes whose HTML Followup decides: its own
// (callouts, shortcode output, table regions) and some of goldmark's
// (headings, code, raw HTML).
type nodeRenderer struct {
	allowHTML bool
}

func (r *nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindCallout, r.callout)
	reg.Register(ast.KindHeading, r.heading)
	reg.Register(ast.KindFencedCodeBlock, r.code)
	reg.Register(ast.KindCodeBlock, r.code)
	reg.Register(kindRawBlock, r.raw)
	reg.Register(kindRawInline, r.raw)
	reg.Register(kindTableWrap, r.tableWrap)
	if !r.allowHTML {
		reg.Register(ast.KindHTMLBlock, r.escapedHTMLBlock)
		reg.Register(ast.KindRawHTML, r.escapedRawHTML)
	}
}

func (r *nodeRenderer) callout(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*Callout)
	if entering {
		w.WriteString(`<div class="callout callout-` + n.Variant + `" role="note">` + "\n")
		w.WriteString(`<p class="callout-title">` + html.EscapeString(n.Title) + "</p>\n")
	} else {
		w.WriteString("</div>\n")
	}
	return ast.WalkContinue, nil
}

// heading writes <h2 id="x">Text</h2> followed by a visible link to it,
// both in a wrapper, so the link is not part of the heading's name.
func (r *nodeRenderer) heading(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Heading)
	level := "0123456"[n.Level]
	id, _ := n.AttributeString("id")
	idText := html.EscapeString(string(toBytes(id)))
	if entering {
		w.WriteString(`<div class="heading">`)
		w.WriteString("<h")
		w.WriteByte(level)
		if idText != "" {
			w.WriteString(` id="` + idText + `"`)
		}
		w.WriteByte('>')
		return ast.WalkContinue, nil
	}
	w.WriteString("</h")
	w.WriteByte(level)
	w.WriteByte('>')
	if idText != "" {
		label := html.EscapeString("Link to this section: " + plainText(n, src))
		w.WriteString(`<a class="anchor" href="#` + idText + `" aria-label="` + label + `">#</a>`)
	}
	w.WriteString("</div>\n")
	return ast.WalkContinue, nil
}

// code highlights a code block with chroma when its language is known.
func (r *nodeRenderer) code(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	var code bytes.Buffer
	lines := node.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		code.Write(seg.Value(src))
	}
	var lexer chroma.Lexer
	if fenced, ok := node.(*ast.FencedCodeBlock); ok {
		if lang := fenced.Language(src); lang != nil {
			lexer = lexers.Get(string(lang))
		}
	}
	if lexer != nil {
		if it, err := chroma.Coalesce(lexer).Tokenise(nil, code.String()); err == nil {
			if err := chromaFormatter.Format(w, classStyle, it); err == nil {
				w.WriteByte('\n')
				return ast.WalkSkipChildren, nil
			}
		}
	}
	w.WriteString(`<pre tabindex="0" class="chroma"><code>`)
	w.WriteString(html.EscapeString(code.String()))
	w.WriteString("</code></pre>\n")
	return ast.WalkSkipChildren, nil
}

func (r *nodeRenderer) raw(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		switch n := node.(type) {
		case *rawBlock:
			w.Write(n.html)
			w.WriteByte('\n')
		case *rawInline:
			w.Write(n.html)
		}
	}
	return ast.WalkSkipChildren, nil
}

// escapedHTMLBlock shows a block of raw HTML as text.
func (r *nodeRenderer) escapedHTMLBlock(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*ast.HTMLBlock)
	var text strings.Builder
	for i := range n.Lines().Len() {
		seg := n.Lines().At(i)
		text.Write(seg.Value(src))
	}
	if n.HasClosure() {
		text.Write(n.ClosureLine.Value(src))
	}
	w.WriteString(`<p class="raw-html">`)
	w.WriteString(strings.ReplaceAll(html.EscapeString(strings.TrimRight(text.String(), "\n")), "\n", "<br>\n"))
	w.WriteString("</p>\n")
	return ast.WalkSkipChildren, nil
}

// escapedRawHTML shows inline raw HTML as text.
func (r *nodeRenderer) escapedRawHTML(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		n := node.(*ast.RawHTML)
		for i := range n.Segments.Len() {
			seg := n.Segments.At(i)
			w.WriteString(html.EscapeString(string(seg.Value(src))))
		}
	}
	return ast.WalkSkipChildren, nil
}
