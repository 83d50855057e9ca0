package calculator

import "testing"

func TestNumberWords(t *testing.T) {
	for _, tc := range []struct{ v, key, lang, want string }{
		{"4", "move-on.weeks", "en", "four"},
		{"2–3", "first-call.unsaid.business-days", "en", "two to three"},
		{"14", "last-try.days", "en", "14"},
		{"1", "follow-up-email.weeks", "en", "one"},
		{"0", "x.days", "en", "zero"},
		{"12", "x.days", "en", "twelve"},
		{"4", "move-on.weeks", "es", "cuatro"},
		{"1", "follow-up-email.weeks", "es", "una"},
		{"1", "x.hours", "es", "una"},
		{"1", "x.days", "es", "un"},
		{"1", "x.business-days", "es", "un"},
		{"2–3", "first-call.unsaid.business-days", "es", "dos o tres"},
		{"28", "move-on.days", "es", "28"},
	} {
		got, err := stringsCalc(t, tc.lang).numberWords(tc.v, tc.key)
		if err != nil || got != tc.want {
			t.Errorf("numberWords(%q, %q) in %s = %q, %v; want %q", tc.v, tc.key, tc.lang, got, err, tc.want)
		}
	}
}
