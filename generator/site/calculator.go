package site

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/timeline"
)

// The follow-up calculator: dated plans for every interview date in a
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
// The calculator is built when the site has data/timeline.toml; the rule
// and timeline-table shortcodes work without it, from the default rules.
const (
	planPath  = "plan/"
	rulesFile = timeline.DefaultPath
)

// calculator holds the rules and what its pages share.
type calculator struct {
	rules   *timeline.Rules
	enabled bool                     // the site has a rules file: build the plan pages
	failed  bool                     // the rules file has errors: no plan pages
	whats   map[string]template.HTML // a step's what, by step and kind
	steps   map[string]PlanStepView  // a rendered step, by step, kind, dates and depth
}

// loadCalculator reads data/timeline.toml, or takes the default rules.
func (p *plan) loadCalculator() error {
	c := &calculator{whats: map[string]template.HTML{}, steps: map[string]PlanStepView{}}
	p.calc = c
	c.rules = timeline.Default()
	// Look before reading: a folder, a FIFO or a device in its place is
	// reported, never opened (reading a FIFO would wait for a writer). The
	// folder's listing gives the entry's type without opening it, on any
	// file system; a symbolic link is followed with Stat.
	mode, err := entryMode(p.src, rulesFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		c.failed = true
		return diag.Errorf(rulesFile, 0, "cannot read the timeline rules: %v", err)
	case mode.IsDir():
		c.failed = true
		return diag.Errorf(rulesFile, 0, "is a folder: the timeline rules are one TOML file; remove the folder, or put the file in its place")
	case !mode.IsRegular():
		c.failed = true
		return diag.Errorf(rulesFile, 0, "is not a regular file (%s), so it is not read: replace it with a plain TOML file", mode.Type())
	}
	src, err := fs.ReadFile(p.src, rulesFile)
	if err != nil {
		c.failed = true
		return diag.Errorf(rulesFile, 0, "cannot read the timeline rules: %v", err)
	}
	c.rules, err = timeline.Load(rulesFile, src)
	if err != nil {
		c.rules, c.failed = timeline.Default(), true
		return err
	}
	c.enabled = true
	return nil
}

// entryMode returns the type of the file at name from its folder's listing.
func entryMode(fsys fs.FS, name string) (fs.FileMode, error) {
	entries, err := fs.ReadDir(fsys, path.Dir(name))
	if err != nil {
		return 0, err
	}
	for _, e := range entries {
		if e.Name() != path.Base(name) {
			continue
		}
		if e.Type()&fs.ModeSymlink == 0 {
			return e.Type(), nil
		}
		info, err := fs.Stat(fsys, name)
		if err != nil {
			return 0, err
		}
		return info.Mode(), nil
	}
	return 0, fs.ErrNotExist
}

// ruleShortcode quotes a number of the rules: {{< rule "follow-up-email.days" >}}
// gives "7"; with "words", {{< rule "move-on.weeks" "words" >}} gives "four"
// and a range "two to three".
func (p *plan) ruleShortcode(call *markdown.Call, _ *markdown.Context) (markdown.Output, error) {
	v, err := p.calc.rules.Quote(call.Arg(0))
	if err != nil {
		return markdown.Output{}, err
	}
	switch call.Arg(1) {
	case "":
	case "words":
		v = numberWords(v)
	default:
		return markdown.Output{}, fmt.Errorf("rule %q: the second argument may only be \"words\", not %q", call.Arg(0), call.Arg(1))
	}
	return markdown.Output{HTML: []byte(template.HTMLEscapeString(v))}, nil
}

// numberWords writes a quoted number in words up to twelve: "4" is
// "four", "2–3" is "two to three"; larger numbers stay in digits.
func numberWords(v string) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	word := func(s string) string {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 && n < len(words) {
			return words[n]
		}
		return s
	}
	if a, b, ok := strings.Cut(v, "–"); ok {
		return word(a) + " to " + word(b)
	}
	return word(v)
}

// timelineShortcode shows the evergreen plan of one kind as a table by
// weekday of the interview: {{< timeline-table "unsaid" >}}.
func (p *plan) timelineShortcode(call *markdown.Call, ctx *markdown.Context) (markdown.Output, error) {
	table, err := p.evergreenTable(call.Arg(0), ctx.PagePath)
	if err != nil {
		return markdown.Output{}, err
	}
	var b bytes.Buffer
	if err := p.theme.ExecutePartial(&b, "evergreen.html", table, "the timeline-table shortcode"); err != nil {
		return markdown.Output{}, err
	}
	return markdown.Output{HTML: b.Bytes(), Block: true, Needs: []string{needPlan}}, nil
}

// needPlan is the asset of the calculator's pages and tables: css/plan.css.
const needPlan = edition.NeedPlan

// EvergreenTable is one kind's plan for each weekday of the interview.
type EvergreenTable struct {
	Kind     timeline.Kind
	Counts   string // the holidays the dated plans count: "England and Wales bank holidays"
	Weekdays []time.Weekday
	Rows     []EvergreenRow
}

// EvergreenRow is one step: a cell per weekday, or one Rule for all.
type EvergreenRow struct {
	Title     string
	GuideHref string
	Cells     []string
	Rule      string // when the step does not depend on the weekday (counted from a named date)
}

