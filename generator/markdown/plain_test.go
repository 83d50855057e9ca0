package markdown

import "testing"

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Send it **now**, or _soon_.", "Send it now, or soon."},
		{"See [the guide](guides/a.md#b) and <https://x.example>.", "See the guide and https://x.example."},
		{"Use `a*b` \\*literally\\* &amp; &#233;", "Use a*b *literally* & é"},
		{"one\ntwo", "one two"},
		{"a <b>bold</b> move", "a bold move"},
	}
	for _, tt := range tests {
		if got := PlainText(tt.in); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
