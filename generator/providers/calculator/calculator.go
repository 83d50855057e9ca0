// Package calculator provides the follow-up calculator: dated plans for every interview date in a
// window around the build date, computed at build time so the reader's
// browser runs no script. Its addresses are stable:
//
//	plan/                                    a calendar of interview dates, today labelled
//	plan/2026-11-27/                         every plan for that interview, one section each:
//	plan/2026-11-27/#soon                    the plan for soon, week, weeks, unsaid
//	plan/2026-11-27/<kind>.ics               that plan as calendar events
//	plan/2026-11-27/#by-date                 the steps before the date they named, a
//	                                         calendar of the dates they could name, and
//	plan/2026-11-27/#by-date-2026-12-02      the days of the later steps for each
//	plan/2026-11-27/by-date.ics              the by-date steps that count from the interview
//	plan/decide-by/2026-12-02.ics            the steps that count from a named date (the
//	                                         same for every interview: one file per date)
//	plan/by-weekday/                         evergreen plans by weekday of the interview
//
// One page per interview date, answers reached by fragment links, keeps the
// calculator small (a page and six calendar files per date, instead of 33
// pages and 32 files). The window runs from the earliest interview with a
// step still ahead (timeline's Rules.Window) to window.ahead days after the
// build date, so a plan's address lasts as long as the plan; a section
// whose plan is over says so, and a date whose plans are all over leaves
// the build (its address then gets the 404 page). The old per-answer
// addresses (plan/<date>/<kind>/) are not kept.
//
// The calculator is built when the site has data/timeline.toml
// (model.Model.HasCalculator; the core loads the rules); the rule and
// timeline-table shortcodes, which this provider also gives, work without
// it, from the default rules. Sections renders the evergreen tables the
// editions hold.
package calculator

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/locale"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/view"
)

// Path is the site path of the calculator.
const Path = "plan/"

const rulesFile = timeline.DefaultPath

// New returns the provider of one build's calculator pages and shortcodes.
func New() model.Provider { return &calc{} }

// calc is the calculator of one build, and what its pages share.
type calc struct {
	m   *model.Model
	pl  model.Plan
	loc *locale.Locale // the dates' language: the site's language

	missing sync.Once // a string the string files lack: reported once
	// counts and countsLine say which days off the plans count, in the
	// site's language, made before rendering (counts).
	counts, countsLine string
	decideBy           string                      // the calendar cells' words before a date they named
	channels           map[timeline.Channel]string // a step's channel, as a step card names it
	icsDesc, icsGuide  string                      // the calendar files' description and "More in the guide: "
	days               dayWords                    // the evergreen tables' "day 2", "days 2–3"

	mu    sync.Mutex
	whats map[string]template.HTML     // a step's what, by step and kind
	steps map[string]view.PlanStepView // a rendered step, by step, kind, dates and depth
}

func (p *calc) Provide(m *model.Model, pl model.Plan) {
	p.m, p.pl, p.loc = m, pl, localeOf(m)
	p.whats, p.steps = map[string]template.HTML{}, map[string]view.PlanStepView{}
	var err error
	p.counts, p.countsLine, err = countsWords(m)
	p.must("", err)
	p.decideBy = p.must(m.Strings.T("plan.decide_by_prefix"))
	p.days, err = dayWordsOf(m)
	p.must("", err)
	p.icsDesc = p.must(m.Strings.T("plan.ics_description", "Counts", p.counts))
	p.icsGuide = p.must(m.Strings.T("plan.ics_guide"))
	p.channels = map[timeline.Channel]string{
		timeline.Email:    p.must(m.Strings.T("plan.channel_email")),
		timeline.Phone:    p.must(m.Strings.T("plan.channel_phone")),
		timeline.InPerson: p.must(m.Strings.T("plan.channel_in_person")),
	}
	pl.Shortcode("rule", p.ruleShortcode)
	pl.Shortcode("timeline-table", p.timelineShortcode)
	if !m.HasCalculator {
		return
	}
	name, err := m.Strings.T("plan.title")
	if err != nil {
		pl.Error(err)
		return
	}
	pl.Menu(config.MenuItem{Name: name, URL: Path})
	p.addCalculator()
	pl.Check(p.checkCalculatorLinks)
}

// render renders one of the calculator's pages.
func (p *calc) render(b *bytes.Buffer, layout string, d view.PageData) error {
	return p.m.Render(b, layout, d, view.Render{Needs: []string{edition.NeedPlan}})
}

// Sections renders the evergreen tables of kinds for an edition (who names
// it in errors): under a paragraph saying how to read them, each in a
// section opened by open, a format given the kind's id and its label.
// Links are written from the site path pagePath.
func Sections(m *model.Model, kinds []timeline.Kind, pagePath, open, who string) ([]byte, error) {
	c := &calc{m: m, loc: localeOf(m)}
	var err error
	if c.counts, _, err = countsWords(m); err != nil {
		return nil, err
	}
	if c.days, err = dayWordsOf(m); err != nil {
		return nil, err
	}
	return c.evergreenSections(kinds, pagePath, open, who)
}

// localeOf returns the locale of the site's language, which config has
// checked (English for a model made without one, as in tests).
func localeOf(m *model.Model) *locale.Locale {
	if l, err := locale.New(m.Config.Language); err == nil {
		return l
	}
	return locale.Must("en")
}
