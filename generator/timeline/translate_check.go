package timeline

import (
	"slices"
	"strings"
)

// translateHolidays names the file's own days in the translation's words:
// a day, or a closure by its first day.
func (c *checker) translateHolidays(t *Rules, orig map[Date]string, hs []textHoliday) {
	starts := func(d Date) bool { name, ok := orig[d]; return ok && orig[d.AddDays(-1)] != name }
	named := map[Date]bool{}
	for i, h := range hs {
		line := c.line("holidays", i, "date")
		switch {
		case h.Date.IsZero():
			c.fail(c.line("holidays", i), "holiday needs the date of a [[holidays]] day of the rules file, like date = 2026-12-24")
			continue
		case !starts(h.Date):
			c.fail(line, "holiday %s is not the date of a [[holidays]] day of the rules file; remove it, or add it there first", h.Date)
			continue
		case named[h.Date]:
			c.fail(line, "holiday %s is listed twice; keep one", h.Date)
			continue
		case h.Name == "":
			c.fail(c.line("holidays", i), "holiday %s needs its name in this language, like name = %q", h.Date, orig[h.Date])
			continue
		}
		named[h.Date] = true
		for d := h.Date; orig[d] == orig[h.Date]; d = d.AddDays(1) {
			t.cal.holidays[d] = h.Name
		}
	}
	for _, h := range t.Holidays() {
		if starts(h.Date) && !named[h.Date] {
			c.fail(c.line("holidays"), "holiday %s (%q) has no name in this language: add a [[holidays]] table with date = %s and name", h.Date, orig[h.Date], h.Date)
		}
	}
}

// translateKinds gives every kind its label and sentence.
func (c *checker) translateKinds(t *Rules, ks []textKind) {
	done := map[string]bool{}
	for i, k := range ks {
		at := c.line("kinds", i)
		j := slices.IndexFunc(t.kinds, func(o Kind) bool { return o.ID == k.ID })
		switch {
		case j < 0:
			c.fail(c.line("kinds", i, "id"), "kind %q is not a kind of the rules file%s (the kinds are %s)", k.ID, suggest(k.ID, kindIDs), strings.Join(kindIDs, ", "))
			continue
		case done[k.ID]:
			c.fail(c.line("kinds", i, "id"), "kind %q is translated twice; keep one", k.ID)
			continue
		}
		done[k.ID] = true
		if k.Label == "" {
			c.fail(at, "kind %q needs its label in this language, like label = %q", k.ID, t.kinds[j].Label)
		}
		if k.Sentence == "" {
			c.fail(at, "kind %q needs its sentence in this language, like sentence = %q", k.ID, t.kinds[j].Sentence)
		}
		t.kinds[j].Label, t.kinds[j].Sentence = k.Label, k.Sentence
	}
	for _, k := range t.kinds {
		if !done[k.ID] {
			c.fail(c.line("kinds"), "kind %q has no translation: add a [[kinds]] table with id = %q, label and sentence", k.ID, k.ID)
		}
	}
}

// translateSteps gives every step its title and whats: the step's what
// where the rules file has one, and the what of each by-kind table that has
// one, no more and no fewer.
func (c *checker) translateSteps(t *Rules, ss []textStep) {
	done := map[string]bool{}
	for i, f := range ss {
		at := func(path ...any) int { return c.line(append([]any{"steps", i}, path...)...) }
		j := slices.IndexFunc(t.steps, func(s stepRule) bool { return s.id == f.ID })
		switch {
		case j < 0:
			c.fail(at("id"), "step %q is not a step of the rules file%s; remove it", f.ID, suggest(f.ID, stepIDs))
			continue
		case done[f.ID]:
			c.fail(at("id"), "step %q is translated twice; keep one", f.ID)
			continue
		}
		done[f.ID] = true
		s := &t.steps[j]
		if f.Title == "" {
			c.fail(at(), "step %q needs its title in this language, like title = %q", f.ID, s.title)
		}
		s.title = f.Title
		c.translateWhats(s, f, at)
	}
	for _, s := range t.steps {
		if !done[s.id] {
			c.fail(c.line("steps"), "step %q has no translation: add a [[steps]] table with id = %q, its title and what", s.id, s.id)
		}
	}
}

func (c *checker) translateWhats(s *stepRule, f textStep, at func(...any) int) {
	stepWhat := slices.ContainsFunc(s.kinds, func(k string) bool { return !s.variants[k].own })
	switch {
	case stepWhat && f.What == "":
		c.fail(at(), "step %q needs its what in this language", f.ID)
	case !stepWhat && f.What != "":
		c.fail(at("what"), "step %q has no what of its own in the rules file (each kind has its own, in [steps.by-kind.<kind>]); remove it", f.ID)
	}
	for k := range f.ByKind {
		if v, ok := s.variants[k]; !ok || !v.own {
			c.fail(at("by-kind", k), "step %q: the rules file has no [steps.by-kind.%s] what to translate; remove the table", f.ID, k)
		}
	}
	for _, k := range s.kinds {
		v := s.variants[k]
		what, line := f.What, at("what")
		if v.own {
			what, line = f.ByKind[k].What, at("by-kind", k, "what")
			if what == "" {
				c.fail(at(), "step %q needs the what of [steps.by-kind.%s] in this language", f.ID, k)
				continue
			}
		}
		if what == "" {
			continue
		}
		if err := c.helpers.CheckInline(what); err != nil {
			c.fail(line, "step %q: what %v", f.ID, err)
			continue
		}
		v.what, v.text, v.line = what, c.helpers.PlainText(what), line
		s.variants[k] = v
	}
}
