// Package markdown converts a page's markdown to HTML with goldmark.
//
// One Converter is built per site and shared by every goroutine of a build:
// goldmark parsers and renderers are stateless, and everything that belongs
// to one page travels in the Context passed to Convert.
//
// What the markdown supports:
//
//   - CommonMark, and GitHub's extensions: tables, strikethrough, autolinks,
//     task lists; footnotes; typographic quotes and dashes.
//   - Headings get ids (from the text, or written as "## Title {#my-id}"), a
//     visible "#" link to themselves (named by Words.SectionLink), and, at
//     levels 2 and 3, an entry in the
//     page's table of contents (Result.TOC). Ids the layout uses itself
//     (Options.ReservedIDs) are never generated, and writing one is an error.
//   - Callouts, GitHub's syntax: a blockquote whose first line is [!NOTE],
//     [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION], optionally followed by
//     a title of its own, becomes <div class="callout callout-tip" role="note">
//     titled with that title, else the type's word in Options.Words.
//     They are recognised in the syntax tree (callout.go).
//   - Links: a link to another markdown file ("thank-you-email.md#when")
//     leads to that page, as on GitHub; a link written from the site root
//     ("/guides/x/") becomes relative. The page's LinkResolver does the
//     lookup and reports links that lead nowhere; links with a fragment are
//     returned in Result.Refs so the build can check the fragment exists.
//   - Fenced code is highlighted when the site is built, by chroma, with CSS
//     classes; StyleSheet writes the matching light and dark stylesheet.
//   - Raw HTML is shown as text unless Options.AllowHTML is set.
//   - Task lists become interactive checklists, or stay lists with a mark
//     for each item, as Context.TaskLists says (tasklist.go).
//   - Shortcodes, Hugo's syntax: {{< name "arg" key="value" >}} and
//     {{% name %}}, paired with a closing tag ({{< /name >}}, spaces
//     allowed) around text or, for {{% %}} on lines of their own, markdown;
//     an opening tag on lines of its own may run over several lines;
//     {{</* name */>}} is shown as text (shortcode_block.go).
//     Options.Shortcodes maps names to functions that return HTML (Call.Inner
//     is what a paired one encloses); a block shortcode must stand alone in
//     its paragraph and replaces it. An unknown one is an error at its line.
//   - Tables are wrapped in a focusable, labelled region (class
//     "table-wrap table-reflow"), and every body cell carries its column's
//     header text as data-label, so that on a phone the stylesheet can show
//     each row as a card of labelled cells (table.go).
//
// The converter has no words of its own: the callouts' titles, the names of
// the heading links, tables and task marks, and the checklists' controls
// are Options.Words, which the caller fills from its string files (the
// site, from themes/default/i18n/<code>.toml).
//
// Errors (an unknown shortcode, a broken link, a reserved heading id) are
// all collected and returned as a diag.List with the line of each; the
// caller adds the file's path.
package markdown

import (
	"bufio"
	"bytes"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/followup/followup/generator/diag"
)

// Options configure a Converter. They are fixed for its lifetime.
type Options struct {
	// AllowHTML passes raw HTML through; otherwise it is escaped and shown.
	AllowHTML bool
	// Shortcodes by name.
	Shortcodes map[string]ShortcodeFunc
	// ReservedIDs are element ids the layouts use (main, toc, ...); headings
	// never get them.
	ReservedIDs []string
	// Words are the words the converter writes itself, in the site's
	// language (words.go).
	Words Words
}

// Converter turns markdown into HTML. It is safe for concurrent use.
type Converter struct {
	md goldmark.Markdown
	// plain is md's parser without linkify, for pages that have no bare
	// address to find (mayLinkify).
	plain    parser.Parser
	opts     Options
	reserved map[string]bool // opts.ReservedIDs, shared read-only by every conversion
	bufs     sync.Pool
}

