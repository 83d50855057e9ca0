package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// KindCallout is the node kind of a callout.
var KindCallout = ast.NewNodeKind("Callout")

// Callout is a blockquote marked as a note, tip or warning. Its children are
// the blockquote's content without the marker line.
type Callout struct {
	ast.BaseBlock
	Variant string // "note", "tip", "important", "warning", "caution"
	Title   string // the title written after the marker, else the type's word (Words)
}

func (n *Callout) Kind() ast.NodeKind { return KindCallout }

func (n *Callout) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Variant": n.Variant, "Title": n.Title}, nil)
}

// toCallout replaces q with a Callout when its first line is a marker such
// as "[!TIP]" or "[!TIP] Before you send it".
// Its title is the one written, else w's word for its type.
func toCallout(q *ast.Blockquote, src []byte, w *Words) {
	para, ok := q.FirstChild().(*ast.Paragraph)
	if !ok || para.Lines().Len() == 0 {
		return
	}
	first := para.Lines().At(0)
	line := bytes.TrimSpace(first.Value(src))
	if !bytes.HasPrefix(line, []byte("[!")) {
		return
	}
	end := bytes.IndexByte(line, ']')
	if end < 0 {
		return
	}
	marker := string(bytes.ToUpper(line[2:end]))
	title, known := w.callout(marker)
	if !known {
		return
	}
	if custom := bytes.TrimSpace(line[end+1:]); len(custom) > 0 {
		title = string(custom)
	}
	// Remove the inline nodes of the marker line.
	for c := para.FirstChild(); c != nil; {
		next := c.NextSibling()
		t, isText := c.(*ast.Text)
		if isText && t.Segment.Start >= first.Stop {
			break
		}
		if !isText && c.Pos() >= first.Stop {
			break
		}
		para.RemoveChild(para, c)
		c = next
	}
	if !para.HasChildren() {
		q.RemoveChild(q, para)
	}
	co := &Callout{Variant: string(bytes.ToLower([]byte(marker))), Title: title}
	co.SetPos(q.Pos())
	for c := q.FirstChild(); c != nil; {
		next := c.NextSibling()
		co.AppendChild(co, c)
		c = next
	}
	q.Parent().ReplaceChild(q.Parent(), q, co)
}
