// Package rewrite changes HTML the build has already rendered: its links,
// its ids, its heading levels and its form controls. It reads the HTML with
// the tokenizer of golang.org/x/net/html, never with regular expressions,
// and copies every token it does not change byte for byte.
//
// The editions of the site are made with it:
//
//   - the offline copy rewrites every relative link of a served page so it
//     names a file ("../about/index.html"), which a browser reading from
//     disk needs, and sends links to pages the copy leaves out elsewhere;
//   - the whole-guide print edition and the workshop packet join converted
//     pages into one document with a Book (book.go), mdBook's print-page
//     algorithm: ids made unique, links between the joined pages turned
//     into links within the document, headings moved down a level;
//   - the EPUB writes each page as XHTML (Rules.XHTML) with its form
//     controls printed (Rules.Static): a checkbox becomes an empty box.
//
// # What Rewrite changes
//
// Links are the values of href, src, poster and action. Each is resolved
// against Rules.Base, the site path the HTML was written for, as a browser
// would: "../thank-you/#when" on the page guides/call/ leads to site path
// guides/thank-you/, fragment "when"; "#when" leads to Base itself. Rules.Link
// gets every link, absolute ones too (Target.External), and returns the
// new value, or false to unlink: an <a> then keeps its content without the
// link, an image becomes its alt text, and any other element is left out.
// On a multilingual site Rules.Root is the site path of the language the
// HTML is in ("es/"): Base and Target.Path are inside it, and a link that
// leads out of it (the language switch's "../guides/call/" on es/guides/call/)
// is Target.Outside, its Path from the site's root, never clamped back into
// the language.
//
// Ids are the values of id and of the attributes that name ids: for,
// headers, list, form, popovertarget, and the aria attributes that hold
// id references (aria-describedby, aria-labelledby, aria-controls, ...).
// Rules.ID maps each; a same-page link ("#x") is a link, so Rules.Link
// maps it, usually with the same function.
//
// Rules.Shift moves headings down: with 1, <h2> becomes <h3>; <h6> stays.
//
// Rules.Static prints a form: a <form> or <fieldset> becomes a <div>, a
// <legend> a <p class="legend">, a <label> a <span>, a checkbox an empty box
// (<span class="box" aria-hidden="true">☐</span>, a radio button ○), and
// buttons, other inputs, selects and text areas are left out. Reading
// systems of e-books support form controls poorly, and a box on paper is
// ticked with a pen.
//
// Rules.Drop leaves out elements with their content; Rules.Replace puts
// other HTML in an element's place.
//
// Rules.XHTML writes XML: void elements closed (<br/>), text and attribute
// values escaped, comments left out. Inline SVG keeps lower-case attribute
// names (the tokenizer lowers them), so it does not belong in XHTML output.
//
// The HTML must close each element it opens, as the build's does: an
// element left out is skipped up to its end tag, counted by nesting.
package rewrite

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"net/url"
	"strings"

	xhtml "golang.org/x/net/html"
)

// Rules say how Rewrite changes a piece of HTML. The zero Rules copy it.
type Rules struct {
	// Base is the site path the HTML was written for ("guides/call/"):
	// its relative links start there.
	Base string
	// Root is the site path of the language Base is inside ("es/"; "" for
	// the site's root, or a site of one language).
	Root string
	// Link returns the new value of a link, or false to unlink.
	Link func(t Target) (string, bool)
	// ID returns the new value of an id.
	ID func(id string) string
	// Shift is how many levels headings move down.
	Shift int
	// Static prints form controls.
	Static bool
	// Drop reports an element to leave out with its content.
	Drop func(tag string, attrs []Attr) bool
	// Replace returns HTML to write in place of an element and its content.
	Replace func(tag string, attrs []Attr) ([]byte, bool)
	// XHTML writes XML serialisation.
	XHTML bool
}

// Attr is one attribute of a start tag.
type Attr struct{ Key, Val string }

