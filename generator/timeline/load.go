package timeline

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	yaml "go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/holidays"
)

// file is timeline.toml as written. Values are checked and turned into
// Rules by a checker, which finds the line of each value in the parsed tree.
type file struct {
	Workdays []string      `yaml:"workdays"`
	Calendar string        `yaml:"calendar"`
	Holidays []fileHoliday `yaml:"holidays"`
	Window   *fileWindow   `yaml:"window"`
	Kinds    []fileKind    `yaml:"kinds"`
	Steps    []fileStep    `yaml:"steps"`
}

type fileWindow struct {
	Back  *int `yaml:"back"` // no longer used: reported, so an old file says what to do
	Ahead *int `yaml:"ahead"`
	Named *int `yaml:"named"`
}

type fileHoliday struct {
	Date Date   `yaml:"date"`
	To   Date   `yaml:"to"` // optional: a closure from date to this day
	Name string `yaml:"name"`
}

type fileKind struct {
	ID       string `yaml:"id"`
	Label    string `yaml:"label"`
	Sentence string `yaml:"sentence"`
}

type fileStep struct {
	ID        string                 `yaml:"id"`
	Title     string                 `yaml:"title"`
	What      string                 `yaml:"what"`
	Channel   string                 `yaml:"channel"`
	Guide     string                 `yaml:"guide"`
	Checklist string                 `yaml:"checklist"`
	Kinds     []string               `yaml:"kinds"`
	When      *fileWhen              `yaml:"when"`
	ByKind    map[string]fileVariant `yaml:"by-kind"`
}

type fileVariant struct {
	When *fileWhen `yaml:"when"`
	What string    `yaml:"what"`
}

type fileWhen struct {
	At           string `yaml:"at"`
	From         string `yaml:"from"`
	Days         span   `yaml:"days"`
	Hours        span   `yaml:"hours"`
	BusinessDays span   `yaml:"business-days"`
}

// span is an offset as written, a number or a range [earliest, latest]. It
// keeps its node so that the checker can explain a bad value in context.
type span struct{ node *yaml.Node }

func (s *span) DecodeNode(n *yaml.Node) error {
	s.node = n
	return nil
}

func (s span) set() bool { return s.node != nil }

// checker turns a decoded file into Rules, collecting every problem.
type checker struct {
	root    *yaml.Node
	helpers Helpers
	errs    diag.List
}

func (c *checker) fail(line int, format string, args ...any) {
	c.errs = append(c.errs, &diag.Error{Line: max(line, 1), Msg: fmt.Sprintf(format, args...)})
}

// line returns the line of the value at path (keys and list indexes from
// the root), or of the deepest table on the path that exists.
func (c *checker) line(path ...any) int {
	n := c.root
	for _, p := range path {
		next := child(n, p)
		if next == nil {
			break
		}
		n = next
	}
	return n.Line
}

func child(n *yaml.Node, p any) *yaml.Node {
	switch p := p.(type) {
	case string:
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == p {
					return n.Content[i+1]
				}
			}
		}
	case int:
		if n.Kind == yaml.SequenceNode && p < len(n.Content) {
			return n.Content[p]
		}
	}
	return nil
}

func (c *checker) rules(f *file) *Rules {
	r := &Rules{}
	r.cal.workdays = c.workdays(f.Workdays)
	r.calendar = c.calendar(f.Calendar)
	r.cal.holidays = c.holidays(f.Holidays)
	if r.calendar.Name != "" {
		r.cal.public = &publicDays{cal: r.calendar, years: map[int][]holidays.Day{}}
	}
	r.extra = len(f.Holidays) > 0
	r.window = c.window(f.Window)
	r.kinds = c.kinds(f.Kinds)
	r.steps = c.steps(f.Steps)
	return r
}

var weekdayNames = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

func (c *checker) workdays(names []string) [7]bool {
	var days [7]bool
	if len(names) == 0 {
		c.fail(c.line("workdays"), `workdays is missing or empty: list the days offices work, like workdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]`)
		days[time.Monday] = true // keep later checks meaningful
		return days
	}
	for i, name := range names {
		j := slices.Index(weekdayNames, name)
		switch {
		case j < 0:
			c.fail(c.line("workdays", i), "unknown workday %q: write Mon, Tue, Wed, Thu, Fri, Sat or Sun", name)
		case days[(j+1)%7]:
			c.fail(c.line("workdays", i), "workday %q is listed twice; keep one", name)
		default:
			days[(j+1)%7] = true // weekdayNames starts on Monday, time.Weekday on Sunday
		}
	}
	return days
}

