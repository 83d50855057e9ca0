package i18n

import "testing"

// TestNth: a list's words by number from 0, trimmed; none past its end
// or before its start.
func TestNth(t *testing.T) {
	for _, c := range []struct {
		list string
		n    int
		want string
		ok   bool
	}{
		{"zero, one, two", 0, "zero", true},
		{"zero, one, two", 2, "two", true},
		{"cero,  un ,dos", 1, "un", true},
		{"zero, one, two", 3, "", false},
		{"zero, one, two", -1, "", false},
		{"", 0, "", true},
	} {
		if got, ok := Nth(c.list, c.n); got != c.want || ok != c.ok {
			t.Errorf("Nth(%q, %d) = %q, %v; want %q, %v", c.list, c.n, got, ok, c.want, c.ok)
		}
	}
}
