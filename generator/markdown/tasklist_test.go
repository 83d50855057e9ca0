package markdown

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTaskItemIDs: item ids come from the first words of the item, at
// most 40 bytes, cut at a hyphen, and never within a letter.
func TestTaskItemIDs(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Send it within 24 hours", "send-it-within-24-hours"},
		{"Recall one specific thing you talked about in the room", "recall-one-specific-thing-you-talked"},
		{"ありがとうございますメールを送る", ""}, // no hyphen: cut at 40 bytes, on a letter boundary
	}
	for _, tt := range tests {
		got := itemSlug(tt.text)
		if !utf8.ValidString(got) || len(got) > 40 {
			t.Errorf("itemSlug(%q) = %q: not valid UTF-8 or longer than 40 bytes", tt.text, got)
		}
		if tt.want != "" && got != tt.want {
			t.Errorf("itemSlug(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	res, err := New(Options{}).Convert([]byte("- [ ] ありがとうございますメールを送る\n"), &Context{})
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(res.HTML) || !strings.Contains(res.HTML, "ありがとう") {
		t.Errorf("converted task list is not valid UTF-8: %q", res.HTML)
	}
}
