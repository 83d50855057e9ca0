package markdown

import "testing"

// TestTitle: the title a page takes from its first heading is that
// heading's text as the page shows it.
func TestTitle(t *testing.T) {
	tests := []struct{ body, want string }{
		{"# The thank-you email\n\nText.\n", "The thank-you email"},
		{"\n\n# After blank lines\n", "After blank lines"},
		{"# Hello *world* {#greet}\n", "Hello world"},
		{"# Don't wait -- call\n", "Don’t wait – call"},
		{"# Closed ATX #\n", "Closed ATX"},
		{"Setext title\n============\n\nText.\n", "Setext title"},
		{"# CRLF title\r\n\r\nText.\r\n", "CRLF title"},
		{"    # indented code, not a heading\n", ""},
		{"## Level two\n", ""},
		{"Text first.\n\n# Later heading\n", ""},
		{"", ""},
		{"\n  \n", ""},
	}
	for _, tt := range tests {
		if got := Title([]byte(tt.body)); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}
