package theme

import (
	"slices"
	"text/template/parse"
)

// Mentions reports whether any layout or partial names the field (or
// method) called name anywhere: .Page.Body, $p.Body, (.Next).Body. The
// live server uses it to know whether a layout can see another page's body.
func (t *Theme) Mentions(name string) bool {
	found := false
	t.walk(func(_ *parse.Tree, n parse.Node) {
		switch n := n.(type) {
		case *parse.FieldNode:
			found = found || slices.Contains(n.Ident, name)
		case *parse.VariableNode:
			found = found || slices.Contains(n.Ident[1:], name)
		case *parse.ChainNode:
			found = found || slices.Contains(n.Field, name)
		}
	})
	return found
}
