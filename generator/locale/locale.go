// Package locale writes dates the way a language writes them, from CLDR:
// month and weekday names, CLDR's full, long, medium and short dates (from
// github.com/go-playground/locales, never tables of our own), the first day
// of the week of the tag's territory (CLDR's supplemental weekData,
// generated into weekdata.go by go generate), and the few shapes a follow-up
// plan needs that CLDR has no pattern for: a day in a plan, a short day, a
// month's caption and a span of days, each built from CLDR's names with a
// pattern per language. It is a leaf.
//
// # Tags
//
// New takes a BCP 47 tag ("es-ES", "en-GB", "en", "de-AT", "fr-CA"). Its
// names and CLDR formats come from the locale of the tag's language and
// region when this package carries it (es_ES), else from the language's
// (es-CO reads as es); a language it does not carry is an error that lists
// the languages it does (Languages). The first weekday is the region's
// (US and CA: Sunday; GB, ES, DE, FR: Monday); a tag without a region
// takes CLDR's world default, Monday, rather than a guessed country, so
// "en" is not read as the US: write en-US for a week from Sunday.
//
// # The plan's shapes
//
// Pieces are CLDR's: {EEEE} the weekday's wide name, {EEE} its abbreviated
// name, {d} the day, {MMMM} and {MMM} the month's wide and abbreviated
// names, {y} the year. The patterns:
//
//	        Day                              Short            MonthYear
//	en      Friday 27 November 2026          Fri 27 Nov       November 2026
//	en-US   Friday, November 27, 2026        Fri, Nov 27      November 2026
//	es      viernes, 27 de noviembre de 2026 vie. 27 nov.     noviembre de 2026
//	other   CLDR's full date                 CLDR's medium    {MMMM} {y}
//
// English without a region (and en-GB, en-IE, en-AU, ...) keeps the shape
// Followup always wrote, which differs from CLDR's en-GB full date only by
// its comma; Spanish's Day is CLDR's full date. Range writes a span of days
// with the shared parts once:
//
//	en      Friday 27 to Saturday 28 November 2026
//	        Monday 30 November to Tuesday 1 December 2026
//	es      del viernes 27 al sábado 28 de noviembre de 2026
//	        del lunes 30 de noviembre al martes 1 de diciembre de 2026
//	other   two full dates joined by an en dash
//
// A span across a new year writes both days in full. CLDR's stand-alone
// month and weekday names (for a caption or a column head) are not in
// go-playground/locales, which has the format forms only; for the
// languages here they are the same words.
package locale

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/go-playground/locales"
	"golang.org/x/text/language"
)

// Date is what the formats read of a civil date; timeline.Date has it.
type Date interface {
	Year() int
	Month() time.Month
	Day() int
	Weekday() time.Weekday
}

// Locale formats dates for one language tag. It is immutable and safe for
// concurrent use.
type Locale struct {
	tag   string
	name  string // the go-playground locale used: "es_ES", "es"
	tr    locales.Translator
	first time.Weekday
	pat   patterns
}

// New returns the locale of a BCP 47 tag, or an error that says which
// languages are carried.
func New(tag string) (*Locale, error) {
	t, err := language.Parse(tag)
	if err != nil || tag == "" {
		return nil, fmt.Errorf("%q is not a language tag: write one like \"en\", \"en-GB\" or \"es-ES\"", tag)
	}
	base, _, region := t.Raw()
	reg := ""
	if region.String() != "ZZ" {
		reg = region.String()
	}
	l := &Locale{tag: tag}
	for _, name := range []string{base.String() + "_" + reg, base.String()} {
		if tr := translator(name); tr != nil {
			l.name, l.tr = name, tr
			break
		}
	}
	if l.tr == nil {
		return nil, fmt.Errorf("no dates for the language of %q: the languages with dates are %s", tag, strings.Join(Languages(), ", "))
	}
	l.first, _ = firstDayOf("001")
	if d, ok := firstDayOf(reg); ok {
		l.first = d
	}
	l.pat = patternsFor(base.String(), reg)
	return l, nil
}

// Must is New for a tag known to be good (a test's, a default's); it
// panics on an error.
func Must(tag string) *Locale {
	l, err := New(tag)
	if err != nil {
		panic("locale: " + err.Error())
	}
	return l
}

// Tag returns the tag the locale was made from; Name the CLDR locale its
// names come from ("es_ES", or "es" for es-CO).
func (l *Locale) Tag() string  { return l.tag }
func (l *Locale) Name() string { return l.name }

// FirstWeekday returns the first day of the week in the tag's territory.
func (l *Locale) FirstWeekday() time.Weekday { return l.first }

// Week returns the seven weekdays from the first, the columns of a month.
func (l *Locale) Week() []time.Weekday {
	w := make([]time.Weekday, 7)
	for i := range w {
		w[i] = (l.first + time.Weekday(i)) % 7
	}
	return w
}

