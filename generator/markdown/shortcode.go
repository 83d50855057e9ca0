package markdown

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/followup/followup/generator/diag"
)

// A Call is one use of a shortcode: {{< name "positional" key="named" >}}.
type Call struct {
	Name  string
	Args  []string          // positional arguments
	Named map[string]string // key="value" arguments
	Line  int

	// Paired is set for a shortcode with a closing tag; Inner is what it
	// encloses: as written for {{< >}}, converted to HTML for {{% %}} on
	// lines of their own (InnerHTML).
	Paired    bool
	Inner     string
	InnerHTML bool
	// Markdown is set when the call is written {{% %}}.
	Markdown bool

	render func(md string) string // converts markdown for the call's page
}

// RenderMarkdown converts markdown (a paired shortcode's Inner) to HTML for
// the page the call is on: its links resolve as the page's do. Its errors
// are reported at the call's line.
func (c *Call) RenderMarkdown(md string) string {
	if c.render == nil {
		return ""
	}
	return c.render(md)
}

// Arg returns positional argument i, or "".
func (c *Call) Arg(i int) string {
	if i < len(c.Args) {
		return c.Args[i]
	}
	return ""
}

// Output is what a shortcode produces.
type Output struct {
	HTML  []byte
	Block bool     // a block (a checklist, a table) rather than inline text
	IDs   []string // element ids inside HTML, for link checking
	Needs []string // assets the HTML needs, such as NeedChecklist
	// Checklists are the ids of the checklist files the HTML shows, which
	// come back in Result.Checklists.
	Checklists []string
	// Text is an inline output as plain text (a quoted number, a word), for
	// the plain text of what holds it: a checklist item's label and tag, a
	// title. Empty for an output of markup, which plain text leaves out.
	Text string
}

// ShortcodeFunc renders one call. Its errors are reported at the call's line.
type ShortcodeFunc func(call *Call, ctx *Context) (Output, error)

var kindShortcode = ast.NewNodeKind("Shortcode")

// shortcode is the inline node the parser makes; the transformer replaces it.
type shortcode struct {
	ast.BaseInline
	call *Call
	err  error
}

func (n *shortcode) Kind() ast.NodeKind { return kindShortcode }

func (n *shortcode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Name": n.call.Name}, nil)
}

// shortcodeParser recognises "{{< ... >}}" and "{{% ... %}}" within one
// line, paired when the closing tag is on the same line.
type shortcodeParser struct{}

func (shortcodeParser) Trigger() []byte { return []byte{'{'} }

func (shortcodeParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if !bytes.HasPrefix(line, []byte("{{<")) && !bytes.HasPrefix(line, []byte("{{%")) {
		return nil
	}
	n := &shortcode{call: &Call{}}
	n.SetPos(seg.Start)
	t, ok := scanTag(line, 0)
	if !ok {
		closer := ">}}"
		if line[2] == '%' {
			closer = "%}}"
		}
		n.err = fmt.Errorf("shortcode is not closed: end it with %s", closer)
		block.Advance(len(bytes.TrimRight(line, "\r\n")))
		return n
	}
	if t.comment { // {{</* x */>}} is the text {{< x >}}
		open, closer := "{{< ", " >}}"
		if t.markdown {
			open, closer = "{{% ", " %}}"
		}
		block.Advance(t.end)
		return ast.NewString([]byte(open + t.body + closer))
	}
	n.call, n.err = parseCall(t.body)
	block.Advance(t.end)
	if n.err != nil {
		return n
	}
	n.call.Markdown = t.markdown
	if t.closing {
		n.err = fmt.Errorf("closing tag {{< /%s >}} without an opening one: remove it, or open it before", n.call.Name)
	} else if !t.selfClosing {
		rest := line[t.end:]
		if at := closeInLine(rest, n.call.Name); at >= 0 {
			closed, _ := scanTag(rest, at)
			n.call.Paired, n.call.Inner = true, string(rest[:at])
			block.Advance(closed.end)
		}
	}
	return n
}

// closeInLine returns where in line the tag closing name starts, -1 if
// the line has none.
func closeInLine(line []byte, name string) int {
	for off := 0; off < len(line); {
		i := bytes.Index(line[off:], []byte("{{"))
		if i < 0 {
			return -1
		}
		off += i
		if t, ok := scanTag(line, off); ok && t.closing {
			if c, _ := parseCall(t.body); c != nil && c.Name == name {
				return off
			}
		}
		off += 2
	}
	return -1
}

// parseCall parses the inside of {{< >}}: a name, then arguments that are
// bare words, "quoted strings" (Go syntax) or key="value" pairs.
func parseCall(s string) (*Call, error) {
	c := &Call{Named: map[string]string{}}
	s = strings.TrimSpace(s)
	for s != "" {
		var tok string
		var err error
		key := ""
		if i := strings.IndexAny(s, "= \t\""); i > 0 && s[i] == '=' {
			key, s = s[:i], s[i+1:]
		}
		tok, s, err = nextToken(s)
		if err != nil {
			return c, err
		}
		switch {
		case c.Name == "" && key == "":
			c.Name = tok
		case key != "":
			c.Named[key] = tok
		default:
			c.Args = append(c.Args, tok)
		}
		s = strings.TrimSpace(s)
	}
	if c.Name == "" {
		return c, fmt.Errorf("shortcode has no name: write it like {{< checklist \"thank-you-email\" >}}")
	}
	return c, nil
}

