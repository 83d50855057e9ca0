package timeline

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// timing is a checked when table: an anchor and an offset.
type timing struct {
	anchor   string // "interview", "named" or a step id
	at       bool   // the anchor's own day: no offset, no move to a business day
	days     [2]int // calendar days, earliest and latest
	bdays    [2]int // business days, earliest and latest
	hasDays  bool
	hasBDays bool
	unit     string // "days" or "hours": how days were written, for quotes
	written  [2]int // days or hours as written
}

// dates returns the earliest and latest dates of a step with timing t whose
// anchor spans from..to.
func (t timing) dates(cal calendar, from, to Date) (Date, Date) {
	if t.at {
		return from, to
	}
	if t.unit == "hours" && !t.hasBDays {
		// A deadline in hours runs on the clock, weekends and holidays
		// included: an email can be sent on a Saturday.
		return from.AddDays(t.days[0]), to.AddDays(t.days[1])
	}
	move := func(d Date, bd int) Date {
		if bd == 0 {
			return cal.next(d)
		}
		return cal.add(d, bd)
	}
	return move(from.AddDays(t.days[0]), t.bdays[0]), move(to.AddDays(t.days[1]), t.bdays[1])
}

// timingOf names the anchor step of t: its title, for Timing.
func (r *Rules) timingOf(t timing) Timing {
	title := ""
	for _, s := range r.steps {
		if s.id == t.anchor {
			title = s.title
		}
	}
	return t.timingOf(title)
}

// LowerFirst lower-cases the first letter of s unless it starts an
// acronym: "Follow-up email" is "follow-up email", "CV sent" stays.
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	if unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// buildQuotes collects the numbers guides may quote (see Quote).
func (r *Rules) buildQuotes() map[string]string {
	q := map[string]string{
		"window.ahead": strconv.Itoa(r.window.ahead),
		"window.named": strconv.Itoa(r.window.named),
	}
	for _, s := range r.steps {
		for _, k := range s.kinds {
			v := s.variants[k]
			if v.when.at {
				continue
			}
			if v.when.hasDays && v.when.written != [2]int{} {
				q[v.quote+"."+v.when.unit] = quoteSpan(v.when.written)
				if w := v.when.written; v.when.unit == "days" && w[0]%7 == 0 && w[1]%7 == 0 {
					q[v.quote+".weeks"] = quoteSpan([2]int{w[0] / 7, w[1] / 7})
				}
			}
			if v.when.hasBDays && v.when.bdays != [2]int{} {
				q[v.quote+".business-days"] = quoteSpan(v.when.bdays)
			}
		}
	}
	return q
}

// quoteSpan writes a span for a guide: "7", "2–3", and "24" for [0, 24]
// (a range from 0 reads as "within 24").
func quoteSpan(v [2]int) string {
	if v[0] == 0 {
		return strconv.Itoa(v[1])
	}
	return SpanText(v)
}

// Quote returns a number from the rules, as text, for a guide to quote:
// Quote("follow-up-email.days") is "7". The keys are listed in the package
// doc; an unknown key is an error that lists the known ones.
func (r *Rules) Quote(key string) (string, error) {
	if v, ok := r.quotes[key]; ok {
		return v, nil
	}
	return "", fmt.Errorf("unknown timeline number %q%s (the numbers are %s)",
		key, suggest(key, r.QuoteKeys()), strings.Join(r.QuoteKeys(), ", "))
}

// QuoteKeys returns the keys Quote knows, sorted.
func (r *Rules) QuoteKeys() []string {
	keys := make([]string, 0, len(r.quotes))
	for k := range r.quotes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
