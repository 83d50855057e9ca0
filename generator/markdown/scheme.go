package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"

	"github.com/followup/followup/generator/diag"
)

// scheme reports a link, image or autolink whose address runs code or
// makes a document in the reader's browser (javascript:, vbscript:, data:
// other than an image), and says whether it did. Without allow_html the
// renderer writes such an address as "" and the finding is a warning, so
// that the author learns the link does nothing; with allow_html it would
// pass through as written, and the finding is an error unless the site's
// [checks] say link_schemes = "warning" (its kind, diag.LinkSchemes; the
// build decides which).
func (st *state) scheme(n ast.Node, dest []byte, allowHTML bool) bool {
	if !dangerousURL(dest) {
		return false
	}
	name, _, _ := bytes.Cut(dest, []byte(":"))
	name = bytes.ToLower(bytes.TrimSpace(name))
	if allowHTML {
		st.fail(n, "link %q: a %s: address runs in the reader's browser, and allow_html = true would keep it: link to a page or a file instead, or set link_schemes = \"warning\" under [checks] in followup.toml to allow it", dest, name)
	} else {
		st.fail(n, "link %q: a %s: address runs in the reader's browser, so it is written as an empty link that leads nowhere: link to a page or a file instead", dest, name)
	}
	st.errs[len(st.errs)-1].Kind = diag.LinkSchemes
	return true
}

// linkDest is the address of a link or an image.
func linkDest(n ast.Node) []byte {
	switch n := n.(type) {
	case *ast.Link:
		return n.Destination
	case *ast.Image:
		return n.Destination
	}
	return nil
}
