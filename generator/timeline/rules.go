package timeline

import (
	_ "embed"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/holidays"
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
	path     string
	textPath string // the file of the texts: path, or a translation's
	window   window
	calendar holidays.Calendar // the public holidays the file names, if any
	extra    bool              // the file lists days of its own
	cal      calendar
	kinds    []Kind
	steps    []stepRule
	quotes   map[string]string
}

type window struct {
	ahead, named int
	line         int // of window.ahead, for CheckWindow
}

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
	r.path, r.textPath = path, path
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

// TextFile returns the path of the file the texts are from: Path, or the
// translation's (Translate); a step's Lines.What is a line of it.
func (r *Rules) TextFile() string { return r.textPath }

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

// Calendar returns the label of the holiday calendar the rules count
// ("England and Wales bank holidays"; "" for none) and whether the file
// lists days off of its own: what Counts says, in parts, for a page to
// say in its own language.
func (r *Rules) Calendar() (label string, own bool) { return r.calendar.Label, r.extra }

// Counts says which days off the rules count, for the pages that say so:
// "England and Wales bank holidays", "England and Wales bank holidays and
// the site's own closures", "the site's own closures" or "no public
// holidays".
func (r *Rules) Counts() string {
	switch {
	case r.calendar.Label != "" && r.extra:
		return r.calendar.Label + " and the site's own closures"
	case r.calendar.Label != "":
		return r.calendar.Label
	case r.extra:
		return "the site's own closures"
	}
	return "no public holidays"
}

// Holidays returns the file's own days off and closures in date order (not
// the named calendar's, which has every year: ask Holiday for a day).
func (r *Rules) Holidays() []Holiday {
	hs := make([]Holiday, 0, len(r.cal.holidays))
	for d, name := range r.cal.holidays {
		hs = append(hs, Holiday{d, name})
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].Date.Before(hs[j].Date) })
	return hs
}

// Holiday returns the name of the holiday on d, if d is one: the file's
// own, else the named calendar's.
func (r *Rules) Holiday(d Date) (string, bool) { return r.cal.holiday(d) }

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
// pages in a build made on build: last is window.ahead days after build;
// first is the earliest interview with a plan that still has a step on or
// after build (Alive), so a plan's address lasts as long as the plan.
func (r *Rules) Window(build Date) (first, last Date) {
	first = build
	for i := 0; i < maxLookBack && r.Alive(first.AddDays(-1), build); i++ {
		first = first.AddDays(-1)
	}
	return first, build.AddDays(r.window.ahead)
}

// MaxDatedPages is the most interview dates a window may give dated plan
// pages: with the shipped rules one page and five calendar files each.
const MaxDatedPages = 400

// CheckWindow reports, at the line of window.ahead, a window that would
// give more than MaxDatedPages interview dates in a build made on build.
func (r *Rules) CheckWindow(build Date) error {
	first, last := r.Window(build)
	n := last.Sub(first) + 1
	if n <= MaxDatedPages {
		return nil
	}
	return diag.Errorf(r.path, r.window.line, "window.ahead = %d would write dated plan pages for %d interview dates (%s to %s), more than the %d the generator allows; use ahead = %d or less",
		r.window.ahead, n, first, last, MaxDatedPages, r.window.ahead-(n-MaxDatedPages))
}

// maxLookBack bounds Window's search for the first interview date: no plan
// the checked offsets allow lasts this long.
const maxLookBack = 3 * 7 * 367

// Alive reports whether some plan for an interview on interview has a step
// that ends on or after build. Steps never move earlier when the interview
// (or the date they named) moves later, so the latest plan is the by-date
// plan for the last named date, or the longest of the other kinds.
func (r *Rules) Alive(interview, build Date) bool {
	for _, k := range r.kinds {
		named := Date{}
		if k.ID == "by-date" {
			named = interview.AddDays(r.window.named)
		}
		for _, s := range r.schedule(r.cal, interview, k.ID, named) {
			if !s.End.Before(build) {
				return true
			}
		}
	}
	return false
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
	workdays [7]bool         // indexed by time.Weekday; at least one is true
	holidays map[Date]string // the file's own
	public   *publicDays     // the named calendar's, or nil
}

func (c calendar) holiday(d Date) (string, bool) {
	if name, ok := c.holidays[d]; ok {
		return name, true
	}
	if c.public != nil {
		return c.public.holiday(d)
	}
	return "", false
}

func (c calendar) isBusinessDay(d Date) bool {
	if !c.workdays[d.Weekday()] {
		return false
	}
	_, holiday := c.holiday(d)
	return !holiday
}

// publicDays computes a named calendar's holidays a year at a time, when a
// plan first needs that year, and keeps them: Rules stay safe for
// concurrent use, and a build pays for the few years its plans cover.
type publicDays struct {
	cal   holidays.Calendar
	mu    sync.Mutex
	years map[int][]holidays.Day
}

func (p *publicDays) holiday(d Date) (string, bool) {
	p.mu.Lock()
	days, ok := p.years[d.Year()]
	if !ok {
		days = p.cal.Year(d.Year())
		p.years[d.Year()] = days
	}
	p.mu.Unlock()
	for _, h := range days {
		if h.Month == d.Month() && h.Day == d.Day() {
			return h.Name, true
		}
	}
	return "", false
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
