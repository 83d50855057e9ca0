package calculator

import (
	"testing"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/theme"
	"github.com/followup/followup/generator/timeline"
)

// stringsCalc is a calculator whose model has only the default theme's
// strings of lang.
func stringsCalc(t *testing.T, lang string) *calc {
	t.Helper()
	fsys, display := theme.BuiltIn()
	cat, err := i18n.Load("en", i18n.Source{FS: fsys, Display: display})
	if err != nil {
		t.Fatal(err)
	}
	s, err := cat.For(lang)
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Language = lang
	return &calc{m: &model.Model{Strings: s, Config: cfg}}
}

// timings are one of each phrase, with one number and with a range, and
// the working days as an ordinal, past the ordinals and as a range.
func timings() []timeline.Timing {
	step := func(p timeline.Phrase, span, wd [2]int) timeline.Timing {
		return timeline.Timing{Phrase: p, Anchor: "first-call", AnchorTitle: "First follow-up call", Span: span, WorkingDays: wd}
	}
	ts := []timeline.Timing{
		{Phrase: timeline.AtInterview, Anchor: "interview"},
		{Phrase: timeline.OnDay, Anchor: "named"},
		{Phrase: timeline.DayOrNext, Anchor: "interview"},
		{Phrase: timeline.WithinHours, Anchor: "interview", Span: [2]int{0, 24}},
		{Phrase: timeline.WorkingDaysAfter, Anchor: "named", WorkingDays: [2]int{1, 1}},
		{Phrase: timeline.WorkingDaysAfter, Anchor: "interview", WorkingDays: [2]int{2, 3}},
		{Phrase: timeline.WorkingDaysAfter, Anchor: "interview", WorkingDays: [2]int{12, 12}},
		{Phrase: timeline.WorkingDaysSince, Anchor: "interview", Span: [2]int{7, 7}, WorkingDays: [2]int{1, 1}},
		{Phrase: timeline.WorkingDaysSinceHours, Anchor: "interview", Span: [2]int{24, 24}, WorkingDays: [2]int{3, 3}},
	}
	for _, p := range []timeline.Phrase{timeline.OnDay, timeline.DayOrNext, timeline.WithinDays, timeline.DaysAfter, timeline.HoursAfter} {
		ts = append(ts, step(p, [2]int{1, 1}, [2]int{}), step(p, [2]int{7, 14}, [2]int{}))
	}
	return append(ts, step(timeline.WorkingDaysSince, [2]int{1, 1}, [2]int{2, 4}))
}

// TestSayTimingEnglish: with en.toml, every phrase says what the rules'
// own English (the evergreen steps' Rule) says, byte for byte.
func TestSayTimingEnglish(t *testing.T) {
	p := stringsCalc(t, "en")
	for _, tm := range timings() {
		got, err := p.sayTiming(tm)
		if err != nil {
			t.Fatal(err)
		}
		if want := tm.English(); got != want {
			t.Errorf("sayTiming(%+v) = %q, want %q", tm, got, want)
		}
	}
}

// TestSayTimingSpanish: es.toml says them in Spanish.
func TestSayTimingSpanish(t *testing.T) {
	p := stringsCalc(t, "es")
	want := map[int]string{
		0:  "en la entrevista",
		1:  "la fecha que te dieron",
		2:  "el día de la entrevista, o el siguiente día laborable",
		3:  "en las 24 horas siguientes a la entrevista, sea el día que sea",
		4:  "el primer día laborable después de la fecha que te dieron",
		5:  "2–3 días laborables después de la entrevista",
		6:  "el día laborable número 12 después de la entrevista",
		7:  "el primer día laborable una vez pasados 7 días desde la entrevista",
		8:  "el tercer día laborable una vez pasadas 24 horas desde la entrevista",
		13: "en el día siguiente a «First follow-up call», o como tarde el siguiente día laborable",
		16: "7–14 días después de «First follow-up call»",
		19: "2–4 días laborables una vez pasado 1 día desde «First follow-up call»",
	}
	for i, tm := range timings() {
		got, err := p.sayTiming(tm)
		if err != nil {
			t.Fatal(err)
		}
		if w, ok := want[i]; ok && got != w {
			t.Errorf("sayTiming(%+v) = %q, want %q", tm, got, w)
		}
		if got == tm.English() {
			t.Errorf("sayTiming(%+v) in Spanish = %q, the English", tm, got)
		}
	}
}

// TestSayTimingShippedRules: every step of the shipped rules, in every
// kind, says in English what its Rule says.
func TestSayTimingShippedRules(t *testing.T) {
	p := stringsCalc(t, "en")
	r := timeline.Default(timeline.Helpers{CheckInline: markdown.CheckInline, PlainText: markdown.PlainText, ChecklistID: checklist.ValidID})
	for _, k := range r.Kinds() {
		ep, err := r.Evergreen(1, k.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ep.Steps {
			if got, err := p.sayTiming(s.Timing); err != nil || got != s.Rule() {
				t.Errorf("%s %s: sayTiming = %q, %v; want the Rule %q", k.ID, s.ID, got, err, s.Rule())
			}
		}
	}
}
