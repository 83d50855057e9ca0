package calculator

import "testing"

func TestNumberWords(t *testing.T) {
	for _, tc := range []struct{ v, key, tag, want string }{
		{"4", "move-on.weeks", "en-GB", "four"},
		{"2–3", "first-call.unsaid.business-days", "en", "two to three"},
		{"14", "last-try.days", "en-GB", "14"},
		{"1", "follow-up-email.weeks", "en-US", "one"},
		{"4", "move-on.weeks", "es-ES", "cuatro"},
		{"4", "move-on.weeks", "es", "cuatro"},
		{"1", "follow-up-email.weeks", "es-ES", "una"},
		{"1", "x.hours", "es-MX", "una"},
		{"1", "x.days", "es-ES", "un"},
		{"1", "x.business-days", "ES", "un"},
		{"2–3", "first-call.unsaid.business-days", "es-ES", "dos o tres"},
		{"28", "move-on.days", "es-ES", "28"},
		{"4", "move-on.weeks", "eu-ES", "four"}, // Basque is not Spanish
	} {
		if got := numberWords(tc.v, tc.key, tc.tag); got != tc.want {
			t.Errorf("numberWords(%q, %q, %q) = %q, want %q", tc.v, tc.key, tc.tag, got, tc.want)
		}
	}
}
