package markdown

import (
	"bytes"
	"cmp"
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Shortcodes as Hugo writes them, on lines of their own (this file) or
// within a line (shortcode.go):
//
//	{{< name "positional" key="named" >}}     its output is HTML
//	{{% name %}}                              the same, its inner text markdown
//	{{< name >}} inner {{< /name >}}          paired: the function gets Call.Inner
//	{{% name %}}                              paired over lines: the lines between are
//	markdown                                  parsed as markdown (links, headings...)
//	{{% /name %}}                             and the function gets them as HTML
//	{{< figure                                an opening tag may run over several lines
//	    src="a.png" >}}
//
// A closing tag may have spaces ("{{</ name >}}", "{{< / name >}}"), a tag
// may close itself ("{{< name />}}"), and "{{</* name */>}}" is written out
// as the text "{{< name >}}" (how Hugo's own documentation shows one).

var kindShortcodeBlock = ast.NewNodeKind("ShortcodeBlock")

// shortcodeBlock is a shortcode standing on its own line(s), with what it
// encloses when paired. Offsets are into the document's source.
type shortcodeBlock struct {
	ast.BaseBlock
	call     *Call
	err      error
	markdown bool // written {{% %}}: the inner lines are parsed as children
	inline   bool // a pair on one line: the call holds its inner text
	tagEnd   int  // the end of the opening tag
	close    int  // the start of the line of the closing tag; -1 when not paired
}

func (n *shortcodeBlock) Kind() ast.NodeKind { return kindShortcodeBlock }

func (n *shortcodeBlock) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Name": n.call.Name}, nil)
}

// shortcodeBlockParser opens a shortcode whose opening tag starts a line
// and ends one.
type shortcodeBlockParser struct{}

func (shortcodeBlockParser) Trigger() []byte { return []byte{'{'} }

func (shortcodeBlockParser) Open(_ ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || !bytes.HasPrefix(line[pos:], []byte("{{")) {
		return nil, parser.NoChildren
	}
	src := reader.Source()
	start := seg.Start + pos
	t, ok := scanTag(src, start)
	if !ok || t.comment {
		return nil, parser.NoChildren
	}
	n := &shortcodeBlock{markdown: t.markdown, tagEnd: t.end, close: -1}
	n.call, n.err = parseCall(t.body)
	if !blankUntilEOL(src, t.end) { // a pair on one line, alone on it, is a block too
		rest := src[t.end:lineEnd(src, t.end)]
		at := -1
		if n.err == nil && !t.closing && !t.selfClosing {
			at = closeInLine(rest, n.call.Name)
		}
		closed, _ := scanTag(rest, max(at, 0))
		if at < 0 || !blankUntilEOL(rest, closed.end) {
			return nil, parser.NoChildren
		}
		n.call.Paired, n.call.Inner, n.inline = true, string(rest[:at]), true
		reader.AdvanceToEOL()
		return n, parser.NoChildren
	}
	switch {
	case n.err != nil:
	case t.closing:
		n.err = fmt.Errorf("closing tag {{< /%s >}} without an opening one: remove it, or open it above", n.call.Name)
	case !t.selfClosing:
		if c, ok := findClose(src, t.end, n.call.Name); ok {
			n.close = c
			n.call.Paired = true
		}
	}
	reader.AdvanceToEOL()
	if n.markdown && n.close >= 0 && n.tagEnd <= lineEnd(src, start) {
		return n, parser.HasChildren
	}
	return n, parser.NoChildren
}

func (shortcodeBlockParser) Continue(node ast.Node, reader text.Reader, _ parser.Context) parser.State {
	n := node.(*shortcodeBlock)
	_, seg := reader.PeekLine()
	switch {
	case seg.Start < n.tagEnd: // the opening tag goes on
		reader.AdvanceToEOL()
		return parser.Continue | parser.NoChildren
	case n.close < 0:
		return parser.Close
	case seg.Start >= n.close: // the closing tag's line
		reader.AdvanceToEOL()
		return parser.Close
	case n.markdown:
		return parser.Continue | parser.HasChildren
	}
	reader.AdvanceToEOL() // raw inner text, taken from the source when expanded
	return parser.Continue | parser.NoChildren
}

func (shortcodeBlockParser) Close(ast.Node, text.Reader, parser.Context) {}
func (shortcodeBlockParser) CanInterruptParagraph() bool                 { return true }
func (shortcodeBlockParser) CanAcceptIndentedLine() bool                 { return false }

