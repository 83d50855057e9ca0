package holidays

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestYear checks whole years of the calendars the guides name, worked out
// from the governments' own lists: substitute days, Easter, and the days
// only one nation, state or province has.
func TestYear(t *testing.T) {
	tests := []struct {
		name string
		year int
		want []string
	}{
		{"gb-eaw", 2026, []string{
			"01-01 New Year's Day", "04-03 Good Friday", "04-06 Easter Monday", "05-04 Early May",
			"05-25 Spring Bank Holiday", "08-31 Summer Bank Holiday", "12-25 Christmas Day", "12-28 Boxing Day (substitute day)"}},
		// Christmas on a Sunday: Monday and Tuesday are off (gov.uk names Monday Boxing Day; the library names it the substitute for Christmas).
		{"gb-eaw", 2022, []string{
			"01-03 New Year's Day (substitute day)", "04-15 Good Friday", "04-18 Easter Monday", "05-02 Early May",
			"06-02 Spring Bank Holiday", "06-03 Platinum Jubilee Bank Holiday", "08-29 Summer Bank Holiday",
			"12-26 Christmas Day (substitute day)", "12-27 Boxing Day (substitute day)"}},
		{"gb-eaw", 2027, []string{
			"01-01 New Year's Day", "03-26 Good Friday", "03-29 Easter Monday", "05-03 Early May",
			"05-31 Spring Bank Holiday", "08-30 Summer Bank Holiday", "12-27 Christmas Day (substitute day)", "12-28 Boxing Day (substitute day)"}},
		// Scotland: 2 January, no Easter Monday, August's first Monday, St Andrew's Day.
		{"gb-sct", 2026, []string{
			"01-01 New Year's Day", "01-02 2nd January", "04-03 Good Friday", "05-04 Early May",
			"05-25 Spring Bank Holiday", "08-03 Summer Bank Holiday", "11-30 St Andrew's Day",
			"12-25 Christmas Day", "12-28 Boxing Day (substitute day)"}},
		// New Year's Day on a Saturday and 2 January on a Sunday: Monday and Tuesday.
		{"gb-sct", 2022, []string{
			"01-03 New Year's Day (substitute day)", "01-04 2nd January (substitute day)", "04-15 Good Friday",
			"05-02 Early May", "06-02 Spring Bank Holiday", "06-03 Platinum Jubilee Bank Holiday",
			"08-01 Summer Bank Holiday", "11-30 St Andrew's Day", "12-26 Christmas Day (substitute day)", "12-27 Boxing Day (substitute day)"}},
		// Northern Ireland: 12 July 2026 is a Sunday, so Monday 13.
		{"gb-nir", 2026, []string{
			"01-01 New Year's Day", "03-17 St Patrick's Day", "04-03 Good Friday", "04-06 Easter Monday",
			"05-04 Early May", "05-25 Spring Bank Holiday", "07-13 Battle of the Boyne (Orangemen's Day) (substitute day)",
			"08-31 Summer Bank Holiday", "12-25 Christmas Day", "12-28 Boxing Day (substitute day)"}},
		// Massachusetts: Patriots' Day; Christmas on a Saturday is observed
		// on Friday, and so is the next New Year's Day, on 31 December.
		{"us-ma", 2027, []string{
			"01-01 New Year's Day", "01-18 Martin Luther King Jr. Day", "02-15 Presidents' Day", "04-19 Patriots' Day",
			"05-31 Memorial Day", "06-18 Juneteenth (substitute day)", "07-05 Independence Day (substitute day)",
			"09-06 Labor Day", "10-11 Columbus Day", "11-11 Veterans Day", "11-25 Thanksgiving Day",
			"12-24 Christmas Day (substitute day)", "12-31 New Year's Day (substitute day)"}},
		// Ontario: Family Day; no Easter Monday, Civic Holiday or Remembrance Day.
		{"ca-on", 2026, []string{
			"01-01 New Year's Day", "02-16 Family Day", "04-03 Good Friday", "05-18 Victoria Day", "07-01 Canada Day",
			"09-07 Labour Day", "10-12 Thanksgiving Day", "12-25 Christmas Day", "12-28 Boxing Day (substitute day)"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.name, tt.year), func(t *testing.T) {
			c, ok := Lookup(tt.name)
			if !ok {
				t.Fatalf("Lookup(%q) found nothing", tt.name)
			}
			var got []string
			for _, d := range c.Year(tt.year) {
				got = append(got, fmt.Sprintf("%02d-%02d %s", d.Month, d.Day, d.Name))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s.Year(%d) =\n%s\nwant\n%s", tt.name, tt.year, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestNames(t *testing.T) {
	names := Names()
	for _, want := range []string{"gb-eaw", "gb-sct", "gb-nir", "us", "us-ca", "us-ma", "ca", "ca-on", "ca-qc", "de", "de-by", "fr", "jp", "au-nsw"} {
		if _, ok := Lookup(want); !ok || !slices.Contains(names, want) {
			t.Errorf("no calendar %q", want)
		}
	}
	if len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("a name is listed twice: %v", names)
	}
	for _, n := range names {
		if c, _ := Lookup(n); c.Label == "" || len(c.Year(2026)) == 0 {
			t.Errorf("%s: label %q, %d days in 2026", n, c.Label, len(c.Year(2026)))
		}
	}
}
