package calculator

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/locale"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/view"
)

// addCalculator plans the calculator's pages and calendar files: one page
// per interview date in the window, a calendar file per kind, and one per
// date they could name.
func (p *calc) addCalculator() {
	r := p.m.Rules
	build := timeline.DateOf(p.m.BuildDate)
	if err := r.CheckWindow(build); err != nil {
		p.pl.Error(err)
		return
	}
	first, last := r.Window(build)
	strs := p.m.Strings
	index := &content.Page{Kind: content.KindSection, Title: p.must(strs.T("plan.title")), Path: Path, Parent: p.m.Content.Home,
		Description: p.must(strs.T("plan.description"))}
	p.addGenerated(index, "plan-index", &view.PlanIndex{Counts: p.countsLine, Months: p.calendar(first, last, build, index.Path, dateHref, p.must(strs.T("plan.interview_on"))),
		First: p.dated(first), Last: p.dated(last), Build: p.dated(build), Kinds: r.Kinds()})
	weekday := &content.Page{Kind: content.KindPage, Title: p.must(strs.T("plan.weekday_title")), Path: Path + "by-weekday/", Parent: index,
		Description: p.must(strs.T("plan.weekday_description"))}
	p.pl.Add(model.Output{File: weekday.Path + "index.html", Claim: "the evergreen plans", HTML: true, Run: func(b *bytes.Buffer) error {
		var tables []*view.EvergreenTable
		for _, k := range r.Kinds() {
			t, err := p.evergreenTable(k.ID, weekday.Path)
			if err != nil {
				return diag.Errorf(rulesFile, 0, "%v", err)
			}
			tables = append(tables, t)
		}
		return p.render(b, "plan-weekday", view.PageData{Page: weekday, Kind: "plan-weekday", Data: tables})
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

func (p *calc) addGenerated(pg *content.Page, layout string, data any) {
	p.pl.Add(model.Output{File: pg.Path + "index.html", Claim: "the calculator page /" + pg.Path, HTML: true, Run: func(b *bytes.Buffer) error {
		return p.render(b, layout, view.PageData{Page: pg, Kind: layout, Data: data})
	}})
}

func dateHref(d timeline.Date) string { return Path + d.String() + "/" }

// namedICSPath is the calendar file of the steps that count from a date
// they named: the same for every interview, so one file per date.
func namedICSPath(n timeline.Date) string { return Path + "decide-by/" + n.String() + ".ics" }

// addInterviewDate plans the page of one interview date and the calendar
// files of its plans: plan/<date>/<kind>.ics, and for kind by-date the
// steps that count from the interview.
func (p *calc) addInterviewDate(index *content.Page, d timeline.Date) {
	r := p.m.Rules
	day := p.loc.Day(d)
	pg := &content.Page{Kind: content.KindPage, Title: p.must(p.m.Strings.T("plan.date_title", "Date", day)), Path: dateHref(d), Parent: index,
		Description: p.must(p.m.Strings.T("plan.date_description", "Date", day))}
	p.pl.Add(model.Output{File: pg.Path + "index.html", Claim: "the plans /" + pg.Path, HTML: true, Run: func(b *bytes.Buffer) error {
		dp, err := p.datePlans(d, pg.Path)
		if err != nil {
			return err
		}
		return p.render(b, "plan-date", view.PageData{Page: pg, Kind: "plan-date", Data: dp})
	}})
	for _, k := range r.Kinds() {
		p.pl.Add(model.Output{File: pg.Path + k.ID + ".ics", Claim: "the calendar of /" + pg.Path + "#" + k.ID, Run: func(b *bytes.Buffer) error {
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
func (p *calc) kindICS(d timeline.Date, k timeline.Kind) (timeline.Plan, timeline.ICSOptions, error) {
	opts := p.icsOptions()
	var err error
	if opts.Name, err = p.m.Strings.T("plan.ics_name", "Date", p.loc.Day(d)); err != nil {
		return timeline.Plan{}, opts, err
	}
	if k.ID != "by-date" {
		plan, err := p.m.Rules.Plan(d, k.ID, timeline.Date{})
		return plan, opts, locatePlanErr(err)
	}
	plan, err := p.m.Rules.Plan(d, k.ID, d)
	plan.Steps = slices.DeleteFunc(plan.Steps, func(s timeline.Step) bool { return s.Named })
	opts.ID = d.Compact() + "-by-date"
	return plan, opts, locatePlanErr(err)
}

// addNamedICS plans the calendar file of the steps that count from the
// date they named.
func (p *calc) addNamedICS(n timeline.Date) {
	p.pl.Add(model.Output{File: namedICSPath(n), Claim: "the calendar of a date they named", Run: func(b *bytes.Buffer) error {
		plan, err := p.m.Rules.Plan(n, "by-date", n)
		if err != nil {
			return locatePlanErr(err)
		}
		plan.Steps = slices.DeleteFunc(plan.Steps, func(s timeline.Step) bool { return !s.Named })
		opts := p.icsOptions()
		opts.ID = "by-date-" + n.Compact()
		if opts.Name, err = p.m.Strings.T("plan.ics_name_named", "Date", p.loc.Day(n)); err != nil {
			return err
		}
		return timeline.WriteICS(b, plan, opts)
	}})
}

func locatePlanErr(err error) error {
	if err != nil {
		return diag.Errorf(rulesFile, 0, "%v", err)
	}
	return nil
}

// icsOptions are the calendar files' options. A language other than
// English is named in them (LANGUAGE, and UIDs of the language's own: its
// plans may count another holiday calendar); English files stay as they
// always were.
func (p *calc) icsOptions() timeline.ICSOptions {
	opts := timeline.ICSOptions{Build: timeline.DateOf(p.m.BuildDate), Domain: p.icsDomain(), GuideURL: p.guideURL, Counts: p.counts, CalDesc: p.icsDesc, GuideLabel: p.icsGuide}
	if code, _, _ := strings.Cut(p.loc.Tag(), "-"); !strings.EqualFold(code, "en") {
		opts.Language = p.loc.Tag()
	}
	return opts
}

func (p *calc) icsDomain() string {
	if u, err := url.Parse(p.m.Config.BaseURL); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return ""
}

// datePlans prepares the page of one interview date: a section per kind.
func (p *calc) datePlans(d timeline.Date, pagePath string) (*view.DatePlans, error) {
	r := p.m.Rules
	build := timeline.DateOf(p.m.BuildDate)
	v := &view.DatePlans{Interview: p.dated(d), Counts: p.countsLine}
	for _, k := range r.Kinds() {
		kp := view.KindPlan{Kind: k, ICSHref: k.ID + ".ics", ICSName: fmt.Sprintf("followup-plan-%s-%s.ics", d.Compact(), k.ID)}
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
		kp.End = p.dated(plan.End())
		if k.ID == "by-date" {
			if kp.Named, err = p.namedPlans(d, pagePath); err != nil {
				return nil, err
			}
			if ds := kp.Named.Dates; len(ds) > 0 {
				kp.End = ds[len(ds)-1].End
			}
		}
		kp.Over = kp.End.Before(build)
		kp.Holidays = p.holidaysBetween(d, kp.End.Date)
		v.Plans = append(v.Plans, kp)
	}
	return v, nil
}

// namedPlans prepares the by-date section's dates: for each date they could
// name, the days of the steps that count from it.
func (p *calc) namedPlans(d timeline.Date, pagePath string) (*view.NamedPlans, error) {
	r := p.m.Rules
	build := timeline.DateOf(p.m.BuildDate)
	dates := r.NamedDates(d)
	np := &view.NamedPlans{Months: p.calendar(dates[0], dates[len(dates)-1], timeline.Date{}, pagePath,
		func(n timeline.Date) string { return pagePath + "#" + namedID(n) }, p.decideBy)}
	ever, err := r.Evergreen(time.Monday, "by-date")
	if err != nil {
		return nil, locatePlanErr(err)
	}
	for i, n := range dates {
		plan, err := r.Plan(d, "by-date", n)
		if err != nil {
			return nil, locatePlanErr(err)
		}
		nd := view.NamedPlan{Named: p.dated(n), ID: namedID(n), End: p.dated(plan.End()), Over: plan.End().Before(build),
			ICSHref: p.m.Linker.Rel(pagePath, namedICSPath(n)), ICSName: "followup-plan-decide-by-" + n.Compact() + ".ics"}
		for j, s := range plan.Steps {
			if !s.Named {
				continue
			}
			nd.Steps = append(nd.Steps, view.NamedStep{Title: s.Title, When: shortSpan(p.loc, s.Start, s.End), Start: s.Start})
			if i == 0 {
				rule := s // the card says how the step counts, not its days
				rule.Start, rule.End = timeline.Date{}, timeline.Date{}
				words, err := p.rule(ever.Steps[j].Timing)
				if err != nil {
					return nil, err
				}
				sv, err := p.planStep(rule, "by-date", pagePath, words)
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

// dated gives a layout a date with its words in the site's language.
func (p *calc) dated(d timeline.Date) view.Dated { return view.Dated{Date: d, Words: p.loc.Day(d)} }

// holidaysBetween lists the holidays from first to last, for a plan's note.
func (p *calc) holidaysBetween(first, last timeline.Date) []string {
	var out []string
	for d := first; !d.After(last); d = d.AddDays(1) {
		if name, ok := p.m.Rules.Holiday(d); ok {
			out = append(out, name+", "+p.loc.Day(d))
		}
	}
	return out
}

// shortSpan writes a day or span compactly: "Thu 3 Dec", "Tue 1 Dec – Wed 2 Dec".
func shortSpan(loc *locale.Locale, start, end timeline.Date) string {
	if start.Equal(end) {
		return loc.ShortDay(start)
	}
	return loc.ShortDay(start) + " – " + loc.ShortDay(end)
}

// countsWords says which days off the plans count, in the site's
// language: the words ("England and Wales bank holidays", "... and the
// site's own closures"), for the tables and calendar files, and the
// sentence the plan pages open with. It runs in Provide, before rendering.
func countsWords(m *model.Model) (words, sentence string, err error) {
	strs := m.Strings
	var err1, err2 error
	label, own := m.Rules.Calendar()
	switch {
	case label != "" && own:
		words, err1 = strs.T("plan.counts_calendar_own", "Calendar", label)
	case label != "":
		words = label
	case own:
		words, err1 = strs.T("plan.counts_own")
	default:
		words, err1 = strs.T("plan.counts_none")
		sentence, err2 = strs.T("plan.counts_sentence_none")
		return words, sentence, errors.Join(err1, err2)
	}
	sentence, err2 = strs.T("plan.counts_sentence", "Counts", words)
	return words, sentence, errors.Join(err1, err2)
}

// must returns a string of the string files; a missing one (which
// TestStringKeysExist rules out for the shipped theme, but a site's own
// theme may lack) is the build's error, reported once. Provide-time only:
// Plan.Error is not for rendering goroutines.
func (p *calc) must(s string, err error) string {
	if err != nil {
		p.missing.Do(func() { p.pl.Error(err) })
	}
	return s
}
