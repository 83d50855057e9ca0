package site

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strings"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/view"
)

// CalendarMonth is one month of a calendar of links, weeks from Monday.
type CalendarMonth struct {
	Caption string // "November 2026"
	Weeks   [][]CalendarDay
}

// CalendarDay is one cell: empty outside the month, a link inside the
// window, plain text otherwise.
type CalendarDay struct {
	Day     int
	Date    timeline.Date
	Href    string
	Prefix  string // words before the day for screen readers: "Interview on Friday"
	Current bool   // the build date
	Empty   bool
}

// PlanIndex is the data of plan/.
type PlanIndex struct {
	Counts      string // the holidays the plans count
	Months      []CalendarMonth
	First, Last timeline.Date
	Build       timeline.Date
	Kinds       []timeline.Kind
}

// DatePlans is the data of plan/<date>/: every plan for one interview
// date, one section per decision kind, reached by fragment links (#soon).
type DatePlans struct {
	Interview timeline.Date
	Counts    string // the holidays the plans count: "England and Wales bank holidays"
	Plans     []KindPlan
}

// KindPlan is one section of plan/<date>/: the plan for one decision kind.
// For kind by-date, Steps are the steps that count from the interview and
// Named holds the rest, for each date they could name.
type KindPlan struct {
	Kind     timeline.Kind
	Steps    []PlanStepView
	End      timeline.Date // the plan's last day
	Over     bool          // End is before the build date
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
	Named   timeline.Date
	ID      string // the fragment: "by-date-2026-12-02"
	End     timeline.Date
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

// addCalculator plans the calculator's pages and calendar files: one page
// per interview date in the window, a calendar file per kind, and one per
// date they could name.
func (p *plan) addCalculator() {
	if !p.calc.enabled {
		return
	}
	r := p.calc.rules
	build := timeline.DateOf(p.opts.BuildDate)
	if err := r.CheckWindow(build); err != nil {
		p.errs.Add(err)
		return
	}
	first, last := r.Window(build)
	index := &content.Page{Kind: content.KindSection, Title: "Plan your follow-up", Path: planPath, Parent: p.site.Home,
		Description: "Pick the day of your interview and what they said about the decision: get a dated plan for every follow-up step."}
	p.addGenerated(index, "plan-index", &PlanIndex{Counts: countsSentence(r), Months: p.calendar(first, last, build, index.Path, dateHref, "Interview on"), First: first, Last: last, Build: build, Kinds: r.Kinds()})
	weekday := &content.Page{Kind: content.KindPage, Title: "Follow-up plans by weekday", Path: planPath + "by-weekday/", Parent: index,
		Description: "Plans that never go out of date: the days of each step counted from an interview on any weekday."}
	p.add(job{file: weekday.Path + "index.html", claim: "the evergreen plans", html: true, run: func(b *bytes.Buffer) error {
		var tables []*EvergreenTable
		for _, k := range r.Kinds() {
			t, err := p.evergreenTable(k.ID, weekday.Path)
			if err != nil {
				return diag.Errorf(rulesFile, 0, "%v", err)
			}
			tables = append(tables, t)
		}
		return p.renderGenerated(b, "plan-weekday", view.PageData{Page: weekday, Kind: "plan-weekday", Data: tables}, needPlan)
	}})
	for d := first; !d.After(last); d = d.AddDays(1) {
		p.addInterviewDate(index, d)
	}
	if _, ok := r.Kind("by-date"); ok {
		named := r.NamedDates(first)
		for n := named[0]; !n.After(r.NamedDates(last)[len(named)-1]); n = n.AddDays(1) {
			p.addNamedICS(n)
		}
	}
}

func (p *plan) addGenerated(pg *content.Page, layout string, data any) {
	p.add(job{file: pg.Path + "index.html", claim: "the calculator page /" + pg.Path, html: true, run: func(b *bytes.Buffer) error {
		return p.renderGenerated(b, layout, view.PageData{Page: pg, Kind: layout, Data: data}, needPlan)
	}})
}

func dateHref(d timeline.Date) string { return planPath + d.String() + "/" }

// namedICSPath is the calendar file of the steps that count from a date
// they named: the same for every interview, so one file per date.
func namedICSPath(n timeline.Date) string { return planPath + "decide-by/" + n.String() + ".ics" }

// addInterviewDate plans the page of one interview date and the calendar
// files of its plans: plan/<date>/<kind>.ics, and for kind by-date the
// steps that count from the interview.
func (p *plan) addInterviewDate(index *content.Page, d timeline.Date) {
	r := p.calc.rules
	pg := &content.Page{Kind: content.KindPage, Title: "Interview on " + d.Long(), Path: dateHref(d), Parent: index,
		Description: "Your dated follow-up plan for an interview on " + d.Long() + ", for whatever they said about when they would decide."}
	p.add(job{file: pg.Path + "index.html", claim: "the plans /" + pg.Path, html: true, run: func(b *bytes.Buffer) error {
		dp, err := p.datePlans(d, pg.Path)
		if err != nil {
			return err
		}
		return p.renderGenerated(b, "plan-date", view.PageData{Page: pg, Kind: "plan-date", Data: dp}, needPlan)
	}})
	for _, k := range r.Kinds() {
		p.add(job{file: pg.Path + k.ID + ".ics", claim: "the calendar of /" + pg.Path + "#" + k.ID, run: func(b *bytes.Buffer) error {
			plan, opts, err := p.kindICS(d, k)
			if err != nil {
				return err
			}
			return timeline.WriteICS(b, plan, opts)
		}})
	}
}

// kindICS gives the plan of one kind for its calendar file: for by-date,
// only the steps that count from the interview (the rest are in the named
// date's file).
func (p *plan) kindICS(d timeline.Date, k timeline.Kind) (timeline.Plan, timeline.ICSOptions, error) {
	opts := p.icsOptions()
	if k.ID != "by-date" {
		plan, err := p.calc.rules.Plan(d, k.ID, timeline.Date{})
		return plan, opts, locatePlanErr(err)
	}
	plan, err := p.calc.rules.Plan(d, k.ID, d)
	plan.Steps = slices.DeleteFunc(plan.Steps, func(s timeline.Step) bool { return s.Named })
	opts.ID = d.Compact() + "-by-date"
	return plan, opts, locatePlanErr(err)
}

// addNamedICS plans the calendar file of the steps that count from the
// date they named.
func (p *plan) addNamedICS(n timeline.Date) {
	p.add(job{file: namedICSPath(n), claim: "the calendar of a date they named", run: func(b *bytes.Buffer) error {
		plan, err := p.calc.rules.Plan(n, "by-date", n)
		if err != nil {
			return locatePlanErr(err)
		}
		plan.Steps = slices.DeleteFunc(plan.Steps, func(s timeline.Step) bool { return !s.Named })
		opts := p.icsOptions()
		opts.ID, opts.Name = "by-date-"+n.Compact(), "Follow-up plan: they decide by "+n.Long()
		return timeline.WriteICS(b, plan, opts)
	}})
}

func locatePlanErr(err error) error {
	if err != nil {
		return diag.Errorf(rulesFile, 0, "%v", err)
	}
	return nil
}

func (p *plan) icsOptions() timeline.ICSOptions {
	return timeline.ICSOptions{Build: timeline.DateOf(p.opts.BuildDate), Domain: p.icsDomain(), GuideURL: p.guideURL, Counts: p.calc.rules.Counts()}
}

func (p *plan) icsDomain() string {
	if u, err := url.Parse(p.cfg.BaseURL); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return ""
}

// planStep renders one step of a plan. The same step, on the same dates,
// for the same kind, recurs in many plans (the thank-you email depends only
// on the interview date; for a named date, the later steps only on that
// date), so each is rendered once per folder depth (links are relative).
// A when that is not empty replaces the step's days in words: the by-date
// cards that say how a step counts from the date they named.
func (p *plan) planStep(s timeline.Step, kind, pagePath, when string) (PlanStepView, error) {
	if when == "" {
		when = whenText(s.Start, s.End)
	}
	depth := strings.Count(pagePath, "/")
	key := fmt.Sprintf("%s/%s/%s/%s/%d/%s", s.ID, kind, s.Start, s.End, depth, when)
	p.mu.Lock()
	sv, done := p.calc.steps[key]
	p.mu.Unlock()
	if done {
		return sv, nil
	}
	what, err := p.stepWhat(s, kind, pagePath)
	if err != nil {
		return sv, err
	}
	sv = PlanStepView{ID: s.ID, Title: s.Title, Start: s.Start, End: s.End, What: what, Channel: s.Channel.Label(), When: when}
	if s.Guide != "" {
		if href, _, err := (pageLinks{plan: p, fromDir: ".", pagePath: pagePath}).Resolve(s.Guide); err == nil {
			sv.GuideHref, sv.GuideTitle = href, p.pageTitle(s.Guide)
		}
	}
	if c, ok := p.checklists.Get(s.Checklist); ok {
		sv.ChecklistHref, sv.ChecklistTitle = p.linker.Rel(pagePath, workbookPath+c.ID+"/"), c.Title
	}
	var b bytes.Buffer
	if err := p.theme.ExecutePartial(&b, "plan-step.html", sv, "the plan step "+s.ID); err != nil {
		return sv, err
	}
	sv.HTML = template.HTML(b.String())
	if !strings.Contains(string(what), "href=") {
		p.mu.Lock()
		p.calc.steps[key] = sv
		p.mu.Unlock()
	}
	return sv, nil
}

// stepWhat renders a step's text once per step and kind; text with links
// is rendered for each page, since its links are relative to the page.
func (p *plan) stepWhat(s timeline.Step, kind, pagePath string) (template.HTML, error) {
	key := s.ID + "/" + kind
	p.mu.Lock()
	what, cached := p.calc.whats[key]
	p.mu.Unlock()
	if cached {
		return what, nil
	}
	res, err := p.conv.Inline([]byte(s.What), &markdown.Context{Links: pageLinks{plan: p, fromDir: ".", pagePath: pagePath}, PagePath: pagePath})
	if err != nil {
		return "", diag.Locate(err, rulesFile, s.Lines.What-1)
	}
	what = template.HTML(res.HTML)
	if !strings.Contains(string(res.HTML), "href=") {
		p.mu.Lock()
		p.calc.whats[key] = what
		p.mu.Unlock()
	}
	return what, nil
}

// whenText writes a day or a span of days: "Tuesday 1 December 2026",
// "Friday 27 to Monday 30 November 2026", "Monday 30 November to Tuesday 1
// December 2026", or both years in full across a new year.
func whenText(start, end timeline.Date) string {
	switch {
	case start.Equal(end):
		return start.Long()
	case start.Year() != end.Year():
		return start.Long() + " to " + end.Long()
	case start.Month() != end.Month():
		return fmt.Sprintf("%s %d %s to %s", start.Weekday(), start.Day(), start.Month(), end.Long())
	}
	return fmt.Sprintf("%s %d to %s", start.Weekday(), start.Day(), end.Long())
}

// calendar builds the month tables from first to last; days in that range
// link to hrefOf(day), relative to the page at pagePath.
func (p *plan) calendar(first, last, current timeline.Date, pagePath string, hrefOf func(timeline.Date) string, prefix string) []CalendarMonth {
	var months []CalendarMonth
	for m := timeline.NewDate(first.Year(), first.Month(), 1); !m.After(last); m = timeline.NewDate(m.Year(), m.Month()+1, 1) {
		cm := CalendarMonth{Caption: fmt.Sprintf("%s %d", m.Month(), m.Year())}
		lead := (int(m.Weekday()) + 6) % 7 // days before the 1st in a week starting on Monday
		week := make([]CalendarDay, lead)
		for i := range week {
			week[i].Empty = true
		}
		for d := m; d.Month() == m.Month(); d = d.AddDays(1) {
			cell := CalendarDay{Day: d.Day(), Date: d, Current: d.Equal(current)}
			if !d.Before(first) && !d.After(last) {
				cell.Href = p.linker.Rel(pagePath, hrefOf(d))
				cell.Prefix = prefix + " " + d.Weekday().String()
			}
			week = append(week, cell)
			if len(week) == 7 {
				cm.Weeks = append(cm.Weeks, week)
				week = nil
			}
		}
		if len(week) > 0 {
			for len(week) < 7 {
				week = append(week, CalendarDay{Empty: true})
			}
			cm.Weeks = append(cm.Weeks, week)
		}
		months = append(months, cm)
	}
	return months
}
