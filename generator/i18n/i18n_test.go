package i18n

import (
	"strings"
	"testing"
	"testing/fstest"
)

const themeEN = `"nav.skip" = "Skip to content"
[footer]
tags = "All topics"
["checklist.items"]
one = "{{ .Count }} item"
other = "{{ .Count }} items"
["checklist.progress"]
other = "{{ .Count }} of {{ .Total }} done"
`

const themeES = `"nav.skip" = "Saltar al contenido"
[footer]
tags = "Todos los temas"
["checklist.items"]
one = "{{ .Count }} elemento"
other = "{{ .Count }} elementos"
["checklist.progress"]
other = "{{ .Count }} de {{ .Total }} hechos"
`

const themePL = `"nav.skip" = "Przejdź do treści"
[footer]
tags = "Wszystkie tematy"
["checklist.items"]
one = "{{ .Count }} punkt"
few = "{{ .Count }} punkty"
many = "{{ .Count }} punktów"
other = "{{ .Count }} punktu"
["checklist.progress"]
other = "{{ .Count }} z {{ .Total }}"
`

func load(t *testing.T, ref string, theme, site fstest.MapFS) (*Catalog, error) {
	t.Helper()
	return Load(ref, Source{FS: theme, Display: "themes/default/"}, Source{FS: site})
}

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func TestT(t *testing.T) {
	theme := fstest.MapFS{"i18n/en.toml": file(themeEN), "i18n/es.toml": file(themeES), "i18n/pl.toml": file(themePL)}
	site := fstest.MapFS{"i18n/en.toml": file("[footer]\ntags = \"Every topic\"\n")}
	c, err := load(t, "en", theme, site)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tag, key string
		args     []any
		want     string
	}{
		{"en", "nav.skip", nil, "Skip to content"},
		{"en-GB", "nav.skip", nil, "Skip to content"},
		{"en", "footer.tags", nil, "Every topic"}, // the site's override
		{"es", "footer.tags", nil, "Todos los temas"},
		{"es-ES", "nav.skip", nil, "Saltar al contenido"},
		{"EN", "nav.skip", nil, "Skip to content"},
		{"en", "checklist.items", []any{1}, "1 item"},
		{"en", "checklist.items", []any{0}, "0 items"},
		{"en", "checklist.items", []any{7}, "7 items"},
		{"es", "checklist.items", []any{1}, "1 elemento"},
		{"es", "checklist.items", []any{2}, "2 elementos"},
		{"es", "checklist.items", []any{0}, "0 elementos"},
		{"pl", "checklist.items", []any{1}, "1 punkt"},
		{"pl", "checklist.items", []any{2}, "2 punkty"},
		{"pl", "checklist.items", []any{4}, "4 punkty"},
		{"pl", "checklist.items", []any{5}, "5 punktów"},
		{"pl", "checklist.items", []any{12}, "12 punktów"},
		{"pl", "checklist.items", []any{22}, "22 punkty"},
		{"pl", "checklist.items", []any{25}, "25 punktów"},
		{"en", "checklist.progress", []any{3, "Total", 7}, "3 of 7 done"},
		{"es", "checklist.progress", []any{"Count", 3, "Total", 7}, "3 de 7 hechos"},
		{"en", "checklist.progress", []any{map[string]any{"Count": 1, "Total": 2}}, "1 of 2 done"},
		{"en", "checklist.items", []any{map[string]any{"Count": 1}}, "1 item"},
	}
	for _, tt := range tests {
		s, err := c.For(tt.tag)
		if err != nil {
			t.Fatalf("For(%q): %v", tt.tag, err)
		}
		got, err := s.T(tt.key, tt.args...)
		if err != nil || got != tt.want {
			t.Errorf("For(%q).T(%q, %v) = %q, %v; want %q", tt.tag, tt.key, tt.args, got, err, tt.want)
		}
	}
}

