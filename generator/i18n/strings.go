package i18n

import (
	"fmt"
	"html/template"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Strings is one language's strings. It is read-only and safe for use by
// several goroutines at once.
type Strings struct {
	lang *language_
	tag  language.Tag
}

// Code returns the code of the language's string files ("es").
func (s *Strings) Code() string { return s.lang.code }

// Tag returns the language tag the strings were asked for ("es-ES").
func (s *Strings) Tag() string { return s.tag.String() }

// Has reports whether the language has a string for key.
func (s *Strings) Has(key string) bool { return s.lang.msgs[key] != nil }

// T returns the string of key, with args:
//
//	T("nav.skip")                               no values
//	T("checklist.items", 3)                      a count: {{ .Count }}, and the plural form for it
//	T("checklist.progress", 3, "Total", 7)       a count, then names and values: {{ .Total }}
//	T("plan.title", "Date", "27 November")      names and values only
//	T("x", map[string]any{"Count": 2, "A": 1})  a map of values (Hugo's dict); Count picks the form
//
// A count is any whole number; the plural form is the language's CLDR form
// for it, and a message without plural forms is the same for every count.
func (s *Strings) T(key string, args ...any) (string, error) {
	m := s.lang.msgs[key]
	if m == nil {
		return "", s.Check(key)
	}
	data, count, err := values(key, args)
	if err != nil {
		return "", err
	}
	form := plural.Other
	if count != nil && m.plural {
		form = plural.Cardinal.MatchPlural(s.tag, abs(*count), 0, 0, 0, 0)
	}
	t := m.forms[form]
	if t == nil { // checkForms saw to the language's forms; a count the sampled numbers missed
		t, form = m.forms[plural.Other], plural.Other
	}
	if text := m.texts[form]; !strings.Contains(text, "{{") {
		return text, nil
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("%s:%d: the string %q: %s: give the value when calling T, or remove it from the string", m.file, m.lines[form], key, templateMsg(err))
	}
	return b.String(), nil
}

// Nth returns word n (from 0) of list, a string of the files written as
// words separated by commas ("zero, one, two"), trimmed; ok is false past
// the list's end, where the caller writes the number itself.
func Nth(list string, n int) (word string, ok bool) {
	for i, w := range strings.Split(list, ",") {
		if i == n {
			return strings.TrimSpace(w), true
		}
	}
	return "", false
}

// HTML is T for text that goes into HTML written without html/template:
// the string, escaped.
func (s *Strings) HTML(key string, args ...any) (string, error) {
	t, err := s.T(key, args...)
	return template.HTMLEscapeString(t), err
}

// Keys returns the language's keys, sorted.
func (s *Strings) Keys() []string { return slicesSorted(s.lang.msgs) }

// Check returns nil when the language has a string for key, else the
// error T gives for it.
func (s *Strings) Check(key string) error {
	if s.lang.msgs[key] != nil {
		return nil
	}
	return fmt.Errorf("no string %q in %s: add %s = \"...\" to %s (and to the string files of the other languages)", key, s.lang.code, tomlKey(key), s.fileFor())
}

// Func returns T as a template function: {{ T "nav.skip" }}.
func (s *Strings) Func() func(key string, args ...any) (string, error) { return s.T }

// fileFor names the file a missing key of this language goes in: the
// site's, when it has one, else the theme's.
func (s *Strings) fileFor() string {
	return s.lang.files[len(s.lang.files)-1]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// values turns T's arguments into a template's data and the count.
func values(key string, args []any) (map[string]any, *int, error) {
	data := map[string]any{}
	var count *int
	if len(args) == 1 {
		if m, ok := args[0].(map[string]any); ok {
			for k, v := range m {
				data[k] = v
			}
			if n, ok := whole(data["Count"]); ok {
				count = &n
			}
			return data, count, nil
		}
	}
	if len(args) > 0 {
		if n, ok := whole(args[0]); ok {
			count, data["Count"] = &n, args[0]
			args = args[1:]
		}
	}
	if len(args)%2 != 0 {
		return nil, nil, fmt.Errorf("T %q: after the count, give names and values in pairs (\"Total\" 7), not %d values", key, len(args))
	}
	for i := 0; i < len(args); i += 2 {
		name, ok := args[i].(string)
		if !ok {
			return nil, nil, fmt.Errorf("T %q: value %d must be the name of the value after it, such as \"Total\", not %v", key, i+1, args[i])
		}
		data[name] = args[i+1]
		if name == "Count" {
			if n, ok := whole(args[i+1]); ok {
				count = &n
			}
		}
	}
	return data, count, nil
}

func whole(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case int32:
		return int(n), true
	case uint:
		return int(n), true
	case uint64:
		return int(n), true
	}
	return 0, false
}
