package config

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/followup/followup/generator/diag"
)

func TestDefaults(t *testing.T) {
	c, err := Load(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Language != "en" || c.Theme != "default" || !c.Outputs.Feed || c.AllowHTML {
		t.Errorf("defaults = %+v", c)
	}
}

func TestParse(t *testing.T) {
	src := `title = "After the Interview"
base_url = "https://example.org/guide"
language = "en-GB"
allow_html = true

[[menu]]
name = "About"
url = "/about"
weight = 20

[[menu]]
name = "Guide"
url = "guides/"
weight = 10

[[menu]]
name = "Elsewhere"
url = "https://example.com/x"
weight = 30

[outputs]
tags = false
`
	c, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.BaseURL != "https://example.org/guide/" {
		t.Errorf("base_url = %q, want a trailing slash added", c.BaseURL)
	}
	if c.Outputs.Tags || !c.Outputs.Feed {
		t.Errorf("outputs = %+v: unset keys must keep their defaults", c.Outputs)
	}
	var got []string
	for _, m := range c.Menu {
		got = append(got, m.Name+"="+m.URL)
	}
	if want := "Guide=guides/ About=about/ Elsewhere=https://example.com/x"; strings.Join(got, " ") != want {
		t.Errorf("menu = %v, want %v", got, want)
	}
	if !c.Menu[2].External || c.Menu[0].External {
		t.Error("external flags wrong")
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"title = 'x'\nbaseurl = 'https://e.org/'\n", `followup.toml:2: unknown key "baseurl": did you mean "base_url"?`},
		{"[outputs]\nrss = true\n", `followup.toml:2: unknown key "outputs.rss"`},
		{"base_url = 'example.org'\n", `followup.toml:1: base_url: "example.org" is not an absolute http(s) address`},
		{"\nlanguage = 'english!'\n", `followup.toml:2: language: "english!" is not a language tag`},
		{"theme = '../x'\n", `followup.toml:1: theme: must be the name of a folder under themes/`},
		{"allow_html = 'yes'\n", `followup.toml:1: allow_html must be true or false`},
		{"[[menu]]\nname = 'x'\nurl = '../../etc/'\n", `followup.toml:1: menu: entry 1 (x): path "../../etc/" is not usable`},
		{"title = 'x\n", `followup.toml:1: invalid TOML`},
	}
	for _, tt := range tests {
		_, err := Load(fstest.MapFS{File: {Data: []byte(tt.src)}})
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		if got := diag.Errors(err)[0].Error(); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%q:\n got %s\nwant %s...", tt.src, got, tt.want)
		}
	}
}
