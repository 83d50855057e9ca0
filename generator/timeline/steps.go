package timeline

import (
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// stepRule is one checked [[steps]] table.
type stepRule struct {
	id, title, guide, checklist string
	channel                     Channel
	kinds                       []string           // the kinds it applies to, in kindIDs order
	variants                    map[string]variant // by kind
	lines                       Lines              // What is set per variant
}

// variant is how a step goes for one kind.
type variant struct {
	what  string
	text  string // what as plain text, computed once for calendar events
	when  timing
	quote string // the quote key prefix of when: "first-call.unsaid", or "follow-up-email"
	line  int    // the line of what
	own   bool   // what is the by-kind table's, not the step's
}

// Lines are where a step's values are written in the rules file, for
// errors the site finds in them (a link to a missing page, an unknown
// checklist). Zero for rules not read from a file.
type Lines struct {
	What, Guide, Checklist int
}

// maxOffset bounds every offset, in days.
const maxOffset = 366

func (c *checker) steps(fs []fileStep) []stepRule {
	var out []stepRule
	first := map[string]int{}
	for i, f := range fs {
		at := func(path ...any) int { return c.line(append([]any{"steps", i}, path...)...) }
		switch {
		case f.ID == "":
			c.fail(at(), "step needs an id: one of %s", strings.Join(stepIDs, ", "))
			continue
		case slices.Index(stepIDs, f.ID) < 0:
			c.fail(at("id"), "unknown step id %q%s (the steps are %s)", f.ID, suggest(f.ID, stepIDs), strings.Join(stepIDs, ", "))
			continue
		case first[f.ID] > 0:
			c.fail(at("id"), "step %q is listed twice (first at line %d); keep one", f.ID, first[f.ID])
			continue
		}
		first[f.ID] = at("id")
		s := c.stepHeader(f, at)
		s.kinds = c.stepKinds(f, at)
		s.variants = c.variants(f, s.kinds, out, at)
		out = append(out, s)
	}
	return out
}

func (c *checker) stepHeader(f fileStep, at func(...any) int) stepRule {
	s := stepRule{id: f.ID, title: f.Title, guide: f.Guide, checklist: f.Checklist, channel: Channel(f.Channel),
		lines: Lines{Guide: at("guide"), Checklist: at("checklist")}}
	if f.Title == "" {
		c.fail(at(), "step %q needs a title, a short noun phrase like title = \"Follow-up email\"", f.ID)
	}
	if slices.Index(channels, s.channel) < 0 {
		c.fail(at("channel"), "step %q: unknown channel %q: write channel = \"email\", \"phone\", \"in-person\" or \"none\"", f.ID, f.Channel)
	}
	if g, _, _ := strings.Cut(f.Guide, "#"); !fs.ValidPath(g) || !strings.HasSuffix(g, ".md") {
		c.fail(at("guide"), "step %q: guide %q must be a content path with an optional fragment, like guide = \"guides/thank-you-email.md#when-to-send\"", f.ID, f.Guide)
	}
	if f.Checklist != "" && !c.helpers.ChecklistID(f.Checklist) {
		c.fail(at("checklist"), "step %q: checklist %q is not a checklist id: write the id of a file in checklists/, like checklist = \"follow-up-call\"", f.ID, f.Checklist)
	}
	return s
}

// stepKinds checks the step's kinds list and by-kind tables and returns the
// kinds the step applies to.
func (c *checker) stepKinds(f fileStep, at func(...any) int) []string {
	if f.Kinds == nil {
		return slices.Clone(kindIDs)
	}
	if len(f.Kinds) == 0 {
		c.fail(at("kinds"), "step %q: kinds is empty; leave it out to apply the step to every kind", f.ID)
	}
	listed := map[string]bool{}
	for i, k := range f.Kinds {
		switch {
		case slices.Index(kindIDs, k) < 0:
			c.fail(at("kinds", i), "step %q: unknown kind %q in kinds%s (the kinds are %s)", f.ID, k, suggest(k, kindIDs), strings.Join(kindIDs, ", "))
		case listed[k]:
			c.fail(at("kinds", i), "step %q lists kind %q twice in kinds; keep one", f.ID, k)
		}
		listed[k] = true
	}
	var out []string
	for _, k := range kindIDs {
		if listed[k] {
			out = append(out, k)
		}
	}
	return out
}

// variants returns the step's what and when for each of its kinds.
func (c *checker) variants(f fileStep, kinds []string, prior []stepRule, at func(...any) int) map[string]variant {
	for k := range f.ByKind {
		if slices.Index(kinds, k) < 0 {
			why := fmt.Sprintf("the step does not apply to it; add %q to kinds or remove the table", k)
			if slices.Index(kindIDs, k) < 0 {
				why = fmt.Sprintf("unknown kind%s (the kinds are %s)", suggest(k, kindIDs), strings.Join(kindIDs, ", "))
			}
			c.fail(at("by-kind", k), "step %q: [steps.by-kind.%s]: %s", f.ID, k, why)
		}
	}
	var common timing
	commonOK := false
	if f.When != nil {
		common, commonOK = c.timing(f.When, f.ID, "", kindsUsing(f, kinds), prior, at("when"))
	}
	out := map[string]variant{}
	for _, k := range kinds {
		v := variant{what: f.What, when: common, quote: f.ID, line: c.whatLine(f, k, at)}
		ok := commonOK
		if bk, has := f.ByKind[k]; has && bk.What != "" {
			v.what, v.own = bk.What, true
		}
		if bk, has := f.ByKind[k]; has && bk.When != nil {
			v.when, ok = c.timing(bk.When, f.ID, k, []string{k}, prior, at("by-kind", k, "when"))
			v.quote = f.ID + "." + k
		} else if f.When == nil {
			c.fail(at(), "step %q has no when for kind %q: add when = { from = ..., days = ... } to the step or to [steps.by-kind.%s]", f.ID, k, k)
		}
		if v.what == "" {
			c.fail(at(), "step %q has no what for kind %q: add what = \"...\" to the step or to [steps.by-kind.%s]", f.ID, k, k)
		} else if err := c.helpers.CheckInline(v.what); err != nil {
			c.fail(v.line, "step %q: what %v", f.ID, err)
		} else {
			v.text = c.helpers.PlainText(v.what)
		}
		if ok {
			out[k] = v
		}
	}
	return out
}

func (c *checker) whatLine(f fileStep, kind string, at func(...any) int) int {
	if bk, has := f.ByKind[kind]; has && bk.What != "" {
		return at("by-kind", kind, "what")
	}
	return at("what")
}

// kindsUsing returns the kinds that use the step's own when.
func kindsUsing(f fileStep, kinds []string) []string {
	var out []string
	for _, k := range kinds {
		if bk, has := f.ByKind[k]; !has || bk.When == nil {
			out = append(out, k)
		}
	}
	return out
}

// timing checks one when table, used by the given kinds.
func (c *checker) timing(w *fileWhen, step, kind string, kinds []string, prior []stepRule, line int) (timing, bool) {
	where := fmt.Sprintf("step %q", step)
	if kind != "" {
		where += fmt.Sprintf(" (by-kind.%s)", kind)
	}
	var t timing
	switch {
	case w.At != "" && w.From != "":
		c.fail(line, "%s: when has both at and from; use at for the anchor's own day, or from with an offset", where)
		return t, false
	case w.At == "" && w.From == "":
		c.fail(line, `%s: when needs an anchor: from = "interview", "named" or an earlier step, with an offset such as days = 7 (or at = "interview" for the interview itself)`, where)
		return t, false
	}
	t.anchor, t.at = w.From, w.At != ""
	if t.at {
		t.anchor = w.At
	}
	ok := c.anchor(t.anchor, where, kinds, prior, line)
	if t.at {
		if w.Days.set() || w.Hours.set() || w.BusinessDays.set() {
			c.fail(line, "%s: at places the step on the anchor's own day, so it takes no offset; use from instead of at, or remove the offset", where)
			return t, false
		}
		return t, ok
	}
	return t, c.offsets(&t, w, where, line) && ok
}

func (c *checker) anchor(a, where string, kinds []string, prior []stepRule, line int) bool {
	switch a {
	case "interview":
		return true
	case "named":
		for _, k := range kinds {
			if k != "by-date" {
				c.fail(line, `%s: "named" (the date they named) only exists for kind by-date, but this when is also used for %q; give the other kinds their own [steps.by-kind.<kind>] when`, where, k)
				return false
			}
		}
		return true
	}
	i := slices.Index(stepIDs, a)
	for _, p := range prior {
		if p.id != a {
			continue
		}
		for _, k := range kinds {
			if slices.Index(p.kinds, k) < 0 {
				c.fail(line, "%s applies to kind %q, but its anchor %q does not; anchor it on a step that applies to all its kinds", where, k, a)
				return false
			}
		}
		return true
	}
	if i >= 0 {
		c.fail(line, "%s is anchored on %q, which does not come before it in the file; anchor it on an earlier step, or move %q above it", where, a, a)
	} else {
		c.fail(line, `%s: unknown anchor %q%s (use "interview", "named" or the id of an earlier step)`, where, a, suggest(a, append([]string{"interview", "named"}, stepIDs...)))
	}
	return false
}

// offsets reads the days, hours and business-days of a from-when.
func (c *checker) offsets(t *timing, w *fileWhen, where string, line int) bool {
	switch {
	case !w.Days.set() && !w.Hours.set() && !w.BusinessDays.set():
		c.fail(line, "%s: when needs an offset after from = %q: days, hours or business-days, like days = 7 or business-days = [2, 3]", where, t.anchor)
		return false
	case w.Days.set() && w.Hours.set():
		c.fail(line, "%s: when has both days and hours; keep one", where)
		return false
	}
	ok := true
	read := func(s span, name string, unit int) [2]int {
		v, good := c.span(s, name, where, unit)
		ok = ok && good
		return v
	}
	t.unit = "days"
	if w.Days.set() {
		t.days = read(w.Days, "days", 1)
		t.written = t.days
	}
	if w.Hours.set() {
		t.unit = "hours"
		t.written = read(w.Hours, "hours", 24)
		t.days = [2]int{t.written[0] / 24, t.written[1] / 24}
	}
	t.hasDays = w.Days.set() || w.Hours.set()
	if w.BusinessDays.set() {
		t.bdays = read(w.BusinessDays, "business-days", 1)
		t.hasBDays = true
	}
	return ok
}

// span reads an offset: a whole number, or a range [earliest, latest], in
// units of unit (24 for hours).
func (c *checker) span(s span, name, where string, unit int) ([2]int, bool) {
	n := s.node
	var v [2]int
	var ok bool
	switch n.Kind {
	case yaml.ScalarNode:
		v[0], ok = wholeNumber(n)
		v[1] = v[0]
	case yaml.SequenceNode:
		if len(n.Content) == 2 {
			var ok2 bool
			v[0], ok = wholeNumber(n.Content[0])
			v[1], ok2 = wholeNumber(n.Content[1])
			ok = ok && ok2
		}
	}
	spell := fmt.Sprintf("%s = %d", name, v[0])
	if n.Kind == yaml.SequenceNode {
		spell = fmt.Sprintf("%s = [%d, %d]", name, v[0], v[1])
	}
	switch {
	case !ok:
		c.fail(n.Line, "%s: %s must be a whole number like %d or a range like [%d, %d], not %s", where, name, 7*unit, 2*unit, 3*unit, written(n))
	case v[0] < 0 || v[1] < 0:
		c.fail(n.Line, "%s: %s is negative; an offset counts forward from its anchor, so write 0 or more", where, spell)
	case v[1] > maxOffset*unit:
		c.fail(n.Line, "%s: %s is too far; an offset is at most %d", where, spell, maxOffset*unit)
	case v[0] > v[1]:
		c.fail(n.Line, "%s: the range %s runs backwards; write the earliest first: [%d, %d]", where, spell, v[1], v[0])
	case v[0]%unit != 0 || v[1]%unit != 0:
		c.fail(n.Line, "%s: %s must be a multiple of %d, since dates are whole days", where, spell, unit)
	default:
		return v, true
	}
	return v, false
}

func wholeNumber(n *yaml.Node) (int, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		return 0, false
	}
	i, err := strconv.Atoi(n.Value)
	return i, err == nil && i > -1e9 && i < 1e9
}

func written(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return strconv.Quote(n.Value)
	case yaml.SequenceNode:
		return fmt.Sprintf("a list of %d", len(n.Content))
	}
	return "a table"
}
