// Package holidays names the public-holiday calendars a follow-up plan can
// count around: the calendars of github.com/rickar/cal/v2, chosen by a
// short name ("gb-eaw", "us-ma", "ca-on", "de-by"), with the days that
// library lacks for the UK's nations, US states and Canada's provinces. It
// is a leaf: it knows days and names, not plans.
//
// A Calendar's Year lists the days offices are closed in a year: each
// holiday on the day it is observed. A holiday that falls on a weekend and
// is observed on a weekday instead (Boxing Day on a Saturday, observed on
// Monday 28 December) is named "Boxing Day (substitute day)" on the day it
// moves to. The names are:
//
//	gb-eaw   England and Wales bank holidays
//	gb-sct   Scotland bank holidays (2 January, the first Monday of August,
//	         St Andrew's Day; no Easter Monday)
//	gb-nir   Northern Ireland bank holidays (St Patrick's Day, the Battle of
//	         the Boyne)
//	us       US federal holidays; us-<state> (us-ca, us-ny, ...): the federal
//	         holidays, and Patriots' Day in us-ma and us-me
//	ca       Canadian statutory holidays (the library's national list);
//	         ca-on, ca-qc, ca-bc, ca-ab: a province's statutory holidays;
//	         the other provinces and territories (ca-mb, ...) take ca
//	au-act, au-nsw, au-nt, au-qld, au-sa, au-tas, au-vic, au-wa   Australia's states
//	ch, ch-<canton>; de, de-<state>   Switzerland and Germany, nationally or by region
//	es       Spain's ten national holidays (see spain.go: the regions'
//	         own days and moved Sundays are theirs, not the nation's), named
//	         as the BOE names them, in Spanish with LookupIn(name, "es")
//	ar at be bg br cz dk fr gr hr ie it jp lt lv mw nc nl no nz pl ro
//	ru se si sk ua za   each country's national list
//
// Names lists them all. A site adds its own days (a closure, a local
// holiday) in its rules file.
package holidays

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
)

// Calendar is one named set of holidays.
type Calendar struct {
	Name  string // "gb-eaw"
	Label string // "England and Wales bank holidays", for the pages that say what a plan counts
	list  []*cal.Holiday
}

// Day is a day offices are closed, in a civil calendar.
type Day struct {
	Year  int
	Month time.Month
	Day   int
	Name  string // "Christmas Day", "Boxing Day (substitute day)"
}

// Lookup returns the calendar with the given name, its holidays named in
// English.
func Lookup(name string) (Calendar, bool) { return LookupIn(name, "en") }

// LookupIn returns the calendar with the given name, its holidays and label
// in language lang (a language code: "es") where the calendar has names in
// it: Spain's ("es") in Spanish ("Epifanía del Señor", label "festivos
// nacionales de España"). Other calendars, and other languages, have the
// English names (the library's).
func LookupIn(name, lang string) (Calendar, bool) {
	for _, c := range all(lang) {
		if c.Name == name {
			return c, true
		}
	}
	return Calendar{}, false
}

// Names returns the names of the calendars, sorted.
func Names() []string {
	var names []string
	for _, c := range all("en") {
		names = append(names, c.Name)
	}
	slices.Sort(names)
	return names
}

// Year returns the holidays of year y on the days they are observed, in
// date order. Two holidays observed on one day (a rare clash of substitute
// days) are one Day with both names.
func (c Calendar) Year(y int) []Day {
	var days []Day
	for _, h := range c.list {
		actual, observed := h.Calc(y)
		if observed.IsZero() || observed.Year() != y {
			continue
		}
		name := h.Name
		if !sameDay(actual, observed) {
			name += " (substitute day)"
		}
		d := Day{Year: y, Month: observed.Month(), Day: observed.Day(), Name: name}
		if i := slices.IndexFunc(days, func(e Day) bool { return e.Month == d.Month && e.Day == d.Day }); i >= 0 {
			if !strings.Contains(days[i].Name, name) {
				days[i].Name += "; " + name
			}
			continue
		}
		days = append(days, d)
	}
	// A holiday late in December observed in January of the next year
	// (New Year's Day on a Saturday, in the US on Friday 31 December) is
	// found when computing that year.
	for _, h := range c.list {
		actual, observed := h.Calc(y + 1)
		if !observed.IsZero() && observed.Year() == y && !slices.ContainsFunc(days, func(e Day) bool { return e.Month == observed.Month() && e.Day == observed.Day() }) {
			name := h.Name
			if !sameDay(actual, observed) {
				name += " (substitute day)"
			}
			days = append(days, Day{Year: y, Month: observed.Month(), Day: observed.Day(), Name: name})
		}
	}
	slices.SortFunc(days, func(a, b Day) int {
		return cmp.Or(cmp.Compare(a.Month, b.Month), cmp.Compare(a.Day, b.Day))
	})
	return days
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}
