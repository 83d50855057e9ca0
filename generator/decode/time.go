package decode

import (
	"fmt"
	"strings"
	"time"

	yaml "go.yaml.in/yaml/v3"
)

// Timestamp layouts accepted for dates, most specific first: every form
// Hugo reads (its cast.ToTime's list), and ours. A fractional second after
// the seconds is accepted by each layout that has seconds.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700", // 2026-11-20T10:20:30.000+0100
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
	"02 Jan 2006",
	"2 January 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	time.RubyDate,
}

// ParseTime parses a date as written in front matter or a data file. Times
// without a zone are UTC.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	// A date alone, as most front matter has it, is the thirteenth layout,
	// and no layout before it fits ten bytes: tried first, it spares a
	// page twelve failures (FuzzParseTime).
	if len(s) == len(time.DateOnly) {
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return t, nil
		}
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date like 2026-11-20", s)
}

func parseTime(n *yaml.Node) (time.Time, error) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!timestamp" && n.Tag != "!!str") {
		return time.Time{}, fmt.Errorf("not a date")
	}
	return ParseTime(n.Value)
}
