package timeline

import (
	"testing"
	"time"
)

func TestEvergreen(t *testing.T) {
	r := Default(testHelpers)
	tests := []struct {
		weekday time.Weekday
		kind    string
		want    map[string]string // step id -> When()
	}{
		{time.Friday, "unsaid", map[string]string{
			"before-leaving":  "Friday (day 0)",
			"thank-you-email": "Friday (day 0) to Saturday (day 1)", // 24 hours, weekend or not,
			"first-call":      "Tuesday (day 4) to Wednesday (day 5)",
			"follow-up-email": "Tuesday (day 11) to Wednesday (day 12)",
			"move-on":         "Tuesday (day 32) to Wednesday (day 33)",
		}},
		{time.Saturday, "soon", map[string]string{
			"before-leaving":      "Saturday (day 0)",
			"thank-you-email":     "Saturday (day 0) to Sunday (day 1)",
			"hand-delivered-note": "Monday (day 2)",
			"first-call":          "Wednesday (day 4)",
		}},
		{time.Wednesday, "weeks", map[string]string{
			"first-call": "Wednesday (day 14)",
			"last-try":   "Wednesday (day 35)",
			"move-on":    "Wednesday (day 42)",
		}},
		{time.Friday, "week", map[string]string{
			"first-call": "Monday (day 10)",
		}},
		// by-date: the first call and what follows count from the date
		// they named, which has no weekday here.
		{time.Thursday, "by-date", map[string]string{
			"thank-you-email": "Thursday (day 0) to Friday (day 1)",
			"first-call":      "the first working day after the date they named",
			"follow-up-email": "7 days after the first follow-up call",
			"last-try":        "14 days after the follow-up email",
			"move-on":         "28 days after the first follow-up call",
		}},
	}
	for _, tt := range tests {
		p, err := r.Evergreen(tt.weekday, tt.kind)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, s := range p.Steps {
			got[s.ID] = s.When()
		}
		for id, want := range tt.want {
			if got[id] != want {
				t.Errorf("Evergreen(%v, %s): %s = %q, want %q", tt.weekday, tt.kind, id, got[id], want)
			}
		}
	}
}

func TestEvergreenNamedSteps(t *testing.T) {
	p, err := Default(testHelpers).Evergreen(time.Monday, "by-date")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range p.Steps {
		wantNamed := s.ID != "before-leaving" && s.ID != "thank-you-email"
		if s.Named != wantNamed || s.Named && (s.Start != Day{} || s.Range()) {
			t.Errorf("%s: Named = %v, Start = %v; want Named %v and no days when named", s.ID, s.Named, s.Start, wantNamed)
		}
	}
}

func TestEvergreenWeek(t *testing.T) {
	r := Default(testHelpers)
	week, err := r.EvergreenWeek("soon")
	if err != nil {
		t.Fatal(err)
	}
	if len(week) != 7 || week[0].Weekday != time.Monday || week[6].Weekday != time.Sunday {
		t.Fatalf("EvergreenWeek: %d rows, first %v, last %v; want Monday to Sunday", len(week), week[0].Weekday, week[6].Weekday)
	}
	if _, err := r.EvergreenWeek("nope"); err == nil {
		t.Error("EvergreenWeek of an unknown kind succeeded")
	}
	// Holidays never reach evergreen plans.
	hol := loadTestRules(t, "holidays.toml")
	for _, k := range r.Kinds() {
		a, _ := r.EvergreenWeek(k.ID)
		b, _ := hol.EvergreenWeek(k.ID)
		for i := range a {
			for j := range a[i].Steps {
				if a[i].Steps[j].When() != b[i].Steps[j].When() {
					t.Errorf("%s %v %s: %q with holidays, %q without", k.ID, a[i].Weekday, a[i].Steps[j].ID, b[i].Steps[j].When(), a[i].Steps[j].When())
				}
			}
		}
	}
}
