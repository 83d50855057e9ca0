package calculator

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"strings"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/locale"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/view"
)

// ruleShortcode quotes a number of the rules: {{< rule "follow-up-email.days" >}}
// gives "7"; with "words", {{< rule "move-on.weeks" "words" >}} gives "four"
// and a range "two to three", in the site's language (numberWords: the
// words are the string files').
func (p *calc) ruleShortcode(call *markdown.Call, _ *markdown.Context) (markdown.Output, error) {
	v, err := p.m.Rules.Quote(call.Arg(0))
	if err != nil {
		return markdown.Output{}, err
	}
	switch call.Arg(1) {
	case "":
	case "words":
		if v, err = p.numberWords(v, call.Arg(0)); err != nil {
			return markdown.Output{}, err
		}
	default:
		return markdown.Output{}, fmt.Errorf("rule %q: the second argument may only be \"words\", not %q", call.Arg(0), call.Arg(1))
	}
	return markdown.Output{HTML: []byte(template.HTMLEscapeString(v)), Text: v}, nil
}

// timelineShortcode shows the evergreen plan of one kind as a table by
// weekday of the interview: {{< timeline-table "unsaid" >}}.
func (p *calc) timelineShortcode(call *markdown.Call, ctx *markdown.Context) (markdown.Output, error) {
	table, err := p.evergreenTable(call.Arg(0), ctx.PagePath)
	if err != nil {
		return markdown.Output{}, err
	}
	var b bytes.Buffer
	if err := p.m.Theme.ExecutePartial(&b, "evergreen.html", table, "the timeline-table shortcode"); err != nil {
		return markdown.Output{}, err
	}
	return markdown.Output{HTML: b.Bytes(), Block: true, Needs: []string{edition.NeedPlan}}, nil
}

func (p *calc) evergreenTable(kindID, pagePath string) (*view.EvergreenTable, error) {
	r := p.m.Rules
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
	t := &view.EvergreenTable{Kind: kind, Counts: p.counts}
	var plans []timeline.EvergreenPlan
	for _, ep := range week {
		if r.IsWorkday(ep.Weekday) {
			t.Weekdays = append(t.Weekdays, view.NamedDay{Weekday: ep.Weekday, Name: p.loc.WeekdayWide(ep.Weekday)})
			plans = append(plans, ep)
		}
	}
	if len(plans) == 0 {
		return t, nil
	}
	links := p.m.Pages.Resolver(pagePath)
	for i, step := range plans[0].Steps {
		row := view.EvergreenRow{Title: step.Title}
		if href, _, err := links.Resolve(step.Guide); err == nil && step.Guide != "" {
			row.GuideHref = href
		}
		if step.Named {
			if row.Rule, err = p.rule(step.Timing); err != nil {
				return nil, err
			}
		} else {
			for _, ep := range plans {
				row.Cells = append(row.Cells, shortWhen(p.loc, p.days, ep.Steps[i]))
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
func (p *calc) evergreenSections(kinds []timeline.Kind, pagePath, open, who string) ([]byte, error) {
	var html bytes.Buffer
	intro, err := p.m.Strings.HTML("evergreen.read")
	if err != nil {
		return nil, err
	}
	html.WriteString("<p>" + intro + "</p>\n")
	for _, k := range kinds {
		t, err := p.evergreenTable(k.ID, pagePath)
		if err != nil {
			return nil, diag.Errorf(rulesFile, 0, "%v", err)
		}
		fmt.Fprintf(&html, open+"\n", k.ID, template.HTMLEscapeString(k.Label))
		if err := p.m.Theme.ExecutePartial(&html, "evergreen.html", t, who); err != nil {
			return nil, err
		}
		html.WriteString("</section>\n")
	}
	return html.Bytes(), nil
}

// shortWhen writes an evergreen step's days compactly for a table with a
// column per weekday: "Wed (day 2)", "Wed–Thu (days 2–3)", with no-break
// spaces and a word joiner inside the brackets, so that a narrow column
// wraps only before them. A step counted from the date they named has no
// days: its row says its rule (sayTiming).
func shortWhen(loc *locale.Locale, w dayWords, s timeline.EvergreenStep) string {
	short := func(d timeline.Day) string { return loc.WeekdayAbbreviated(d.Weekday) }
	if s.Start == s.End {
		return fmt.Sprintf("%s (%s\u00a0%d)", short(s.Start), w.day, s.Start.N)
	}
	return fmt.Sprintf("%s–%s (%s\u00a0%d–\u2060%d)", short(s.Start), short(s.End), w.days, s.Start.N, s.End.N)
}

// dayWords are the words before a day's number counted from the interview
// in the evergreen tables: "day" 2, "days" 2–3; "día", "días".
type dayWords struct{ day, days string }

// dayWordsOf looks the words up in the site's language.
func dayWordsOf(m *model.Model) (dayWords, error) {
	day, err1 := m.Strings.T("plan.day_word")
	days, err2 := m.Strings.T("plan.days_word")
	return dayWords{day, days}, errors.Join(err1, err2)
}
