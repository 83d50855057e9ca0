package locale

import (
	"strings"
	"testing"
	"time"
)

type day struct {
	y int
	m time.Month
	d int
}

func (d day) Year() int             { return d.y }
func (d day) Month() time.Month     { return d.m }
func (d day) Day() int              { return d.d }
func (d day) Weekday() time.Weekday { return time.Date(d.y, d.m, d.d, 0, 0, 0, 0, time.UTC).Weekday() }

var fri = day{2026, time.November, 27}

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		tag, name                              string
		full, long, medium, short              string
		planDay, shortDay, monthYear           string
		monthWide, monthAbbr, dayWide, dayAbbr string
	}{
		{"en", "en", "Friday, November 27, 2026", "November 27, 2026", "Nov 27, 2026", "11/27/26",
			"Friday 27 November 2026", "Fri 27 Nov", "November 2026", "November", "Nov", "Friday", "Fri"},
		{"en-GB", "en_GB", "Friday, 27 November 2026", "27 November 2026", "27 Nov 2026", "27/11/2026",
			"Friday 27 November 2026", "Fri 27 Nov", "November 2026", "November", "Nov", "Friday", "Fri"},
		{"en-US", "en_US", "Friday, November 27, 2026", "November 27, 2026", "Nov 27, 2026", "11/27/26",
			"Friday, November 27, 2026", "Fri, Nov 27", "November 2026", "November", "Nov", "Friday", "Fri"},
		{"es-ES", "es_ES", "viernes, 27 de noviembre de 2026", "27 de noviembre de 2026", "27 nov. 2026", "27/11/26",
			"viernes, 27 de noviembre de 2026", "vie. 27 nov.", "noviembre de 2026", "noviembre", "nov.", "viernes", "vie."},
		{"es-PE", "es", "viernes, 27 de noviembre de 2026", "27 de noviembre de 2026", "27 nov. 2026", "27/11/26",
			"viernes, 27 de noviembre de 2026", "vie. 27 nov.", "noviembre de 2026", "noviembre", "nov.", "viernes", "vie."},
		{"de", "de", "Freitag, 27. November 2026", "27. November 2026", "27.11.2026", "27.11.26",
			"Freitag, 27. November 2026", "27.11.2026", "November 2026", "November", "Nov.", "Freitag", "Fr."},
		{"fr-FR", "fr_FR", "vendredi 27 novembre 2026", "27 novembre 2026", "27 nov. 2026", "27/11/2026",
			"vendredi 27 novembre 2026", "27 nov. 2026", "novembre 2026", "novembre", "nov.", "vendredi", "ven."},
	} {
		t.Run(tc.tag, func(t *testing.T) {
			l, err := New(tc.tag)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct{ what, got, want string }{
				{"Name", l.Name(), tc.name},
				{"Full", l.Full(fri), tc.full},
				{"Long", l.Long(fri), tc.long},
				{"Medium", l.Medium(fri), tc.medium},
				{"Short", l.Short(fri), tc.short},
				{"Day", l.Day(fri), tc.planDay},
				{"ShortDay", l.ShortDay(fri), tc.shortDay},
				{"MonthYear", l.MonthYear(2026, time.November), tc.monthYear},
				{"MonthWide", l.MonthWide(time.November), tc.monthWide},
				{"MonthAbbreviated", l.MonthAbbreviated(time.November), tc.monthAbbr},
				{"WeekdayWide", l.WeekdayWide(time.Friday), tc.dayWide},
				{"WeekdayAbbreviated", l.WeekdayAbbreviated(time.Friday), tc.dayAbbr},
			} {
				if c.got != c.want {
					t.Errorf("%s(%s) = %q, want %q", c.what, tc.tag, c.got, c.want)
				}
			}
		})
	}
}

