package markdown

import (
	"strings"
	"testing"

	"github.com/followup/followup/generator/diag"
)

// deep are the inputs that took the parser 35 to 45 s, and their like.
var deep = []struct {
	name, src string
	line      int
}{
	{"nested list markers", "# Deep\n\n" + strings.Repeat("- ", 64_000) + "x\n", 3},
	{"nested block quotes", "Intro\n\n" + strings.Repeat(">", 200_000) + " x\n", 3},
	{"nested quotes and lists", strings.Repeat("> 1. ", 101) + "x\n", 1},
	{"links within links", "a\n" + strings.Repeat("[a](", 100_000) + "\n", 2},
}

func TestNestingRefused(t *testing.T) {
	c := New(Options{})
	for _, d := range deep {
		_, err := c.Convert([]byte(d.src), nil)
		errs := diag.Errors(err)
		if len(errs) != 1 || errs[0].Line != d.line || !strings.Contains(errs[0].Msg, "more than the 100 it may: flatten it") {
			t.Errorf("%s: %v, want one error at line %d saying how deep it may nest", d.name, err, d.line)
		}
	}
}

func TestNestingAllowed(t *testing.T) {
	c := New(Options{})
	for _, src := range []string{
		strings.Repeat("> ", 100) + "quote\n",
		strings.Repeat("- ", 100) + "item\n",
		strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n",
		"```lisp\n" + strings.Repeat("(", 500) + "\n```\n",
		"`" + strings.Repeat("(", 500) + "`\n",
		strings.Repeat(`\(`, 500) + "\n",
		"***\n- - -\n1) one\n2. two\n",
	} {
		if _, err := c.Convert([]byte(src), nil); err != nil {
			t.Errorf("Convert(%.40q): %v, want it converted", src, err)
		}
	}
}

// BenchmarkNesting: each input that nested too deep, refused (they took
// 35 to 45 s to parse).
func BenchmarkNesting(b *testing.B) {
	c := New(Options{})
	for _, d := range deep {
		b.Run(d.name, func(b *testing.B) {
			for b.Loop() {
				c.Convert([]byte(d.src), nil)
			}
		})
	}
}
