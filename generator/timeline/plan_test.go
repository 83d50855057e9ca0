package timeline

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// d parses a date for a test, failing it on a typo.
func d(t testing.TB, s string) Date {
	t.Helper()
	if s == "" {
		return Date{}
	}
	v, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func loadTestRules(t testing.TB, name string) *Rules {
	t.Helper()
	src, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Load("testdata/"+name, src, testHelpers)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// steps writes a plan's steps as "id start" or "id start..end".
func steps(p Plan) []string {
	var out []string
	for _, s := range p.Steps {
		line := s.ID + " " + s.Start.String()
		if s.Range() {
			line += ".." + s.End.String()
		}
		out = append(out, line)
	}
	return out
}

// Every expected date below was worked out by hand from a calendar, not
// copied from the code's output. Default rules: Mon-Fri, no holidays.
// testdata/holidays.toml: the same offsets, with holidays on 2026-12-24,
// 2026-12-25, 2027-01-01 and 2028-02-29.
func TestPlan(t *testing.T) {
	def := Default(testHelpers)
	hol := loadTestRules(t, "holidays.toml")
	tests := []struct {
		name      string
		rules     *Rules
		interview string
		kind      string
		named     string
		want      string
	}{
		// The five kinds for an interview on Friday 27 November 2026. The
		// thank-you email spans the weekend: Friday to Monday.
		{"friday soon", def, "2026-11-27", "soon", "",
			"before-leaving 2026-11-27; hand-delivered-note 2026-11-27; thank-you-email 2026-11-27..2026-11-28; first-call 2026-12-02; follow-up-email 2026-12-09; last-try 2026-12-23; move-on 2026-12-30"},
		{"friday by-date", def, "2026-11-27", "by-date", "2026-12-02",
			"before-leaving 2026-11-27; thank-you-email 2026-11-27..2026-11-28; first-call 2026-12-03; follow-up-email 2026-12-10; last-try 2026-12-24; move-on 2026-12-31"},
		{"friday week", def, "2026-11-27", "week", "",
			"before-leaving 2026-11-27; thank-you-email 2026-11-27..2026-11-28; first-call 2026-12-07; follow-up-email 2026-12-14; last-try 2026-12-29; move-on 2027-01-04"},
		{"friday weeks", def, "2026-11-27", "weeks", "",
			"before-leaving 2026-11-27; thank-you-email 2026-11-27..2026-11-28; first-call 2026-12-11; follow-up-email 2026-12-18; last-try 2027-01-04; move-on 2027-01-08"},
		{"friday unsaid", def, "2026-11-27", "unsaid", "",
			"before-leaving 2026-11-27; thank-you-email 2026-11-27..2026-11-28; first-call 2026-12-01..2026-12-02; follow-up-email 2026-12-08..2026-12-09; last-try 2026-12-22..2026-12-23; move-on 2026-12-29..2026-12-30"},

		// A named date on a Saturday: the call is on Monday.
		{"saturday named date", def, "2026-11-25", "by-date", "2026-11-28",
			"before-leaving 2026-11-25; thank-you-email 2026-11-25..2026-11-26; first-call 2026-11-30; follow-up-email 2026-12-07; last-try 2026-12-21; move-on 2026-12-29"},
		// "We decide today": the call is on the next business day.
		{"named date is the interview day", def, "2026-11-27", "by-date", "2026-11-27",
			"before-leaving 2026-11-27; thank-you-email 2026-11-27..2026-11-28; first-call 2026-11-30; follow-up-email 2026-12-07; last-try 2026-12-21; move-on 2026-12-29"},
		// A Saturday interview: the questions are asked that day; everything
		// else moves to business days.
		{"saturday interview", def, "2026-11-28", "soon", "",
			"before-leaving 2026-11-28; hand-delivered-note 2026-11-30; thank-you-email 2026-11-28..2026-11-29; first-call 2026-12-02; follow-up-email 2026-12-09; last-try 2026-12-23; move-on 2026-12-30"},

		// Month end: Thursday 30 April 2026.
		{"month end", def, "2026-04-30", "unsaid", "",
			"before-leaving 2026-04-30; thank-you-email 2026-04-30..2026-05-01; first-call 2026-05-05..2026-05-06; follow-up-email 2026-05-12..2026-05-13; last-try 2026-05-26..2026-05-27; move-on 2026-06-02..2026-06-03"},
		// 29 February 2028 is a Tuesday.
		{"leap day", def, "2028-02-28", "soon", "",
			"before-leaving 2028-02-28; hand-delivered-note 2028-02-28; thank-you-email 2028-02-28..2028-02-29; first-call 2028-03-02; follow-up-email 2028-03-09; last-try 2028-03-23; move-on 2028-03-30"},
		{"two weeks land on the leap day", def, "2028-02-15", "weeks", "",
			"before-leaving 2028-02-15; thank-you-email 2028-02-15..2028-02-16; first-call 2028-02-29; follow-up-email 2028-03-07; last-try 2028-03-21; move-on 2028-03-28"},
		// The turn of the year: Wednesday 30 December 2026.
		{"turn of the year", def, "2026-12-30", "unsaid", "",
			"before-leaving 2026-12-30; thank-you-email 2026-12-30..2026-12-31; first-call 2027-01-04..2027-01-05; follow-up-email 2027-01-11..2027-01-12; last-try 2027-01-25..2027-01-26; move-on 2027-02-01..2027-02-02"},

		// Holidays. 1 January 2027 is skipped by the business-day count.
		{"turn of the year with holidays", hol, "2026-12-30", "unsaid", "",
			"before-leaving 2026-12-30; thank-you-email 2026-12-30..2026-12-31; first-call 2027-01-04..2027-01-05; follow-up-email 2027-01-11..2027-01-12; last-try 2027-01-25..2027-01-26; move-on 2027-02-01..2027-02-02"},
		// The last try would be Thursday 24 December: Christmas Eve and Day
		// are holidays, then a weekend, so Monday 28 December.
		{"holiday moves a step", hol, "2026-11-27", "by-date", "2026-12-02",
			"before-leaving 2026-11-27; thank-you-email 2026-11-27..2026-11-28; first-call 2026-12-03; follow-up-email 2026-12-10; last-try 2026-12-28; move-on 2026-12-31"},
		// Thursday 26 November, "about a week": the call is on Friday 4
		// December; the last try would be Christmas Day (Monday 28 instead)
		// and moving on New Year's Day (Monday 4 January instead).
		{"holiday on move-on", hol, "2026-11-26", "week", "",
			"before-leaving 2026-11-26; thank-you-email 2026-11-26..2026-11-27; first-call 2026-12-04; follow-up-email 2026-12-11; last-try 2026-12-28; move-on 2027-01-04"},
		// A named date that is a holiday (Christmas Day, a Friday).
		{"named date on a holiday", hol, "2026-12-18", "by-date", "2026-12-25",
			"before-leaving 2026-12-18; thank-you-email 2026-12-18..2026-12-19; first-call 2026-12-28; follow-up-email 2027-01-04; last-try 2027-01-18; move-on 2027-01-25"},
		// The leap day is a holiday in the test rules.
		{"holiday on the leap day", hol, "2028-02-15", "weeks", "",
			"before-leaving 2028-02-15; thank-you-email 2028-02-15..2028-02-16; first-call 2028-03-01; follow-up-email 2028-03-08; last-try 2028-03-22; move-on 2028-03-29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.rules.Plan(d(t, tt.interview), tt.kind, d(t, tt.named))
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(steps(p), "; ")
			if got != tt.want {
				t.Errorf("Plan(%s, %s, %q) =\n%s\nwant\n%s", tt.interview, tt.kind, tt.named, got, tt.want)
			}
			for _, s := range p.Steps {
				if s.ID == "before-leaving" || s.ID == "thank-you-email" { // at the interview, and within 24 hours, whatever the day
					continue
				}
				if !tt.rules.IsBusinessDay(s.Start) || !tt.rules.IsBusinessDay(s.End) {
					t.Errorf("step %s on %s..%s: not a business day", s.ID, s.Start.Long(), s.End.Long())
				}
			}
		})
	}
}

func TestPlanErrors(t *testing.T) {
	r := Default(testHelpers)
	tests := []struct {
		interview, kind, named string
		want                   string
	}{
		{"2026-11-27", "by-date", "2026-11-25",
			"timeline plan: the date they named, Wednesday 25 November 2026, is before the interview on Friday 27 November 2026; the date they decide by must be on or after the interview day"},
		{"2026-11-27", "by-date", "",
			"timeline plan: kind by-date needs the date they named"},
		{"2026-11-27", "week", "2026-12-02",
			`timeline plan: a named date (2026-12-02) only goes with kind by-date, not "week"`},
		{"2026-11-27", "son", "",
			`timeline plan: unknown kind "son": did you mean "soon"? (the kinds are soon, by-date, week, weeks, unsaid)`},
		{"", "soon", "",
			"timeline plan: no interview date"},
	}
	for _, tt := range tests {
		_, err := r.Plan(d(t, tt.interview), tt.kind, d(t, tt.named))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Plan(%q, %q, %q) error = %v\nwant %s", tt.interview, tt.kind, tt.named, err, tt.want)
		}
	}
}

