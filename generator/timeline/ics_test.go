package timeline

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/followup/followup/generator/markdown"
)

// parseICS parses b with golang-ical, an independent parser.
func parseICS(t testing.TB, b []byte) *ics.Calendar {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("golang-ical cannot parse the output: %v\n%s", err, b)
	}
	return cal
}

// checkLines checks the physical lines of an .ics file: each ends in CRLF,
// is valid UTF-8, and is at most 75 octets long without the CRLF.
func checkLines(t testing.TB, b []byte) {
	t.Helper()
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Errorf("output does not end in CRLF")
	}
	for i, line := range bytes.SplitAfter(b, []byte("\r\n")) {
		if len(line) == 0 {
			continue
		}
		body, ok := bytes.CutSuffix(line, []byte("\r\n"))
		switch {
		case !ok:
			t.Errorf("line %d %q does not end in CRLF", i+1, line)
		case bytes.ContainsAny(body, "\r\n"):
			t.Errorf("line %d %q holds a bare CR or LF", i+1, body)
		case len(body) > 75: // RFC 5545 section 3.1, written out so that the test does not share the constant
			t.Errorf("line %d is %d octets long, more than 75: %q", i+1, len(body), body)
		case !utf8.Valid(body):
			t.Errorf("line %d %q is not valid UTF-8 (a character was split)", i+1, body)
		}
	}
}

