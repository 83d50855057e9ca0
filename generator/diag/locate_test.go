package diag

import (
	"fmt"
	"testing"
)

// TestLocate: Locate sets the path and shifts the line, and the earlier
// line a message names with FirstAt with it.
func TestLocate(t *testing.T) {
	tests := []struct {
		in     *Error
		offset int
		want   string
	}{
		{&Error{Line: 2, Msg: "bad"}, 1, "a.md:3: bad"},
		{&Error{Line: 2, Msg: fmt.Sprintf("key %q is set twice (%s); keep one", "title", FirstAt(1)), Earlier: 1}, 1, `a.md:3: key "title" is set twice (first at line 2); keep one`},
		{&Error{Line: 2, Msg: fmt.Sprintf("key %q is set twice (%s); keep one", "title", FirstAt(1)), Earlier: 1}, 0, `a.md:2: key "title" is set twice (first at line 1); keep one`},
		{&Error{Path: "b.md", Line: 2, Msg: "x " + FirstAt(1), Earlier: 1}, 5, "b.md:2: x first at line 1"},
	}
	for _, tt := range tests {
		if got := Locate(tt.in, "a.md", tt.offset).Error(); got != tt.want {
			t.Errorf("Locate(%q, %d) = %q, want %q", tt.in.Msg, tt.offset, got, tt.want)
		}
	}
}
