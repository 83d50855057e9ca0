package config

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	yaml "go.yaml.in/yaml/v3"
	"golang.org/x/text/language"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
)

// Language is one language of a multilingual site, a [languages.<code>]
// table of followup.toml.
type Language struct {
	// Code is the table's key: the URL prefix of the language ("es/") and
	// the suffix of its files (x.es.md).
	Code string `yaml:"-"`
	// Tag is its BCP 47 language tag, <html lang> and hreflang (default: the code).
	Tag string `yaml:"tag"`
	// Name is the language's name in its own language, for the language switch (default: the code).
	Name   string `yaml:"name"`
	Weight int    `yaml:"weight"`
	// Title and Description override the top-level ones for this language.
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	// Calendar is the holiday calendar of this language's plans,
	// overriding the rules file's ("" keeps the rules file's).
	Calendar string `yaml:"calendar"`
	// Menu is this language's menu (else the top-level one).
	Menu []MenuItem `yaml:"menu"`

	Line  int            `yaml:"-"` // the line of its [languages.<code>] table
	lines map[string]int // the line of each of its keys
}

// Languages are the [languages.<code>] tables, in the order written until
// Parse sorts them by weight.
type Languages []Language

// DecodeNode reads the tables of [languages], each under its code.
func (ls *Languages) DecodeNode(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("languages must be tables, one per language: [languages.en]")
	}
	var errs diag.List
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		l := Language{Code: k.Value, Line: k.Line}
		for _, e := range diag.Errors(decode.Into(v, &l)) {
			e.Msg = "languages." + l.Code + ": " + e.Msg
			errs = append(errs, e)
		}
		l.lines = decode.KeyLines(v)
		for j, item := range decode.Items(v, "menu") {
			if j < len(l.Menu) {
				l.Menu[j].Line = item.Line
			}
		}
		*ls = append(*ls, l)
	}
	return errs.Err()
}

// CalendarLine is the line of the language's calendar key, else its table's.
func (l *Language) CalendarLine() int { return l.line("calendar") }

// line returns the line of one of the language's keys, else its table's.
func (l *Language) line(key string) int { return cmp.Or(l.lines[key], l.Line) }

// checkLanguages checks [languages], default_language and
// default_language_in_subdir, fills in the defaults and sorts the
// languages by weight.
func (c *Config) checkLanguages() diag.List {
	var errs diag.List
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &diag.Error{Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	codes := map[string]int{}
	weights := map[int]string{}
	for i := range c.Languages {
		l := &c.Languages[i]
		key := "languages." + l.Code
		if err := checkCode(l.Code); err != nil {
			fail(l.Line, "%s: the code %v: it is the language's URL prefix and file suffix (x.%s.md), write one like \"en\", \"es\" or \"pt-br\"", key, err, l.Code)
			l.Tag = cmp.Or(l.Tag, "und") // one error, not a second for the tag it gives
		}
		if line, dup := codes[l.Code]; dup {
			fail(l.Line, "%s: the language is also defined at line %d: define each language once", key, line)
		}
		codes[l.Code] = l.Line
		l.Tag, l.Name = cmp.Or(l.Tag, l.Code), cmp.Or(l.Name, l.Code)
		if _, err := language.Parse(l.Tag); err != nil {
			fail(l.line("tag"), "%s: tag %q is not a language tag: write one like \"en\", \"en-GB\" or \"es-ES\"", key, l.Tag)
		}
		if other, dup := weights[l.Weight]; dup && l.lines["weight"] > 0 {
			fail(l.line("weight"), "%s: weight %d is also languages.%s's: give each language its own weight, which orders the language switch", key, l.Weight, other)
		} else if l.lines["weight"] > 0 {
			weights[l.Weight] = l.Code
		}
		errs = append(errs, checkMenu(l.Menu, key+".menu")...)
		slices.SortStableFunc(l.Menu, func(a, b MenuItem) int { return cmp.Compare(a.Weight, b.Weight) })
	}
	slices.SortStableFunc(c.Languages, func(a, b Language) int { return cmp.Compare(a.Weight, b.Weight) })
	switch {
	case len(c.Languages) == 0 && c.DefaultLanguage != "":
		fail(c.lines["default_language"], "default_language: there is no [languages] table: add one per language, [languages.%s] first", c.DefaultLanguage)
	case len(c.Languages) == 0 && c.DefaultInSubdir:
		fail(c.lines["default_language_in_subdir"], "default_language_in_subdir: there is no [languages] table: add one per language")
	case c.DefaultLanguage == "" && len(c.Languages) > 0:
		c.DefaultLanguage = c.Languages[0].Code
	case len(c.Languages) > 0 && c.language(c.DefaultLanguage) == nil:
		known := make([]string, len(c.Languages))
		for i, l := range c.Languages {
			known[i] = l.Code
		}
		hint := ""
		if near := decode.Nearest(c.DefaultLanguage, known); near != "" {
			hint = fmt.Sprintf(" (did you mean %q?)", near)
		}
		fail(c.lines["default_language"], "default_language: %q is not one of the languages%s: write one of %s", c.DefaultLanguage, hint, strings.Join(known, ", "))
		c.DefaultLanguage = c.Languages[0].Code
	}
	return errs
}

// checkCode checks a language code: lower-case letters and digits, in
// parts joined by hyphens.
func checkCode(code string) error {
	if code == "" {
		return fmt.Errorf("is empty")
	}
	for _, part := range strings.Split(code, "-") {
		if part == "" || strings.Trim(part, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
			return fmt.Errorf("%q is not lower-case letters and digits, in parts joined by hyphens", code)
		}
	}
	return nil
}

func (c *Config) language(code string) *Language {
	for i := range c.Languages {
		if c.Languages[i].Code == code {
			return &c.Languages[i]
		}
	}
	return nil
}

// Multilingual reports whether the site has [languages].
func (c *Config) Multilingual() bool { return len(c.Languages) > 0 }

// Prefix returns the site path a language's pages are under: "" for the
// default language (unless default_language_in_subdir), else "<code>/".
func (c *Config) Prefix(code string) string {
	if code == c.DefaultLanguage && !c.DefaultInSubdir {
		return ""
	}
	return code + "/"
}

// For returns the effective configuration of one language: its title,
// description, tag (as Language), menu and calendar replace the top-level
// ones, and base_url gets the language's prefix.
func (c *Config) For(l Language) *Config {
	e := *c
	e.Title, e.Description = cmp.Or(l.Title, c.Title), cmp.Or(l.Description, c.Description)
	e.Language, e.Calendar = l.Tag, l.Calendar
	if len(l.Menu) > 0 {
		e.Menu = l.Menu
	}
	if e.BaseURL != "" {
		e.BaseURL += c.Prefix(l.Code)
	}
	return &e
}
