package checklist

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
)

// A translation of checklists/<id>.yaml into a language is
// checklists/<id>.<code>.yaml beside it: the same id and item ids, in the
// same order, with the text fields in that language (title, intro, and each
// item's text, hint and timing, where the original has them); an item's
// link may be left out, keeping the original's target. Ticks are kept by
// the ids, so they are the same in every language. Load skips translations
// (but reports one whose original is missing); LoadLang reads them.

// translationOf splits a file's base name into the checklist it translates
// and the language code: "thank-you-email.es" is ("thank-you-email", "es").
func translationOf(base string) (id, code string, ok bool) {
	id, code, ok = strings.Cut(base, ".")
	return id, code, ok && code != "" && !strings.Contains(code, ".")
}

// LoadLang reads the checklists of fsys in language code: every checklist
// with the texts of its translation. A checklist without a translation, or
// a translation that does not match its original, is an error at the
// translation's line (or the original's, for a file that is missing).
func LoadLang(fsys fs.FS, code string) (*Set, error) {
	orig, err := Load(fsys)
	if err != nil {
		return orig, err
	}
	s := &Set{byID: map[string]*Checklist{}, broken: map[string]bool{}}
	var errs diag.List
	for _, c := range orig.Lists {
		file := Dir + "/" + c.ID + "." + code + path.Ext(c.Source)
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			errs.Add(diag.Errorf(c.Source, 1, "checklist %q has no translation into %q: add %s, with the same id and item ids and the texts in that language", c.ID, code, file))
			s.broken[c.ID] = true
			continue
		}
		t, err := Translate(c, src)
		if err != nil {
			errs.Add(diag.Locate(err, file, 0))
			s.broken[c.ID] = true
			continue
		}
		t.Source = file
		s.Lists = append(s.Lists, t)
		s.byID[t.ID] = t
	}
	return s, errs.Err()
}

// Translate returns c with the texts of a translation file: same id, same
// item ids in the same order, every text field that c has (and none it does
// not). Errors carry the translation's lines.
func Translate(c *Checklist, src []byte) (*Checklist, error) {
	t, err := Parse(src, c.ID)
	if err != nil {
		return nil, err
	}
	node, _ := decode.ParseYAML(src)
	lines := decode.KeyLines(node)
	var errs diag.List
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &diag.Error{Line: max(line, 1), Msg: fmt.Sprintf(format, args...)})
	}
	both := func(line int, what, orig, tr string) {
		switch {
		case orig != "" && tr == "":
			fail(line, "%s is missing: translate the original's %q", what, orig)
		case orig == "" && tr != "":
			fail(line, "%s is not in the original checklist %s: remove it", what, c.Source)
		}
	}
	both(lines["intro"], "intro", c.Intro, t.Intro)
	for i, it := range t.Items {
		if i >= len(c.Items) {
			fail(it.Line, "item %q is not in the original checklist %s: remove it (ticks are kept by item id, so the items must be the same)", it.ID, c.Source)
			continue
		}
		o := c.Items[i]
		if it.ID != o.ID {
			fail(it.Line, "item %d is %q, but the original's item %d is %q: use the same item ids in the same order", i+1, it.ID, i+1, o.ID)
			continue
		}
		both(it.Line, "item "+it.ID+": hint", o.Hint, it.Hint)
		both(it.Line, "item "+it.ID+": timing", o.Timing, it.Timing)
		if it.Link == "" {
			t.Items[i].Link, t.Items[i].LinkLine = o.Link, 0
		}
	}
	for _, o := range c.Items[min(len(t.Items), len(c.Items)):] {
		fail(max(lines["items"], 1), "item %q of the original checklist has no translation: add it with its text", o.ID)
	}
	return t, errs.Err()
}
