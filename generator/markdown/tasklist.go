package markdown

import (
	"bytes"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/urls"
)

// isTaskList reports whether a list is a GitHub task list: an item starts
// with a [ ] or [x] box.
func isTaskList(l *ast.List) bool {
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if box(item) != nil {
			return true
		}
	}
	return false
}

// box returns the task box that starts a list item, or nil.
func box(item ast.Node) *east.TaskCheckBox {
	if first := item.FirstChild(); first != nil {
		if b, ok := first.FirstChild().(*east.TaskCheckBox); ok {
			return b
		}
	}
	return nil
}

// What task lists become (Context.TaskLists).
const (
	// TasksAuto: a checklist, unless the list is GitHub's kind only: with
	// nested lists or items of several paragraphs (and the lists nested in
	// it), or every item ticked (a list of what is done, such as a
	// README's features).
	TasksAuto = ""
	// TasksStatic: every task list stays a list, each item with a mark.
	TasksStatic = "static"
	// TasksChecklist: every task list is a checklist (one line an item).
	TasksChecklist = "checklist"
)

// static reports whether a task list stays a list, as GitHub shows it.
func (st *state) static(l *ast.List) bool {
	switch st.ctx.TaskLists {
	case TasksStatic:
		return true
	case TasksChecklist:
		return false
	}
	for up := l.Parent(); up != nil; up = up.Parent() {
		if outer, ok := up.(*ast.List); ok && isTaskList(outer) {
			return true // within another task list: checklists do not nest
		}
	}
	all := true
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		b := box(item)
		if b == nil || item.ChildCount() != 1 {
			return true
		}
		all = all && b.IsChecked
	}
	return all
}

// taskList replaces a task list with an interactive checklist, the same
// markup as a checklist file gets, unless it stays static. Its legend is
// the heading above it; the item ids come from the item texts, so ticks
// survive reordering.
func (st *state) taskList(l *ast.List, n int, conv *Converter) {
	if st.static(l) {
		l.SetAttributeString("class", []byte("task-list"))
		return
	}
	title, id := conv.opts.Words.Checklist, "tasks-"+strconv.Itoa(n)
	for prev := l.PreviousSibling(); prev != nil; prev = prev.PreviousSibling() {
		if h, ok := prev.(*ast.Heading); ok {
			title = plainText(h, st.src)
			if hid, ok := h.AttributeString("id"); ok {
				id = string(toBytes(hid)) + "-tasks"
			}
			break
		}
	}
	for base, i := id, 2; slices.Contains(st.result.IDs, checklist.FormID(id)); i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	view := checklist.View{ID: id, Page: st.ctx.PagePath, Title: title, Words: conv.opts.Words.Checklists}
	used := map[string]int{}
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		b := box(item)
		if b == nil || item.ChildCount() != 1 {
			st.fail(item, "a task list item of a checklist must be one line starting with [ ] or [x]; move other text out of the list, or keep the page's task lists static (task_lists: static)")
			return
		}
		text, plain, err := st.itemHTML(item.FirstChild(), conv)
		if err != nil {
			st.fail(item, "rendering the task list item: %v", err)
			return
		}
		itemID := itemSlug(plain)
		if used[itemID]++; used[itemID] > 1 {
			itemID += "-" + strconv.Itoa(used[itemID])
		}
		view.Items = append(view.Items, checklist.ItemView{ID: itemID, Text: template.HTML(text), Plain: plain, Checked: b.IsChecked})
	}
	var buf bytes.Buffer
	if err := checklist.Render(&buf, view); err != nil {
		st.fail(l, "rendering the task list: %v", err)
		return
	}
	st.result.IDs = append(st.result.IDs, view.ElementIDs()...)
	st.need(NeedChecklist)
	l.Parent().ReplaceChild(l.Parent(), l, &rawBlock{html: buf.Bytes()})
}

// itemHTML renders a task item's text from the page's own syntax tree
// (its links were resolved with the page's), without its box: one render
// call for the whole line (each call allocates a buffered writer).
func (st *state) itemHTML(block ast.Node, conv *Converter) ([]byte, string, error) {
	if box, ok := block.FirstChild().(*east.TaskCheckBox); ok {
		block.RemoveChild(block, box)
	}
	html, err := conv.renderInline(st.src, block) // a loose list's item is a paragraph
	if err != nil {
		return nil, "", err
	}
	return html, plainText(block, st.src), nil
}

// itemSlug makes a stable item id from the first words of its text.
func itemSlug(plain string) string {
	slug := urls.Slugify(plain)
	if len(slug) > 40 {
		if cut := strings.LastIndex(slug[:40], "-"); cut > 0 {
			slug = slug[:cut]
		} else {
			cut := 40
			for !utf8.RuneStart(slug[cut]) {
				cut-- // never within a letter
			}
			slug = slug[:cut]
		}
	}
	if slug == "" {
		return "item"
	}
	return slug
}

// NeedChecklist is the asset a page needs when it shows a checklist: the
// checklist stylesheet and the script that remembers ticks.
const NeedChecklist = "checklist"

func (st *state) need(asset string) {
	for _, a := range st.result.Needs {
		if a == asset {
			return
		}
	}
	st.result.Needs = append(st.result.Needs, asset)
}