func TestTErrors(t *testing.T) {
	theme := fstest.MapFS{"i18n/en.toml": file(themeEN)}
	c, err := load(t, "en", theme, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.For("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		args []any
		want string
	}{
		{"nav.skipp", nil, `no string "nav.skipp" in en: add "nav.skipp" = "..." to themes/default/i18n/en.toml`},
		{"checklist.progress", []any{3}, `themes/default/i18n/en.toml:8: the string "checklist.progress": `},
		{"checklist.progress", []any{3, "Total"}, `give names and values in pairs`},
		{"checklist.progress", []any{3, 4, 5}, `must be the name of the value after it`},
	}
	for _, tt := range tests {
		got, err := s.T(tt.key, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("T(%q, %v) = %q, %v; want an error with %q", tt.key, tt.args, got, err, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name        string
		theme, site fstest.MapFS
		tag         string // For this language, when Load succeeds
		want        []string
	}{
		{name: "malformed TOML", theme: fstest.MapFS{"i18n/en.toml": file("a = \"x\"\nb = \n")},
			want: []string{"themes/default/i18n/en.toml:2:"}},
		{name: "a number", theme: fstest.MapFS{"i18n/en.toml": file("a = \"x\"\nb = 3\n")},
			want: []string{`themes/default/i18n/en.toml:2: the string "b" must be text in quotation marks, or a table of plural forms (one, other, ...), not a number (3)`}},
		{name: "an unknown form", site: fstest.MapFS{"i18n/en.toml": file("[a]\none = \"x\"\nothers = \"y\"\n")},
			want: []string{`i18n/en.toml:3: "others" is not a plural form of the string "a"`, `i18n/en.toml:1: the string "a" has no "other" form`}},
		{name: "a bad template", theme: fstest.MapFS{"i18n/en.toml": file("\na = \"{{ .Count \"\n")},
			want: []string{`themes/default/i18n/en.toml:2: the string "a" is not a valid template`}},
		{name: "twice", theme: fstest.MapFS{"i18n/en.toml": file("\"a.b\" = \"x\"\n[a]\nb = \"y\"\n")},
			want: []string{`themes/default/i18n/en.toml:3: the string "a.b" is given twice (first at line 1): keep one`}},
		{name: "no file for the language", theme: fstest.MapFS{"i18n/en.toml": file(themeEN)}, tag: "de-DE",
			want: []string{`there are no strings for the language "de-DE" (the string files are themes/default/i18n/en.toml): write i18n/de.toml with a translation of every string in themes/default/i18n/en.toml, or use a language that has them (en)`}},
		{name: "a key missing in another language",
			theme: fstest.MapFS{"i18n/en.toml": file(themeEN), "i18n/es.toml": file("\"nav.skip\" = \"Saltar\"\n[\"checklist.items\"]\none = \"x\"\nother = \"y\"\n")},
			site:  fstest.MapFS{"i18n/es.toml": file("\"checklist.progress\" = \"{{ .Count }} de {{ .Total }}\"\n")},
			tag:   "es-ES",
			want:  []string{`i18n/es.toml: no string "footer.tags", which themes/default/i18n/en.toml:3 has: add "footer.tags" = "..." to it, in es-ES`}},
		{name: "a plural form the language uses missing",
			theme: fstest.MapFS{"i18n/en.toml": file("[n]\none = \"x\"\nother = \"y\"\n"), "i18n/pl.toml": file("[n]\none = \"x\"\nother = \"y\"\n")},
			tag:   "pl",
			want:  []string{`themes/default/i18n/pl.toml:1: the string "n" has no few, many form, which pl uses for some counts: add few = "..."`}},
		{name: "a folder named like a string file", theme: fstest.MapFS{"i18n/en.toml/x": file("")},
			tag: "en", want: []string{`there are no strings for the language "en"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := load(t, "en", tt.theme, tt.site)
			if err == nil && tt.tag != "" {
				_, err = c.For(tt.tag)
			}
			if err == nil {
				t.Fatalf("no error; want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error:\n%v\nwant it to contain\n%s", err, w)
				}
			}
		})
	}
}
