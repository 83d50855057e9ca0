package site

import (
	"fmt"
	"time"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/timeline"
)

// datePlans prepares the page of one interview date: a section per kind.
func (p *plan) datePlans(d timeline.Date, pagePath string) (*DatePlans, error) {
	r := p.calc.rules
	build := timeline.DateOf(p.opts.BuildDate)
	v := &DatePlans{Interview: d, Counts: countsSentence(r)}
	for _, k := range r.Kinds() {
		kp := KindPlan{Kind: k, ICSHref: k.ID + ".ics", ICSName: fmt.Sprintf("followup-plan-%s-%s.ics", d.Compact(), k.ID)}
		named := timeline.Date{}
		if k.ID == "by-date" {
			named = d
		}
		plan, err := r.Plan(d, k.ID, named)
		if err != nil {
			return nil, locatePlanErr(err)
		}
		for _, s := range plan.Steps {
			if s.Named {
				continue
			}
			sv, err := p.planStep(s, k.ID, pagePath, "")
			if err != nil {
				return nil, err
			}
			kp.Steps = append(kp.Steps, sv)
		}
		kp.End = plan.End()
		if k.ID == "by-date" {
			if kp.Named, err = p.namedPlans(d, pagePath); err != nil {
				return nil, err
			}
			if ds := kp.Named.Dates; len(ds) > 0 {
				kp.End = ds[len(ds)-1].End
			}
		}
		kp.Over = kp.End.Before(build)
		kp.Holidays = p.holidaysBetween(d, kp.End)
		v.Plans = append(v.Plans, kp)
	}
	return v, nil
}

// namedPlans prepares the by-date section's dates: for each date they could
// name, the days of the steps that count from it.
func (p *plan) namedPlans(d timeline.Date, pagePath string) (*NamedPlans, error) {
	r := p.calc.rules
	build := timeline.DateOf(p.opts.BuildDate)
	dates := r.NamedDates(d)
	np := &NamedPlans{Months: p.calendar(dates[0], dates[len(dates)-1], timeline.Date{}, pagePath,
		func(n timeline.Date) string { return pagePath + "#" + namedID(n) }, "They decide by")}
	ever, err := r.Evergreen(time.Monday, "by-date")
	if err != nil {
		return nil, locatePlanErr(err)
	}
	for i, n := range dates {
		plan, err := r.Plan(d, "by-date", n)
		if err != nil {
			return nil, locatePlanErr(err)
		}
		nd := NamedPlan{Named: n, ID: namedID(n), End: plan.End(), Over: plan.End().Before(build),
			ICSHref: p.linker.Rel(pagePath, namedICSPath(n)), ICSName: "followup-plan-decide-by-" + n.Compact() + ".ics"}
		for j, s := range plan.Steps {
			if !s.Named {
				continue
			}
			nd.Steps = append(nd.Steps, NamedStep{Title: s.Title, When: shortSpan(s.Start, s.End), Start: s.Start})
			if i == 0 {
				rule := s // the card says how the step counts, not its days
				rule.Start, rule.End = timeline.Date{}, timeline.Date{}
				sv, err := p.planStep(rule, "by-date", pagePath, content.UpperFirst(ever.Steps[j].Rule))
				if err != nil {
					return nil, err
				}
				np.Steps = append(np.Steps, sv)
			}
		}
		np.Dates = append(np.Dates, nd)
	}
	return np, nil
}

func namedID(n timeline.Date) string { return "by-date-" + n.String() }

// holidaysBetween lists the holidays from first to last, for a plan's note.
func (p *plan) holidaysBetween(first, last timeline.Date) []string {
	var out []string
	for d := first; !d.After(last); d = d.AddDays(1) {
		if name, ok := p.calc.rules.Holiday(d); ok {
			out = append(out, name+", "+d.Long())
		}
	}
	return out
}

// shortSpan writes a day or span compactly: "Thu 3 Dec", "Tue 1 – Wed 2 Dec".
func shortSpan(start, end timeline.Date) string {
	if start.Equal(end) {
		return start.Short()
	}
	return start.Short() + " – " + end.Short()
}

// countsSentence says which days off the plans count around, for the pages.
func countsSentence(r *timeline.Rules) string {
	if c := r.Counts(); c != "no public holidays" {
		return "Working days skip weekends and " + c + "."
	}
	return "Working days skip weekends only: no public holidays are counted."
}