// New builds a Converter.
func New(opts Options) *Converter {
	c := &Converter{opts: opts, reserved: map[string]bool{}}
	for _, id := range opts.ReservedIDs {
		c.reserved[id] = true
	}
	rendererOpts := []renderer.Option{
		renderer.WithNodeRenderers(util.Prioritized(&nodeRenderer{allowHTML: opts.AllowHTML, words: &c.opts.Words}, 100)),
		html.WithWriter(textWriter{}),
	}
	if opts.AllowHTML {
		rendererOpts = append(rendererOpts, html.WithUnsafe())
	}
	parserOpts := goldmark.WithParserOptions(
		parser.WithAutoHeadingID(),
		parser.WithAttribute(),
		parser.WithInlineParsers(util.Prioritized(shortcodeParser{}, 90)),
		parser.WithBlockParsers(util.Prioritized(shortcodeBlockParser{}, 90)),
		parser.WithASTTransformers(util.Prioritized(&transformer{opts: &c.opts, conv: c}, 100)),
	)
	// GitHub's extensions (extension.GFM) one by one: linkify, tables,
	// strikethrough, task lists.
	exts := []goldmark.Extender{extension.Table, extension.Strikethrough, extension.TaskList, extension.Footnote, extension.Typographer}
	c.md = goldmark.New(goldmark.WithExtensions(append([]goldmark.Extender{extension.Linkify}, exts...)...), parserOpts, goldmark.WithRendererOptions(rendererOpts...))
	c.plain = goldmark.New(goldmark.WithExtensions(exts...), parserOpts).Parser()
	c.bufs.New = func() any {
		b := &outBuf{}
		b.w = bufio.NewWriterSize(&b.Buffer, 4096)
		return b
	}
	return c
}

// outBuf is a buffer with a buffered writer on it: goldmark renders into
// a *bufio.Writer as it is, and would allocate one per call otherwise.
type outBuf struct {
	bytes.Buffer
	w *bufio.Writer
}

// render renders a node (a document, or a block of one) and returns a copy
// of its HTML.
func (c *Converter) render(src []byte, n ast.Node) ([]byte, error) {
	b := c.bufs.Get().(*outBuf)
	defer c.bufs.Put(b)
	b.Reset()
	b.w.Reset(&b.Buffer)
	if err := c.md.Renderer().Render(b.w, src, n); err != nil {
		return nil, err
	}
	return bytes.Clone(b.Bytes()), nil
}

// renderString is render for a whole page: its one copy of the HTML is the
// string the page's template is given (template.HTML), not bytes that
// would be copied again into one.
func (c *Converter) renderString(src []byte, n ast.Node) (string, error) {
	b := c.bufs.Get().(*outBuf)
	defer c.bufs.Put(b)
	b.Reset()
	b.w.Reset(&b.Buffer)
	if err := c.md.Renderer().Render(b.w, src, n); err != nil {
		return "", err
	}
	return b.String(), nil
}

// renderInline renders the inline content of a block (a paragraph, a task
// item's text) without the block's own tags: its children are rendered
// inside a bare TextBlock, then given back to the block.
func (c *Converter) renderInline(src []byte, block ast.Node) ([]byte, error) {
	bare := ast.NewTextBlock()
	moveChildren(bare, block)
	defer moveChildren(block, bare)
	out, err := c.render(src, bare)
	return bytes.TrimSpace(out), err
}

// moveChildren moves every child of from to the end of to, in order.
func moveChildren(to, from ast.Node) {
	for n := from.FirstChild(); n != nil; {
		next := n.NextSibling()
		to.AppendChild(to, n)
		n = next
	}
}

// Context carries what one conversion needs to know about its page.
type Context struct {
	// Links resolves link destinations; nil leaves them as written.
	Links LinkResolver
	// DropTitle removes a leading level-1 heading: the page's title was
	// taken from it and the layout prints the title itself.
	DropTitle bool
	// Page is passed to shortcodes untouched.
	Page any
	// PagePath is the page's site path, which checklists use to remember ticks.
	PagePath string
	// TaskLists says what task lists become (tasklist.go): TasksAuto (""),
	// TasksStatic or TasksChecklist.
	TaskLists string
}

// Heading is one entry of a table of contents.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// Ref is an internal link with a fragment, to be checked once every page's
// ids are known.
type Ref struct {
	Line     int
	Target   string // site path of the linked page
	Fragment string
}

// Result is a converted page.
type Result struct {
	HTML  string
	TOC   []Heading // headings of level 2 and 3, in order
	IDs   []string  // every id the content defines, in order
	Refs  []Ref
	Needs []string // assets the page needs, such as NeedChecklist
	// Checklists are the ids of the checklist files the content shows, as
	// its shortcodes said (Output.Checklists), in the order they ran (block
	// shortcodes run innermost and last first): the workbook and the
	// packet list the pages that show each one.
	Checklists []string
}

