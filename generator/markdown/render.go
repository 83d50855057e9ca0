package markdown

import (
	"bytes"
	"html"
	"io"
	"strings"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// nodeRenderer renders the nodes whose HTML Followup decides: its own
// (callouts, shortcode output, table regions) and some of goldmark's
// (headings, code, raw HTML).
type nodeRenderer struct {
	allowHTML bool
	words     *Words
}

func (r *nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindCallout, r.callout)
	reg.Register(ast.KindHeading, r.heading)
	reg.Register(ast.KindLink, r.link)
	reg.Register(ast.KindFencedCodeBlock, r.code)
	reg.Register(ast.KindCodeBlock, r.code)
	reg.Register(kindRawBlock, r.raw)
	reg.Register(kindRawInline, r.raw)
	reg.Register(kindTableWrap, r.tableWrap)
	reg.Register(east.KindTaskCheckBox, r.taskBox)
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
		label := html.EscapeString(r.words.SectionLink.With(plainText(n, src)))
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
	lang := ""
	if fenced, ok := node.(*ast.FencedCodeBlock); ok {
		if l := fenced.Language(src); l != nil {
			lang = string(l)
		}
	}
	Highlight(w, shortcodeComments.Replace(code.String()), lang)
	return ast.WalkSkipChildren, nil
}

// shortcodeComments turns the shortcodes written as comments in code
// ({{</* name */>}}, how Hugo's documentation shows a shortcode) into the
// shortcodes they show, as Hugo does.
var shortcodeComments = strings.NewReplacer("{{</*", "{{<", "*/>}}", ">}}", "{{%/*", "{{%", "*/%}}", "%}}")

// Highlight writes code in language lang ("go", "toml"; "" or unknown for
// plain text) as a highlighted <pre> block with chroma's CSS classes.
func Highlight(w io.Writer, code, lang string) {
	if lexer := lexers.Get(lang); lang != "" && lexer != nil {
		if it, err := chroma.Coalesce(lexer).Tokenise(nil, code); err == nil {
			var b bytes.Buffer
			if err := chromaFormatter.Format(&b, classStyle, it); err == nil {
				b.WriteByte('\n')
				w.Write(b.Bytes())
				return
			}
		}
	}
	io.WriteString(w, `<pre tabindex="0" class="chroma"><code>`+html.EscapeString(code)+"</code></pre>\n")
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

// taskBox writes the box of a task item in a list kept static (not a
// checklist): a mark, named for screen readers, not a form control.
func (r *nodeRenderer) taskBox(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		if node.(*east.TaskCheckBox).IsChecked {
			w.WriteString(`<span class="task-mark task-done" role="img" aria-label="` + html.EscapeString(r.words.Done) + `">☑</span> `)
		} else {
			w.WriteString(`<span class="task-mark" role="img" aria-label="` + html.EscapeString(r.words.NotDone) + `">☐</span> `)
		}
	}
	return ast.WalkContinue, nil
}
