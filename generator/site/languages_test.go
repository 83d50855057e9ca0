package site

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/followup/followup/generator/diag"
)

// bilingual is a small site in English and Spanish; about.md is English only.
func bilingual(extra string) fstest.MapFS {
	page := func(title, body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\n---\n" + body + "\n")}
	}
	return fstest.MapFS{
		"followup.toml":          {Data: []byte("title = 'Guide'\n" + extra + "\n[languages.en]\nweight = 1\n[languages.es]\nweight = 2\nname = 'Español'\n")},
		"content/_index.md":      page("Home", "Hello."),
		"content/_index.es.md":   page("Inicio", "Hola."),
		"content/about.md":       page("About", "Us."),
		"content/guides/a.md":    page("A", "See [about](../about.md)."),
		"content/es/guides/a.md": page("A es", "Mira [about](../about.md)."),
	}
}

// TestTranslationsCheck: the default language's pages without a Spanish
// version are listed always, and reported as [checks] translations says;
// the Spanish link to about.md leads to the English page with a warning.
func TestTranslationsCheck(t *testing.T) {
	const (
		crossLink    = `content/es/guides/a.md:4: warning: link "../about.md": not translated into es: it leads to the en page, content/about.md; translate that page, or link to one es has [link_language]`
		untranslated = "content/about.md: not translated into es (Español): add content/es/about.md, or content/about.es.md beside it"
	)
	tests := []struct {
		checks string
		err    string   // "" for a build that succeeds
		warns  []string // its warnings
	}{
		{"", "", []string{crossLink}},
		{"[checks]\ntranslations = 'warning'\n", "", []string{"content/about.md: warning: not translated into es (Español): add content/es/about.md, or content/about.es.md beside it [translations]", crossLink}},
		{"[checks]\ntranslations = 'error'\n", untranslated, nil},
	}
	for _, tt := range tests {
		r, err := Generate(context.Background(), bilingual(tt.checks), Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}, &memSink{})
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: error %v, want %q", tt.checks, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.checks, err)
			continue
		}
		var warns []string
		for _, w := range r.Warnings {
			warns = append(warns, w.Warning())
		}
		if !slices.Equal(warns, tt.warns) {
			t.Errorf("%q: warnings\n%s\nwant\n%s", tt.checks, strings.Join(warns, "\n"), strings.Join(tt.warns, "\n"))
		}
		if len(r.Untranslated) != 1 || r.Untranslated[0].Kind != diag.Translations || r.Untranslated[0].Error() != untranslated {
			t.Errorf("%q: Untranslated = %v, want %s", tt.checks, r.Untranslated, untranslated)
		}
	}
}

// TestLanguagesClash: an output of the default language under a folder
// named after another language's code clashes with that language's.
func TestLanguagesClash(t *testing.T) {
	src := bilingual("")
	src["content/es.md"] = &fstest.MapFile{Data: []byte("---\ntitle: X\nurl: /es/\n---\n")}
	_, err := Generate(context.Background(), src, Options{}, &memSink{})
	if err == nil || !strings.Contains(err.Error(), "two outputs claim /es/index.html") {
		t.Errorf("Generate = %v, want a clash on /es/index.html", err)
	}
}

// TestBuilderLanguages: a Builder of a multilingual site writes what
// Generate writes, after edits too.
func TestBuilderLanguages(t *testing.T) {
	src := t.TempDir()
	for name, f := range bilingual("") {
		full := filepath.Join(src, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	root, _ := os.OpenRoot(src)
	defer root.Close()
	dest := filepath.Join(t.TempDir(), "public")
	opts := Options{SiteName: "x", BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	b, err := NewBuilder(root.FS(), mustDest(t, dest), opts)
	if err != nil {
		t.Fatal(err)
	}
	for i, edit := range []string{"", "content/about.es.md", "content/es/guides/a.md"} {
		if edit != "" {
			os.WriteFile(filepath.Join(src, edit), []byte("---\ntitle: Edit\n---\nEdited.\n"), 0o644)
			b.Changed(edit)
		}
		if _, err := b.Build(context.Background()); err != nil {
			t.Fatalf("build %d: %v", i, err)
		}
		want := &memSink{}
		if _, err := Generate(context.Background(), root.FS(), opts, want); err != nil {
			t.Fatal(err)
		}
		if d := treeDiff(readTree(t, dest), texts(want.files)); d != "" {
			t.Errorf("build %d (after %s): Builder differs from Generate: %s", i, edit, d)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "es/about/index.html")); err != nil {
		t.Errorf("es/about/ not written after content/about.es.md was added: %v", err)
	}
}

// TestLanguageRules: a language other than the default needs the
// calculator's texts in its language, and its calendar must be one the
// holidays package knows.
func TestLanguageRules(t *testing.T) {
	rules, err := os.ReadFile("../../data/timeline.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ extra, want string }{
		{"", "data/timeline.toml: the calculator has no texts in es: add data/timeline.es.toml, with the texts of data/timeline.toml translated (the numbers stay in data/timeline.toml)"},
		{"calendar = 'mars'\n", `followup.toml:8: languages.es.calendar: unknown holiday calendar "mars"`},
	}
	for _, tt := range tests {
		src := bilingual("")
		src["followup.toml"].Data = append(src["followup.toml"].Data, tt.extra...)
		src["data/timeline.toml"] = &fstest.MapFile{Data: rules}
		if tt.extra != "" {
			es, err := os.ReadFile("../../data/timeline.es.toml")
			if err != nil {
				t.Fatal(err)
			}
			src["data/timeline.es.toml"] = &fstest.MapFile{Data: es}
		}
		_, err := Generate(context.Background(), src, Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}, &memSink{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %s", tt.extra, err, tt.want)
		}
	}
}