func TestPlanFields(t *testing.T) {
	p, err := Default(testHelpers).Plan(d(t, "2026-11-27"), "by-date", d(t, "2026-12-02"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := p.ID(), "20261127-by-date-20261202"; got != want {
		t.Errorf("ID() = %q, want %q", got, want)
	}
	if p.Kind.Label != "By a date they named" {
		t.Errorf("Kind = %+v, want the by-date kind with its label", p.Kind)
	}
	call := p.Steps[2]
	want := Step{
		ID: "first-call", Title: "First follow-up call", Channel: Phone,
		Guide: "guides/follow-up-call.md#when-to-call", Checklist: "follow-up-call",
		Start: d(t, "2026-12-03"), End: d(t, "2026-12-03"),
		Named: true, Lines: Lines{What: 161, Guide: 150, Checklist: 151}, // default.toml: [steps.by-kind.by-date] what, the step's guide and checklist
	}
	if !strings.HasPrefix(call.What, "The date they named has passed.") {
		t.Errorf("first call What = %q, want the by-date text", call.What)
	}
	if !strings.HasPrefix(call.Text, "The date they named has passed.") || strings.ContainsAny(call.Text, "*_`") {
		t.Errorf("first call Text = %q, want the by-date text without markup", call.Text)
	}
	call.What, call.Text = "", ""
	if call != want {
		t.Errorf("first call = %+v\nwant %+v", call, want)
	}
	if thanks := p.Steps[1]; !thanks.Range() || thanks.Days() != 2 {
		t.Errorf("thank-you email: Range() = %v, Days() = %d; want true, 2 (Friday and Saturday: 24 hours, weekend or not)", thanks.Range(), thanks.Days())
	}
	if p2, _ := Default(testHelpers).Plan(d(t, "2026-11-27"), "soon", Date{}); p2.ID() != "20261127-soon" {
		t.Errorf("ID() = %q, want 20261127-soon", p2.ID())
	}
}

func TestWindowAndNamedDates(t *testing.T) {
	r := Default(testHelpers)
	first, last := r.Window(d(t, "2026-11-20"))
	if first != d(t, "2026-09-24") || last != d(t, "2027-01-19") {
		t.Errorf("Window(2026-11-20) = %s, %s; want 2026-09-24, 2027-01-19", first, last)
	}
	named := r.NamedDates(d(t, "2026-11-27"))
	if len(named) != 28 || named[0] != d(t, "2026-11-28") || named[27] != d(t, "2026-12-25") {
		t.Errorf("NamedDates(2026-11-27) = %d dates, %s..%s; want 28, 2026-11-28..2026-12-25", len(named), named[0], named[len(named)-1])
	}
}

func TestBusinessDays(t *testing.T) {
	r := loadTestRules(t, "holidays.toml")
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-12-23", 0, "2026-12-23"},
		{"2026-12-23", 1, "2026-12-28"}, // Thu 24 and Fri 25 are holidays
		{"2026-12-24", 0, "2026-12-28"},
		{"2026-12-31", 1, "2027-01-04"}, // New Year's Day, then a weekend
		{"2028-02-28", 1, "2028-03-01"}, // the leap day is a holiday here
		{"2026-11-27", 5, "2026-12-04"},
	}
	for _, tt := range tests {
		got := r.AddBusinessDays(d(t, tt.from), tt.n)
		if tt.n == 0 {
			got = r.NextBusinessDay(d(t, tt.from))
		}
		if got != d(t, tt.want) {
			t.Errorf("%d business days after %s = %s, want %s", tt.n, tt.from, got, tt.want)
		}
	}
	if name, ok := r.Holiday(d(t, "2026-12-25")); !ok || name != "Christmas Day" {
		t.Errorf("Holiday(2026-12-25) = %q, %v", name, ok)
	}
	if hs := r.Holidays(); len(hs) != 4 || hs[0].Date != d(t, "2026-12-24") || hs[3].Date != d(t, "2028-02-29") {
		t.Errorf("Holidays() = %v, want 4 in date order", hs)
	}
	if r.IsWorkday(time.Saturday) || !r.IsWorkday(time.Monday) {
		t.Errorf("IsWorkday: Saturday %v, Monday %v", r.IsWorkday(time.Saturday), r.IsWorkday(time.Monday))
	}
}

// TestThankYouWithin24Hours checks the thank-you email from an interview
// on every day of the week, in a week with no holidays and in one with a
// bank holiday after it: the interview day and the next, whatever they are.
// A deadline in hours never moves to a working day.
func TestThankYouWithin24Hours(t *testing.T) {
	r := Default(testHelpers)
	for _, monday := range []Date{NewDate(2026, 11, 23), NewDate(2026, 12, 21)} {
		for i := range 7 {
			interview := monday.AddDays(i)
			p, err := r.Plan(interview, "unsaid", Date{})
			if err != nil {
				t.Fatal(err)
			}
			s := p.Steps[1]
			if s.ID != "thank-you-email" || s.Start != interview || s.End != interview.AddDays(1) {
				t.Errorf("%s after an interview on %s: %s to %s; want %s to %s", s.ID, interview.Long(), s.Start.Long(), s.End.Long(), interview.Long(), interview.AddDays(1).Long())
			}
		}
	}
}

// TestHolidayCalendars plans the first call of a "within a day or two"
// interview (the third working day after it) with the shipped rules and
// the calendar swapped for another, across each calendar's own holidays.
func TestHolidayCalendars(t *testing.T) {
	tests := []struct {
		calendar, interview, firstCall, why string
	}{
		{"gb-eaw", "2026-12-22", "2026-12-29", "Christmas Day, then Boxing Day's substitute on Monday 28"},
		{"gb-eaw", "2027-03-24", "2027-03-31", "Good Friday and Easter Monday"},
		{"gb-eaw", "2026-11-26", "2026-12-01", "St Andrew's Day is Scotland's only"},
		{"gb-sct", "2026-11-26", "2026-12-02", "St Andrew's Day, Monday 30 November"},
		{"gb-sct", "2027-03-24", "2027-03-30", "Good Friday but no Easter Monday"},
		{"gb-nir", "2027-07-08", "2027-07-14", "the Battle of the Boyne, Monday 12 July"},
		{"us-ma", "2027-04-14", "2027-04-20", "Patriots' Day, Monday 19 April"},
		{"us-ny", "2027-04-14", "2027-04-19", "New York keeps no Patriots' Day"},
		{"us", "2027-12-22", "2027-12-28", "Christmas on a Saturday, observed on Friday 24"},
		{"ca-on", "2027-02-11", "2027-02-17", "Family Day, Monday 15 February"},
		{"ca-qc", "2027-06-21", "2027-06-25", "the Fête nationale, Thursday 24 June"},
		{"de-by", "2027-01-05", "2027-01-11", "Epiphany in Bavaria, Wednesday 6 January"},
	}
	for _, tt := range tests {
		t.Run(tt.calendar+" "+tt.interview, func(t *testing.T) {
			src := bytes.Replace(defaultFile, []byte(`calendar = "gb-eaw"`), []byte(`calendar = "`+tt.calendar+`"`), 1)
			r, err := Load(DefaultPath, src, testHelpers)
			if err != nil {
				t.Fatal(err)
			}
			p, err := r.Plan(d(t, tt.interview), "soon", Date{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range p.Steps {
				if s.ID == "first-call" && s.Start != d(t, tt.firstCall) {
					t.Errorf("%s: first call on %s, want %s (%s)", tt.calendar, s.Start.Long(), d(t, tt.firstCall).Long(), tt.why)
				}
			}
		})
	}
}

// TestClosures checks the site's own days: a closure over several days,
// on top of the named calendar, names each of its days.
func TestClosures(t *testing.T) {
	src := bytes.Replace(defaultFile, []byte(`calendar = "gb-eaw"`), []byte(`calendar = "gb-eaw"

[[holidays]]
date = 2026-12-23
to = 2027-01-01
name = "Office closed"`), 1)
	r, err := Load(DefaultPath, src, testHelpers)
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.Plan(d(t, "2026-12-21"), "soon", Date{})
	if err != nil {
		t.Fatal(err)
	}
	// Tuesday 22 (1), closed 23 December to 1 January, Monday 4 (2), Tuesday 5 (3).
	if s := p.Steps[3]; s.ID != "first-call" || s.Start != d(t, "2027-01-05") {
		t.Errorf("%s on %s, want first-call on Tuesday 5 January 2027", s.ID, s.Start.Long())
	}
	if name, _ := r.Holiday(d(t, "2026-12-25")); name != "Office closed" {
		t.Errorf("Holiday(2026-12-25) = %q: the site's closure names the day over the calendar's", name)
	}
	if got := r.Counts(); got != "England and Wales bank holidays and the site's own closures" {
		t.Errorf("Counts() = %q", got)
	}
}
