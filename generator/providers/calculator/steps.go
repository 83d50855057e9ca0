package calculator

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/locale"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/view"
)

// planStep renders one step of a plan. The same step, on the same dates,
// for the same kind, recurs in many plans (the thank-you email depends only
// on the interview date; for a named date, the later steps only on that
// date), so each is rendered once per folder depth (links are relative).
// A when that is not empty replaces the step's days in words: the by-date
// cards that say how a step counts from the date they named.
func (p *calc) planStep(s timeline.Step, kind, pagePath, when string) (view.PlanStepView, error) {
	if when == "" {
		when = whenText(p.loc, s.Start, s.End)
	}
	depth := strings.Count(pagePath, "/")
	key := fmt.Sprintf("%s/%s/%s/%s/%d/%s", s.ID, kind, s.Start, s.End, depth, when)
	p.mu.Lock()
	sv, done := p.steps[key]
	p.mu.Unlock()
	if done {
		return sv, nil
	}
	what, err := p.stepWhat(s, kind, pagePath)
	if err != nil {
		return sv, err
	}
	sv = view.PlanStepView{ID: s.ID, Title: s.Title, Start: s.Start, End: s.End, What: what, Channel: p.channels[s.Channel], When: when}
	if s.Guide != "" {
		if href, _, err := p.m.Pages.Resolver(pagePath).Resolve(s.Guide); err == nil {
			sv.GuideHref, sv.GuideTitle = href, p.pageTitle(s.Guide)
		}
	}
	if c, ok := p.m.Lists.Get(s.Checklist); ok {
		sv.ChecklistHref, sv.ChecklistTitle = p.m.Linker.Rel(pagePath, edition.Workbook+c.ID+"/"), c.Title
	}
	var b bytes.Buffer
	if err := p.m.Theme.ExecutePartial(&b, "plan-step.html", sv, "the plan step "+s.ID); err != nil {
		return sv, err
	}
	sv.HTML = template.HTML(b.String())
	if !strings.Contains(string(what), "href=") {
		p.mu.Lock()
		p.steps[key] = sv
		p.mu.Unlock()
	}
	return sv, nil
}

// stepWhat renders a step's text once per step and kind; text with links
// is rendered for each page, since its links are relative to the page.
func (p *calc) stepWhat(s timeline.Step, kind, pagePath string) (template.HTML, error) {
	key := s.ID + "/" + kind
	p.mu.Lock()
	what, cached := p.whats[key]
	p.mu.Unlock()
	if cached {
		return what, nil
	}
	res, err := p.m.Pages.Inline([]byte(s.What), pagePath)
	if err != nil {
		return "", diag.Locate(err, rulesFile, s.Lines.What-1)
	}
	what = template.HTML(res.HTML)
	if !strings.Contains(string(res.HTML), "href=") {
		p.mu.Lock()
		p.whats[key] = what
		p.mu.Unlock()
	}
	return what, nil
}

// whenText writes a day or a span of days in the locale's words: "Tuesday
// 1 December 2026", "Friday 27 to Monday 30 November 2026", "Monday 30
// November to Tuesday 1 December 2026", or both years in full across a new
// year; "del viernes 27 al lunes 30 de noviembre de 2026".
func whenText(loc *locale.Locale, start, end timeline.Date) string {
	return loc.Range(start, end)
}

// calendar builds the month tables from first to last; days in that range
// link to hrefOf(day), relative to the page at pagePath.
func (p *calc) calendar(first, last, current timeline.Date, pagePath string, hrefOf func(timeline.Date) string, prefix string) []view.CalendarMonth {
	var months []view.CalendarMonth
	for m := timeline.NewDate(first.Year(), first.Month(), 1); !m.After(last); m = timeline.NewDate(m.Year(), m.Month()+1, 1) {
		cm := view.CalendarMonth{Caption: p.loc.MonthYear(m.Year(), m.Month())}
		for _, w := range p.loc.Week() {
			cm.Head = append(cm.Head, view.CalendarHead{Abbr: p.loc.WeekdayAbbreviated(w), Name: p.loc.WeekdayWide(w)})
		}
		lead := p.loc.Column(m.Weekday()) // days before the 1st in a week starting on the locale's first day
		week := make([]view.CalendarDay, lead)
		for i := range week {
			week[i].Empty = true
		}
		for d := m; d.Month() == m.Month(); d = d.AddDays(1) {
			cell := view.CalendarDay{Day: d.Day(), Date: d, Current: d.Equal(current)}
			if !d.Before(first) && !d.After(last) {
				cell.Href = p.m.Linker.Rel(pagePath, hrefOf(d))
				cell.Prefix = prefix + " " + p.loc.WeekdayWide(d.Weekday())
				cell.Month = p.loc.AfterDay(d.Year(), d.Month())
			}
			week = append(week, cell)
			if len(week) == 7 {
				cm.Weeks = append(cm.Weeks, week)
				week = nil
			}
		}
		if len(week) > 0 {
			for len(week) < 7 {
				week = append(week, view.CalendarDay{Empty: true})
			}
			cm.Weeks = append(cm.Weeks, week)
		}
		months = append(months, cm)
	}
	return months
}
