package calculator

import (
	"strconv"
	"strings"

	"github.com/followup/followup/generator/i18n"
)

// numberWords writes a quoted number of the rule key in words, in the
// site's language, from the string files: rule.days, rule.weeks and
// rule.hours list the words of 0, 1, 2, ... before the unit the key counts
// (weeks for ".weeks", hours for ".hours", days otherwise), separated by
// commas, so that a word agrees with its unit (Spanish "un día", "una
// semana"); a range "2–3" is rule.range of its two ends ("two to three",
// "dos o tres"). A number past the end of the list stays in digits.
func (p *calc) numberWords(v, key string) (string, error) {
	strs := p.m.Strings
	var list string
	var err error
	switch {
	case strings.HasSuffix(key, ".weeks"):
		list, err = strs.T("rule.weeks")
	case strings.HasSuffix(key, ".hours"):
		list, err = strs.T("rule.hours")
	default:
		list, err = strs.T("rule.days")
	}
	if err != nil {
		return "", err
	}
	word := func(s string) string {
		if n, err := strconv.Atoi(s); err == nil {
			if w, ok := i18n.Nth(list, n); ok {
				return w
			}
		}
		return s
	}
	if a, b, ok := strings.Cut(v, "–"); ok {
		return strs.T("rule.range", "From", word(a), "To", word(b))
	}
	return word(v), nil
}
