package config

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/followup/followup/generator/diag"
)

func TestLanguages(t *testing.T) {
	c, err := Parse([]byte(`title = "After the Interview"
base_url = "https://example.org/guide/"

[languages.es]
tag = "es-ES"
name = "Español"
weight = 2
title = "Después de la entrevista"
calendar = "es"

[[languages.es.menu]]
name = "Guías"
url = "/guides"

[languages.en]
tag = "en-GB"
name = "English"
weight = 1
`))
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, l := range c.Languages {
		codes = append(codes, l.Code+"="+l.Tag+"/"+l.Name)
	}
	if got, want := strings.Join(codes, " "), "en=en-GB/English es=es-ES/Español"; got != want {
		t.Errorf("languages = %s, want %s (by weight)", got, want)
	}
	if c.DefaultLanguage != "en" || !c.Multilingual() {
		t.Errorf("default_language = %q, want the first by weight, en", c.DefaultLanguage)
	}
	tests := []struct {
		lang                                 int
		prefix, title, tag, base, menu0, cal string
	}{
		{0, "", "After the Interview", "en-GB", "https://example.org/guide/", "", ""},
		{1, "es/", "Después de la entrevista", "es-ES", "https://example.org/guide/es/", "guides/", "es"},
	}
	for _, tt := range tests {
		l := c.Languages[tt.lang]
		e := c.For(l)
		menu0 := ""
		if len(e.Menu) > 0 {
			menu0 = e.Menu[0].URL
		}
		if c.Prefix(l.Code) != tt.prefix || e.Title != tt.title || e.Language != tt.tag || e.BaseURL != tt.base || menu0 != tt.menu0 || e.Calendar != tt.cal {
			t.Errorf("For(%s) = prefix %q, title %q, tag %q, base %q, menu %q, calendar %q; want %q %q %q %q %q %q", l.Code,
				c.Prefix(l.Code), e.Title, e.Language, e.BaseURL, menu0, e.Calendar, tt.prefix, tt.title, tt.tag, tt.base, tt.menu0, tt.cal)
		}
	}
	if c.Title != "After the Interview" || c.Language != "en" {
		t.Errorf("For changed the top-level configuration: %q %q", c.Title, c.Language)
	}

	c, err = Parse([]byte("default_language = \"es\"\ndefault_language_in_subdir = true\n[languages.en]\n[languages.es]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Prefix("es") != "es/" || c.Prefix("en") != "en/" || c.Languages[0].Tag != "en" || c.Languages[1].Name != "es" {
		t.Errorf("in subdirs: prefixes %q %q, en tag %q, es name %q", c.Prefix("es"), c.Prefix("en"), c.Languages[0].Tag, c.Languages[1].Name)
	}
}

func TestLanguagesErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"[languages.en]\ntagg = 'en-GB'\n", `followup.toml:2: languages.en: unknown key "tagg": did you mean "tag"?`},
		{"[languages.en]\ntag = 'english!'\n", `followup.toml:2: languages.en: tag "english!" is not a language tag`},
		{"[languages.en]\nweight = 1\n[languages.es]\nweight = 1\n", `followup.toml:4: languages.es: weight 1 is also languages.en's`},
		{"[languages.en]\n[languages.ES]\n", `followup.toml:2: languages.ES: the code "ES" is not lower-case letters and digits`},
		{"[languages.en]\n[languages.\"e s\"]\n", `followup.toml:2: languages.e s: the code "e s" is not lower-case letters`},
		{"[languages.en]\n[languages.\"es.x\"]\n", `followup.toml:2: languages.es.x: the code "es.x" is not lower-case letters`},
		{"default_language = 'fr'\n[languages.en]\n[languages.es]\n", `followup.toml:1: default_language: "fr" is not one of the languages`},
		{"default_language = 'ed'\n[languages.en]\n", `followup.toml:1: default_language: "ed" is not one of the languages (did you mean "en"?)`},
		{"default_language = 'en'\n", `followup.toml:1: default_language: there is no [languages] table`},
		{"default_language_in_subdir = true\n", `followup.toml:1: default_language_in_subdir: there is no [languages] table`},
		{"[languages.en]\n[[languages.en.menu]]\nurl = 'a/'\n", `followup.toml:2: languages.en.menu: entry 1 has no name`},
		{"languages = 3\n", `followup.toml:1: languages must be tables`},
		{"[checks]\ntranslations = 'off'\n", `followup.toml:2: checks.translations: "off" is not a level: write "error", "warning" or "ignore"`},
	}
	for _, tt := range tests {
		_, err := Load(fstest.MapFS{File: {Data: []byte(tt.src)}})
		if errs := diag.Errors(err); len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tt.want) {
			t.Errorf("Load(%q) = %v, want one error %s...", tt.src, err, tt.want)
		}
	}
}
