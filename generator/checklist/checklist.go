// Package checklist loads the site's reusable checklists and writes the
// HTML of an interactive checklist.
//
// Each checklist is a YAML file in the checklists/ folder of the source,
// named after its id:
//
//	# checklists/thank-you-email.yaml
//	id: thank-you-email              # must equal the file name; letters, digits, hyphens
//	title: Your thank-you email      # the legend of the checklist
//	intro: One email to **each** interviewer.   # optional, inline markdown
//	items:
//	  - id: send-within-24h          # stable: ticks are remembered by it, so never rename it
//	    text: Send it **within 24 hours**       # inline markdown
//	    hint: Sooner if you can.     # optional, shown under the item
//	    timing: within 24 hours      # optional, shown beside the item unless its text says it (plain text; shortcodes such as {{< rule >}} work)
//	    link: guides/thank-you-email.md#when-to-send   # optional: the guide section that explains it
//
// A guide shows one with the shortcode {{< checklist "thank-you-email" >}};
// markdown task lists ("- [ ] item") are rendered the same way.
//
// The HTML works with JavaScript turned off: real, enabled, labelled
// checkboxes in a <fieldset> with a <legend> naming the item count, inside a
// <form> so a native reset button clears them, and a progress line
// ("3 of 7 done") drawn with CSS counters (its words are the theme's: the
// site's head sets them from its string files). The controls' words ("Why
// and how", "Clear ticks", the legend's count) are the caller's, in
// View.Words: the package has none. A small script, when it runs,
// remembers the ticks in localStorage under the page, the checklist id and
// the item ids, so rewording an item keeps everyone's ticks.
//
// A file checklists/<id>.<code>.yaml is the translation of <id> into a
// language (translate.go): Load leaves it to LoadLang.
//
// Load reports, with path:line, a file that is not valid YAML, an unknown
// key, an id that does not match the file name, an item without id or
// text, a duplicate item id, and a checklist without items.
package checklist

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
)

// Dir is the folder of checklist files under the source root.
const Dir = "checklists"

// Checklist is one checklist file.
type Checklist struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	Intro string `yaml:"intro"`
	Items []Item `yaml:"items"`

	Source    string `yaml:"-"` // "checklists/thank-you-email.yaml"
	IntroLine int    `yaml:"-"` // the line the intro's text starts on
}

// Item is one thing to do.
type Item struct {
	ID     string `yaml:"id"`
	Text   string `yaml:"text"`
	Hint   string `yaml:"hint"`
	Timing string `yaml:"timing"`
	Link   string `yaml:"link"`

	Line     int `yaml:"-"` // line of the item in its file
	LinkLine int `yaml:"-"`
	TextLine int `yaml:"-"` // the line the text starts on
	HintLine int `yaml:"-"` // the line the hint starts on
	// TimingLine is the line the timing starts on.
	TimingLine int `yaml:"-"`
}

// Set is every checklist of a site.
type Set struct {
	Lists  []*Checklist // sorted by id
	byID   map[string]*Checklist
	broken map[string]bool // ids (file names) of the files Load reported errors in
}

// Broken reports whether the checklist with that id is in a file that Load
// reported errors in: a use of it is not a second error.
func (s *Set) Broken(id string) bool { return s.broken[id] }

// Get returns the checklist with that id.
func (s *Set) Get(id string) (*Checklist, bool) {
	c, ok := s.byID[id]
	return c, ok
}

