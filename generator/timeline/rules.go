package timeline

import (
	_ "embed"
	"slices"
	"sort"
	"time"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
)

//go:generate cp ../../data/timeline.toml default.toml

// defaultFile is a copy of data/timeline.toml; TestDefaultFileInSync keeps
// the two identical.
//
//go:embed default.toml
var defaultFile []byte

// DefaultPath is the path of the shipped rules file, relative to the site's
// source folder.
const DefaultPath = "data/timeline.toml"

// Rules are the follow-up rules of one site, loaded from its timeline.toml.
// Rules are immutable and safe for concurrent use.
type Rules struct {
	path   string
	window window
	cal    calendar
	kinds  []Kind
	steps  []stepRule
	quotes map[string]string
}

type window struct{ back, ahead, named int }

// Kind is one answer to "when will they decide?".
type Kind struct {
	ID       string // stable, used in URLs: soon, by-date, week, weeks, unsaid
	Label    string // "Within a day or two"
	Sentence string // "They said they would decide within a day or two."
}

// The ids of the five decision kinds, in their default order.
var kindIDs = []string{"soon", "by-date", "week", "weeks", "unsaid"}

// The ids of the steps the engine knows, in their usual order.
var stepIDs = []string{"before-leaving", "thank-you-email", "hand-delivered-note", "first-call", "follow-up-email", "last-try", "move-on"}

// Holiday is a day that counts as a non-business day.
type Holiday struct {
	Date Date
	Name string
}

// Channel is how a step reaches the employer.
type Channel string

// The channels a step may use.
const (
	Email    Channel = "email"
	Phone    Channel = "phone"
	InPerson Channel = "in-person"
	NoOne    Channel = "none" // nothing to send: a decision such as moving on
)

var channels = []Channel{Email, Phone, InPerson, NoOne}

// Label returns the channel for display: "Email", "Phone", "In person", or
// "" for none.
func (c Channel) Label() string {
	switch c {
	case Email:
		return "Email"
	case Phone:
		return "Phone"
	case InPerson:
		return "In person"
	}
	return ""
}

// Helpers are what loading rules borrows from the packages above, so that
// timeline imports neither goldmark nor the checklists: site passes
// markdown.CheckInline, markdown.PlainText and checklist.ValidID.
type Helpers struct {
	CheckInline func(md string) error  // an error unless md is one paragraph of inline markdown
	PlainText   func(md string) string // md as plain text, for calendar events
	ChecklistID func(id string) bool   // whether id has the form of a checklist id
}

// Load parses and checks a rules file with h. path names the file in
// errors, which read "path:line: what is wrong and what to do"; all
// problems are reported, as a diag.List, not only the first.
func Load(path string, src []byte, h Helpers) (*Rules, error) {
	root, err := decode.ParseTOML(src)
	if err != nil {
		return nil, diag.Locate(err, path, 0)
	}
	var f file
	if err := decode.Into(root, &f); err != nil {
		return nil, diag.Locate(err, path, 0)
	}
	c := &checker{root: root, helpers: h}
	r := c.rules(&f)
	if err := c.errs.Err(); err != nil {
		return nil, diag.Locate(err, path, 0)
	}
	r.path = path
	r.quotes = r.buildQuotes()
	return r, nil
}

// Default returns the shipped rules: the copy of data/timeline.toml embedded
// in the generator, for sites that have no rules file of their own,
// loaded with h.
func Default(h Helpers) *Rules {
	r, err := Load(DefaultPath, defaultFile, h)
	if err != nil {
		panic("timeline: the embedded default rules do not load: " + err.Error())
	}
	return r
}

// Path returns the path the rules were loaded from.
func (r *Rules) Path() string { return r.path }

// Kinds returns the decision kinds in the file's order.
func (r *Rules) Kinds() []Kind { return slices.Clone(r.kinds) }

// Kind returns the kind with the given id.
func (r *Rules) Kind(id string) (Kind, bool) {
	for _, k := range r.kinds {
		if k.ID == id {
			return k, true
		}
	}
	return Kind{}, false
}

// Holidays returns the holidays in date order.
func (r *Rules) Holidays() []Holiday {
	hs := make([]Holiday, 0, len(r.cal.holidays))
	for d, name := range r.cal.holidays {
		hs = append(hs, Holiday{d, name})
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].Date.Before(hs[j].Date) })
	return hs
}

// Holiday returns the name of the holiday on d, if d is one.
func (r *Rules) Holiday(d Date) (string, bool) {
	name, ok := r.cal.holidays[d]
	return name, ok
}

// IsWorkday reports whether offices work on weekday w (holidays aside).
func (r *Rules) IsWorkday(w time.Weekday) bool { return r.cal.workdays[w] }

// IsBusinessDay reports whether d is a workday and not a holiday.
func (r *Rules) IsBusinessDay(d Date) bool { return r.cal.isBusinessDay(d) }

// NextBusinessDay returns d if it is a business day, else the first business
// day after it.
func (r *Rules) NextBusinessDay(d Date) Date { return r.cal.next(d) }

// AddBusinessDays returns the n-th business day after d; d itself when n <= 0.
func (r *Rules) AddBusinessDays(d Date, n int) Date { return r.cal.add(d, n) }

// Window returns the first and last interview dates that get dated plan
// pages in a build made on build.
func (r *Rules) Window(build Date) (first, last Date) {
	return build.AddDays(-r.window.back), build.AddDays(r.window.ahead)
}

// NamedDates returns the dates offered as "the date they named" for an
// interview: every calendar day from the day after the interview to
// window.named days after it. Weekends and holidays are offered too: a plan
// for a named date that is not a business day counts from the next one.
func (r *Rules) NamedDates(interview Date) []Date {
	ds := make([]Date, r.window.named)
	for i := range ds {
		ds[i] = interview.AddDays(i + 1)
	}
	return ds
}

// calendar knows which days are business days.
type calendar struct {
	workdays [7]bool // indexed by time.Weekday; at least one is true
	holidays map[Date]string
}

func (c calendar) isBusinessDay(d Date) bool {
	_, holiday := c.holidays[d]
	return c.workdays[d.Weekday()] && !holiday
}

// next returns d, or the first business day after it. It ends because a
// week has at least one workday and the holidays are finite.
func (c calendar) next(d Date) Date {
	for !c.isBusinessDay(d) {
		d = d.AddDays(1)
	}
	return d
}

// add returns the n-th business day after d.
func (c calendar) add(d Date, n int) Date {
	for ; n > 0; n-- {
		d = c.next(d.AddDays(1))
	}
	return d
}
