package site

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
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
	Months      []CalendarMonth
	First, Last timeline.Date
	Build       timeline.Date
	Kinds       []timeline.Kind
}

// PlanChoice is the data of plan/<date>/ and plan/<date>/by-date/.
type PlanChoice struct {
	Interview timeline.Date
	Choices   []KindChoice
	Months    []CalendarMonth // the named-date calendar
}

// KindChoice is one answer to "when will they decide?".
type KindChoice struct {
	Kind timeline.Kind
	Href string
}

// PlanView is the data of a plan page.
type PlanView struct {
	Plan      timeline.Plan
	Steps     []PlanStepView
	ICSName   string
	DateHref  string // back to the choice of kinds
	IndexHref string // back to the calendar
	Holidays  []string
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

// addCalculator plans the calculator's pages and calendar files.
func (p *plan) addCalculator() {
	if !p.calc.enabled {
		return
	}
	r := p.calc.rules
	build := timeline.DateOf(p.opts.BuildDate)
	first, last := r.Window(build)
	index := &content.Page{Kind: content.KindSection, Title: "Plan your follow-up", Path: planPath, Parent: p.site.Home,
		Description: "Pick the day of your interview and what they said about the decision: get a dated plan for every follow-up step."}
	p.addGenerated(index, "plan-index", &PlanIndex{Months: p.calendar(first, last, build, index.Path, dateHref, "Interview on"), First: first, Last: last, Build: build, Kinds: r.Kinds()})
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
}

func (p *plan) addGenerated(pg *content.Page, layout string, data any) {
	p.add(job{file: pg.Path + "index.html", claim: "the calculator page /" + pg.Path, html: true, run: func(b *bytes.Buffer) error {
		return p.renderGenerated(b, layout, view.PageData{Page: pg, Kind: layout, Data: data}, needPlan)
	}})
}

func dateHref(d timeline.Date) string { return planPath + d.String() + "/" }

// addInterviewDate plans the pages of one interview date.
func (p *plan) addInterviewDate(index *content.Page, d timeline.Date) {
	r := p.calc.rules
	datePage := &content.Page{Kind: content.KindSection, Title: "Interview on " + d.Long(), Path: dateHref(d), Parent: index,
		Description: "What did they say about when they would decide? Choose, and get your dated follow-up plan."}
	choice := &PlanChoice{Interview: d}
	for _, k := range r.Kinds() {
		choice.Choices = append(choice.Choices, KindChoice{Kind: k, Href: datePage.Path + k.ID + "/"})
	}
	p.addGenerated(datePage, "plan-date", choice)
	for _, k := range r.Kinds() {
		if k.ID != "by-date" {
			p.addPlan(datePage, d, k, timeline.Date{})
			continue
		}
		namedPage := &content.Page{Kind: content.KindSection, Title: "They named a date", Path: datePage.Path + k.ID + "/", Parent: datePage,
			Description: "Your interview was on " + d.Long() + ". Pick the date by which they said they would decide."}
		named := r.NamedDates(d)
		hrefOf := func(n timeline.Date) string { return namedPage.Path + n.String() + "/" }
		months := p.calendar(named[0], named[len(named)-1], timeline.Date{}, namedPage.Path, hrefOf, "They decide by")
		p.addGenerated(namedPage, "plan-named", &PlanChoice{Interview: d, Months: months})
		for _, n := range named {
			p.addPlan(namedPage, d, k, n)
		}
	}
}

// addPlan plans one plan page and its calendar file.
func (p *plan) addPlan(parent *content.Page, d timeline.Date, k timeline.Kind, named timeline.Date) {
	plan, err := p.calc.rules.Plan(d, k.ID, named)
	if err != nil {
		p.errs = append(p.errs, diag.Errorf(rulesFile, 0, "%v", err))
		return
	}
	title := "Your follow-up plan"
	sitePath := parent.Path + k.ID + "/"
	if !named.IsZero() {
		sitePath = parent.Path + named.String() + "/"
	}
	pg := &content.Page{Kind: content.KindPage, Title: title, Path: sitePath, Parent: parent,
		Description: fmt.Sprintf("Follow-up plan for an interview on %s. %s", d.Long(), k.Sentence)}
	icsName := "followup-plan-" + plan.ID() + ".ics"
	p.add(job{file: sitePath + "index.html", claim: "the plan /" + sitePath, html: true, run: func(b *bytes.Buffer) error {
		pv, err := p.planView(plan, sitePath, icsName)
		if err != nil {
			return err
		}
		return p.renderGenerated(b, "plan", view.PageData{Page: pg, Kind: "plan", Data: pv}, needPlan)
	}})
	p.add(job{file: sitePath + "plan.ics", claim: "the calendar of /" + sitePath, run: func(b *bytes.Buffer) error {
		return timeline.WriteICS(b, plan, timeline.ICSOptions{
			Build: timeline.DateOf(p.opts.BuildDate), Domain: p.icsDomain(), GuideURL: p.guideURL,
		})
	}})
}

func (p *plan) icsDomain() string {
	if u, err := url.Parse(p.cfg.BaseURL); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return ""
}

// planView prepares a plan for its page.
func (p *plan) planView(plan timeline.Plan, pagePath, icsName string) (*PlanView, error) {
	v := &PlanView{Plan: plan, ICSName: icsName,
		DateHref: p.linker.Rel(pagePath, dateHref(plan.Interview)), IndexHref: p.linker.Rel(pagePath, planPath)}
	for _, s := range plan.Steps {
		sv, err := p.planStep(s, plan.Kind.ID, pagePath)
		if err != nil {
			return nil, err
		}
		v.Steps = append(v.Steps, sv)
	}
	last := plan.Steps[len(plan.Steps)-1].End
	for _, h := range p.calc.rules.Holidays() {
		if !h.Date.Before(plan.Interview) && !h.Date.After(last) {
			v.Holidays = append(v.Holidays, h.Name+", "+h.Date.Long())
		}
	}
	return v, nil
}

// planStep renders one step of a plan. The same step, on the same dates,
// for the same kind, recurs in many plans (the thank-you email depends only
// on the interview date; for a named date, the later steps only on that
// date), so each is rendered once per folder depth (links are relative).
func (p *plan) planStep(s timeline.Step, kind, pagePath string) (PlanStepView, error) {
	depth := strings.Count(pagePath, "/")
	key := fmt.Sprintf("%s/%s/%s/%s/%d", s.ID, kind, s.Start, s.End, depth)
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
	sv = PlanStepView{ID: s.ID, Title: s.Title, Start: s.Start, End: s.End, What: what, Channel: s.Channel.Label(), When: whenText(s.Start, s.End)}
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
