package calculator

import (
	"strconv"
	"strings"
)

// numberWords writes a quoted number of the rule key in words up to
// twelve, in the language of the tag (the site's or the language's
// followup.toml language): Spanish for "es" and "es-*", English otherwise.
// In English "4" is "four" and "2–3" is "two to three"; in Spanish "4" is
// "cuatro", "2–3" is "dos o tres", and 1 agrees with the unit the key
// counts: "una" for weeks and hours (una semana), "un" for days (un día).
// Larger numbers stay in digits.
func numberWords(v, key, tag string) string {
	words := [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	join := " to "
	if base, _, _ := strings.Cut(strings.ToLower(tag), "-"); base == "es" {
		words = [...]string{"cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"}
		join = " o "
		if strings.HasSuffix(key, ".weeks") || strings.HasSuffix(key, ".hours") {
			words[1] = "una"
		}
	}
	word := func(s string) string {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 && n < len(words) {
			return words[n]
		}
		return s
	}
	if a, b, ok := strings.Cut(v, "–"); ok {
		return word(a) + join + word(b)
	}
	return word(v)
}
