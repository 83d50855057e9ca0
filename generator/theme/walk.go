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
		add(t.layouts[name])
	}
	for _, k := range slices.Sorted(maps.Keys(trees)) {
		tr := trees[k]
		walkNode(tr.Root, func(n parse.Node) { f(tr, n) })
	}
}

func walkNode(n parse.Node, f func(parse.Node)) {
	if n == nil {
		return
	}
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		f(n)
		for _, c := range n.Nodes {
			walkNode(c, f)
		}
		return
	case *parse.ActionNode:
		f(n)
		walkNode(n.Pipe, f)
		return
	case *parse.PipeNode:
		if n == nil {
			return
		}
		f(n)
		for _, c := range n.Cmds {
			walkNode(c, f)
		}
		return
	case *parse.CommandNode:
		f(n)
		for _, a := range n.Args {
			walkNode(a, f)
		}
		return
	case *parse.IfNode:
		f(n)
		walkBranch(&n.BranchNode, f)
		return
	case *parse.RangeNode:
		f(n)
		walkBranch(&n.BranchNode, f)
		return
	case *parse.WithNode:
		f(n)
		walkBranch(&n.BranchNode, f)
		return
	case *parse.TemplateNode:
		f(n)
		walkNode(n.Pipe, f)
		return
	}
	f(n)
}

func walkBranch(b *parse.BranchNode, f func(parse.Node)) {
	walkNode(b.Pipe, f)
	walkNode(b.List, f)
	walkNode(b.ElseList, f)
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
