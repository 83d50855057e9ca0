package markdown

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkHighlight colours the code blocks in testdata/highlight, one
// per language the guides use (the file name's second extension: Go,
// Python, YAML, JSON and plain text), as a page's fenced blocks are: the
// lexers' regular expressions (chroma, on dlclark/regexp2) are most of it.
func BenchmarkHighlight(b *testing.B) {
	files, err := filepath.Glob("testdata/highlight/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no samples in testdata/highlight", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lang := filepath.Ext(strings.TrimSuffix(filepath.Base(f), ".txt"))[1:]
		if lang == "py" {
			lang = "python"
		}
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Highlight(io.Discard, string(src), lang)
			}
		})
	}
}

// TestHighlightColours: each sample is coloured by its language's lexer
// (classes of chroma's tokens), not written out as plain text.
func TestHighlightColours(t *testing.T) {
	for _, c := range []struct{ file, lang, want string }{
		{"tracker.go.txt", "go", `<span class="kn">package</span>`},
		{"offer.py.txt", "python", `<span class="k">def</span>`},
		{"plan.yaml.txt", "yaml", `<span class="nt">monday</span>`},
		{"contact.json.txt", "json", `<span class="nt">&#34;name&#34;</span>`},
	} {
		src, err := os.ReadFile(filepath.Join("testdata/highlight", c.file))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		Highlight(&b, string(src), c.lang)
		if !strings.Contains(b.String(), c.want) {
			t.Errorf("%s: no %s in\n%.400s", c.file, c.want, b.String())
		}
	}
}
