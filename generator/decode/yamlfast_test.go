package decode

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"
)

// sameTree compares what the decoder reads of two trees: kinds, tags,
// values, styles, lines and children.
func sameTree(a, b *yaml.Node) error {
	if (a == nil) != (b == nil) {
		return fmt.Errorf("one tree is empty: %v, %v", a, b)
	}
	if a == nil {
		return nil
	}
	if a.Kind != b.Kind || a.Tag != b.Tag || a.Value != b.Value || a.Line != b.Line || a.Style&^yaml.FlowStyle != b.Style&^yaml.FlowStyle || (a.Style&yaml.FlowStyle) != (b.Style&yaml.FlowStyle) || len(a.Content) != len(b.Content) {
		return fmt.Errorf("fast %+v\nlibrary %+v", *a, *b)
	}
	for i := range a.Content {
		if err := sameTree(a.Content[i], b.Content[i]); err != nil {
			return err
		}
	}
	return nil
}

func libraryTree(t *testing.T, src []byte) (*yaml.Node, bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, false
	}
	if len(doc.Content) == 0 {
		return nil, true
	}
	return doc.Content[0], true
}

func checkFast(t *testing.T, src string) (accepted bool) {
	t.Helper()
	fast, ok := simpleYAML([]byte(src))
	if !ok {
		return false
	}
	lib, libOK := libraryTree(t, []byte(src))
	if !libOK {
		t.Fatalf("the fast path accepted %q, which yaml.v3 rejects", src)
	}
	if err := sameTree(fast, lib); err != nil {
		t.Fatalf("trees differ for %q:\n%v", src, err)
	}
	return true
}

func TestSimpleYAMLMatchesLibrary(t *testing.T) {
	accepted := []string{
		"title: The thank-you email\nweight: 30\ndraft: false\ndate: 2026-11-20\ntags: [email, timing]\n",
		"title: \"Quoted: with colon\"\ndescription: 'single quoted'\n",
		"# a comment\n\ntitle: A\r\nweight: 0\r\n",
		"tags: []\nsummary: A plain text with 'quotes' and \"doubles\" and a#hash\n",
		"title: Zoë's café — notes\n",
		"aliases: [old/thanks/, \"x y\"]\n",
		"",
	}
	declined := []string{
		"title: yes\n", "title: null\n", "weight: 007\n", "weight: -3\n", "weight: 1.5\n", "date: 2026-02-30\n",
		"title: a: b\n", "title: x #comment\n", "extra:\n  a: b\n", "title: |\n  block\n", "title: &a x\n",
		"title: \"esc\\\"aped\"\n", "tags: [a, [b]]\n", "tags: [a,]\n", "title:\n", " title: indented\n",
		"title: 2026-11-20T10:00:00Z\n", "title: 7 ways\n", "title: \"unclosed\n", "title:x\n", "title: x\ttab\n",
	}
	for _, src := range accepted {
		if !checkFast(t, src) {
			t.Errorf("the fast path declined %q", src)
		}
	}
	for _, src := range declined {
		if _, ok := simpleYAML([]byte(src)); ok {
			t.Errorf("the fast path accepted %q, which it must leave to yaml.v3", src)
		}
	}
}

// TestSimpleYAMLOnRealFrontMatter runs the comparison on every front
// matter of the shipped guide and, when present, the benchmark corpus.
func TestSimpleYAMLOnRealFrontMatter(t *testing.T) {
	dirs := []string{"../../content", os.Getenv("FOLLOWUP_CORPUS")}
	n, fast := 0, 0
	for _, dir := range dirs {
		if dir == "" {
			continue
		}
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
				return nil
			}
			data, _ := os.ReadFile(p)
			s := string(data)
			if !strings.HasPrefix(s, "---\n") {
				return nil
			}
			end := strings.Index(s[4:], "\n---")
			if end < 0 {
				return nil
			}
			n++
			if checkFast(t, s[4:4+end+1]) {
				fast++
			}
			return nil
		})
	}
	t.Logf("%d of %d front matters took the fast path", fast, n)
	if n > 0 && fast == 0 {
		t.Error("no real front matter took the fast path")
	}
}

func FuzzSimpleYAML(f *testing.F) {
	for _, s := range []string{"title: A\nweight: 3\n", "tags: [a, 'b', \"c\"]\n", "date: 2026-11-20\ndraft: true\n", "a: b: c\n", "t: \"x\"y\"\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkFast(t, src)
	})
}
