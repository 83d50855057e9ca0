package view

import (
	"html/template"
	"time"

	"github.com/followup/followup/generator/timeline"
)

// The calculator's pages (providers/calculator): plan/ (layout plan-index,
// .Data a *PlanIndex), plan/<date>/ (layout plan-date, a *DatePlans) and
// plan/by-weekday/ (layout plan-weekday, a []*EvergreenTable); the theme's
// partials plan-step.html (a PlanStepView) and evergreen.html (an
// *EvergreenTable) render a step and a table.

// CalendarMonth is one month of a calendar of links, weeks from the
// language's first weekday.
type CalendarMonth struct {
	Caption string         // "November 2026"
	Head    []CalendarHead // the seven weekdays, from the first
	Weeks   [][]CalendarDay
}

// CalendarHead is a column's weekday: "Mon", "Monday".
type CalendarHead struct{ Abbr, Name string }

// CalendarDay is one cell: empty outside the month, a link inside the
// window, plain text otherwise.
type CalendarDay struct {
	Day     int
	Date    timeline.Date
	Href    string
	Prefix  string // words before the day for screen readers: "Interview on Friday"
	Month   string // words after it: "November 2026", "de noviembre de 2026"
	Current bool   // the build date
	Empty   bool
}

// Dated is a date with its words in the page's language, for layouts:
// {{.Long}} is "Friday 27 November 2026" or "viernes, 27 de noviembre de
// 2026"; {{.}} is still 2026-11-27, for a datetime attribute.
type Dated struct {
	timeline.Date
	Words string
}

// Long returns the date in words.
func (d Dated) Long() string { return d.Words }

// NamedDay is a weekday with its name in the page's language; {{.}} prints
// the name.
type NamedDay struct {
	time.Weekday
	Name string
}

// String returns the weekday's name.
func (d NamedDay) String() string { return d.Name }

// PlanIndex is the data of plan/.
type PlanIndex struct {
	Counts      string // the holidays the plans count
	Months      []CalendarMonth
	First, Last Dated
	Build       Dated
	Kinds       []timeline.Kind
}

// DatePlans is the data of plan/<date>/: every plan for one interview
// date, one section per decision kind, reached by fragment links (#soon).
type DatePlans struct {
	Interview Dated
	Counts    string // the holidays the plans count: "England and Wales bank holidays"
	Plans     []KindPlan
}

// KindPlan is one section of plan/<date>/: the plan for one decision kind.
// For kind by-date, Steps are the steps that count from the interview and
// Named holds the rest, for each date they could name.
type KindPlan struct {
	Kind     timeline.Kind
	Steps    []PlanStepView
	End      Dated // the plan's last day
	Over     bool  // End is before the build date
	ICSHref  string
	ICSName  string
	Holidays []string
	Named    *NamedPlans
}

// NamedPlans is the by-date section's choice of the date they named: a
// calendar of fragment links (#by-date-2026-12-02), the steps that count
// from that date in words, and each date's days of those steps.
type NamedPlans struct {
	Months []CalendarMonth
	Steps  []PlanStepView // When says how the step counts from the date they named
	Dates  []NamedPlan
}

// NamedPlan is the by-date plan for one date they named.
type NamedPlan struct {
	Named   Dated
	ID      string // the fragment: "by-date-2026-12-02"
	End     Dated
	Over    bool
	Steps   []NamedStep
	ICSHref string
	ICSName string
}

// NamedStep is one step's days in a NamedPlan.
type NamedStep struct {
	Title string
	When  string // "Thu 3 Dec", "Tue 1 – Wed 2 Dec"
	Start timeline.Date
}

// PlanStepView is one step of a plan page; HTML is the step rendered by
// the theme's plan-step.html partial.
type PlanStepView struct {
	HTML           template.HTML
	ID, Title      string
	When           string // "Tuesday 1 December to Wednesday 2 December 2026"
	Start, End     timeline.Date
	What           template.HTML
	Channel        string
	GuideHref      string
	GuideTitle     string
	ChecklistHref  string
	ChecklistTitle string
}

// EvergreenTable is one kind's plan for each weekday of the interview.
type EvergreenTable struct {
	Kind     timeline.Kind
	Counts   string // the holidays the dated plans count: "England and Wales bank holidays"
	Weekdays []NamedDay
	Rows     []EvergreenRow
}

// EvergreenRow is one step: a cell per weekday, or one Rule for all.
type EvergreenRow struct {
	Title     string
	GuideHref string
	Cells     []string
	Rule      string // when the step does not depend on the weekday (counted from a named date)
}
