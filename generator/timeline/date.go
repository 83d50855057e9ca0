package timeline

import (
	"cmp"
	"fmt"
	"time"

	yaml "go.yaml.in/yaml/v3"
)

// Date is a civil date: a day in the calendar, with no time and no time zone.
// The zero Date is "no date" (IsZero). Dates are comparable with ==.
type Date struct {
	y int
	m time.Month
	d int
}

// NewDate returns the date y-m-d. Out-of-range values are normalised the way
// time.Date does it: NewDate(2026, 2, 30) is 2 March 2026.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses a date written as 2026-11-27. A day that does not exist,
// such as 2026-02-30, is an error.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, dateError(s)
	}
	return DateOf(t), nil
}

// dateError explains why s is not a date, naming the month's length when
// the day is past its end.
func dateError(s string) error {
	var y, m, d int
	if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n == 3 && len(s) == 10 && m >= 1 && m <= 12 && d > 28 {
		days := NewDate(y, time.Month(m)+1, 0).d
		return fmt.Errorf("date %q does not exist (%s %04d has %d days); write a real date like %04d-%02d-%02d",
			s, time.Month(m), y, days, y, m, days)
	}
	return fmt.Errorf("%q is not a date; write it like 2026-12-25", s)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Year, Month and Day return the parts of d.
func (d Date) Year() int         { return d.y }
func (d Date) Month() time.Month { return d.m }
func (d Date) Day() int          { return d.d }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.y, d.m, d.d, 0, 0, 0, 0, time.UTC) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays returns the date n days after d (before d when n is negative).
func (d Date) AddDays(n int) Date { return NewDate(d.y, d.m, d.d+n) }

// Sub returns the number of days from e to d: d.Sub(e) == 3 when d is three
// days after e.
func (d Date) Sub(e Date) int {
	return int((d.Time().Unix() - e.Time().Unix()) / (24 * 60 * 60))
}

// Before, After and Equal compare two dates.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }
func (d Date) After(e Date) bool  { return d.Compare(e) > 0 }
func (d Date) Equal(e Date) bool  { return d == e }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.y != e.y:
		return cmp.Compare(d.y, e.y)
	case d.m != e.m:
		return cmp.Compare(d.m, e.m)
	}
	return cmp.Compare(d.d, e.d)
}

// String returns d as 2026-11-27, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)
}

// Compact returns d as 20261127, the form used in .ics files and UIDs.
func (d Date) Compact() string { return fmt.Sprintf("%04d%02d%02d", d.y, d.m, d.d) }

// Long returns d as "Friday 27 November 2026".
func (d Date) Long() string {
	return fmt.Sprintf("%s %d %s %d", d.Weekday(), d.d, d.m, d.y)
}

// Short returns d as "Fri 27 Nov".
func (d Date) Short() string {
	return fmt.Sprintf("%.3s %d %.3s", d.Weekday(), d.d, d.m)
}

// MarshalText writes d as 2026-11-27.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written as 2026-11-27.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DecodeNode reads a date from a data file: a TOML date (2026-12-25) or a
// string holding one. The decoder places the error at the value's line.
func (d *Date) DecodeNode(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!timestamp" && n.Tag != "!!str") {
		return fmt.Errorf("expected a date like 2026-12-25")
	}
	v, err := ParseDate(n.Value)
	if err != nil {
		if _, dayErr := ParseDate(n.Value[:min(10, len(n.Value))]); dayErr == nil {
			return fmt.Errorf("%q has a time; write the day only, like %.10s", n.Value, n.Value)
		}
		return err
	}
	*d = v
	return nil
}
