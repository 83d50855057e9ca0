package frontmatter

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
)

// TestDetect: front matter is found as Hugo finds it, after a byte order
// mark and blank lines, in YAML, TOML or JSON, with LF or CRLF, and the
// body keeps the file's lines.
func TestDetect(t *testing.T) {
	tests := []struct {
		name, src string
		format    Format
		title     string
		bodyLine  int // the line of "Body" in the file
	}{
		{"yaml", "---\ntitle: Y\n---\nBody\n", YAML, "Y", 4},
		{"toml after blank lines", "\n\n+++\ntitle = \"T\"\n+++\nBody\n", TOML, "T", 6},
		{"yaml after spaces and a BOM", "\xef\xbb\xbf  \n---\ntitle: Y\n---\n\nBody\n", YAML, "Y", 6},
		{"crlf", "\r\n---\r\ntitle: Y\r\n---\r\nBody\r\n", YAML, "Y", 5},
		{"json", "{\n  \"title\": \"J\",\n\t\"weight\": 2\n}\nBody\n", JSON, "J", 5},
		{"json on one line", "{\"title\":\"J\"}\n\nBody\n", JSON, "J", 3},
		{"json after blank lines, crlf", "\r\n{\r\n \"title\": \"J\"\r\n}\r\nBody\r\n", JSON, "J", 5},
		{"a shortcode first is not front matter", "{{< note >}}\nBody\n", None, "", 2},
		{"braces in text are not front matter", "{curly} text\n\nBody\n", None, "", 3},
		{"a rule after text is not front matter", "Text\n\n---\ntitle: no\n---\nBody\n", None, "", 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tt.format || doc.Front.Title != tt.title {
				t.Errorf("Parse = format %d, title %q; want %d, %q", doc.Format, doc.Front.Title, tt.format, tt.title)
			}
			if got := lineOf(doc.Body, "Body"); got != tt.bodyLine {
				t.Errorf("Body is on line %d of the body, want %d (the file's)", got, tt.bodyLine)
			}
		})
	}
}

func TestDetectErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"unclosed after blank lines", "\n\n---\ntitle: x\n", 3, "front matter opened with --- is never closed"},
		{"bad json", "{\n  \"title\": \"J\",\n  \"weight\" 2\n}\n", 3, "invalid JSON front matter"},
		{"text after the json", "{\"title\": \"J\"} Body\n", 1, "must end its line with the }"},
		{"an unknown key's line after blank lines", "\n\n---\ntitle: x\ncolour: red\n---\n", 5, `unknown key "colour"`},
		{"a json key's line", "\n{\n \"title\": \"J\",\n \"weight\": \"heavy\"\n}\n", 4, "weight must be a whole number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src))
			errs := diag.Errors(err)
			if len(errs) == 0 || errs[0].Line != tt.line || !strings.Contains(errs[0].Msg, tt.msg) {
				t.Errorf("Parse error = %v, want line %d with %q", err, tt.line, tt.msg)
			}
		})
	}
}

// lineOf returns the 1-based line of the first s in b, 0 if absent.
func lineOf(b []byte, s string) int {
	i := bytes.Index(b, []byte(s))
	if i < 0 {
		return 0
	}
	return 1 + bytes.Count(b[:i], []byte("\n"))
}

// FuzzDetect writes one title as YAML, TOML or JSON front matter, after a
// byte order mark or not and some blank lines, with LF, CRLF or CR line
// breaks, before a body: with LF and CRLF the title must come back as
// written and the body stay on its line; with any input, errors must stay
// within the file.
func FuzzDetect(f *testing.F) {
	f.Add("Thank you", uint8(0), uint8(0), false, uint8(0))
	f.Add("Café: \"quoted\" \\ back", uint8(1), uint8(2), true, uint8(1))
	f.Add("{ braces }", uint8(2), uint8(1), false, uint8(1))
	f.Add("---", uint8(0), uint8(3), true, uint8(2))
	f.Fuzz(func(t *testing.T, title string, format, blank uint8, bom bool, breaks uint8) {
		if !utf8.ValidString(title) || strings.ContainsRune(title, 0) {
			return
		}
		quoted, _ := json.Marshal(title)
		var front string
		switch format % 3 {
		case 0:
			front = "---\ntitle: " + escapeControls(quoted) + "\n---\n"
		case 1:
			front = "+++\ntitle = " + escapeControls(quoted) + "\n+++\n"
		case 2: // raw, as JSON allows
			front = "{\n  \"title\": " + string(quoted) + "\n}\n"
		}
		src := strings.Repeat("\n", int(blank%4)) + front + "\nBody text\n"
		nl := []string{"\n", "\r\n", "\r"}[breaks%3]
		src = strings.ReplaceAll(src, "\n", nl)
		if bom {
			src = "\xef\xbb\xbf" + src
		}
		doc, err := Parse([]byte(src))
		lines := strings.Count(src, "\n") + 1
		for _, e := range diag.Errors(err) {
			if e.Msg == "" || e.Line < 0 || e.Line > max(lines, strings.Count(src, nl)+1) {
				t.Fatalf("error %+v outside the file %q", e, src)
			}
		}
		if err != nil {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		if doc.Front.Title != title {
			t.Fatalf("title = %q, want %q from %q", doc.Front.Title, title, src)
		}
		if got, want := lineOf(doc.Body, "Body text"), lineOf(decode.LineFeeds([]byte(strings.TrimPrefix(src, "\xef\xbb\xbf"))), "Body text"); got != want {
			t.Fatalf("body text on line %d, want %d, in %q", got, want, src)
		}
	})
}

// escapeControls escapes, in a JSON string, the characters YAML and TOML
// refuse raw (DEL, C1 controls, U+FFFE and U+FFFF), as both write them.
func escapeControls(quoted []byte) string {
	var b strings.Builder
	for _, r := range string(quoted) {
		if r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == 0xfffe || r == 0xffff {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
