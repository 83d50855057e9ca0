package config

import (
	"fmt"
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
	if c.Handouts.Title != "" || !c.Handouts.Worksheet {
		t.Errorf("handouts without followup.toml = %+v: the packet needs its title", c.Handouts)
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
		{"\n\nlanguage = 'ja-JP'\n", `followup.toml:3: language: no dates for the language of "ja-JP": the languages with dates are ca, de, en, es`},
		{"theme = '../x'\n", `followup.toml:1: theme: must be the name of a folder under themes/`},
		{"allow_html = 'yes'\n", `followup.toml:1: allow_html must be true or false`},
		{"[[menu]]\nname = 'x'\nurl = '../../etc/'\n", `followup.toml:1: menu: entry 1 (x): path "../../etc/" is not usable`},
		{"[[menu]]\nname = 'a'\nurl = 'a/'\n\n[[menu]]\nurl = '../b/'\n", "followup.toml:5: menu: entry 2 has no name: add name"},
		{"[[menu]]\nname = 'a'\nurl = 'a/'\n\n[[menu]]\nname = 'b'\nurl = '../b/'\n", `followup.toml:5: menu: entry 2 (b): path "../b/" is not usable`},
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

// TestBadThemeFallsBack: a theme that is not a folder name is one error, and
// the configuration goes on with the default theme, so that the build does
// not also report the theme as not found.
func TestBadThemeFallsBack(t *testing.T) {
	for _, name := range []string{"../../../etc", "", "..", "a/b"} {
		c, err := Parse([]byte("theme = '" + name + "'\n"))
		if errs := diag.Errors(err); len(errs) != 1 || !strings.Contains(errs[0].Msg, "theme: must be the name of a folder under themes/") {
			t.Errorf("theme = %q: errors %v, want one theme error", name, err)
		}
		if c.Theme != "default" {
			t.Errorf("theme = %q: Theme = %q after the error, want \"default\"", name, c.Theme)
		}
	}
}

func TestHandouts(t *testing.T) {
	c, err := Parse([]byte(`[outputs]
epub = false

[handouts]
guides = [
  "guides/thank-you-email.md",
  "guides/follow-up-call.md",
]
timeline = ["unsaid"]
`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Outputs.EPUB || !c.Outputs.Print || !c.Outputs.Handouts || !c.Outputs.Offline {
		t.Errorf("outputs = %+v: only epub was switched off", c.Outputs)
	}
	h := c.Handouts
	if h.Title != "" || !h.Worksheet {
		t.Errorf("handouts = %+v: the title and worksheet keep their defaults", h)
	}
	if len(h.Guides) != 2 || h.Guides[1] != (Ref{"guides/follow-up-call.md", 7}) || h.Timeline[0] != (Ref{"unsaid", 9}) {
		t.Errorf("guides = %+v, timeline = %+v: want values with their lines", h.Guides, h.Timeline)
	}
}

func TestHandoutsErrors(t *testing.T) {
	for src, want := range map[string]string{
		"[handouts]\nguide = []\n":                              `line 2: unknown key "handouts.guide": did you mean "guides"?`,
		"[handouts]\nguides = [\"a.md\", \"a.md\"]\n":           `2: handouts.guides: "a.md" is named twice`,
		"[handouts]\nguides = [3]\n":                            "2: must be a quoted string",
		"[outputs]\npdf = true\n":                               `line 2: unknown key "outputs.pdf"`,
		"[handouts]\ntimeline = [\"soon\"]\nworksheet = \"no\"": "3: ",
	} {
		_, err := Parse([]byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", src, err, want)
		}
	}
}

func TestChecks(t *testing.T) {
	tests := []struct {
		src            string
		links, unknown bool // warnings?
		err            string
	}{
		{src: "", links: false, unknown: true},
		{src: "[checks]\nlinks = \"warning\"\nunknown_keys = \"error\"\n", links: true, unknown: false},
		{src: "[checks]\nlinks = \"off\"\n", unknown: true, err: `line 2: checks.links: "off" is not a level: write "error" or "warning"`},
	}
	for _, tt := range tests {
		c, err := Parse([]byte(tt.src))
		if fmt.Sprint(err) != tt.err && !(err == nil && tt.err == "") {
			t.Errorf("Parse(%q) error = %v, want %q", tt.src, err, tt.err)
		}
		w := c.Warnings(false)
		if w[diag.Links] != tt.links || w[diag.UnknownKeys] != tt.unknown || !w[diag.LinkCase] {
			t.Errorf("Parse(%q).Warnings(false) = %v, want links %v, unknown_keys %v, link_case true", tt.src, w, tt.links, tt.unknown)
		}
		if strict := c.Warnings(true); len(strict) != 0 {
			t.Errorf("Parse(%q).Warnings(true) = %v, want none under --strict", tt.src, strict)
		}
	}
}
