package markdown

import (
	"html"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// Tables fit the screen without scrolling sideways. On a wide screen a
// table is a table; on a phone the stylesheet lays each row out as a card,
// and each cell shows its column's header before it. The header's text
// travels with each cell as its data-label attribute, taken from the
// markdown table's header row when the page is converted, so an author
// writes an ordinary table and does nothing more.

var kindTableWrap = ast.NewNodeKind("TableWrap")

// tableWrap holds a table in a labelled region. It is focusable so that a
// keyboard user can scroll it, should a table ever be wider than the screen.
type tableWrap struct {
	ast.BaseBlock
	label string
}

func (n *tableWrap) Kind() ast.NodeKind         { return kindTableWrap }
func (n *tableWrap) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// wrapTable puts the table in a tableWrap named after its header row and
// gives every body cell the text of its column's header as data-label.
func wrapTable(t *east.Table, src []byte, w *Words) {
	var headers []string
	if head, ok := t.FirstChild().(*east.TableHeader); ok {
		for c := head.FirstChild(); c != nil; c = c.NextSibling() {
			headers = append(headers, plainText(c, src))
		}
	}
	labelCells(t, headers)
	label := w.Table
	if named := nonEmpty(headers); len(named) > 0 {
		label = w.TableOf.With(strings.Join(named, ", "))
	}
	wrap := &tableWrap{label: label}
	parent := t.Parent()
	parent.ReplaceChild(parent, t, wrap)
	wrap.AppendChild(wrap, t)
}

// labelCells sets data-label on each cell of the table's body rows to the
// header of its column; a column with an empty header gets none.
func labelCells(t *east.Table, headers []string) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if _, ok := row.(*east.TableRow); !ok {
			continue
		}
		col := 0
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			if col < len(headers) && headers[col] != "" {
				c.SetAttributeString("data-label", []byte(headers[col]))
			}
			col++
		}
	}
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (r *nodeRenderer) tableWrap(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		w.WriteString(`<div class="table-wrap table-reflow" role="region" tabindex="0" aria-label="` + html.EscapeString(node.(*tableWrap).label) + `">` + "\n")
	} else {
		w.WriteString("</div>\n")
	}
	return ast.WalkContinue, nil
}