// tag is one shortcode tag found in a source.
type tag struct {
	body                 string // between the delimiters: name and arguments
	end                  int    // just after the closing delimiter
	markdown             bool   // {{% %}}
	closing, selfClosing bool   // {{< /name >}}, {{< name />}}
	comment              bool   // {{</* name */>}}: shown as text
}

// scanTag reads the tag that starts at src[at:] ("{{<" or "{{%"), which may
// run over several lines but not over a blank one.
func scanTag(src []byte, at int) (tag, bool) {
	rest := src[at:]
	if len(rest) < 3 || !bytes.HasPrefix(rest, []byte("{{")) || (rest[2] != '<' && rest[2] != '%') {
		return tag{}, false
	}
	t := tag{markdown: rest[2] == '%'}
	closer := []byte(">}}")
	if t.markdown {
		closer = []byte("%}}")
	}
	end := bytes.Index(rest, closer)
	if end < 0 || bytes.Contains(rest[:end], []byte("\n\n")) || bytes.Contains(rest[:end], []byte("\n\r\n")) {
		return tag{}, false
	}
	body := bytes.TrimSpace(rest[3:end])
	if c, ok := bytes.CutPrefix(body, []byte("/*")); ok && bytes.HasSuffix(c, []byte("*/")) {
		t.comment, body = true, bytes.TrimSpace(bytes.TrimSuffix(c, []byte("*/")))
	}
	if c, ok := bytes.CutPrefix(body, []byte("/")); ok {
		t.closing, body = true, bytes.TrimSpace(c)
	}
	if c, ok := bytes.CutSuffix(body, []byte("/")); ok {
		t.selfClosing, body = true, bytes.TrimSpace(c)
	}
	t.body, t.end = string(bytes.ReplaceAll(body, []byte("\n"), []byte(" "))), at+end+3
	return t, true
}

// findClose finds the line of the tag that closes name after offset from,
// alone on its line, past any nested pair of the same name; it returns the
// start of that line.
func findClose(src []byte, from int, name string) (int, bool) {
	depth := 0
	for off := from; off < len(src); {
		i := bytes.Index(src[off:], []byte("{{"))
		if i < 0 {
			return 0, false
		}
		off += i
		t, ok := scanTag(src, off)
		if !ok {
			off += 2
			continue
		}
		if !t.comment {
			c, _ := parseCall(t.body)
			switch {
			case c == nil || c.Name != name:
			case t.closing && depth == 0:
				ls := lineStart(src, off)
				if len(bytes.TrimSpace(src[ls:off])) == 0 && blankUntilEOL(src, t.end) {
					return ls, true
				}
				return 0, false
			case t.closing:
				depth--
			case !t.selfClosing:
				depth++
			}
		}
		off = t.end
	}
	return 0, false
}

func blankUntilEOL(src []byte, at int) bool {
	return len(bytes.TrimSpace(src[at:lineEnd(src, at)])) == 0
}

func lineEnd(src []byte, at int) int {
	if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
		return at + i
	}
	return len(src)
}

func lineStart(src []byte, at int) int {
	return bytes.LastIndexByte(src[:at], '\n') + 1
}

// inner returns what a paired {{< >}} shortcode encloses, as written: the
// lines between its tags.
func (n *shortcodeBlock) inner(src []byte) string {
	from := lineEnd(src, n.tagEnd) + 1
	if n.close < 0 || from > n.close {
		return ""
	}
	return string(src[from:n.close])
}

// refsInLinks rewrites [text]({{< ref "page.md" >}}) as [text](page.md).
// Hugo expands shortcodes before it reads markdown, so a ref may stand for
// a link's destination; here the link is then resolved as any link of the
// page. It keeps every line where it was.
func refsInLinks(src []byte) []byte {
	if !bytes.Contains(src, []byte("]({{")) {
		return src
	}
	var b bytes.Buffer
	for {
		i := bytes.Index(src, []byte("]({{"))
		if i < 0 {
			b.Write(src)
			return b.Bytes()
		}
		b.Write(src[:i+2])
		src = src[i+2:]
		t, ok := scanTag(src, 0)
		if !ok || t.end >= len(src) || src[t.end] != ')' || bytes.ContainsRune(src[:t.end], '\n') {
			continue
		}
		if c, err := parseCall(t.body); err == nil && (c.Name == "ref" || c.Name == "relref") {
			b.WriteString(cmp.Or(c.Named["path"], c.Arg(0)))
			src = src[t.end:]
		}
	}
}
