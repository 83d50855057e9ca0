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
	{"one past the limit", "a\n\n" + strings.Repeat("(", 101) + "\n", 3},
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
		strings.Repeat("[a](b) ", 200) + "\n", // many brackets, never deep
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

// BenchmarkCheckNesting: a page like the benchmark corpus's (a few
// links in long paragraphs, headings, short list items).
func BenchmarkCheckNesting(b *testing.B) {
	para := strings.Repeat("Whenever possible, keep a running list of your wins, as covered in [a guide](/x/a-guide/). ", 6)
	page := []byte(strings.Repeat("## Heading\n\n"+para+"\n\n- an item\n- another item\n\n", 8))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if err := checkNesting(page); err != nil {
			b.Fatal(err)
		}
	}
}
