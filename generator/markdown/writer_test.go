package markdown

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/yuin/goldmark/renderer/html"
)

// writeWith is what w's Write (raw: RawWrite) writes for src.
func writeWith(w html.Writer, src []byte, raw bool) string {
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	if raw {
		w.RawWrite(bw, src)
	} else {
		w.Write(bw, src)
	}
	bw.Flush()
	return b.String()
}

var writerCases = []string{
	"", "plain text", `a < b > c "d" & e`, "\x00", "a\x00b",
	`\*not emphasis\*`, `a \ b`, `\\`, `\`, `ends with \`, `\a`, `\ `,
	"&amp; &lt; &copy; &nosuch; &#35; &#x23; &#X23; &#1234567; &#xFFFFFFF; &#0; &", "&#", "&#x", "&#;", "&am",
	"caf\u00e9 \u2014 \u201cquoted\u201d", "\xff\xfe invalid", "x&y\\<z",
}

// TestTextWriter: the writer writes what goldmark's default writer does.
func TestTextWriter(t *testing.T) {
	for _, src := range writerCases {
		for _, raw := range []bool{false, true} {
			if got, want := writeWith(textWriter{}, []byte(src), raw), writeWith(html.DefaultWriter, []byte(src), raw); got != want {
				t.Errorf("raw %v, %q: wrote %q, goldmark writes %q", raw, src, got, want)
			}
		}
	}
}

// FuzzTextWriter: the same for any bytes.
func FuzzTextWriter(f *testing.F) {
	for _, s := range writerCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, raw := range []bool{false, true} {
			if got, want := writeWith(textWriter{}, src, raw), writeWith(html.DefaultWriter, src, raw); got != want {
				t.Errorf("raw %v, %q: wrote %q, goldmark writes %q", raw, src, got, want)
			}
		}
	})
}
