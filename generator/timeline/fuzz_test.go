package timeline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"golang.org/x/tools/txtar"
)

// FuzzICS writes a one-step plan with any title and text, and checks that
// golang-ical parses it back to the same text (after cleanText, which drops
// what TEXT cannot hold), with every line at most 75 octets, valid UTF-8 and
// ended by CRLF. Seeds: testdata/fuzz/FuzzICS.
func FuzzICS(f *testing.F) {
	f.Add("Zoë's café; notes, etc.", "Call **now**, then [read the guide](guides/a.md).")
	f.Fuzz(func(t *testing.T, title, what string) {
		p := textPlan(title, what)
		url := "https://followup.example/guides/a/"
		var b bytes.Buffer
		if err := WriteICS(&b, p, ICSOptions{Build: NewDate(2026, 11, 20), GuideURL: func(string) string { return url }}); err != nil {
			t.Fatal(err)
		}
		checkLines(t, b.Bytes())
		events := parseICS(t, b.Bytes()).Events()
		if len(events) != 1 {
			t.Fatalf("%d events, want 1", len(events))
		}
		if got, want := prop(events[0], ics.ComponentPropertySummary), cleanText(title); got != want {
			t.Errorf("SUMMARY = %q, want %q", got, want)
		}
		if got, want := prop(events[0], ics.ComponentPropertyDescription), cleanText(eventDescription(p.Steps[0], url, "More in the guide: ", "")); got != want {
			t.Errorf("DESCRIPTION = %q, want %q", got, want)
		}
		if clean := cleanText(title); cleanText(clean) != clean {
			t.Errorf("cleanText is not idempotent on %q", title)
		}
	})
}

// FuzzLoad checks that no rules file makes Load panic, that every error
// names the file and a line, and that rules that load give plans without
// panics whose steps are in order and on business days. Seeds: the shipped
// rules, the test rules files and testdata/fuzz/FuzzLoad.
func FuzzLoad(f *testing.F) {
	f.Add(defaultFile)
	if src, err := os.ReadFile("testdata/holidays.toml"); err == nil {
		f.Add(src)
	}
	files, _ := filepath.Glob("testdata/load/*.txtar")
	for _, file := range files {
		if a, err := txtar.ParseFile(file); err == nil && len(a.Files) > 0 {
			f.Add(a.Files[0].Data)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		r, err := Load("fuzz.toml", src, testHelpers)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "fuzz.toml:") {
					t.Errorf("error line %q has no path:line", line)
				}
			}
			return
		}
		checkRules(t, r)
	})
}

// checkRules plans every kind with r and checks the result.
func checkRules(t *testing.T, r *Rules) {
	interview := NewDate(2026, 11, 27)
	for _, k := range r.Kinds() {
		named := Date{}
		if k.ID == "by-date" {
			named = interview.AddDays(5)
		}
		p, err := r.Plan(interview, k.ID, named)
		if err != nil {
			t.Fatalf("Plan(%s): %v", k.ID, err)
		}
		for _, s := range p.Steps {
			if s.End.Before(s.Start) || s.Start.Before(interview) {
				t.Errorf("%s/%s: %s..%s is out of order", k.ID, s.ID, s.Start, s.End)
			}
		}
		if err := WriteICS(&bytes.Buffer{}, p, ICSOptions{Build: interview}); err != nil {
			t.Fatal(err)
		}
		for w := time.Sunday; w <= time.Saturday; w++ {
			if _, err := r.Evergreen(w, k.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, key := range r.QuoteKeys() {
		if _, err := r.Quote(key); err != nil {
			t.Error(err)
		}
	}
}