// Get returns the value of the attribute key in attrs, "" when absent.
func Get(attrs []Attr, key string) string {
	for _, a := range attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// HasClass reports whether attrs have class c.
func HasClass(attrs []Attr, c string) bool {
	for _, f := range strings.Fields(Get(attrs, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

// Target is where a link leads.
type Target struct {
	Tag, Attr string // "a", "href"
	Raw       string // the value as written
	External  bool   // an address with a scheme ("https:", "mailto:") or "//host"
	Path      string // for a relative link: the site path it leads to, unescaped ("guides/x/", "css/site.css")
	// Outside: the link leads out of Rules.Root, and Path is from the
	// site's root ("guides/x/" from inside "es/").
	Outside  bool
	Fragment string // without '#', unescaped
	Query    string // without '?'
}

var (
	linkAttrs = map[string]bool{"href": true, "src": true, "poster": true, "action": true}
	idAttrs   = map[string]bool{"id": true, "for": true, "headers": true, "list": true, "form": true, "popovertarget": true,
		"aria-describedby": true, "aria-labelledby": true, "aria-controls": true, "aria-owns": true, "aria-details": true,
		"aria-flowto": true, "aria-activedescendant": true, "aria-errormessage": true}
	voids = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
		"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}
)

// Rewrite writes src changed by r to w.
func Rewrite(w io.Writer, src []byte, r *Rules) error {
	return RewriteFrom(w, bytes.NewReader(src), r)
}

// RewriteFrom is Rewrite of the HTML read from src (a page's converted
// HTML is a string: strings.NewReader reads it without a copy).
func RewriteFrom(w io.Writer, src io.Reader, r *Rules) error {
	rw := &rewriter{r: r, w: w}
	z := xhtml.NewTokenizer(src)
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			if z.Err() == io.EOF {
				return rw.err
			}
			return z.Err()
		}
		rw.token(z, tt)
		if rw.err != nil {
			return rw.err
		}
	}
}

type rewriter struct {
	r       *Rules
	w       io.Writer
	err     error
	skip    int    // depth inside an element left out; 0 when writing
	unwraps []bool // for each open <a>: whether its tags are left out
	tag     string
	attrs   []Attr
	raw     []byte // the current start tag as written
}

func (rw *rewriter) write(b []byte) {
	if rw.err == nil {
		_, rw.err = rw.w.Write(b)
	}
}

func (rw *rewriter) writeString(s string) { rw.write([]byte(s)) }

func (rw *rewriter) token(z *xhtml.Tokenizer, tt xhtml.TokenType) {
	switch tt {
	case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
		rw.readTag(z)
		if rw.skip > 0 {
			if tt == xhtml.StartTagToken && !voids[rw.tag] {
				rw.skip++
			}
			return
		}
		rw.start(tt == xhtml.SelfClosingTagToken || voids[rw.tag])
	case xhtml.EndTagToken:
		rw.raw = append(rw.raw[:0], z.Raw()...)
		name, _ := z.TagName()
		tag := string(name)
		if rw.skip > 0 {
			if !voids[tag] {
				rw.skip--
			}
			return
		}
		rw.end(tag)
	case xhtml.TextToken:
		if rw.skip > 0 {
			return
		}
		if rw.r.XHTML {
			rw.writeString(escape(string(z.Text())))
		} else {
			rw.write(z.Raw())
		}
	case xhtml.CommentToken, xhtml.DoctypeToken:
		if rw.skip == 0 && !rw.r.XHTML {
			rw.write(z.Raw())
		}
	}
}

func (rw *rewriter) readTag(z *xhtml.Tokenizer) {
	// TagName and TagAttr lower the case of the tokenizer's buffer: keep
	// the tag as written first (inline SVG has viewBox).
	rw.raw = append(rw.raw[:0], z.Raw()...)
	name, more := z.TagName()
	rw.tag, rw.attrs = string(name), rw.attrs[:0]
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		rw.attrs = append(rw.attrs, Attr{Key: string(k), Val: string(v)})
	}
}

// start writes a start tag, changed as the rules say, or begins leaving
// its element out.
func (rw *rewriter) start(void bool) {
	r, tag := rw.r, rw.tag
	leave := func() {
		if !void {
			rw.skip = 1
		}
	}
	if r.Drop != nil && r.Drop(tag, rw.attrs) {
		leave()
		return
	}
	if r.Replace != nil {
		if repl, ok := r.Replace(tag, rw.attrs); ok {
			rw.write(repl)
			leave()
			return
		}
	}
	changed := false
	if r.Static {
		var done bool
		tag, changed, done = rw.static(void)
		if done {
			return
		}
	}
	if level := heading(tag); level > 0 && r.Shift != 0 {
		tag, changed = fmt.Sprintf("h%d", min(6, max(1, level+r.Shift))), true
	}
	for i := range rw.attrs {
		a := &rw.attrs[i]
		switch {
		case linkAttrs[a.Key] && r.Link != nil:
			href, keep := r.Link(resolve(r.Root, r.Base, tag, a.Key, a.Val))
			if !keep {
				rw.unlink(tag, void)
				return
			}
			changed = changed || href != a.Val
			a.Val = href
		case idAttrs[a.Key] && r.ID != nil:
			ids := strings.Fields(a.Val)
			for j, id := range ids {
				ids[j] = r.ID(id)
			}
			if v := strings.Join(ids, " "); v != a.Val {
				a.Val, changed = v, true
			}
		}
	}
	if tag == "a" {
		rw.unwraps = append(rw.unwraps, false)
	}
	if !changed && !r.XHTML {
		rw.write(rw.raw)
		return
	}
	rw.writeTag(tag, rw.attrs, void)
}

// unlink handles a link the rules removed.
func (rw *rewriter) unlink(tag string, void bool) {
	switch {
	case tag == "a":
		rw.unwraps = append(rw.unwraps, true)
	case tag == "img":
		rw.writeString(escape(Get(rw.attrs, "alt")))
	case !void:
		rw.skip = 1
	}
}

func (rw *rewriter) end(tag string) {
	r := rw.r
	if voids[tag] && r.XHTML {
		return // a stray </br>: the element was closed at its start
	}
	if tag == "a" && len(rw.unwraps) > 0 {
		unwrapped := rw.unwraps[len(rw.unwraps)-1]
		rw.unwraps = rw.unwraps[:len(rw.unwraps)-1]
		if unwrapped {
			return
		}
	}
	changed := false
	if r.Static {
		switch tag {
		case "form", "fieldset":
			tag, changed = "div", true
		case "legend":
			tag, changed = "p", true
		case "label":
			tag, changed = "span", true
		}
	}
	if level := heading(tag); level > 0 && r.Shift != 0 {
		tag, changed = fmt.Sprintf("h%d", min(6, max(1, level+r.Shift))), true
	}
	if !changed && !r.XHTML {
		rw.write(rw.raw)
		return
	}
	rw.writeString("</" + tag + ">")
}

func (rw *rewriter) writeTag(tag string, attrs []Attr, void bool) {
	var b strings.Builder
	b.WriteString("<" + tag)
	for _, a := range attrs {
		b.WriteString(" " + a.Key + `="` + escape(a.Val) + `"`)
	}
	if void && rw.r.XHTML {
		b.WriteString("/")
	}
	b.WriteString(">")
	rw.writeString(b.String())
}

// escape escapes text and attribute values; the result is valid in HTML
// and in XML.
func escape(s string) string { return html.EscapeString(s) }

func heading(tag string) int {
	if len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' {
		return int(tag[1] - '0')
	}
	return 0
}

// resolve finds where a link written on the page at site path base leads.
func resolve(root, base, tag, attr, raw string) Target {
	t := Target{Tag: tag, Attr: attr, Raw: raw}
	ref, err := url.Parse(raw)
	if err != nil || ref.Scheme != "" || ref.Host != "" || strings.HasPrefix(raw, "//") {
		t.External = true
		return t
	}
	u := (&url.URL{Path: "/" + root + base}).ResolveReference(ref)
	t.Path = strings.TrimPrefix(u.Path, "/")
	if in, ok := strings.CutPrefix(t.Path, root); ok {
		t.Path = in
	} else {
		t.Outside = true
	}
	t.Fragment, t.Query = u.Fragment, u.RawQuery
	return t
}

// Fragment writes "#id" for an href, escaped as a URL fragment.
func Fragment(id string) string { return (&url.URL{Fragment: id}).String() }
