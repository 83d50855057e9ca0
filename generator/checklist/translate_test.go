package checklist

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadLangShipped reads the shipped checklists in Spanish: the same ids
// and item ids (so ticks line up), Spanish texts, the same links.
func TestLoadLangShipped(t *testing.T) {
	fsys := os.DirFS("../..")
	en, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	es, err := LoadLang(fsys, "es")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(es.IDs(), " ") != strings.Join(en.IDs(), " ") {
		t.Fatalf("Spanish ids %v, English %v", es.IDs(), en.IDs())
	}
	for i, c := range es.Lists {
		o := en.Lists[i]
		if c.Source != "checklists/"+c.ID+".es.yaml" || c.Title == o.Title {
			t.Errorf("%s: source %q, title %q", c.ID, c.Source, c.Title)
		}
		for j, it := range c.Items {
			if it.ID != o.Items[j].ID || it.Link != o.Items[j].Link || it.Text == o.Items[j].Text {
				t.Errorf("%s item %d: %q %q %q", c.ID, j, it.ID, it.Link, it.Text)
			}
		}
	}
}

func TestTranslateErrors(t *testing.T) {
	orig := "id: a\ntitle: A\nintro: Hi\nitems:\n  - id: one\n    text: One\n    hint: H\n    link: guides/a.md\n  - id: two\n    text: Two\n"
	tests := []struct {
		name, src, want string
	}{
		{"fine", "id: a\ntitle: Á\nintro: Hola\nitems:\n  - id: one\n    text: Uno\n    hint: P\n  - id: two\n    text: Dos\n", ""},
		{"an item missing", "id: a\ntitle: Á\nintro: Hola\nitems:\n  - id: one\n    text: Uno\n    hint: P\n",
			`checklists/a.es.yaml:4: item "two" of the original checklist has no translation: add it with its text`},
		{"an extra item", "id: a\ntitle: Á\nintro: Hola\nitems:\n  - id: one\n    text: Uno\n    hint: P\n  - id: two\n    text: Dos\n  - id: three\n    text: Tres\n",
			`checklists/a.es.yaml:10: item "three" is not in the original checklist checklists/a.yaml: remove it`},
		{"another order", "id: a\ntitle: Á\nintro: Hola\nitems:\n  - id: two\n    text: Dos\n  - id: one\n    text: Uno\n    hint: P\n",
			`checklists/a.es.yaml:5: item 1 is "two", but the original's item 1 is "one": use the same item ids in the same order`},
		{"a hint missing", "id: a\ntitle: Á\nintro: Hola\nitems:\n  - id: one\n    text: Uno\n  - id: two\n    text: Dos\n",
			`checklists/a.es.yaml:5: item one: hint is missing: translate the original's "H"`},
		{"an extra hint", "id: a\ntitle: Á\nintro: Hola\nitems:\n  - id: one\n    text: Uno\n    hint: P\n  - id: two\n    text: Dos\n    hint: Q\n",
			`checklists/a.es.yaml:8: item two: hint is not in the original checklist checklists/a.yaml: remove it`},
		{"another id", "id: b\ntitle: Á\nitems:\n  - id: one\n    text: Uno\n",
			`checklists/a.es.yaml:1: checklist id "b" must equal the file name "a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"checklists/a.yaml": {Data: []byte(orig)}, "checklists/a.es.yaml": {Data: []byte(tt.src)}}
			s, err := LoadLang(fsys, "es")
			got := ""
			if err != nil {
				got = err.Error()
			}
			if !strings.HasPrefix(got, tt.want) || (tt.want == "") != (got == "") {
				t.Errorf("LoadLang error =\n%s\nwant\n%s", got, tt.want)
			}
			if tt.want == "" {
				c, _ := s.Get("a")
				if c.Items[0].Link != "guides/a.md" || c.Items[0].Text != "Uno" {
					t.Errorf("item one = %+v, want the original's link and the Spanish text", c.Items[0])
				}
			}
		})
	}
}

// TestTranslationFiles: Load skips translations, reports one without its
// original, and LoadLang reports an original without its translation.
func TestTranslationFiles(t *testing.T) {
	list := []byte("id: a\ntitle: A\nitems:\n  - id: one\n    text: One\n")
	s, err := Load(fstest.MapFS{"checklists/a.yaml": {Data: list}, "checklists/a.es.yaml": {Data: list}})
	if err != nil || len(s.Lists) != 1 {
		t.Errorf("Load with a translation: %d lists, %v", len(s.Lists), err)
	}
	_, err = Load(fstest.MapFS{"checklists/b.es.yaml": {Data: list}})
	if err == nil || err.Error() != `checklists/b.es.yaml:1: a translation (into "es") of checklists/b.yaml, which does not exist: add the original, or rename this file` {
		t.Errorf("a translation without its original: %v", err)
	}
	_, err = LoadLang(fstest.MapFS{"checklists/a.yaml": {Data: list}}, "es")
	if err == nil || !strings.HasPrefix(err.Error(), `checklists/a.yaml:1: checklist "a" has no translation into "es": add checklists/a.es.yaml`) {
		t.Errorf("an original without its translation: %v", err)
	}
}
