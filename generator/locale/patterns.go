package locale

//go:generate go run gen_weekdata.go

// patterns are one language's shapes of the plan's dates (see the package
// doc): pieces in braces, {0} and {1} the start and end of a span.
type patterns struct {
	day, short, monthYear string
	date                  string    // a date without its weekday: "{d} {MMMM} {y}"
	afterDay              string    // the words after a day's number: "{MMMM} {y}", "de {MMMM} de {y}"
	join                  string    // a span: "{0} to {1}"
	sameMonth, sameYear   [2]string // a span's start and end within a month, a year
	other                 [2]string // across a new year
}

// patternsFor returns the shapes of a language and region.
func patternsFor(base, region string) patterns {
	switch {
	case base == "en" && region == "US":
		day := "{EEEE}, {MMMM} {d}, {y}"
		return patterns{day: day, date: "{MMMM} {d}, {y}", short: "{EEE}, {MMM} {d}", monthYear: "{MMMM} {y}", afterDay: "{MMMM} {y}", join: "{0} to {1}",
			sameMonth: [2]string{"{EEEE}, {MMMM} {d}", day}, sameYear: [2]string{"{EEEE}, {MMMM} {d}", day}, other: [2]string{day, day}}
	case base == "en":
		day := "{EEEE} {d} {MMMM} {y}"
		return patterns{day: day, date: "{d} {MMMM} {y}", short: "{EEE} {d} {MMM}", monthYear: "{MMMM} {y}", afterDay: "{MMMM} {y}", join: "{0} to {1}",
			sameMonth: [2]string{"{EEEE} {d}", day}, sameYear: [2]string{"{EEEE} {d} {MMMM}", day}, other: [2]string{day, day}}
	case base == "es":
		day := "{EEEE} {d} de {MMMM} de {y}"
		return patterns{day: "{EEEE}, {d} de {MMMM} de {y}", date: "{d} de {MMMM} de {y}", short: "{EEE} {d} {MMM}", monthYear: "{MMMM} de {y}", afterDay: "de {MMMM} de {y}", join: "del {0} al {1}",
			sameMonth: [2]string{"{EEEE} {d}", day}, sameYear: [2]string{"{EEEE} {d} de {MMMM}", day}, other: [2]string{day, day}}
	}
	return patterns{day: "{full}", date: "{long}", short: "{medium}", monthYear: "{MMMM} {y}", afterDay: "{MMMM} {y}", join: "{0} – {1}",
		sameMonth: [2]string{"{full}", "{full}"}, sameYear: [2]string{"{full}", "{full}"}, other: [2]string{"{full}", "{full}"}}
}
