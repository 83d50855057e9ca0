package timeline

import (
	"fmt"
	"strings"
	"time"
)

// EvergreenPlan is a plan without dates, for an interview on a day of the
// week: it never goes stale, so it suits guides, print and offline editions.
type EvergreenPlan struct {
	Weekday time.Weekday // of the interview
	Kind    Kind
	Steps   []EvergreenStep // in the order of the rules file
}

// EvergreenStep is a step of an evergreen plan. Its days are counted from
// the interview (day 0), skipping non-workdays but no holidays. A step that
// depends on the date they named (kind by-date) has no days: Named is true
// and Rule says when it happens.
type EvergreenStep struct {
	ID        string
	Title     string
	What      string
	Channel   Channel
	Guide     string
	Checklist string
	Timing    Timing // the timing, to say in a page's language
	Named     bool   // counted from the date they named; Start and End are zero
	Start     Day
	End       Day
	Lines     Lines // where What, Guide and Checklist are written
}

// Rule says the step's timing in English: "the first working day after
// the date they named" (Timing.English), made when asked, since a page
// says it in its own language from Timing.
func (s EvergreenStep) Rule() string { return s.Timing.English() }

// Day is a day counted from the interview.
type Day struct {
	Weekday time.Weekday
	N       int // days after the interview; 0 is the interview day
}

// String returns "Monday (day 3)".
func (d Day) String() string { return fmt.Sprintf("%s (day %d)", d.Weekday, d.N) }

// Range reports whether the step spans more than one day.
func (s EvergreenStep) Range() bool { return !s.Named && s.Start != s.End }

// When says in English when the step happens: "Monday (day 3)", "Friday
// (day 0) to Monday (day 3)", or, for a step counted from the date they
// named, its Rule. A page says it in its own language (Timing, Start, End).
func (s EvergreenStep) When() string {
	switch {
	case s.Named:
		return s.Rule()
	case s.Range():
		return s.Start.String() + " to " + s.End.String()
	}
	return s.Start.String()
}

// Evergreen returns the plan for an interview on weekday when they said
// kind. Non-workdays are skipped and holidays ignored. Steps of kind by-date
// that count from the date they named carry only their Timing.
func (r *Rules) Evergreen(weekday time.Weekday, kind string) (EvergreenPlan, error) {
	k, ok := r.Kind(kind)
	if !ok {
		return EvergreenPlan{}, fmt.Errorf("timeline evergreen plan: unknown kind %q%s (the kinds are %s)", kind, suggest(kind, kindIDs), strings.Join(kindIDs, ", "))
	}
	interview := NewDate(2001, time.January, 1+(int(weekday)+6)%7) // in a week starting on Monday 1 January 2001
	var named Date
	if kind == "by-date" {
		named = interview // a stand-in: steps that depend on it show their rule only
	}
	cal := calendar{workdays: r.cal.workdays}
	p := EvergreenPlan{Weekday: weekday, Kind: k}
	for _, s := range r.schedule(cal, interview, kind, named) {
		e := EvergreenStep{
			ID: s.ID, Title: s.Title, What: s.What, Channel: s.Channel,
			Guide: s.Guide, Checklist: s.Checklist, Named: s.Named, Lines: s.Lines,
		}
		e.Timing = r.timingOf(s.when)
		if !s.Named {
			e.Start = Day{s.Start.Weekday(), s.Start.Sub(interview)}
			e.End = Day{s.End.Weekday(), s.End.Sub(interview)}
		}
		p.Steps = append(p.Steps, e)
	}
	return p, nil
}

// EvergreenWeek returns the evergreen plans of kind for an interview on each
// day of the week, Monday to Sunday: the rows of a "by weekday of the
// interview" table. Weekend interviews are included because they happen
// (shops, restaurants, hospitals); a page that wants workdays only can skip
// the rows for which IsWorkday is false.
func (r *Rules) EvergreenWeek(kind string) ([]EvergreenPlan, error) {
	var out []EvergreenPlan
	for i := range 7 {
		p, err := r.Evergreen(time.Weekday((i+1)%7), kind)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}