func TestRange(t *testing.T) {
	sat := day{2026, time.November, 28}
	mon, tue := day{2026, time.November, 30}, day{2026, time.December, 1}
	thu, fri1 := day{2026, time.December, 31}, day{2027, time.January, 1}
	for _, tc := range []struct {
		tag        string
		start, end day
		want       string
	}{
		{"en-GB", fri, fri, "Friday 27 November 2026"},
		{"en-GB", fri, sat, "Friday 27 to Saturday 28 November 2026"},
		{"en-GB", mon, tue, "Monday 30 November to Tuesday 1 December 2026"},
		{"en-GB", thu, fri1, "Thursday 31 December 2026 to Friday 1 January 2027"},
		{"en-US", fri, sat, "Friday, November 27 to Saturday, November 28, 2026"},
		{"en-US", mon, tue, "Monday, November 30 to Tuesday, December 1, 2026"},
		{"es-ES", fri, sat, "del viernes 27 al sábado 28 de noviembre de 2026"},
		{"es-ES", mon, tue, "del lunes 30 de noviembre al martes 1 de diciembre de 2026"},
		{"es-ES", thu, fri1, "del jueves 31 de diciembre de 2026 al viernes 1 de enero de 2027"},
		{"es-ES", fri, fri, "viernes, 27 de noviembre de 2026"},
		{"de-DE", fri, sat, "Freitag, 27. November 2026 – Samstag, 28. November 2026"},
	} {
		if got := Must(tc.tag).Range(tc.start, tc.end); got != tc.want {
			t.Errorf("Range(%s, %v, %v) = %q, want %q", tc.tag, tc.start, tc.end, got, tc.want)
		}
	}
}

// TestFirstWeekday checks the table generated from CLDR's weekData.
func TestFirstWeekday(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		want time.Weekday
	}{
		{"en-US", time.Sunday}, {"en-CA", time.Sunday}, {"es-MX", time.Sunday}, {"pt-BR", time.Sunday},
		{"en-GB", time.Monday}, {"es-ES", time.Monday}, {"de-DE", time.Monday}, {"fr-FR", time.Monday},
		{"pt-PT", time.Sunday}, {"en-IN", time.Sunday},
		{"en", time.Monday}, {"es", time.Monday}, {"es-419", time.Monday}, {"es-PE", time.Sunday}, {"es-CO", time.Sunday},
	} {
		l := Must(tc.tag)
		if got := l.FirstWeekday(); got != tc.want {
			t.Errorf("FirstWeekday(%s) = %v, want %v", tc.tag, got, tc.want)
		}
		if w := l.Week(); w[0] != tc.want || len(w) != 7 || l.Column(tc.want) != 0 || l.Column((tc.want+6)%7) != 6 {
			t.Errorf("Week(%s) = %v, Column(%v) = %d", tc.tag, w, tc.want, l.Column(tc.want))
		}
	}
	for region, want := range map[string]time.Weekday{"AF": time.Saturday, "MV": time.Friday, "ES": time.Monday, "US": time.Sunday} {
		if got, ok := firstDayOf(region); !ok || got != want {
			t.Errorf("firstDayOf(%s) = %v, %v; want %v", region, got, ok, want)
		}
	}
	if _, ok := firstDayOf("GB-alt-variant"); ok {
		t.Error("firstDayOf(GB-alt-variant) is a territory; the generator should skip alt variants")
	}
}

func TestNewErrors(t *testing.T) {
	for _, tc := range []struct{ tag, want string }{
		{"", "is not a language tag"},
		{"not a tag", "is not a language tag"},
		{"ja-JP", `no dates for the language of "ja-JP": the languages with dates are ca, de, en, es`},
		{"zh", "no dates for the language"},
	} {
		_, err := New(tc.tag)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%q) = %v, want an error containing %q", tc.tag, err, tc.want)
		}
	}
}

// TestEveryLanguage makes a locale of each carried language and of its
// regions, so a name in translator that is not a package's fails here.
func TestEveryLanguage(t *testing.T) {
	for _, base := range Languages() {
		l, err := New(base)
		if err != nil || l.Name() != base {
			t.Errorf("New(%s) = %v, %v", base, l, err)
			continue
		}
		if l.MonthWide(time.January) == "" || l.Day(fri) == "" || l.Range(fri, day{2026, time.November, 28}) == "" {
			t.Errorf("%s: an empty name or date", base)
		}
	}
}

func TestAfterDay(t *testing.T) {
	for tag, want := range map[string]string{"en-GB": "November 2026", "en-US": "November 2026", "es-ES": "de noviembre de 2026", "fr": "novembre 2026"} {
		if got := Must(tag).AfterDay(2026, time.November); got != want {
			t.Errorf("AfterDay(%s) = %q, want %q", tag, got, want)
		}
	}
}
