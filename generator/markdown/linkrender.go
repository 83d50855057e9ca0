package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// link writes a link as goldmark's HTML renderer does, byte for byte, but
// tests the address against the schemes it refuses (javascript:, data:
// other than an image, ...) without goldmark's bytes.ToLower copies of
// its prefixes: 2% of a build's time when every page has links.
func (r *nodeRenderer) link(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	if !entering {
		w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	w.WriteString(`<a href="`)
	dest := util.URLEscape(n.Destination, true)
	if r.allowHTML || !dangerousURL(dest) {
		w.Write(util.EscapeHTML(dest))
	}
	w.WriteByte('"')
	if n.Title != nil {
		w.WriteString(` title="`)
		html.DefaultWriter.Write(w, n.Title)
		w.WriteByte('"')
	}
	if n.Attributes() != nil {
		html.RenderAttributes(w, n, html.LinkAttributeFilter)
	}
	w.WriteByte('>')
	return ast.WalkContinue, nil
}

// dangerousURL is goldmark's html.IsDangerousURL. Its prefixes are ASCII,
// and a prefix of the address lowers to one of them only when its bytes
// are that prefix in ASCII letters of either case (a character outside
// ASCII lowers to another or changes the length), so an ASCII fold of the
// same bytes gives the same answer.
func dangerousURL(url []byte) bool {
	if foldPrefix(url, "data:image/") && len(url) >= 11 {
		v := url[11:]
		return !foldPrefix(v, "png;") && !foldPrefix(v, "gif;") && !foldPrefix(v, "jpeg;") && !foldPrefix(v, "webp;")
	}
	return foldPrefix(url, "javascript:") || foldPrefix(url, "vbscript:") || foldPrefix(url, "file:") || foldPrefix(url, "data:")
}

// foldPrefix reports whether s starts with prefix (lower-case ASCII),
// ignoring the case of ASCII letters.
func foldPrefix(s []byte, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}
