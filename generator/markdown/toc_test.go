package markdown

import (
	"fmt"
	"testing"
)

func TestNest(t *testing.T) {
	toc := []Heading{{3, "early", "Early"}, {2, "one", "One"}, {3, "a", "a"}, {3, "b", "b"}, {2, "two", "Two"}, {3, "c", "c"}}
	got := fmt.Sprint(Nest(toc))
	want := "[{{3 early Early} []} {{2 one One} [{{3 a a} []} {{3 b b} []}]} {{2 two Two} [{{3 c c} []}]}]"
	if got != want {
		t.Errorf("Nest = %s, want %s", got, want)
	}
}