var stateKey = parser.NewContextKey()

// state is what the transformer collects during one conversion.
type state struct {
	ctx    *Context
	ids    *ids
	result *Result
	errs   diag.List
	src    []byte
	conv   *Converter // for the markdown inside shortcodes
}

// Convert converts src, a page body, for the page described by ctx. With
// errors it still returns what it found (ids, links), so that a build can
// report every problem of the page at once.
func (c *Converter) Convert(src []byte, ctx *Context) (*Result, error) {
	src = refsInLinks(src)
	st, doc := c.parse(src, ctx)
	out, err := c.renderString(src, doc)
	if err != nil {
		st.errs = append(st.errs, &diag.Error{Msg: "rendering markdown: " + err.Error()})
	}
	st.result.HTML = out
	return st.result, st.errs.Err()
}

// parse parses src for the page described by ctx, running the transformer.
func (c *Converter) parse(src []byte, ctx *Context) (*state, ast.Node) {
	if ctx == nil {
		ctx = &Context{}
	}
	st := &state{ctx: ctx, ids: newIDs(c.reserved), result: &Result{}, src: src, conv: c}
	if err := checkNesting(src); err != nil {
		st.errs = append(st.errs, err.(*diag.Error))
		src = nil // refused before the parser's work grows with the depth
	}
	pc := parser.NewContext(parser.WithIDs(st.ids))
	pc.Set(stateKey, st)
	p := c.md.Parser()
	if !mayLinkify(src) {
		p = c.plain
	}
	return st, p.Parse(text.NewReader(src), parser.WithContext(pc))
}

// mayLinkify reports whether src may convert differently with linkify
// than without it: when it has a bare address for linkify to link (http:,
// https:, ftp:, www., an email's @), or a line that ends in blanks the
// parser keeps with linkify (blankEnd). Linkify is tried at every blank of
// the text, which cost a tenth of a build's time; other pages are parsed
// without it, to the same result (TestPlainParser, FuzzPlainParser).
func mayLinkify(src []byte) bool {
	if bytes.IndexByte(src, '@') >= 0 || bytes.Contains(src, []byte("www.")) || schemeColon(src) {
		return true
	}
	for line := range bytes.Lines(src) {
		if blankEnd(line) {
			return true
		}
	}
	return false
}

// schemeColon reports whether src has "http:", "https:" or "ftp:", in one
// pass from colon to colon: on the benchmark's pages, which have none, a
// quarter of the time of a search for each (FuzzSchemeColon).
func schemeColon(src []byte) bool {
	for s := src; ; {
		i := bytes.IndexByte(s, ':')
		if i < 0 {
			return false
		}
		if before := s[:i]; bytes.HasSuffix(before, []byte("http")) || bytes.HasSuffix(before, []byte("https")) || bytes.HasSuffix(before, []byte("ftp")) {
			return true
		}
		s = s[i+1:]
	}
}

// blankEnd reports whether a line ends in two or more blanks (before a
// backslash that breaks the line, if it has one), other than the two or
// three spaces of a hard line break. Linkify cuts the text at each blank
// and only the last piece has its trailing blanks trimmed, so the others
// stay in the page: "a\t\t" converts to "a\t" with it, "a" without.
func blankEnd(line []byte) bool {
	text, nl := bytes.CutSuffix(line, []byte("\n"))
	if len(text) == 0 || !isBlank(text[len(text)-1]) && text[len(text)-1] != '\\' {
		return false // most lines
	}
	text = bytes.TrimSuffix(bytes.TrimSuffix(text, []byte("\r")), []byte("\\"))
	blanks := len(text) - len(bytes.TrimRight(text, " \t\v\f\r"))
	if nl && len(text) == len(line)-1 && (blanks == 2 || blanks == 3) && bytes.HasSuffix(text, []byte("   ")[:blanks]) {
		return false // a hard line break
	}
	return blanks >= 2
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' }

// lineAt returns the 1-based line of byte offset off in src.
func lineAt(src []byte, off int) int {
	if off < 0 {
		return 0
	}
	return 1 + bytes.Count(src[:min(off, len(src))], []byte("\n"))
}
