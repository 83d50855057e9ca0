// Package i18n holds the words a site is written in: every string the
// theme's layouts and the generator put on a page, per language, from
// string files in Hugo's format.
//
// A theme ships its strings in i18n/<code>.toml (themes/default/i18n/en.toml,
// es.toml); a site overrides any of them, key by key, in its own
// i18n/<code>.toml. A file holds one language; its keys are plain strings
// or tables of plural forms, as in Hugo and go-i18n:
//
//	"nav.skip" = "Skip to content"       # a quoted key with dots
//	[footer]                             # a table: its keys are footer.<key>
//	tags = "All topics"
//	["checklist.items"]                  # a table of plural forms: a message
//	one = "{{ .Count }} item"
//	other = "{{ .Count }} items"
//
// The plural forms are CLDR's (zero, one, two, few, many, other); a message
// with any of them must give every form its language uses for whole numbers
// (Spanish: one, other; Polish: one, few, many, other), and "other". A table
// with a form is a message; any other table is a namespace. A message's text
// is a Go text/template: {{ .Count }} is the count, {{ .Name }} a named value.
//
// Load reads the files; Catalog.For gives the Strings of one language, found
// by its code or its tag ("es-ES", then its base "es"). Strings.T looks a key
// up, the layouts' {{ T "nav.skip" }} and the Go code's m.Strings.T("x").
//
// Nothing falls back to another language. A language's strings are checked
// against the reference language's (the site's default) when For is asked
// for them: a key the reference has and this language has not is an error
// naming this language's file and the key. A key no file has is an error
// when it is looked up (in a layout: at the layout's file and line).
//
// Why not go-i18n: its bundle reads the same files, but it reports neither
// a malformed file's line nor where a string came from, which every error
// here must; the plural rules it carries are CLDR's, as are those of
// golang.org/x/text/feature/plural, which the module already requires. So
// this package is a small loader over decode.ParseTOML (lines for every key)
// and x/text's rules.
package i18n

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/ignore"
)

// Dir is the folder of string files in a theme and in a site.
const Dir = "i18n"

// Source is a folder that may hold Dir: the theme's, then the site's.
type Source struct {
	FS      fs.FS
	Display string // prefix of its files in messages: "themes/default/", "" for the site
}

// Catalog is the strings of every language the sources have.
type Catalog struct {
	ref   string                // the reference language's code (lower case)
	langs map[string]*language_ // by code, lower case
}

// language_ is one language's strings, every source merged.
type language_ struct {
	code  string
	files []string            // its files, theme first, for messages
	msgs  map[string]*message // by key
}

// Load reads the string files of sources, later sources overriding earlier
// ones key by key. ref is the code of the language every other one is
// checked against (the site's default language).
func Load(ref string, sources ...Source) (*Catalog, error) {
	c := &Catalog{ref: strings.ToLower(ref), langs: map[string]*language_{}}
	var errs diag.List
	for _, s := range sources {
		entries, err := fs.ReadDir(s.FS, Dir)
		if err != nil {
			continue // no string files in this source
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || ignore.Name(name) || path.Ext(name) != ".toml" {
				continue
			}
			display := s.Display + Dir + "/" + name
			if t := e.Type(); !t.IsRegular() && t&fs.ModeSymlink == 0 {
				errs.Add(diag.Errorf(display, 0, "%v", diag.NotAFile{Mode: t}))
				continue
			}
			code := strings.ToLower(strings.TrimSuffix(name, ".toml"))
			msgs, err := readFile(s.FS, Dir+"/"+name, display, code)
			if err != nil {
				errs.Add(err)
				continue
			}
			l := c.langs[code]
			if l == nil {
				l = &language_{code: code, msgs: map[string]*message{}}
				c.langs[code] = l
			}
			l.files = append(l.files, display)
			maps.Copy(l.msgs, msgs)
		}
	}
	if len(errs) > 0 {
		return nil, errs.Err()
	}
	return c, nil
}

// Languages returns the codes of the languages that have strings, sorted.
func (c *Catalog) Languages() []string { return slices.Sorted(maps.Keys(c.langs)) }

// find returns the language of a code or tag: the code itself, else the
// tag's base language.
func (c *Catalog) find(tag string) *language_ {
	if l := c.langs[strings.ToLower(tag)]; l != nil {
		return l
	}
	return c.langs[baseOf(tag)]
}

// For returns the strings of the language tag (a code such as "es" or a
// BCP 47 tag such as "es-ES"), checked against the reference language.
func (c *Catalog) For(tag string) (*Strings, error) {
	l := c.find(tag)
	if l == nil {
		return nil, &diag.Error{Msg: fmt.Sprintf("there are no strings for the language %q (the string files are %s): write %s/%s.toml with a translation of every string in %s, or use a language that has them (%s)",
			tag, c.fileList(), Dir, baseOf(tag), c.model(), strings.Join(c.Languages(), ", "))}
	}
	lt, err := language.Parse(tag)
	if err != nil {
		lt = language.Make(l.code)
	}
	s := &Strings{lang: l, tag: lt}
	if ref := c.find(c.ref); ref != nil && ref != l {
		if err := c.complete(l, ref, lt); err != nil {
			return nil, err
		}
	}
	if err := checkForms(l, lt); err != nil {
		return nil, err
	}
	return s, nil
}

// complete reports the keys of ref that l lacks, at l's last file.
func (c *Catalog) complete(l, ref *language_, lt language.Tag) error {
	var errs diag.List
	file := l.files[len(l.files)-1]
	for _, key := range slices.Sorted(maps.Keys(ref.msgs)) {
		if _, ok := l.msgs[key]; ok {
			continue
		}
		m := ref.msgs[key]
		errs.Add(diag.Errorf(file, 0, "no string %q, which %s:%d has: add %s = \"...\" to it, in %s", key, m.file, m.line, tomlKey(key), display(lt)))
	}
	return errs.Err()
}

// baseOf returns the base language of a tag, "es" for "es-ES".
func baseOf(tag string) string {
	if t, err := language.Parse(tag); err == nil {
		if base, conf := t.Base(); conf != language.No {
			return base.String()
		}
	}
	return strings.ToLower(tag)
}

// model names the file a new translation starts from: the reference
// language's last file, else English's, else the first language's.
func (c *Catalog) model() string {
	l := c.find(c.ref)
	if l == nil {
		l = c.langs["en"]
	}
	if l == nil && len(c.langs) > 0 {
		l = c.langs[c.Languages()[0]]
	}
	if l == nil {
		return "the theme's " + Dir + "/ folder"
	}
	return l.files[len(l.files)-1]
}

func (c *Catalog) fileList() string {
	var files []string
	for _, code := range c.Languages() {
		files = append(files, c.langs[code].files...)
	}
	if len(files) == 0 {
		return "none (no " + Dir + "/ folder in the theme or the site)"
	}
	return strings.Join(files, ", ")
}

// tomlKey writes a key as it goes in a string file: quoted when it has dots
// or other characters a bare TOML key cannot hold.
func tomlKey(key string) string {
	for _, r := range key {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return fmt.Sprintf("%q", key)
		}
	}
	return key
}

// display names a language for messages: "es-ES".
func display(t language.Tag) string { return t.String() }