func prop(e *ics.VEvent, p ics.ComponentProperty) string {
	if v := e.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

func TestICSParsesBack(t *testing.T) {
	r := Default(testHelpers)
	p, err := r.Plan(d(t, "2026-11-27"), "unsaid", Date{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	opts := ICSOptions{Build: d(t, "2026-11-20"), GuideURL: func(g string) string { return "https://followup.example/" + guideURLPath(g) }}
	if err := WriteICS(&b, p, opts); err != nil {
		t.Fatal(err)
	}
	checkLines(t, b.Bytes())
	cal := parseICS(t, b.Bytes())
	events := cal.Events()
	if len(events) != len(p.Steps) || len(events) != 6 {
		t.Fatalf("%d events, want one per step: %d", len(events), len(p.Steps))
	}
	for i, e := range events {
		s := p.Steps[i]
		start, err1 := e.GetAllDayStartAt()
		end, err2 := e.GetAllDayEndAt()
		if err1 != nil || err2 != nil {
			t.Fatalf("event %d dates: %v, %v", i, err1, err2)
		}
		if DateOf(start) != s.Start || DateOf(end) != s.End.AddDays(1) {
			t.Errorf("%s: DTSTART %s DTEND %s, want %s and the day after %s", s.ID, DateOf(start), DateOf(end), s.Start, s.End)
		}
		if got := e.GetProperty(ics.ComponentPropertyDtStart).ICalParameters["VALUE"]; len(got) != 1 || got[0] != "DATE" {
			t.Errorf("%s: DTSTART VALUE = %v, want DATE", s.ID, got)
		}
		if got, want := e.Id(), "20261127-unsaid-"+s.ID+"@followup.invalid"; got != want {
			t.Errorf("UID = %q, want %q", got, want)
		}
		if got := prop(e, ics.ComponentPropertySummary); got != s.Title {
			t.Errorf("SUMMARY = %q, want %q", got, s.Title)
		}
		url := "https://followup.example/" + guideURLPath(s.Guide)
		if got := prop(e, ics.ComponentPropertyUrl); got != url {
			t.Errorf("URL = %q, want %q", got, url)
		}
		if got := prop(e, ics.ComponentPropertyDescription); !strings.HasSuffix(got, "\n\nMore in the guide: "+url) || strings.Contains(got, "**") {
			t.Errorf("DESCRIPTION = %q, want plain text and the guide URL", got)
		}
		if stamp, err := e.GetDtStampTime(); err != nil || stamp.Format("20060102T150405Z") != "20261120T000000Z" {
			t.Errorf("DTSTAMP = %v, %v; want the build date", stamp, err)
		}
	}
	// The first call of an unsaid plan spans two days: DTEND is exclusive.
	if got := prop(events[2], ics.ComponentPropertyDtEnd); got != "20261203" {
		t.Errorf("first call DTEND = %s, want 20261203 (the day after 2 December)", got)
	}
}

func TestICSCalendarProperties(t *testing.T) {
	var b bytes.Buffer
	if err := WriteICS(&b, textPlan("Call", "Call."), ICSOptions{Build: d(t, "2026-11-20")}); err != nil {
		t.Fatal(err)
	}
	calProps := map[string]string{}
	for _, cp := range parseICS(t, b.Bytes()).CalendarProperties {
		calProps[cp.IANAToken] = cp.Value
	}
	for k, want := range map[string]string{
		"VERSION": "2.0", "CALSCALE": "GREGORIAN", "METHOD": "PUBLISH",
		"PRODID":       "-//Followup//Follow-up timeline//EN",
		"X-WR-CALNAME": "Follow-up plan: interview on Friday 27 November 2026",
	} {
		if calProps[k] != want {
			t.Errorf("calendar %s = %q, want %q", k, calProps[k], want)
		}
	}
}

// textPlan is a plan with one step whose title and text are given.
func textPlan(title, what string) Plan {
	day := NewDate(2026, 11, 27)
	return Plan{
		Interview: day, Kind: Kind{ID: "soon"},
		Steps: []Step{{ID: "first-call", Title: title, What: what, Text: markdown.PlainText(what), Guide: "guides/a.md", Start: day, End: day}},
	}
}

func TestICSTextRoundTrip(t *testing.T) {
	tests := []struct{ title, what, wantDesc string }{
		{"Zoë's café; notes, etc.", "Zoë's café; notes, etc.", "Zoë's café; notes, etc."},
		{`back\slash; semi, comma`, `a \\ b`, `a \ b`},
		{"two\nlines", "*Call* **now**, [see](https://x.example/a,b) `a;b` &amp; go", "Call now, see a;b & go"},
		{strings.Repeat("é", 100), strings.Repeat("日本語", 40), strings.Repeat("日本語", 40)},
		{strings.Repeat("😀", 50) + "a", strings.Repeat("x", 73) + `\\,;`, strings.Repeat("x", 73) + `\,;`},
		{"tab\there, bell\x07 gone, cr\r\nlf", "line one  \nline two", "line one\nline two"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteICS(&b, textPlan(tt.title, tt.what), ICSOptions{Build: NewDate(2026, 11, 20)}); err != nil {
			t.Fatal(err)
		}
		checkLines(t, b.Bytes())
		events := parseICS(t, b.Bytes()).Events()
		if len(events) != 1 {
			t.Fatalf("%d events, want 1", len(events))
		}
		wantTitle := strings.NewReplacer("\x07", "", "\r\n", "\n").Replace(tt.title)
		if got := prop(events[0], ics.ComponentPropertySummary); got != wantTitle {
			t.Errorf("SUMMARY = %q, want %q", got, wantTitle)
		}
		if got := prop(events[0], ics.ComponentPropertyDescription); got != tt.wantDesc {
			t.Errorf("DESCRIPTION of %q = %q, want %q", tt.what, got, tt.wantDesc)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []string{
		"SUMMARY:" + strings.Repeat("a", 67),        // exactly 75: no fold
		"SUMMARY:" + strings.Repeat("a", 68),        // 76: one fold
		"SUMMARY:" + strings.Repeat("é", 80),        // 2-byte characters across the boundary
		"SUMMARY:x" + strings.Repeat("€", 60),       // 3-byte characters
		"SUMMARY:" + strings.Repeat("😀", 40),        // 4-byte characters
		"SUMMARY:" + strings.Repeat("a", 66) + `\,`, // an escape on the boundary
		"SUMMARY:" + strings.Repeat("a", 65) + `\\\,b`,
	}
	for _, line := range tests {
		var w icsWriter
		w.prop(line)
		out := w.buf.Bytes()
		checkLines(t, out)
		unfolded := strings.TrimSuffix(strings.ReplaceAll(string(out), "\r\n ", ""), "\r\n")
		if unfolded != line {
			t.Errorf("unfolding gives %q, want %q", unfolded, line)
		}
		for _, l := range strings.Split(string(out), "\r\n") {
			trimmed := strings.TrimRight(l, `\`)
			if (len(l)-len(trimmed))%2 == 1 {
				t.Errorf("line %q ends inside an escape", l)
			}
		}
		if n := strings.Count(string(out), "\r\n"); len(line) <= 75 && n != 1 {
			t.Errorf("a %d-octet line was folded", len(line))
		}
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`a\b;c,d`, `a\\b\;c\,d`},
		{"one\ntwo\r\nthree\rfour", `one\ntwo\nthree\nfour`},
		{"tab\tstays, nul\x00 and del\x7f go", `tab	stays\, nul and del go`},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"Zoë: ok", "Zoë: ok"},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriteICSOptions(t *testing.T) {
	p := textPlan("Call", "Call them.")
	if err := WriteICS(&bytes.Buffer{}, p, ICSOptions{}); err == nil {
		t.Error("WriteICS without a build date succeeded")
	}
	var a, b bytes.Buffer
	opts := ICSOptions{Build: NewDate(2026, 11, 20), Domain: "followup.example", Name: "Mine", ProdID: "-//Me//X//EN"}
	_ = WriteICS(&a, p, opts)
	_ = WriteICS(&b, p, opts)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same plan differ")
	}
	for _, want := range []string{"UID:20261127-soon-first-call@followup.example\r\n", "X-WR-CALNAME:Mine\r\n", "PRODID:-//Me//X//EN\r\n"} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(a.String(), "URL:") {
		t.Error("URL written without a GuideURL")
	}
}

// TestICSReminders parses a calendar file back and checks that every event
// carries one reminder, shown at 09:00 on the morning of its first day, and
// that the file says which days off it counts.
func TestICSReminders(t *testing.T) {
	p, err := Default(testHelpers).Plan(NewDate(2026, 12, 22), "unsaid", Date{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteICS(&b, p, ICSOptions{Build: NewDate(2026, 12, 1), Counts: Default(testHelpers).Counts()}); err != nil {
		t.Fatal(err)
	}
	checkLines(t, b.Bytes())
	cal := parseICS(t, b.Bytes())
	events := cal.Events()
	if len(events) != len(p.Steps) {
		t.Fatalf("%d events, want %d", len(events), len(p.Steps))
	}
	for i, e := range events {
		alarms := e.Alarms()
		if len(alarms) != 1 {
			t.Errorf("event %d (%s) has %d reminders, want 1", i, p.Steps[i].ID, len(alarms))
			continue
		}
		a := alarms[0]
		if got := a.GetProperty(ics.ComponentPropertyAction); got == nil || got.Value != "DISPLAY" {
			t.Errorf("event %d: ACTION = %v, want DISPLAY", i, got)
		}
		if got := a.GetProperty(ics.ComponentPropertyTrigger); got == nil || got.Value != "PT9H" {
			t.Errorf("event %d: TRIGGER = %v, want PT9H (09:00 on the step's first day)", i, got)
		}
		if got := a.GetProperty(ics.ComponentPropertyDescription); got == nil || got.Value != p.Steps[i].Title {
			t.Errorf("event %d: the reminder's DESCRIPTION = %v, want the step's title %q", i, got, p.Steps[i].Title)
		}
		if d := prop(e, ics.ComponentPropertyDescription); !strings.HasSuffix(d, "Working days counted around weekends and England and Wales bank holidays.") {
			t.Errorf("event %d: DESCRIPTION does not say which calendar it counts: %q", i, d)
		}
	}
	if got := cal.CalendarProperties; !slices.ContainsFunc(got, func(p ics.CalendarProperty) bool {
		return p.IANAToken == "X-WR-CALDESC" && strings.Contains(p.Value, "England and Wales bank holidays")
	}) {
		t.Errorf("no X-WR-CALDESC naming the calendar: %v", got)
	}
}
