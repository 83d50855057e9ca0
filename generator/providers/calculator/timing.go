package calculator

import (
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/timeline"
)

// sayTiming says when a step happens in the site's language, with the
// string files' timing.* (each timeline.Phrase a string, its values
// named: .Anchor, .Day, .Span, .WorkingDays, .Count for the plural form):
// "2–3 working days after the interview", "2–3 días laborables después de
// la entrevista".
func (p *calc) sayTiming(t timeline.Timing) (string, error) {
	strs := p.m.Strings
	anchor, err := p.anchorWords(t)
	if err != nil {
		return "", err
	}
	day := anchor
	if t.Anchor != "named" {
		if day, err = strs.T("timing.day_of", "Anchor", anchor); err != nil {
			return "", err
		}
	}
	span, last := timeline.SpanText(t.Span), t.Span[1] // a range takes the plural form of its last number
	switch t.Phrase {
	case timeline.AtInterview:
		return strs.T("timing.at_interview")
	case timeline.OnDay:
		return strs.T("timing.on", "Day", day)
	case timeline.DayOrNext:
		return strs.T("timing.day_or_next", "Day", day)
	case timeline.WithinHours:
		return strs.T("timing.within_hours", last, "Anchor", anchor)
	case timeline.HoursAfter:
		return strs.T("timing.hours_after", last, "Span", span, "Anchor", anchor)
	case timeline.WithinDays:
		return strs.T("timing.within_days", last, "Anchor", anchor)
	case timeline.DaysAfter:
		return strs.T("timing.days_after", last, "Span", span, "Anchor", anchor)
	}
	wd, err := p.workingDays(t.WorkingDays)
	if err != nil {
		return "", err
	}
	switch t.Phrase {
	case timeline.WorkingDaysAfter:
		return strs.T("timing.working_days_after", "WorkingDays", wd, "Anchor", anchor)
	case timeline.WorkingDaysSinceHours:
		return strs.T("timing.working_days_since_hours", last, "WorkingDays", wd, "Span", span, "Anchor", anchor)
	}
	return strs.T("timing.working_days_since", last, "WorkingDays", wd, "Span", span, "Anchor", anchor)
}

// anchorWords names what a timing counts from: "the interview", "the date
// they named", or the step's title ("the follow-up email": .Lower is the
// title with its first letter lower-cased).
func (p *calc) anchorWords(t timeline.Timing) (string, error) {
	strs := p.m.Strings
	switch t.Anchor {
	case "interview":
		return strs.T("timing.interview")
	case "named":
		return strs.T("timing.named")
	}
	return strs.T("timing.step", "Title", t.AnchorTitle, "Lower", timeline.LowerFirst(t.AnchorTitle))
}

// workingDays says a number of working days: a range "2–3 working days",
// one number as an ordinal, "the first working day", from the string files'
// list of ordinals (timing.ordinals), and past its end by number.
func (p *calc) workingDays(v [2]int) (string, error) {
	strs := p.m.Strings
	if v[0] != v[1] {
		return strs.T("timing.working_days", v[1], "Span", timeline.SpanText(v))
	}
	list, err := strs.T("timing.ordinals")
	if err != nil {
		return "", err
	}
	if nth, ok := i18n.Nth(list, v[0]-1); ok { // the list starts at the first
		return strs.T("timing.nth_working_day", "Nth", nth)
	}
	return strs.T("timing.numbered_working_day", v[0])
}

// rule says a step's timing for a plan's card or a table's row, its first
// letter upper-cased: "The first working day after the date they named".
func (p *calc) rule(t timeline.Timing) (string, error) {
	s, err := p.sayTiming(t)
	return content.UpperFirst(s), err
}
