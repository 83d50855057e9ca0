package theme

import (
	"cmp"
	"html/template"
	"maps"
	"slices"
	"strconv"
	"strings"
	"text/template/parse"
)

// Call is a call of a template function with a literal first argument, as
// written in a layout: {{ T "nav.skip" }}.
type Call struct {
	Arg  string // the first argument, "nav.skip"
	File string // the layout's path, "themes/default/layouts/base.html"
	Line int
}

// Text is text a layout writes as it is, outside actions.
type Text struct {
	Text string
	File string
	Line int
}

// Calls returns every call of the function fn whose first argument is a
// string literal, in every layout and partial, sorted by file and line.
func (t *Theme) Calls(fn string) []Call {
	var calls []Call
	t.walk(func(tr *parse.Tree, n parse.Node) {
		cmd, ok := n.(*parse.CommandNode)
		if !ok || len(cmd.Args) < 2 {
			return
		}
		id, ok := cmd.Args[0].(*parse.IdentifierNode)
		str, ok2 := cmd.Args[1].(*parse.StringNode)
		if ok && ok2 && id.Ident == fn {
			file, line := position(tr, cmd)
			calls = append(calls, Call{Arg: str.Text, File: file, Line: line})
		}
	})
	slices.SortFunc(calls, func(a, b Call) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), strings.Compare(a.Arg, b.Arg))
	})
	return slices.Compact(calls)
}

// Texts returns, per layout or partial file, its text outside actions in
// the order written, each action replaced by nothing: the markup and the
// words the file writes itself.
func (t *Theme) Texts() []Text {
	var texts []Text
	t.walk(func(tr *parse.Tree, n parse.Node) {
		if tn, ok := n.(*parse.TextNode); ok {
			file, line := position(tr, tn)
			texts = append(texts, Text{Text: string(tn.Text), File: file, Line: line})
		}
	})
	return texts
}

// walk calls f on every node of every template of the theme once, in
// tree order, the templates sorted by name.
func (t *Theme) walk(f func(*parse.Tree, parse.Node)) {
	trees := map[string]*parse.Tree{}
	add := func(tmpl *template.Template) {
		for _, x := range tmpl.Templates() {
			if x.Tree != nil && x.Tree.Root != nil {
				trees[x.Tree.ParseName+"\x00"+x.Name()] = x.Tree
			}
		}
	}
	if t.partials != nil {
		add(t.partials)
	}
	for _, name := range slices.Sorted(maps.Keys(t.layouts)) {
		add(t.layouts[name].own)
	}
	for _, k := range slices.Sorted(maps.Keys(trees)) {
		tr := trees[k]
		walkNode(tr.Root, func(n parse.Node) { f(tr, n) })
	}
}

// walkNode calls f on n and on every node below it, in tree order.
func walkNode(n parse.Node, f func(parse.Node)) {
	if isNil(n) {
		return
	}
	f(n)
	for _, c := range children(n) {
		walkNode(c, f)
	}
}

// children returns the nodes directly below n (some may be nil).
func children(n parse.Node) []parse.Node {
	switch n := n.(type) {
	case *parse.ListNode:
		return n.Nodes
	case *parse.PipeNode:
		cs := make([]parse.Node, len(n.Cmds))
		for i, c := range n.Cmds {
			cs[i] = c
		}
		return cs
	case *parse.ActionNode:
		return []parse.Node{n.Pipe}
	case *parse.CommandNode:
		return n.Args
	case *parse.ChainNode:
		return []parse.Node{n.Node}
	case *parse.TemplateNode:
		return []parse.Node{n.Pipe}
	case *parse.IfNode:
		return []parse.Node{n.Pipe, n.List, n.ElseList}
	case *parse.RangeNode:
		return []parse.Node{n.Pipe, n.List, n.ElseList}
	case *parse.WithNode:
		return []parse.Node{n.Pipe, n.List, n.ElseList}
	}
	return nil
}

// isNil reports whether n is nil, or a nil list or pipeline (a branch
// without else, a template call without data).
func isNil(n parse.Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *parse.ListNode:
		return n == nil
	case *parse.PipeNode:
		return n == nil
	}
	return false
}

// position returns the file and line of a node: its template's file name
// is the display path ("(built-in) " stripped, as in errors).
func position(tr *parse.Tree, n parse.Node) (string, int) {
	loc, _ := tr.ErrorContext(n)
	file, rest, _ := strings.Cut(loc, ":")
	line, _, _ := strings.Cut(rest, ":")
	l, _ := strconv.Atoi(line)
	return strings.TrimPrefix(file, "(built-in) "), l
}
