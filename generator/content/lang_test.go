package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestLanguages(t *testing.T) {
	page := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\n---\nText.\n")}
	}
	fsys := fstest.MapFS{
		"content/_index.md":           page("Home"),
		"content/_index.es.md":        page("Inicio"),
		"content/about.md":            page("About"),
		"content/guides/_index.md":    page("Guides"),
		"content/guides/call.md":      page("Call"),
		"content/guides/call.es.md":   page("Llamada"),
		"content/guides/chart.png":    {Data: []byte("png")},
		"content/es/guides/email.md":  page("Correo"),
		"content/es/guides/chart.png": {Data: []byte("png")},
		"content/es/x.en.md":          page("Nowhere"),
		"content/fr/a.md":             page("Français"),
		"content/es.md":               page("Spanish, a page about it"),
	}
	codes := []string{"en", "es"}
	tests := []struct {
		lang         Language
		pages, files string // File=Source of each page, by file; File=Source of each file
	}{
		{Language{Code: "en", Default: true, Codes: codes},
			"_index.md=content/_index.md about.md=content/about.md es.md=content/es.md fr/_index.md= fr/a.md=content/fr/a.md guides/_index.md=content/guides/_index.md guides/call.md=content/guides/call.md",
			"guides/chart.png=content/guides/chart.png"},
		{Language{Code: "es", Codes: codes},
			"_index.md=content/_index.es.md guides/_index.md= guides/call.md=content/guides/call.es.md guides/email.md=content/es/guides/email.md",
			"guides/chart.png=content/es/guides/chart.png"},
	}
	for _, tt := range tests {
		s, err := Load(fsys, Options{Language: &tt.lang, BuildDate: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatalf("%s: %v", tt.lang.Code, err)
		}
		var pages, files []string
		for _, p := range s.Pages {
			pages = append(pages, p.File+"="+p.Source)
		}
		for _, f := range s.Files {
			files = append(files, f+"="+s.FileSource(f))
		}
		slices.Sort(pages)
		if got := strings.Join(pages, " "); got != tt.pages {
			t.Errorf("%s: pages\n got %s\nwant %s", tt.lang.Code, got, tt.pages)
		}
		if got := strings.Join(files, " "); got != tt.files {
			t.Errorf("%s: files %s, want %s", tt.lang.Code, got, tt.files)
		}
	}
}

func TestTranslationKeys(t *testing.T) {
	fsys := fstest.MapFS{
		"content/a.es.md": {Data: []byte("---\ntitle: A\ntranslationKey: k\n---\n")},
		"content/b.es.md": {Data: []byte("---\ntitle: B\n\ntranslationKey: k\n---\n")},
		"content/c.md":    {Data: []byte("---\ntitle: C\ntranslationKey: k\n---\n")},
	}
	_, err := Load(fsys, Options{Language: &Language{Code: "es", Codes: []string{"en", "es"}}})
	want := `content/a.es.md:3: translationKey "k" is also the key of content/b.es.md, in the same language: give each page of a language its own key
content/b.es.md:4: translationKey "k" is also the key of content/a.es.md, in the same language: give each page of a language its own key`
	if err == nil || err.Error() != want {
		t.Errorf("two pages of es with one key: %v\nwant %s", err, want)
	}
	s, err := Load(fsys, Options{Language: &Language{Code: "en", Default: true, Codes: []string{"en", "es"}}})
	if err != nil || s.ByFile["c.md"].TranslationKey() != "key:k" {
		t.Errorf("en: %v, key %q", err, s.ByFile["c.md"].TranslationKey())
	}
}
