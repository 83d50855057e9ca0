package timeline

import (
	"os"
	"strings"
	"testing"
	"time"
)

func spanishTexts(t *testing.T) []byte {
	t.Helper()
	src, err := os.ReadFile("../../data/timeline.es.toml")
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestTranslateShipped reads the shipped Spanish texts over the shipped
// rules: every text is Spanish, every number and date the same.
func TestTranslateShipped(t *testing.T) {
	r := Default(testHelpers)
	es, err := r.Translate("data/timeline.es.toml", spanishTexts(t), "es", testHelpers)
	if err != nil {
		t.Fatal(err)
	}
	if k, _ := es.Kind("soon"); k.Label != "En uno o dos días" {
		t.Errorf("Kind(soon).Label = %q", k.Label)
	}
	if es.TextFile() != "data/timeline.es.toml" || es.Path() != "data/timeline.toml" || r.TextFile() != "data/timeline.toml" {
		t.Errorf("TextFile = %q, Path = %q; the original's TextFile = %q", es.TextFile(), es.Path(), r.TextFile())
	}
	d := NewDate(2026, time.November, 27)
	for _, kind := range []string{"soon", "by-date", "week", "weeks", "unsaid"} {
		named := Date{}
		if kind == "by-date" {
			named = d.AddDays(5)
		}
		en, _ := r.Plan(d, kind, named)
		sp, err := es.Plan(d, kind, named)
		if err != nil || len(en.Steps) != len(sp.Steps) {
			t.Fatalf("%s: %d steps in English, %d in Spanish (%v)", kind, len(en.Steps), len(sp.Steps), err)
		}
		for i, s := range sp.Steps {
			e := en.Steps[i]
			if s.ID != e.ID || s.Start != e.Start || s.End != e.End || s.Guide != e.Guide || s.Channel != e.Channel {
				t.Errorf("%s: step %s differs from the English one in more than its texts", kind, s.ID)
			}
			if s.Title == e.Title || s.What == e.What || s.Text == "" || s.Lines.What == e.Lines.What {
				t.Errorf("%s: step %s keeps an English text or line: %q, %q (line %d)", kind, s.ID, s.Title, s.What, s.Lines.What)
			}
		}
	}
	// The English rules are untouched.
	if k, _ := r.Kind("soon"); k.Label != "Within a day or two" {
		t.Errorf("the English Kind(soon).Label became %q", k.Label)
	}
}

// TestTranslateErrors: a translation has every text of the rules, no more,
// and no numbers; each problem is an error at its line.
func TestTranslateErrors(t *testing.T) {
	base := string(spanishTexts(t))
	cut := func(from, to string) string {
		i := strings.Index(base, from)
		j := strings.Index(base[i:], to) + i
		return base[:i] + base[j:]
	}
	tests := []struct {
		name, src string
		want      []string
	}{
		{"a kind missing", cut("[[kinds]]\nid = \"week\"", "[[kinds]]\nid = \"weeks\""),
			[]string{`data/timeline.es.toml:11: kind "week" has no translation: add a [[kinds]] table with id = "week", label and sentence`}},
		{"an extra kind", base + "\n[[kinds]]\nid = \"later\"\nlabel = \"x\"\nsentence = \"y\"\n",
			[]string{`:86: kind "later" is not a kind of the rules file (the kinds are soon, by-date, week, weeks, unsaid)`}},
		{"a label missing", strings.Replace(base, "label = \"Dos semanas o más\"\n", "", 1),
			[]string{`kind "weeks" needs its label in this language, like label = "Two weeks or more"`}},
		{"a step missing", cut("[[steps]]\nid = \"last-try\"", "[[steps]]\nid = \"move-on\""),
			[]string{`step "last-try" has no translation: add a [[steps]] table with id = "last-try", its title and what`}},
		{"a by-kind what missing", cut("[steps.by-kind.week]", "[steps.by-kind.weeks]"),
			[]string{`step "first-call" needs the what of [steps.by-kind.week] in this language`}},
		{"a what the rules do not have", strings.Replace(base, "title = \"Primera llamada de seguimiento\"\n", "title = \"Primera llamada de seguimiento\"\nwhat = \"Llama.\"\n", 1),
			[]string{`step "first-call" has no what of its own in the rules file`}},
		{"a by-kind table the rules do not have", base + "\n[steps.by-kind.week]\nwhat = \"x\"\n",
			[]string{`step "move-on": the rules file has no [steps.by-kind.week] what to translate; remove the table`}},
		{"a number", strings.Replace(base, "title = \"Último intento\"\n", "title = \"Último intento\"\nwhen = { from = \"follow-up-email\", days = 10 }\nchannel = \"email\"\n", 1),
			[]string{"steps.when belongs in the rules file, not in a translation", "steps.channel belongs in the rules file"}},
		{"a workdays line", "workdays = [\"Mon\"]\n" + base,
			[]string{"data/timeline.es.toml:1: workdays belongs in the rules file"}},
		{"an unknown key", strings.Replace(base, "title = \"Último intento\"\n", "titel = \"Último intento\"\n", 1),
			[]string{`:77: unknown key "steps[6].titel": did you mean "title"?`}},
		{"bad markdown", strings.Replace(base, "title = \"Último intento\"\nwhat = \"", "title = \"Último intento\"\nwhat = \"# ", 1),
			[]string{`step "last-try": what`}},
		{"a holiday the rules do not have", base + "\n[[holidays]]\ndate = 2026-12-24\nname = \"Cerrado\"\n",
			[]string{"holiday 2026-12-24 is not the date of a [[holidays]] day of the rules file"}},
	}
	r := Default(testHelpers)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := r.Translate("data/timeline.es.toml", []byte(tt.src), "es", testHelpers)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error =\n%v\nwant it to contain\n%s", err, w)
				}
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "data/timeline.es.toml:") {
					t.Errorf("an error without the translation's file and line: %q", line)
				}
			}
		})
	}
}

