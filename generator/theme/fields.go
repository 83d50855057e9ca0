package theme

import (
	"slices"
	"text/template/parse"
)

// Mentions reports whether any layout or partial names the field (or
// method) called name anywhere: .Page.Body, $p.Body, (.Next).Body. The
// live server uses it to know whether a layout can see another page's body.
func (t *Theme) Mentions(name string) bool {
	for _, l := range t.layouts {
		for _, tmpl := range l.Templates() {
			if tmpl.Tree != nil && mentions(tmpl.Tree.Root, name) {
				return true
			}
		}
	}
	return false
}

func mentions(n parse.Node, name string) bool {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return false
		}
		for _, c := range n.Nodes {
			if mentions(c, name) {
				return true
			}
		}
	case *parse.ActionNode:
		return mentions(n.Pipe, name)
	case *parse.PipeNode:
		if n == nil {
			return false
		}
		for _, c := range n.Cmds {
			if mentions(c, name) {
				return true
			}
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			if mentions(a, name) {
				return true
			}
		}
	case *parse.FieldNode:
		return slices.Contains(n.Ident, name)
	case *parse.VariableNode:
		return slices.Contains(n.Ident[1:], name)
	case *parse.ChainNode:
		return slices.Contains(n.Field, name) || mentions(n.Node, name)
	case *parse.IfNode:
		return mentions(n.Pipe, name) || mentions(n.List, name) || mentions(n.ElseList, name)
	case *parse.RangeNode:
		return mentions(n.Pipe, name) || mentions(n.List, name) || mentions(n.ElseList, name)
	case *parse.WithNode:
		return mentions(n.Pipe, name) || mentions(n.List, name) || mentions(n.ElseList, name)
	case *parse.TemplateNode:
		return mentions(n.Pipe, name)
	}
	return false
}
