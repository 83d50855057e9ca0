package timeline

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/holidays"
)

// TextPath returns the path of the rules file a language's texts are in,
// beside path: TextPath("data/timeline.toml", "es") is
// "data/timeline.es.toml".
func TextPath(path, lang string) string {
	return strings.TrimSuffix(path, ".toml") + "." + lang + ".toml"
}

// textFile is a translation of a rules file's texts: the same ids, only the
// keys that hold text.
type textFile struct {
	Holidays []textHoliday `yaml:"holidays"`
	Kinds    []textKind    `yaml:"kinds"`
	Steps    []textStep    `yaml:"steps"`
}

type textHoliday struct {
	Date Date   `yaml:"date"`
	Name string `yaml:"name"`
}

type textKind struct {
	ID       string `yaml:"id"`
	Label    string `yaml:"label"`
	Sentence string `yaml:"sentence"`
}

type textStep struct {
	ID     string              `yaml:"id"`
	Title  string              `yaml:"title"`
	What   string              `yaml:"what"`
	ByKind map[string]textWhat `yaml:"by-kind"`
}

type textWhat struct {
	What string `yaml:"what"`
}

// numberKeys are the keys of a rules file that stay in it, not in a
// translation.
var numberKeys = []string{"workdays", "calendar", "window", "channel", "guide", "checklist", "kinds", "when", "to"}

// Translate returns the rules with the texts of a translation file (path,
// src: data/timeline.es.toml) in language lang: every kind's label and
// sentence, every step's title and whats (the step's and its by-kind
// tables'), and the name of every [[holidays]] day, by the same ids and
// dates as the rules file. The numbers stay in the rules file, so a
// translation has texts only; a text missing, an id or date the rules do
// not have, or a number key, is an error at the translation's line. The
// named holiday calendar's days are named in lang too (holidays.LookupIn).
func (r *Rules) Translate(path string, src []byte, lang string, h Helpers) (*Rules, error) {
	root, err := decode.ParseTOML(src)
	if err != nil {
		return nil, diag.Locate(err, path, 0)
	}
	c := &checker{root: root, helpers: h}
	c.numberKeys(root, "")
	var f textFile
	if err := decode.Into(root, &f); err != nil {
		c.errs = append(c.errs, err.(diag.List)...)
	}
	t := r.clone(path)
	t.relabel(lang)
	c.translateHolidays(t, r.cal.holidays, f.Holidays)
	c.translateKinds(t, f.Kinds)
	c.translateSteps(t, f.Steps)
	if err := c.errs.Err(); err != nil {
		return nil, diag.Locate(err, path, 0)
	}
	return t, nil
}

// WithCalendar returns the rules counting the named public-holiday
// calendar instead of the file's, its days named in language lang: a
// language's own calendar (languages.es.calendar = "es"). An unknown name
// is an error that suggests a known one.
func (r *Rules) WithCalendar(name, lang string) (*Rules, error) {
	cal, ok := holidays.LookupIn(name, lang)
	if !ok {
		return nil, fmt.Errorf("unknown holiday calendar %q%s (the names are listed in the doc of generator/holidays)", name, suggest(name, holidays.Names()))
	}
	t := r.clone(r.textPath)
	t.calendar = cal
	t.cal.public = &publicDays{cal: cal, years: map[int][]holidays.Day{}}
	return t, nil
}

// clone copies r for new texts from path; what a copy changes is its own.
func (r *Rules) clone(path string) *Rules {
	t := &Rules{path: r.path, textPath: path, window: r.window, calendar: r.calendar, extra: r.extra,
		cal: r.cal, kinds: slices.Clone(r.kinds), steps: slices.Clone(r.steps), quotes: r.quotes}
	t.cal.holidays = maps.Clone(r.cal.holidays)
	for i := range t.steps {
		t.steps[i].variants = maps.Clone(t.steps[i].variants)
	}
	return t
}

// relabel names the public calendar's days in lang.
func (r *Rules) relabel(lang string) {
	if r.calendar.Name == "" {
		return
	}
	if cal, ok := holidays.LookupIn(r.calendar.Name, lang); ok {
		r.calendar = cal
		r.cal.public = &publicDays{cal: cal, years: map[int][]holidays.Day{}}
	}
}

// numberKeys reports the keys of n (at key path at) that belong in the
// rules file, and removes them so that decoding reports nothing more.
func (c *checker) numberKeys(n *yaml.Node, at string) {
	switch n.Kind {
	case yaml.SequenceNode:
		for _, e := range n.Content {
			c.numberKeys(e, at)
		}
	case yaml.MappingNode:
		var kept []*yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := strings.TrimPrefix(at+"."+k.Value, ".")
			if slices.Contains(numberKeys, k.Value) && !(k.Value == "kinds" && at == "") {
				c.fail(k.Line, "%s belongs in the rules file, not in a translation, which has texts only: remove it here", key)
				continue
			}
			c.numberKeys(v, key)
			kept = append(kept, k, v)
		}
		n.Content = kept
	}
}