// calendar looks up the public holidays the file names, if any.
func (c *checker) calendar(name string) holidays.Calendar {
	if name == "" {
		return holidays.Calendar{}
	}
	cal, ok := holidays.Lookup(name)
	if !ok {
		c.fail(c.line("calendar"), "unknown holiday calendar %q%s (write a name such as gb-eaw for England and Wales, gb-sct, gb-nir, us-ny, ca-on or de: the names are listed in the doc of generator/holidays)",
			name, suggest(name, holidays.Names()))
	}
	return cal
}

// holidays gives the file's own days off and closures, which name a day
// over the calendar's.
func (c *checker) holidays(hs []fileHoliday) map[Date]string {
	out := map[Date]string{}
	first := map[Date]int{}
	for i, h := range hs {
		line := c.line("holidays", i, "date")
		switch {
		case h.Date.IsZero():
			c.fail(line, "holiday needs a date, like date = 2026-12-25")
		case first[h.Date] > 0:
			c.fail(line, "holiday %s is listed twice (first at line %d); keep one", h.Date, first[h.Date])
		case h.Name == "":
			c.fail(c.line("holidays", i), "holiday %s needs a name, like name = \"Christmas Day\"", h.Date)
		case !h.To.IsZero() && (h.To.Before(h.Date) || h.To.Sub(h.Date) > 366):
			c.fail(c.line("holidays", i, "to"), "closure %s to %s: to must be from the date to at most 366 days after it", h.Date, h.To)
		default:
			last := h.To
			if last.IsZero() {
				last = h.Date
			}
			for d := h.Date; !d.After(last); d = d.AddDays(1) {
				out[d] = h.Name
			}
		}
		if !h.Date.IsZero() && first[h.Date] == 0 {
			first[h.Date] = line
		}
	}
	return out
}

func (c *checker) window(w *fileWindow) window {
	if w == nil {
		c.fail(1, "missing [window] table: add one with ahead = 60 and named = 28 (days)")
		return window{}
	}
	if w.Back != nil {
		c.fail(c.line("window", "back"), "window.back is no longer used: dated plans are kept for as long as a step of theirs is ahead; remove the line")
	}
	get := func(v *int, key string, lo, hi int, what string) int {
		switch {
		case v == nil:
			c.fail(c.line("window"), "[window] needs %s = <days>: %s", key, what)
		case *v < lo || *v > hi:
			c.fail(c.line("window", key), "window.%s must be from %d to %d days, not %d", key, lo, hi, *v)
		default:
			return *v
		}
		return 0
	}
	return window{
		line:  c.line("window", "ahead"),
		ahead: get(w.Ahead, "ahead", 0, 730, "how many days after the build date interviews get dated pages"),
		named: get(w.Named, "named", 1, 366, "how many days after the interview to offer as the date they named"),
	}
}

func (c *checker) kinds(fs []fileKind) []Kind {
	var out []Kind
	first := map[string]int{}
	for i, k := range fs {
		line := c.line("kinds", i, "id")
		switch {
		case k.ID == "":
			c.fail(c.line("kinds", i), "kind needs an id: one of %s", strings.Join(kindIDs, ", "))
			continue
		case slices.Index(kindIDs, k.ID) < 0:
			c.fail(line, "unknown kind %q%s (the kinds are %s)", k.ID, suggest(k.ID, kindIDs), strings.Join(kindIDs, ", "))
			continue
		case first[k.ID] > 0:
			c.fail(line, "kind %q is listed twice (first at line %d); keep one", k.ID, first[k.ID])
			continue
		}
		first[k.ID] = line
		if k.Label == "" {
			c.fail(c.line("kinds", i), "kind %q needs a label, a short name like label = \"Within a day or two\"", k.ID)
		}
		if k.Sentence == "" {
			c.fail(c.line("kinds", i), "kind %q needs a sentence that describes it, like sentence = \"They said they would decide within a day or two.\"", k.ID)
		}
		out = append(out, Kind{k.ID, k.Label, k.Sentence})
	}
	var missing []string
	for _, id := range kindIDs {
		if first[id] == 0 {
			missing = append(missing, strconv.Quote(id))
		}
	}
	if len(missing) > 0 {
		c.fail(c.line("kinds"), "kinds %s missing: each of %s needs an entry in kinds with id, label and sentence",
			isAre(strings.Join(missing, ", "), len(missing)), strings.Join(kindIDs, ", "))
	}
	return out
}

func isAre(s string, n int) string {
	if n == 1 {
		return s + " is"
	}
	return s + " are"
}

// suggest returns `: did you mean "x"?` for a near miss, or "".
func suggest(got string, known []string) string {
	if best := decode.Nearest(got, known); best != "" {
		return fmt.Sprintf(": did you mean %q?", best)
	}
	return ""
}
