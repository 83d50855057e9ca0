// Package timeline computes follow-up plans: what to do after a job
// interview, on which days, from rules a site author keeps in
// data/timeline.toml. It is a leaf: dates, rules, plans and .ics files, with
// no knowledge of pages or templates. What it needs of markdown (checking a
// step's what, its plain text) and of the checklists (the form of an id) it
// is given, as Helpers, by the caller that loads the rules.
//
// # Dates
//
// A Date is a civil date, a day in the calendar with no time and no time
// zone: 2026-11-27 is the same day everywhere, which is what a plan means by
// "call on Thursday". Dates print as 2026-11-27 (String), 20261127 (Compact),
// "Friday 27 November 2026" (Long) and "Fri 27 Nov" (Short).
//
// A working day (the code and the rules file's keys say business day) is a
// day whose weekday is in workdays and that is not a holiday: a day of the
// named public-holiday calendar, or one of the file's own days and
// closures. NextBusinessDay(d) is d if it is one, else the first working
// day after d; AddBusinessDays(d, n) is the n-th working day after d. A
// "day" is any calendar day. Rules.Counts names what the holidays are
// ("England and Wales bank holidays"), for every page and file that shows
// dates to say so.
//
// # Holidays
//
// calendar = "gb-eaw" names a calendar of package holidays (which takes
// them from github.com/rickar/cal/v2): England and Wales, Scotland or
// Northern Ireland, the US or a US state, Canada or a province, and the
// other countries that library has; holidays on a weekend count on the
// weekday they are observed (a substitute day). [[holidays]] adds the
// site's own days (date, name) and closures (date, to, name); they name a
// day over the calendar. The named calendar's days are worked out a year at
// a time, when a plan first reaches that year.
//
// # The rules file
//
// data/timeline.toml documents each of its keys in comments; in short:
//
//	workdays = ["Mon", "Tue", "Wed", "Thu", "Fri"]   # Mon..Sun, each once, at least one
//	calendar = "gb-eaw"                              # optional: public holidays, by name
//	[[holidays]]                                     # optional, any number: the site's own
//	date = 2026-12-24                                # a real day, each date once
//	to = 2027-01-01                                  # optional: a closure to this day
//	name = "Office closed"
//	[window]
//	ahead = 60   # dated pages for interviews up to 60 days after the build date (0-730)
//	named = 28   # days after the interview offered as the date they named (1-366)
//	[[kinds]]    # exactly the five kinds below, each once; file order is page order
//	id = "soon"  # soon, by-date, week, weeks, unsaid
//	label = "Within a day or two"
//	sentence = "They said they would decide within a day or two."
//	[[steps]]    # in the order shown; each known id at most once
//	id = "first-call"      # see Steps below
//	title = "First follow-up call"   # a noun phrase
//	what = "..."           # one paragraph of inline markdown
//	channel = "phone"      # email, phone, in-person or none
//	guide = "guides/following-up.md#first-call"   # content path, optional #fragment
//	checklist = "follow-up-call"   # optional: the id of a file in checklists/, such as
//	                               # follow-up-call, hearing-nothing, moving-on
//	kinds = ["soon"]       # optional: the kinds the step applies to (default all)
//	when = { from = "interview", business-days = [2, 3] }
//	[steps.by-kind.week]   # optional: a when and/or what for one kind
//	when = { from = "interview", days = 7, business-days = 1 }
//
// The decision kinds are fixed, because their ids are in URLs and UIDs:
// soon (within a day or two), by-date (by a date they named), week (about a
// week), weeks (two weeks or more) and unsaid (they did not say). The file
// gives their labels, sentences and order.
//
// # Steps
//
// The engine knows these step ids; any other is an error. A site may leave
// steps out. The shipped rules place them so:
//
//	before-leaving       at the interview: ask about next steps and the decision
//	                     date, ask whether you may call, ask for the job
//	hand-delivered-note  kind soon only: the interview day (days = 0), in
//	                     addition to the email
//	thank-you-email      as soon as possible, no later than 24 hours after the
//	                     interview (hours = [0, 24]): the interview day and the
//	                     next, whatever the weekday (an email can go on a Saturday)
//	first-call           soon: the third working day after the interview (the
//	                       first working day after the day or two they gave)
//	                     by-date: the first working day after the date they named
//	                     week: the first working day once 7 days have passed
//	                     weeks: 14 days after the interview
//	                     unsaid: 2-3 working days after the interview
//	follow-up-email      7 days after the first call
//	last-try             14 days after the follow-up email
//	move-on              28 days after the first call: about a month of
//	                     occasional contact; its text covers asking for feedback
//
// A when has an anchor and an offset. from = "interview", "named" (the date
// they named: only in a when used by kind by-date) or the id of an earlier
// step that applies to all the kinds using this when. The offset is days,
// hours (a multiple of 24) or business-days (working days), each a whole
// number from 0 to 366 (hours to 8784) or a range [earliest, latest]. The
// date is the anchor plus the days, then:
//
//   - with business-days = n (n >= 1): the n-th working day after that;
//   - with hours alone: that day, whatever it is: a deadline in hours runs
//     on the clock, so "within 24 hours" of a Friday interview is Saturday;
//   - otherwise: that day, or the next working day if it is not one: calls
//     and visits move to working days.
//
// A range gives a step that spans days: its earliest date uses the earliest
// offsets, its latest the latest. A step anchored on a step that spans days
// spans them too (earliest from the anchor's first day, latest from its
// last), so the unsaid plan's first call on days 2-3 gives an email on the
// two days a week later. Instead of from, at = "interview" (or another
// anchor) places a step on the anchor's own days with no offset and no move:
// the questions before leaving happen at the interview even on a Saturday.
// Every other step lands on a working day, but for deadlines in hours.
//
// Steps come out in file order; a step's anchor always comes before it.
//
// # Plans
//
// Rules.Plan(interview, kind, named) gives a Plan: the interview date, the
// Kind, the named date (by-date only; zero otherwise) and its Steps, each
// with Start and End dates (equal for a single day; Range reports a span).
// Every step has a date, so every step is a calendar event; before-leaving is
// an event on the interview day, useful when the plan is made beforehand.
// Plan rejects an unknown kind, a by-date plan without a named date, a named
// date with another kind, and a named date before the interview. A named date
// equal to the interview, or on a weekend or holiday, is fine: the first call
// is the first working day after it.
//
// Rules.Window(build) gives the interview dates that get dated pages: from
// the earliest interview whose plans still have a step on or after the
// build date (Rules.Alive; with the shipped rules about eight weeks back,
// the by-date plan for the latest date they could name) to window.ahead
// days after it. So a plan's address is in every build for as long as any
// step of the plan is ahead; window.back, which cut plans off mid-way, is
// an error that says to remove it. Plan.End is a plan's last day.
// Rules.NamedDates(interview) gives the dates offered as the date they named:
// every calendar day from the day after the interview to window.named days
// after it, weekends and holidays included (they work, see above). Plan.ID
// ("20261127-by-date-20261202") is a stable name for a plan.
//
// # Evergreen plans
//
// A dated page goes stale; an evergreen plan does not. Rules.Evergreen(w,
// kind) computes the plan for an interview on weekday w with the workdays but
// no holidays, and gives each step as days counted from the interview (day
// 0): Start and End are Days that print as "Monday (day 3)", and When gives
// "Tuesday (day 4) to Wednesday (day 5)" for a span. Every step also has
// Timing, when it happens as data (say.go): a Phrase, what it counts from
// and its numbers, for a page to say in its own language (the site says it
// with the string files' timing.*), and Rule, the same in English ("2–3
// working days after the interview", "7 days after the first follow-up
// call": a step is named by its title with a lower-case first letter, so
// titles are noun phrases). The package's words (When, Rule, Day.String)
// are English, for its tests and tools; it writes no page. For kind by-date,
// steps that count from the date they named (the first call and the steps
// after it) have Named set and no days: When returns their Rule, such as "the
// first working day after the date they named". Steps before it (the
// thank-you email) keep their days.
//
// Rules.EvergreenWeek(kind) returns the seven rows of a "by weekday of the
// interview" table, Monday to Sunday. Weekend rows are included because
// weekend interviews happen and the rules handle them (the thank-you email
// after a Saturday interview is due by Sunday, day 1); a page that wants
// workdays only skips the rows whose weekday fails Rules.IsWorkday.
//
// # Quote keys
//
// Guides quote the rules' numbers so that prose and calculator agree:
// Rules.Quote(key) returns one as text, and an unknown key is an error that
// lists the known keys (Rules.QuoteKeys). A key is the window's
// "window.<name>", or for an offset "<step>.<unit>" when the step has one
// when for all its kinds, and "<step>.<kind>.<unit>" for a by-kind when,
// where unit is days, hours or business-days as written in the file, and
// weeks besides for days that are whole weeks (7 days: 1 week). A value
// is "7", or "2–3" (en dash) for a range; a range from 0 gives its upper
// bound ("within 24"), and a zero offset gives no key. With the shipped
// rules the keys and values are:
//
//	first-call.by-date.business-days  1
//	first-call.soon.business-days     3
//	first-call.unsaid.business-days   2–3
//	first-call.week.business-days     1
//	first-call.week.days              7
//	first-call.week.weeks             1
//	first-call.weeks.days             14
//	first-call.weeks.weeks            2
//	follow-up-email.days              7
//	follow-up-email.weeks             1
//	last-try.days                     14
//	last-try.weeks                    2
//	move-on.days                      28
//	move-on.weeks                     4
//	thank-you-email.hours             24
//	window.ahead                      60
//	window.named                      28
//
// Writing the unit into the key means a guide that says "2–3 working days"
// fails to build, rather than lying, when an author changes the rule to
// calendar days.
//
// # Default rules
//
// Default returns the shipped rules: generator/timeline/default.toml,
// embedded, a byte-for-byte copy of data/timeline.toml (go generate copies
// it; TestDefaultFileInSync fails when they differ). data/timeline.toml is
// the copy authors read and edit, next to the site's other data; the
// embedded copy lets the generator, its tests and a site without a rules
// file work without a source folder. A site with its own file calls
// Load(path, src) instead.
//
// # Errors
//
// Load reports every problem in the file, not only the first, as a diag.List
// of errors that read "data/timeline.toml:12: what is wrong and what to do":
// TOML syntax, unknown keys (with the nearest known key), wrong types, dates
// that do not exist (2026-02-30), duplicate holidays, kinds and steps, an
// unknown holiday calendar, a closure that ends before it starts, unknown
// step, kind, channel and checklist ids, missing or negative offsets, and
// anchors that are unknown, later in the file or missing for some kind.
// Plan and Evergreen errors are plain errors: they come from the generator's
// code, not from an author's file.
//
// # Languages
//
// The numbers of the rules are the same in every language; the texts are
// not. Rules.Translate(path, src, lang, h) reads a language's texts from
// data/timeline.<code>.toml (TextPath) over the rules: each kind's label
// and sentence, each step's title and what (the step's and each by-kind
// table's that the rules file has), and the name of each [[holidays]] day
// or closure (by its first date), with the same ids. A text missing, an id
// or date the rules do not have, or a number key (when, channel, guide,
// workdays, ...), is an error at the translation's line; Rules.TextFile
// names the file a step's Lines.What is a line of. The translated rules
// name the public calendar's days in lang too (holidays.LookupIn: Spain's
// in Spanish). Rules.WithCalendar(name, lang) counts another calendar, for
// a language whose plans count its own (languages.es.calendar = "es").
//
// # Calendar files
//
// WriteICS writes a Plan as an iCalendar file (RFC 5545): a VCALENDAR with
// VERSION:2.0, PRODID, CALSCALE:GREGORIAN, METHOD:PUBLISH, X-WR-CALNAME and,
// when ICSOptions.Counts names the holidays, X-WR-CALDESC ("Working days
// counted around weekends and England and Wales bank holidays."), and one
// all-day VEVENT per step with
//
//	UID           <plan id>-<step id>@<domain>: 20261127-by-date-20261202-first-call@followup.invalid
//	DTSTAMP       the build date from ICSOptions, 20261120T000000Z (never the clock)
//	DTSTART       ;VALUE=DATE, the first day
//	DTEND         ;VALUE=DATE, the day after the last (DTEND is exclusive)
//	SUMMARY       the title
//	DESCRIPTION   what to do as plain text, then the guide's URL when known,
//	              then the sentence of X-WR-CALDESC
//	URL           the guide's URL, when ICSOptions.GuideURL gives one
//	TRANSP        TRANSPARENT: a reminder does not make you busy
//	VALARM        a reminder: ACTION:DISPLAY, DESCRIPTION the title,
//	              TRIGGER:PT9H, 09:00 on the morning of the step's first day
//
// Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
// character or a TEXT escape. TEXT values escape backslash, semicolon, comma
// and newline; invalid UTF-8 becomes U+FFFD, CR and CRLF become newlines, and
// other control characters but tab are dropped, as TEXT cannot hold them.
// The same plan and options always give the same bytes, so UIDs let a
// calendar update a re-imported plan instead of duplicating it.
//
// ICSOptions.Language (a tag, for a language other than English) adds
// LANGUAGE=<tag> to SUMMARY, DESCRIPTION, X-WR-CALNAME and X-WR-CALDESC,
// and makes the UIDs the language's own (20261127-soon.es-first-call@...):
// a language may count another holiday calendar, so the same plan id in
// two languages need not be the same days, and two events are only the
// same event, one UID, within one language. CalDesc and GuideLabel give the
// fixed sentences in that language.
package timeline
