package view

import (
	"fmt"
	"html/template"
	"strings"
)

// Words that a stylesheet writes (CSS content, such as a checklist's
// progress line "3 of 7 done" drawn with counters) come from the string
// files like any other: the layout's <style> writes them with counter and
// cssContent,
//
//	content: {{T "checklist.progress" "Done" (counter "done") "Total" (counter "total") | cssContent}};
//
// which, for the string "{{ .Done }} of {{ .Total }} done", is
// counter(done) " of " counter(total) " done". The string says where each
// counter goes, so a language puts them in its own order.

// Counter is a CSS counter given to T as a value: it prints as a mark that
// cssContent turns into counter(name).
type Counter string

// String returns the mark of the counter.
func (c Counter) String() string { return counterMark + string(c) + counterMark }

// counterMark brackets a counter's name in a string: a character no string
// file holds.
const counterMark = "\x00"

// cssContent returns text with Counter marks in it as the value of a CSS
// content property: each piece of text a CSS string, each counter
// counter(name). A counter whose name is not a CSS identifier of letters,
// digits and hyphens is left out.
func cssContent(text string) template.CSS {
	var parts []string
	for i, piece := range strings.Split(text, counterMark) {
		switch {
		case i%2 == 1 && cssIdent(piece):
			parts = append(parts, "counter("+piece+")")
		case i%2 == 0 && piece != "":
			parts = append(parts, cssString(piece))
		}
	}
	if len(parts) == 0 {
		return `""`
	}
	return template.CSS(strings.Join(parts, " "))
}

// cssIdent reports whether s is a counter name cssContent writes.
func cssIdent(s string) bool {
	if s == "" || s[0] == '-' || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// cssString quotes s as a CSS string that cannot end the string or the
// <style> element it is in: quotes, backslashes, angle brackets and
// control characters are written as escapes.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\%x ", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
