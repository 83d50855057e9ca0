package calculator

import (
	"testing"
	gotime "time"

	"github.com/followup/followup/generator/locale"
	"github.com/followup/followup/generator/timeline"
)

func TestWhenText(t *testing.T) {
	d := func(y, m, day int) timeline.Date { return timeline.NewDate(y, gotime.Month(m), day) }
	tests := []struct {
		tag        string
		start, end timeline.Date
		want       string
	}{
		{"en-GB", d(2026, 12, 1), d(2026, 12, 1), "Tuesday 1 December 2026"},
		{"en-GB", d(2026, 11, 27), d(2026, 11, 30), "Friday 27 to Monday 30 November 2026"},
		{"en-GB", d(2026, 11, 30), d(2026, 12, 1), "Monday 30 November to Tuesday 1 December 2026"},
		{"en-GB", d(2026, 12, 31), d(2027, 1, 1), "Thursday 31 December 2026 to Friday 1 January 2027"},
		{"en", d(2028, 2, 28), d(2028, 2, 29), "Monday 28 to Tuesday 29 February 2028"},
		{"en-US", d(2026, 11, 27), d(2026, 11, 30), "Friday, November 27 to Monday, November 30, 2026"},
		{"es-ES", d(2026, 12, 1), d(2026, 12, 1), "martes, 1 de diciembre de 2026"},
		{"es-ES", d(2026, 11, 27), d(2026, 11, 30), "del viernes 27 al lunes 30 de noviembre de 2026"},
	}
	for _, tt := range tests {
		if got := whenText(locale.Must(tt.tag), tt.start, tt.end); got != tt.want {
			t.Errorf("whenText(%s, %s, %s) = %q, want %q", tt.tag, tt.start, tt.end, got, tt.want)
		}
	}
}

func TestShortWhen(t *testing.T) {
	day := func(w gotime.Weekday, n int) timeline.Day { return timeline.Day{Weekday: w, N: n} }
	tests := []struct {
		step timeline.EvergreenStep
		want string
	}{
		{timeline.EvergreenStep{Start: day(gotime.Wednesday, 2), End: day(gotime.Wednesday, 2)}, "Wed (day\u00a02)"},
		{timeline.EvergreenStep{Start: day(gotime.Friday, 2), End: day(gotime.Monday, 5)}, "Fri–Mon (days\u00a02–\u20605)"},
	}
	for _, tt := range tests {
		if got := shortWhen(locale.Must("en-GB"), dayWords{"day", "days"}, tt.step); got != tt.want {
			t.Errorf("shortWhen = %q, want %q", got, tt.want)
		}
	}
}