func nextToken(s string) (tok, rest string, err error) {
	if strings.HasPrefix(s, `"`) {
		end := 1
		for end < len(s) && (s[end] != '"' || s[end-1] == '\\') {
			end++
		}
		if end == len(s) {
			return "", "", fmt.Errorf("shortcode argument %s has no closing quote", s)
		}
		tok, err := strconv.Unquote(s[:end+1])
		if err != nil {
			return "", "", fmt.Errorf("shortcode argument %s: %v", s[:end+1], err)
		}
		return tok, s[end+1:], nil
	}
	end := strings.IndexAny(s, " \t")
	if end < 0 {
		end = len(s)
	}
	return s[:end], s[end:], nil
}

// call runs the function of the shortcode node n stands for, reporting
// what goes wrong at n's line; ok is false when it failed.
func (st *state) call(n ast.Node, call *Call, callErr error, funcs map[string]ShortcodeFunc) (out Output, ok bool) {
	call.Line = lineAt(st.src, n.Pos())
	if callErr != nil {
		st.fail(n, "%v", callErr)
		return out, false
	}
	fn, ok := funcs[call.Name]
	if !ok {
		names := make([]string, 0, len(funcs))
		for name := range funcs {
			names = append(names, name)
		}
		sort.Strings(names)
		st.fail(n, "unknown shortcode %q (known: %s)", call.Name, strings.Join(names, ", "))
		return out, false
	}
	call.render = func(md string) string {
		res, err := st.conv.Convert([]byte(md), &Context{Links: st.ctx.Links, Page: st.ctx.Page, PagePath: st.ctx.PagePath})
		for _, e := range diag.Errors(err) {
			st.fail(n, "in shortcode %s: %s", call.Name, e.Msg)
		}
		return res.HTML
	}
	out, err := fn(call, st.ctx)
	if err != nil {
		for _, e := range diag.Errors(err) {
			if e.Path != "" { // the error is in another file, such as a checklist
				st.errs = append(st.errs, e)
			} else {
				st.fail(n, "%s", e.Msg)
			}
		}
		return out, false
	}
	st.result.IDs = append(st.result.IDs, out.IDs...)
	st.result.Checklists = append(st.result.Checklists, out.Checklists...)
	for _, a := range out.Needs {
		st.need(a)
	}
	return out, true
}

// expandBlock replaces a shortcode on lines of its own with its HTML,
// giving the function what it encloses.
func (st *state) expandBlock(n *shortcodeBlock, funcs map[string]ShortcodeFunc, conv *Converter) {
	if n.call != nil && !n.inline {
		n.call.Markdown = n.markdown
		if n.markdown && n.close >= 0 {
			var b bytes.Buffer
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				out, _ := conv.render(st.src, c)
				b.Write(out)
			}
			n.call.Inner, n.call.InnerHTML = b.String(), true
		} else {
			n.call.Inner = n.inner(st.src)
		}
	}
	if n.call == nil {
		n.call = &Call{}
	}
	n.call.Markdown = n.markdown
	out, ok := st.call(n, n.call, n.err, funcs)
	if ok {
		n.Parent().ReplaceChild(n.Parent(), n, &rawBlock{html: out.HTML})
	}
}

// expand replaces a shortcode node with the HTML its function returns.
func (st *state) expand(n *shortcode, funcs map[string]ShortcodeFunc) {
	out, ok := st.call(n, n.call, n.err, funcs)
	if !ok {
		return
	}
	parent := n.Parent()
	if !out.Block {
		parent.ReplaceChild(parent, n, &rawInline{html: out.HTML, text: out.Text})
		return
	}
	para, alone := parent.(*ast.Paragraph)
	for c := parent.FirstChild(); alone && c != nil; c = c.NextSibling() {
		if t, isText := c.(*ast.Text); c != n && (!isText || len(bytes.TrimSpace(t.Segment.Value(st.src))) > 0) {
			alone = false
		}
	}
	if !alone {
		st.fail(n, "%s makes a block: put the shortcode on a line of its own, with blank lines around it", n.call.Name)
		return
	}
	para.Parent().ReplaceChild(para.Parent(), para, &rawBlock{html: out.HTML})
}

var (
	kindRawBlock  = ast.NewNodeKind("RawBlock")
	kindRawInline = ast.NewNodeKind("RawInline")
)

// rawBlock and rawInline hold HTML made by the generator itself (never by
// the author), written out as it is.
type rawBlock struct {
	ast.BaseBlock
	html []byte
}

func (n *rawBlock) Kind() ast.NodeKind         { return kindRawBlock }
func (n *rawBlock) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

type rawInline struct {
	ast.BaseInline
	html []byte
	text string // the HTML as plain text (Output.Text)
}

func (n *rawInline) Kind() ast.NodeKind         { return kindRawInline }
func (n *rawInline) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
