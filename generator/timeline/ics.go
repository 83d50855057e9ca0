package timeline

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// ICSOptions configures WriteICS.
type ICSOptions struct {
	// Build is the build date, written as the DTSTAMP of every event
	// (midnight UTC), so that a rebuild gives the same bytes. Required.
	Build Date
	// Domain ends every UID; default "followup.invalid".
	Domain string
	// ID starts every UID instead of the plan's ID, for a file that holds
	// part of a plan: "by-date-20261202" for the steps that count from the
	// date they named, the same for every interview.
	ID string
	// GuideURL returns the absolute URL of a step's guide section from its
	// content path ("guides/following-up.md#first-call"), or "" for none.
	// Nil means no links: the site's base URL is not known.
	GuideURL func(guide string) string
	// Name is the calendar's name (X-WR-CALNAME); default
	// "Follow-up plan: interview on Friday 27 November 2026".
	Name string
	// ProdID identifies the writer (PRODID); default
	// "-//Followup//Follow-up timeline//EN".
	ProdID string
	// Counts says which days off the dates count around, from
	// Rules.Counts ("England and Wales bank holidays"): written in the
	// calendar's description (X-WR-CALDESC) and each event's. Empty: not
	// said.
	Counts string
	// Language is the BCP 47 tag of the texts ("es-ES"), for a file in a
	// language other than English: SUMMARY, DESCRIPTION, X-WR-CALNAME and
	// X-WR-CALDESC get ;LANGUAGE=<tag>, and every UID ends its first part
	// with the language's code (20261127-soon-first-call.es@...), since
	// each language's plans may count another holiday calendar, so the same
	// plan id need not be the same days. Empty: English, no parameter, and
	// the UIDs as they always were.
	Language string
	// CalDesc replaces the description sentence made from Counts ("Working
	// days counted around weekends and ..."), for another language.
	CalDesc string
	// GuideLabel replaces "More in the guide: " before a step's guide URL.
	GuideLabel string
}

// ReminderTrigger is when each event's reminder (VALARM) goes off: 09:00
// on the morning of the step's first day, as a duration from its start
// (an all-day event starts at midnight, in the reader's own time zone).
const ReminderTrigger = "PT9H"

// DefaultICSDomain ends UIDs when ICSOptions.Domain is empty.
const DefaultICSDomain = "followup.invalid"

// WriteICS writes p as an iCalendar file (RFC 5545): one all-day event per
// step, from its first day to its last. See the package doc for the format.
func WriteICS(w io.Writer, p Plan, opts ICSOptions) error {
	if opts.Build.IsZero() {
		return errors.New("timeline: WriteICS needs ICSOptions.Build, the build date written as DTSTAMP")
	}
	if opts.Domain == "" {
		opts.Domain = DefaultICSDomain
	}
	if opts.Name == "" {
		opts.Name = "Follow-up plan: interview on " + p.Interview.Long()
	}
	if opts.ID == "" {
		opts.ID = p.ID()
	}
	if opts.ProdID == "" {
		opts.ProdID = "-//Followup//Follow-up timeline//EN"
	}
	var b icsWriter
	b.prop("BEGIN:VCALENDAR")
	b.prop("VERSION:2.0")
	b.prop("PRODID:" + escapeText(opts.ProdID))
	b.prop("CALSCALE:GREGORIAN")
	b.prop("METHOD:PUBLISH")
	lang, uid := "", opts.ID
	if opts.Language != "" {
		lang = ";LANGUAGE=" + opts.Language
		code, _, _ := strings.Cut(opts.Language, "-")
		uid += "." + strings.ToLower(code)
	}
	b.prop("X-WR-CALNAME" + lang + ":" + escapeText(opts.Name))
	counted := opts.CalDesc
	if counted == "" && opts.Counts != "" {
		counted = "Working days counted around weekends and " + opts.Counts + "."
	}
	if counted != "" {
		b.prop("X-WR-CALDESC" + lang + ":" + escapeText(counted))
	}
	if opts.GuideLabel == "" {
		opts.GuideLabel = "More in the guide: "
	}
	for _, s := range p.Steps {
		url := ""
		if opts.GuideURL != nil {
			url = opts.GuideURL(s.Guide)
		}
		b.prop("BEGIN:VEVENT")
		b.prop("UID:" + escapeText(uid+"-"+s.ID+"@"+opts.Domain))
		b.prop("DTSTAMP:" + opts.Build.Compact() + "T000000Z")
		b.prop("DTSTART;VALUE=DATE:" + s.Start.Compact())
		b.prop("DTEND;VALUE=DATE:" + s.End.AddDays(1).Compact()) // exclusive
		b.prop("SUMMARY" + lang + ":" + escapeText(s.Title))
		b.prop("DESCRIPTION" + lang + ":" + escapeText(eventDescription(s, url, opts.GuideLabel, counted)))
		if isURI(url) {
			b.prop("URL:" + url)
		}
		b.prop("TRANSP:TRANSPARENT")
		b.prop("BEGIN:VALARM")
		b.prop("ACTION:DISPLAY")
		b.prop("DESCRIPTION" + lang + ":" + escapeText(s.Title))
		b.prop("TRIGGER:" + ReminderTrigger)
		b.prop("END:VALARM")
		b.prop("END:VEVENT")
	}
	b.prop("END:VCALENDAR")
	_, err := w.Write(b.buf.Bytes())
	return err
}

// eventDescription is the text of an event's DESCRIPTION before escaping:
// what to do as plain text, then the guide's URL if there is one, then
// which days off the dates count around.
func eventDescription(s Step, url, label, counted string) string {
	d := s.Text
	if url != "" {
		d += "\n\n" + label + url
	}
	if counted != "" {
		d += "\n\n" + counted
	}
	return d
}

// icsWriter writes content lines, folded.
type icsWriter struct{ buf bytes.Buffer }

// maxLine is the longest line RFC 5545 allows, in octets, without the CRLF.
const maxLine = 75

// prop writes one content line, folded into lines of at most 75 octets: a
// long line breaks before a character (never inside a UTF-8 sequence or a
// TEXT escape such as \,) and continues on the next line after one space.
func (b *icsWriter) prop(line string) {
	limit := maxLine
	for len(line) > limit {
		cut := limit
		for !utf8.RuneStart(line[cut]) {
			cut--
		}
		if escapes := len(line[:cut]) - len(strings.TrimRight(line[:cut], `\`)); escapes%2 == 1 {
			cut-- // keep an escape such as \, whole for readers that unfold badly
		}
		b.buf.WriteString(line[:cut])
		b.buf.WriteString("\r\n ")
		line = line[cut:]
		limit = maxLine - 1 // the leading space counts
	}
	b.buf.WriteString(line)
	b.buf.WriteString("\r\n")
}

var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)

// escapeText encodes s as an RFC 5545 TEXT value (section 3.3.11), after
// cleanText.
func escapeText(s string) string { return textEscaper.Replace(cleanText(s)) }

// cleanText makes s writable as TEXT: invalid UTF-8 becomes U+FFFD, CRLF
// and CR become LF, and the other control characters but tab, which TEXT
// cannot hold, are dropped.
func cleanText(s string) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// isURI reports whether u can be written as a URI value: not empty, valid
// UTF-8, no spaces or control characters.
func isURI(u string) bool {
	if u == "" || !utf8.ValidString(u) {
		return false
	}
	for _, r := range u {
		if r <= ' ' || r == 0x7f {
			return false
		}
	}
	return true
}
