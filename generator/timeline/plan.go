package timeline

import (
	"fmt"
	"strings"
)

// Plan is the follow-up plan for one interview: what to do on which days.
type Plan struct {
	Interview Date
	Kind      Kind
	Named     Date   // the date they named; zero unless Kind.ID is "by-date"
	Steps     []Step // in the order of the rules file
}

// ID identifies the plan by its parameters: "20261127-soon", or
// "20261127-by-date-20261202" when a date was named. It is stable across
// builds and starts every .ics UID of the plan.
func (p Plan) ID() string {
	id := p.Interview.Compact() + "-" + p.Kind.ID
	if !p.Named.IsZero() {
		id += "-" + p.Named.Compact()
	}
	return id
}

// Step is one thing to do, on a day or over a range of days.
type Step struct {
	ID        string  // a known step id, such as "first-call"
	Title     string  // "First follow-up call"
	What      string  // what to do: one paragraph of inline markdown
	Text      string  // What as plain text (for calendar events)
	Channel   Channel // email, phone, in person or none
	Guide     string  // content path of the guide section: "guides/following-up.md#first-call"
	Checklist string  // checklist id, or "" for none
	Start     Date    // the earliest day
	End       Date    // the latest day; equal to Start for a single day
	Named     bool    // the dates count from the date they named (by-date only)
	Lines     Lines   // where What, Guide and Checklist are written
}

// End returns the last day of the plan's last step.
func (p Plan) End() Date {
	var end Date
	for _, s := range p.Steps {
		if s.End.After(end) {
			end = s.End
		}
	}
	return end
}

// Range reports whether the step spans more than one day.
func (s Step) Range() bool { return s.End != s.Start }

// Days returns the number of days the step spans (1 for a single day).
func (s Step) Days() int { return s.End.Sub(s.Start) + 1 }

// Plan returns the plan for an interview on interview, when they said kind
// (a Kind.ID). named is the date they named for kind "by-date", and must be
// the zero Date for any other kind. A named date may be the interview day
// itself, or any later day, business day or not.
func (r *Rules) Plan(interview Date, kind string, named Date) (Plan, error) {
	k, ok := r.Kind(kind)
	switch {
	case interview.IsZero():
		return Plan{}, fmt.Errorf("timeline plan: no interview date")
	case !ok:
		return Plan{}, fmt.Errorf("timeline plan: unknown kind %q%s (the kinds are %s)", kind, suggest(kind, kindIDs), strings.Join(kindIDs, ", "))
	case kind == "by-date" && named.IsZero():
		return Plan{}, fmt.Errorf("timeline plan: kind by-date needs the date they named")
	case kind != "by-date" && !named.IsZero():
		return Plan{}, fmt.Errorf("timeline plan: a named date (%s) only goes with kind by-date, not %q", named, kind)
	case !named.IsZero() && named.Before(interview):
		return Plan{}, fmt.Errorf("timeline plan: the date they named, %s, is before the interview on %s; the date they decide by must be on or after the interview day",
			named.Long(), interview.Long())
	}
	p := Plan{Interview: interview, Kind: k, Named: named}
	for _, s := range r.schedule(r.cal, interview, kind, named) {
		p.Steps = append(p.Steps, s.Step)
	}
	return p, nil
}

// scheduled is a step placed in a plan, with what evergreen tables need.
type scheduled struct {
	Step
	when timing // its timing, for the evergreen tables to put in words
}

// schedule places the steps of kind, in file order. Each step's anchor comes
// before it, which Load checks.
func (r *Rules) schedule(cal calendar, interview Date, kind string, named Date) []scheduled {
	spans := map[string][2]Date{"interview": {interview, interview}, "named": {named, named}}
	onNamed := map[string]bool{"named": true}
	var out []scheduled
	for _, s := range r.steps {
		v, ok := s.variants[kind]
		if !ok {
			continue
		}
		a := spans[v.when.anchor]
		start, end := v.when.dates(cal, a[0], a[1])
		spans[s.id] = [2]Date{start, end}
		onNamed[s.id] = onNamed[v.when.anchor]
		out = append(out, scheduled{
			Step: Step{
				ID: s.id, Title: s.title, What: v.what, Text: v.text, Channel: s.channel,
				Guide: s.guide, Checklist: s.checklist, Start: start, End: end, Named: onNamed[s.id],
				Lines: Lines{What: v.line, Guide: s.lines.Guide, Checklist: s.lines.Checklist},
			},
			when: v.when,
		})
	}
	return out
}