// IDs returns the ids of all checklists, sorted.
func (s *Set) IDs() []string {
	ids := make([]string, len(s.Lists))
	for i, c := range s.Lists {
		ids[i] = c.ID
	}
	return ids
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidID reports whether id has the form of a checklist or item id:
// lower-case letters and digits in words joined by hyphens.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// Load reads every *.yaml (and *.yml) file of the checklists folder in
// fsys, the source root. A missing folder gives an empty set.
func Load(fsys fs.FS) (*Set, error) {
	s := &Set{byID: map[string]*Checklist{}, broken: map[string]bool{}}
	entries, err := fs.ReadDir(fsys, Dir)
	if err != nil {
		return s, nil
	}
	var errs diag.List
	for _, e := range entries {
		name := e.Name()
		ext := path.Ext(name)
		if e.IsDir() || strings.HasPrefix(name, ".") || (ext != ".yaml" && ext != ".yml") {
			continue
		}
		file := Dir + "/" + name
		if id, code, ok := translationOf(strings.TrimSuffix(name, ext)); ok {
			if _, err := fs.Stat(fsys, Dir+"/"+id+ext); err != nil {
				errs.Add(diag.Errorf(file, 1, "a translation (into %q) of checklists/%s%s, which does not exist: add the original, or rename this file", code, id, ext))
			}
			continue // LoadLang reads it
		}
		c, err := parseFile(fsys, file, strings.TrimSuffix(name, ext))
		if err != nil {
			errs.Add(err)
			s.broken[strings.TrimSuffix(name, ext)] = true
			continue
		}
		s.Lists = append(s.Lists, c)
		s.byID[c.ID] = c
	}
	sort.Slice(s.Lists, func(i, j int) bool { return s.Lists[i].ID < s.Lists[j].ID })
	return s, errs.Err()
}

func parseFile(fsys fs.FS, file, base string) (*Checklist, error) {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, diag.Errorf(file, 0, "cannot read: %v", err)
	}
	c, err := Parse(src, base)
	if err != nil {
		return nil, diag.Locate(err, file, 0)
	}
	c.Source = file
	return c, nil
}

// Parse reads one checklist file whose name (without extension) is base.
func Parse(src []byte, base string) (*Checklist, error) {
	node, err := decode.ParseYAML(src)
	if err != nil {
		return nil, err
	}
	if node == nil {
		return nil, &diag.Error{Line: 1, Msg: "checklist file is empty: write an id, a title and items"}
	}
	c := &Checklist{}
	if err := decode.Into(node, c); err != nil {
		return nil, err
	}
	lines := decode.KeyLines(node)
	c.IntroLine = decode.ValueLines(node)["intro"]
	var errs diag.List
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &diag.Error{Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	switch {
	case c.ID == "":
		fail(1, "checklist has no id: add `id: %s` (the file name)", base)
	case c.ID != base:
		fail(lines["id"], "checklist id %q must equal the file name %q: rename one of them", c.ID, base)
	case !idPattern.MatchString(c.ID):
		fail(lines["id"], "checklist id %q must be lower-case letters, digits and hyphens", c.ID)
	}
	if strings.TrimSpace(c.Title) == "" {
		fail(max(lines["title"], 1), "checklist has no title: add `title: ...`, shown above its items")
	}
	if len(c.Items) == 0 {
		fail(max(lines["items"], 1), "checklist %q has no items: add at least one under `items:`", c.ID)
	}
	itemNodes := decode.Items(node, "items")
	seen := map[string]int{}
	for i := range c.Items {
		it := &c.Items[i]
		if i < len(itemNodes) {
			it.Line = itemNodes[i].Line
			it.LinkLine = decode.KeyLines(itemNodes[i])["link"]
			text := decode.ValueLines(itemNodes[i])
			it.TextLine, it.HintLine, it.TimingLine = cmp.Or(text["text"], it.Line), cmp.Or(text["hint"], it.Line), cmp.Or(text["timing"], it.Line)
		}
		switch {
		case it.ID == "":
			fail(it.Line, "item %d has no id: add a short, stable id like `id: send-within-24h`", i+1)
		case !idPattern.MatchString(it.ID):
			fail(it.Line, "item id %q must be lower-case letters, digits and hyphens", it.ID)
		case seen[it.ID] > 0:
			fail(it.Line, "item id %q is used twice (first at line %d): ids must be unique in a checklist", it.ID, seen[it.ID])
		default:
			seen[it.ID] = it.Line
		}
		if strings.TrimSpace(it.Text) == "" {
			fail(it.Line, "item %q has no text: add `text: ...`", it.ID)
		}
	}
	return c, errs.Err()
}
