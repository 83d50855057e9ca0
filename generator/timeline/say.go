package timeline

import (
	"fmt"
	"strconv"
)

// Phrase is the sentence a step's timing is said with. The rules choose it
// and give its numbers (Timing); the words are the caller's, in the page's
// language: the site says each phrase with the string files' timing.*
// (providers/calculator). The examples are Rule's English.
type Phrase int

const (
	AtInterview           Phrase = iota // "at the interview"
	OnDay                               // "on the day of the follow-up email", "on the date they named"
	DayOrNext                           // "the day of the interview, or the next working day"
	WithinHours                         // "within 24 hours of the interview, whatever the day"
	HoursAfter                          // "48–72 hours after the interview, whatever the day"
	WithinDays                          // "within 3 days of the interview, or by the next working day"
	DaysAfter                           // "7 days after the first follow-up call"
	WorkingDaysAfter                    // "2–3 working days after the interview", "the first working day after the date they named"
	WorkingDaysSince                    // "the first working day once 7 days have passed since the interview"
	WorkingDaysSinceHours               // "the first working day once 24 hours have passed since the interview"
)

// Timing is when a step happens, as data to say in words: its Phrase, what
// it counts from and its numbers.
type Timing struct {
	Phrase Phrase
	// Anchor is what the step counts from: "interview", "named" (the date
	// they named) or the id of an earlier step, whose title, in the rules'
	// language, is AnchorTitle.
	Anchor      string
	AnchorTitle string
	// Span is the days or hours as written, earliest and latest (a single
	// number is both); WorkingDays the working days. A phrase uses those
	// its example shows.
	Span, WorkingDays [2]int
}

// timingOf returns t as a Timing, the anchor step's title anchorTitle.
func (t timing) timingOf(anchorTitle string) Timing {
	s := Timing{Anchor: t.anchor, AnchorTitle: anchorTitle, Span: t.written, WorkingDays: t.bdays}
	hasBD := t.hasBDays && t.bdays != [2]int{} // business-days = 0 adds nothing
	switch {
	case t.at && t.anchor == "interview":
		s.Phrase = AtInterview
	case t.at:
		s.Phrase = OnDay
	case !hasBD && t.written == [2]int{}:
		s.Phrase = DayOrNext
	case !hasBD && t.unit == "hours" && t.written[0] == 0:
		s.Phrase = WithinHours
	case !hasBD && t.unit == "hours":
		s.Phrase = HoursAfter
	case !hasBD && t.written[0] == 0:
		s.Phrase = WithinDays
	case !hasBD:
		s.Phrase = DaysAfter
	case t.written == [2]int{}:
		s.Phrase = WorkingDaysAfter
	case t.unit == "hours":
		s.Phrase = WorkingDaysSinceHours
	default:
		s.Phrase = WorkingDaysSince
	}
	return s
}

// English says the timing in English: the evergreen steps' Rule. A page
// says it in its own language from Phrase and the numbers.
func (s Timing) English() string {
	anchor := s.anchorName()
	day := "the day of " + anchor
	if s.Anchor == "named" {
		day = anchor
	}
	bd := SpanText(s.WorkingDays) + " working " + englishUnit(s.WorkingDays[1], "day")
	if s.WorkingDays[0] == s.WorkingDays[1] {
		bd = ordinal(s.WorkingDays[0])
	}
	days, hours := englishUnit(s.Span[1], "day"), englishUnit(s.Span[1], "hour") // a range: its last number's
	switch s.Phrase {
	case AtInterview:
		return "at the interview"
	case OnDay:
		return "on " + day
	case DayOrNext:
		return day + ", or the next working day"
	case WithinHours:
		return fmt.Sprintf("within %d %s of %s, whatever the day", s.Span[1], hours, anchor)
	case HoursAfter:
		return SpanText(s.Span) + " " + hours + " after " + anchor + ", whatever the day"
	case WithinDays:
		return fmt.Sprintf("within %d %s of %s, or by the next working day", s.Span[1], days, anchor)
	case DaysAfter:
		return SpanText(s.Span) + " " + days + " after " + anchor
	case WorkingDaysAfter:
		return bd + " after " + anchor
	case WorkingDaysSinceHours:
		days = hours
	}
	have := "have"
	if s.Span[1] == 1 {
		have = "has"
	}
	return fmt.Sprintf("%s once %s %s %s passed since %s", bd, SpanText(s.Span), days, have, anchor)
}

// englishUnit writes an English unit for n: "day", "days".
func englishUnit(n int, unit string) string {
	if n == 1 {
		return unit
	}
	return unit + "s"
}

// anchorName names the anchor in English: "the interview", "the date they
// named", or the anchor step's title as a noun: "the follow-up email".
func (s Timing) anchorName() string {
	switch s.Anchor {
	case "interview":
		return "the interview"
	case "named":
		return "the date they named"
	case "":
		return ""
	}
	if s.AnchorTitle == "" {
		return s.Anchor
	}
	return "the " + LowerFirst(s.AnchorTitle)
}

// SpanText writes a span as "7" or "2–3".
func SpanText(v [2]int) string {
	if v[0] == v[1] {
		return strconv.Itoa(v[0])
	}
	return fmt.Sprintf("%d–%d", v[0], v[1])
}

// ordinal writes the n-th working day: "the first working day" to "the
// tenth working day", then "working day 11".
func ordinal(n int) string {
	words := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
	if n > 0 && n < len(words) {
		return "the " + words[n] + " working day"
	}
	return "working day " + strconv.Itoa(n)
}