// Column returns the column of weekday w in a week that starts on the
// locale's first day: 0 for the first day.
func (l *Locale) Column(w time.Weekday) int { return (int(w) - int(l.first) + 7) % 7 }

// MonthWide and MonthAbbreviated return CLDR's names of a month ("noviembre",
// "nov."); WeekdayWide and WeekdayAbbreviated those of a weekday ("viernes",
// "vie.").
func (l *Locale) MonthWide(m time.Month) string            { return l.tr.MonthWide(m) }
func (l *Locale) MonthAbbreviated(m time.Month) string     { return l.tr.MonthAbbreviated(m) }
func (l *Locale) WeekdayWide(w time.Weekday) string        { return l.tr.WeekdayWide(w) }
func (l *Locale) WeekdayAbbreviated(w time.Weekday) string { return l.tr.WeekdayAbbreviated(w) }

// Full, Long, Medium and Short return CLDR's date formats of d: for es-ES
// "viernes, 27 de noviembre de 2026", "27 de noviembre de 2026", "27 nov.
// 2026" and "27/11/26".
func (l *Locale) Full(d Date) string   { return l.tr.FmtDateFull(timeOf(d)) }
func (l *Locale) Long(d Date) string   { return l.tr.FmtDateLong(timeOf(d)) }
func (l *Locale) Medium(d Date) string { return l.tr.FmtDateMedium(timeOf(d)) }
func (l *Locale) Short(d Date) string  { return l.tr.FmtDateShort(timeOf(d)) }

func timeOf(d Date) time.Time { return time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, time.UTC) }

// Date returns d without its weekday, as a page's dates read:
// "20 November 2026", "20 de noviembre de 2026", en-US "November 20, 2026".
func (l *Locale) Date(d Date) string { return l.format(l.pat.date, d) }

// Day returns d the way a plan names a day: "Friday 27 November 2026",
// "viernes, 27 de noviembre de 2026".
func (l *Locale) Day(d Date) string { return l.format(l.pat.day, d) }

// ShortDay returns d in a few letters, without the year: "Fri 27 Nov".
func (l *Locale) ShortDay(d Date) string { return l.format(l.pat.short, d) }

// MonthYear returns a month's caption: "November 2026", "noviembre de 2026".
func (l *Locale) MonthYear(y int, m time.Month) string {
	return l.format(l.pat.monthYear, monthDate{y, m})
}

// AfterDay returns the words that follow a day's number to name its month
// and year, as in a calendar cell read aloud: "November 2026", "de
// noviembre de 2026".
func (l *Locale) AfterDay(y int, m time.Month) string {
	return l.format(l.pat.afterDay, monthDate{y, m})
}

// Range returns the span of days from start to end, with what they share
// written once: "Friday 27 to Saturday 28 November 2026". A span of one day
// is Day.
func (l *Locale) Range(start, end Date) string {
	if start.Year() == end.Year() && start.Month() == end.Month() && start.Day() == end.Day() {
		return l.Day(start)
	}
	p := l.pat.other
	switch {
	case start.Year() == end.Year() && start.Month() == end.Month():
		p = l.pat.sameMonth
	case start.Year() == end.Year():
		p = l.pat.sameYear
	}
	return strings.NewReplacer("{0}", l.format(p[0], start), "{1}", l.format(p[1], end)).Replace(l.pat.join)
}

// format replaces the pieces of pattern p with d's.
func (l *Locale) format(p string, d Date) string {
	var b strings.Builder
	for p != "" {
		i := strings.IndexByte(p, '{')
		j := strings.IndexByte(p[max(i, 0):], '}') + max(i, 0)
		if i < 0 || j < i {
			b.WriteString(p)
			break
		}
		b.WriteString(p[:i])
		b.WriteString(l.piece(p[i+1:j], d))
		p = p[j+1:]
	}
	return b.String()
}

func (l *Locale) piece(name string, d Date) string {
	switch name {
	case "EEEE":
		return l.tr.WeekdayWide(d.Weekday())
	case "EEE":
		return l.tr.WeekdayAbbreviated(d.Weekday())
	case "d":
		return strconv.Itoa(d.Day())
	case "MMMM":
		return l.tr.MonthWide(d.Month())
	case "MMM":
		return l.tr.MonthAbbreviated(d.Month())
	case "y":
		return strconv.Itoa(d.Year())
	case "full":
		return l.Full(d)
	case "medium":
		return l.Medium(d)
	case "long":
		return l.Long(d)
	}
	panic("locale: unknown piece {" + name + "}")
}

// monthDate is the first of a month, for MonthYear.
type monthDate struct {
	y int
	m time.Month
}

func (d monthDate) Year() int         { return d.y }
func (d monthDate) Month() time.Month { return d.m }
func (d monthDate) Day() int          { return 1 }
func (d monthDate) Weekday() time.Weekday {
	return time.Date(d.y, d.m, 1, 0, 0, 0, 0, time.UTC).Weekday()
}