func (p *plan) evergreenTable(kindID, pagePath string) (*EvergreenTable, error) {
	r := p.calc.rules
	kind, ok := r.Kind(kindID)
	if !ok {
		var ids []string
		for _, k := range r.Kinds() {
			ids = append(ids, k.ID)
		}
		return nil, fmt.Errorf("unknown decision kind %q: use one of %s", kindID, strings.Join(ids, ", "))
	}
	week, err := r.EvergreenWeek(kindID)
	if err != nil {
		return nil, err
	}
	t := &EvergreenTable{Kind: kind, Counts: r.Counts()}
	var plans []timeline.EvergreenPlan
	for _, ep := range week {
		if r.IsWorkday(ep.Weekday) {
			t.Weekdays = append(t.Weekdays, ep.Weekday)
			plans = append(plans, ep)
		}
	}
	if len(plans) == 0 {
		return t, nil
	}
	links := pageLinks{plan: p, fromDir: ".", pagePath: pagePath}
	for i, step := range plans[0].Steps {
		row := EvergreenRow{Title: step.Title}
		if href, _, err := links.Resolve(step.Guide); err == nil && step.Guide != "" {
			row.GuideHref = href
		}
		if step.Named {
			row.Rule = content.UpperFirst(step.Rule)
		} else {
			for _, ep := range plans {
				row.Cells = append(row.Cells, shortWhen(ep.Steps[i]))
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// evergreenSections renders the evergreen tables of kinds for an edition
// (who names it in errors): under a paragraph saying how to read them,
// each in a section opened by open, a format given the kind's id and its
// label. Links are written from the site path pagePath.
func (p *plan) evergreenSections(kinds []timeline.Kind, pagePath, open, who string) ([]byte, error) {
	var html bytes.Buffer
	html.WriteString("<p>Find the column for the weekday of your interview: each cell is the day of a step and how many days after the interview it falls. Calls and visits skip weekends; these tables count no public holidays, so move a step that lands on one to the next working day.</p>\n")
	for _, k := range kinds {
		t, err := p.evergreenTable(k.ID, pagePath)
		if err != nil {
			return nil, diag.Errorf(rulesFile, 0, "%v", err)
		}
		fmt.Fprintf(&html, open+"\n", k.ID, template.HTMLEscapeString(k.Label))
		if err := p.theme.ExecutePartial(&html, "evergreen.html", t, who); err != nil {
			return nil, err
		}
		html.WriteString("</section>\n")
	}
	return html.Bytes(), nil
}

// shortWhen writes an evergreen step's days compactly for a table with a
// column per weekday: "Wed (day 2)", "Wed–Thu (days 2–3)", with no-break
// spaces and a word joiner inside the brackets, so that a narrow column
// wraps only before them.
func shortWhen(s timeline.EvergreenStep) string {
	if s.Named {
		return s.When()
	}
	short := func(d timeline.Day) string { return d.Weekday.String()[:3] }
	if s.Start == s.End {
		return fmt.Sprintf("%s (day\u00a0%d)", short(s.Start), s.Start.N)
	}
	return fmt.Sprintf("%s–%s (days\u00a0%d–\u2060%d)", short(s.Start), short(s.End), s.Start.N, s.End.N)
}

// checkCalculatorLinks checks the guide and checklist of every step once,
// at the rules file's lines.
func (p *plan) checkCalculatorLinks() {
	c := p.calc
	if !c.enabled {
		return
	}
	links := pageLinks{plan: p, fromDir: ".", pagePath: ""}
	seen := map[string]bool{}
	for _, kind := range c.rules.Kinds() {
		d := timeline.DateOf(p.opts.BuildDate)
		plan, err := c.rules.Plan(d, kind.ID, namedFor(kind.ID, d))
		if err != nil {
			p.errs = append(p.errs, diag.Errorf(rulesFile, 0, "%v", err))
			continue
		}
		for _, s := range plan.Steps {
			if s.Guide != "" && !seen["g"+s.Guide] {
				seen["g"+s.Guide] = true
				_, target, err := links.Resolve(s.Guide)
				line := s.Lines.Guide
				switch {
				case err != nil:
					p.errs = append(p.errs, diag.Errorf(rulesFile, line, "step %s: guide %v", s.ID, err))
				case target.Fragment != "":
					p.refs = append(p.refs, pageRef{source: rulesFile, ref: markdown.Ref{Line: line, Target: target.Path, Fragment: target.Fragment}})
				}
			}
			if s.What != "" && !seen["w"+s.What] {
				seen["w"+s.What] = true
				p.addInlineRefs(rulesFile, s.Lines.What, s.What)
			}
			if s.Checklist != "" && !seen["c"+s.Checklist] {
				seen["c"+s.Checklist] = true
				if _, ok := p.checklists.Get(s.Checklist); !ok && !p.checklists.Broken(s.Checklist) {
					p.errs = append(p.errs, diag.Errorf(rulesFile, s.Lines.Checklist, "step %s: unknown checklist %q: the checklists are %s (files in checklists/); add it or remove the step's checklist", s.ID, s.Checklist, strings.Join(p.checklists.IDs(), ", ")))
				}
			}
		}
	}
}

// namedFor gives a by-date plan a named date, for checks that need a plan.
func namedFor(kind string, d timeline.Date) timeline.Date {
	if kind == "by-date" {
		return d.AddDays(7)
	}
	return timeline.Date{}
}

// guideURL returns the absolute address of a guide section, for .ics files.
func (p *plan) guideURL(guide string) string {
	if p.cfg.BaseURL == "" {
		return ""
	}
	_, target, err := pageLinks{plan: p, fromDir: ".", pagePath: ""}.Resolve(guide)
	if err != nil || !target.Internal {
		return ""
	}
	u := p.cfg.BaseURL + target.Path
	if target.Fragment != "" {
		u += "#" + url.PathEscape(target.Fragment)
	}
	return u
}

// pageTitle returns the title of the content page a guide path leads to.
func (p *plan) pageTitle(guide string) string {
	file, _, _ := strings.Cut(guide, "#")
	if pg, ok := p.site.ByFile[file]; ok {
		return pg.Title
	}
	return ""
}