// TestTranslateHolidays: the site's own days are named in the language
// (a closure by its first day), and the named calendar's days too.
func TestTranslateHolidays(t *testing.T) {
	rules := strings.Replace(string(defaultFile), `calendar = "gb-eaw"`, "calendar = \"es\"\n\n[[holidays]]\ndate = 2026-12-24\nto = 2026-12-26\nname = \"Office closed\"\n\n[[holidays]]\ndate = 2026-12-31\nname = \"New Year's Eve\"\n", 1)
	r, err := Load("data/timeline.toml", []byte(rules), testHelpers)
	if err != nil {
		t.Fatal(err)
	}
	src := string(spanishTexts(t)) + "\n[[holidays]]\ndate = 2026-12-24\nname = \"Oficina cerrada\"\n"
	if _, err := r.Translate("data/timeline.es.toml", []byte(src), "es", testHelpers); err == nil || !strings.Contains(err.Error(), `holiday 2026-12-31 ("New Year's Eve") has no name in this language`) {
		t.Errorf("a holiday without its name: %v", err)
	}
	es, err := r.Translate("data/timeline.es.toml", []byte(src+"\n[[holidays]]\ndate = 2026-12-31\nname = \"Nochevieja\"\n"), "es", testHelpers)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		d        Date
		en, want string
	}{
		{NewDate(2026, 12, 24), "Office closed", "Oficina cerrada"},
		{NewDate(2026, 12, 26), "Office closed", "Oficina cerrada"},
		{NewDate(2026, 12, 31), "New Year's Eve", "Nochevieja"},
		{NewDate(2026, 12, 8), "Immaculate Conception", "Inmaculada Concepción"},
		{NewDate(2027, 1, 6), "Epiphany", "Epifanía del Señor"},
	} {
		got, _ := es.Holiday(tc.d)
		en, _ := r.Holiday(tc.d)
		if got != tc.want || en != tc.en {
			t.Errorf("Holiday(%s) = %q in Spanish, %q in English; want %q, %q", tc.d, got, en, tc.want, tc.en)
		}
	}
}

// TestWithCalendar: a language's own calendar replaces the file's, named
// in its language; the English rules keep theirs.
func TestWithCalendar(t *testing.T) {
	r := Default(testHelpers)
	es, err := r.WithCalendar("es", "es")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		d                 Date
		gb, spain         string
		gbWork, spainWork bool
	}{
		{NewDate(2026, 12, 8), "", "Inmaculada Concepción", true, false},
		{NewDate(2026, 12, 28), "Boxing Day (substitute day)", "", false, true},
		{NewDate(2026, 10, 12), "", "Fiesta Nacional de España", true, false},
	} {
		gb, _ := r.Holiday(tc.d)
		sp, _ := es.Holiday(tc.d)
		if gb != tc.gb || sp != tc.spain || r.IsBusinessDay(tc.d) != tc.gbWork || es.IsBusinessDay(tc.d) != tc.spainWork {
			t.Errorf("%s: gb-eaw %q (%v), es %q (%v)", tc.d, gb, r.IsBusinessDay(tc.d), sp, es.IsBusinessDay(tc.d))
		}
	}
	if es.Counts() != "festivos nacionales de España" {
		t.Errorf("Counts() = %q", es.Counts())
	}
	if _, err := r.WithCalendar("esp", "es"); err == nil || !strings.Contains(err.Error(), `unknown holiday calendar "esp": did you mean "es"?`) {
		t.Errorf("WithCalendar(esp) = %v", err)
	}
}
