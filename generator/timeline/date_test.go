package timeline

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr string
	}{
		{in: "2026-11-27", want: Date{2026, time.November, 27}},
		{in: "2028-02-29", want: Date{2028, time.February, 29}},
		{in: "2026-02-30", wantErr: `date "2026-02-30" does not exist (February 2026 has 28 days); write a real date like 2026-02-28`},
		{in: "2027-02-29", wantErr: `date "2027-02-29" does not exist (February 2027 has 28 days); write a real date like 2027-02-28`},
		{in: "2026-04-31", wantErr: `date "2026-04-31" does not exist (April 2026 has 30 days); write a real date like 2026-04-30`},
		{in: "2026-13-01", wantErr: `"2026-13-01" is not a date; write it like 2026-12-25`},
		{in: "27/11/2026", wantErr: `"27/11/2026" is not a date; write it like 2026-12-25`},
		{in: "", wantErr: `"" is not a date; write it like 2026-12-25`},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		switch {
		case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr):
			t.Errorf("ParseDate(%q) error = %v, want %s", tt.in, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || got != tt.want):
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestDateFormats(t *testing.T) {
	tests := []struct {
		date                      Date
		str, compact, long, short string
		weekday                   time.Weekday
	}{
		{NewDate(2026, 11, 27), "2026-11-27", "20261127", "Friday 27 November 2026", "Fri 27 Nov", time.Friday},
		{NewDate(2028, 2, 29), "2028-02-29", "20280229", "Tuesday 29 February 2028", "Tue 29 Feb", time.Tuesday},
		{NewDate(2027, 1, 1), "2027-01-01", "20270101", "Friday 1 January 2027", "Fri 1 Jan", time.Friday},
		{NewDate(2026, 2, 30), "2026-03-02", "20260302", "Monday 2 March 2026", "Mon 2 Mar", time.Monday}, // normalised
	}
	for _, tt := range tests {
		if got := tt.date.String(); got != tt.str {
			t.Errorf("String() = %q, want %q", got, tt.str)
		}
		if got := tt.date.Compact(); got != tt.compact {
			t.Errorf("Compact() = %q, want %q", got, tt.compact)
		}
		if got := tt.date.Long(); got != tt.long {
			t.Errorf("Long() = %q, want %q", got, tt.long)
		}
		if got := tt.date.Short(); got != tt.short {
			t.Errorf("Short() = %q, want %q", got, tt.short)
		}
		if got := tt.date.Weekday(); got != tt.weekday {
			t.Errorf("%s.Weekday() = %v, want %v", tt.date, got, tt.weekday)
		}
	}
	if s := (Date{}).String(); s != "" {
		t.Errorf("zero Date String() = %q, want empty", s)
	}
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-11-27", 3, "2026-11-30"},
		{"2026-11-30", 1, "2026-12-01"},  // month end
		{"2026-12-31", 1, "2027-01-01"},  // year end
		{"2028-02-28", 1, "2028-02-29"},  // leap day
		{"2028-02-29", 1, "2028-03-01"},  // after the leap day
		{"2027-02-28", 1, "2027-03-01"},  // no leap day
		{"2027-01-01", -1, "2026-12-31"}, // backwards
		{"2026-11-27", 366, "2027-11-28"},
	}
	for _, tt := range tests {
		from, want := d(t, tt.from), d(t, tt.want)
		if got := from.AddDays(tt.n); got != want {
			t.Errorf("%s.AddDays(%d) = %s, want %s", tt.from, tt.n, got, tt.want)
		}
		if got := want.Sub(from); got != tt.n {
			t.Errorf("%s.Sub(%s) = %d, want %d", tt.want, tt.from, got, tt.n)
		}
	}
	a, b := d(t, "2026-12-31"), d(t, "2027-01-01")
	if !a.Before(b) || a.After(b) || b.Before(a) || !b.After(a) || a.Equal(b) || !a.Equal(d(t, "2026-12-31")) {
		t.Errorf("comparisons of %s and %s are wrong", a, b)
	}
	if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Errorf("Compare: %d %d %d, want -1 1 0", a.Compare(b), b.Compare(a), a.Compare(a))
	}
	if got := DateOf(time.Date(2026, 11, 27, 23, 30, 0, 0, time.FixedZone("X", -5*3600))); got != d(t, "2026-11-27") {
		t.Errorf("DateOf a late evening = %s, want the day in its own zone", got)
	}
}

func TestDateText(t *testing.T) {
	b, err := json.Marshal(struct{ D Date }{NewDate(2026, 11, 27)})
	if err != nil || string(b) != `{"D":"2026-11-27"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var v struct{ D Date }
	if err := json.Unmarshal([]byte(`{"D":"2028-02-29"}`), &v); err != nil || v.D != NewDate(2028, 2, 29) {
		t.Errorf("json.Unmarshal = %v, %v", v.D, err)
	}
	if err := json.Unmarshal([]byte(`{"D":"2026-02-30"}`), &v); err == nil {
		t.Errorf("json.Unmarshal of 2026-02-30 succeeded")
	}
}
