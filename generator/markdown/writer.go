package markdown

import (
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// textWriter is the html.Writer every renderer of a Converter escapes text
// with: byte for byte what goldmark's html.DefaultWriter writes
// (FuzzTextWriter), in one pass over text that has nothing to resolve.
//
// goldmark's writer looks at every byte twice, once for a backslash escape
// or a character reference (Write) and once for the characters HTML
// escapes (RawWrite), about a tenth of a build's instructions. Here one
// table lookup a byte finds both: runs of plain bytes are written whole,
// and from the first '&' or '\\' on (rare in prose) the rest of the text
// goes to goldmark's own Write, which starts there in the state it would
// have reached (nothing pending, no backslash before).
type textWriter struct{}

// Byte classes of the table.
const (
	escapes  = 1 << iota // written as an HTML escape: NUL " & < >
	resolves             // may start a backslash escape or a reference: & \
)

var textClass = func() (t [256]uint8) {
	for _, c := range []byte{0, '"', '&', '<', '>'} {
		t[c] |= escapes
	}
	t['&'] |= resolves
	t['\\'] |= resolves
	return t
}()

// Write writes src resolving backslash escapes and character references,
// and escaping what HTML needs escaped, as html.DefaultWriter.Write does.
func (textWriter) Write(w util.BufWriter, src []byte) {
	if i := writeEscaped(w, src, resolves); i < len(src) {
		html.DefaultWriter.Write(w, src[i:])
	}
}

// RawWrite writes src escaping what HTML needs escaped, as
// html.DefaultWriter.RawWrite does.
func (textWriter) RawWrite(w util.BufWriter, src []byte) {
	writeEscaped(w, src, 0)
}

// SecureWrite is html.DefaultWriter's.
func (textWriter) SecureWrite(w util.BufWriter, src []byte) {
	html.DefaultWriter.SecureWrite(w, src)
}

// writeEscaped writes src with the bytes of class escapes escaped, up to
// the first byte of a class in stop, and returns that byte's index (len(src)
// when there is none).
func writeEscaped(w util.BufWriter, src []byte, stop uint8) int {
	start := 0
	for i, c := range src {
		class := textClass[c]
		if class == 0 {
			continue
		}
		if class&stop != 0 {
			w.Write(src[start:i])
			return i
		}
		if class&escapes == 0 {
			continue
		}
		w.Write(src[start:i])
		w.Write(util.EscapeHTMLByte(c))
		start = i + 1
	}
	w.Write(src[start:])
	return len(src)
}
