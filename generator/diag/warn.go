package diag

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Kind names a check whose findings a site may treat as warnings instead of
// errors (followup.toml's [checks]). An Error with no Kind is always an
// error.
type Kind string

// The kinds of finding a build can demote to warnings.
const (
	// Links: a link to a page, file or fragment that does not exist.
	Links Kind = "links"
	// UnknownKeys: a front-matter key Followup does not know.
	UnknownKeys Kind = "unknown_keys"
	// LinkCase: a link that matches a page only when case is ignored; it
	// resolves to that page.
	LinkCase Kind = "link_case"
	// LinkSchemes: a link whose address runs in the reader's browser
	// (javascript:, vbscript:, data:); without allow_html it is written
	// as an empty link.
	LinkSchemes Kind = "link_schemes"
	// Translations: a page of a multilingual site's default language
	// that another language has no translation of.
	Translations Kind = "translations"
	// LinkLanguage: a link in one language's content to a page only the
	// default language has; it resolves to that page.
	LinkLanguage Kind = "link_language"
)

// Warnf returns a finding of kind k at path and line (either may be
// empty): an error unless the build's Warnings hold k.
func Warnf(k Kind, path string, line int, format string, args ...any) *Error {
	e := Errorf(path, line, format, args...)
	e.Kind = k
	return e
}

// Warning prints e as a warning, like a compiler: "path:line: warning:
// what is wrong [kind]".
func (e *Error) Warning() string {
	c := *e
	c.Msg = "warning: " + e.Msg
	if e.Kind != "" {
		c.Msg += " [" + string(e.Kind) + "]"
	}
	return c.Error()
}

// Warnings is the set of kinds a build reports as warnings: the build
// succeeds with them, and prints them.
type Warnings map[Kind]bool

// Split returns the members of l whose kind w holds as warnings, and the
// others as errors; both sorted and without duplicates, as Err sorts them.
func (w Warnings) Split(l List) (errs, warns List) {
	for _, e := range l {
		if e.Kind != "" && w[e.Kind] {
			warns = append(warns, e)
		} else {
			errs = append(errs, e)
		}
	}
	return sorted(errs), sorted(warns)
}

// Count says how many findings l holds of each kind, kinds in order:
// "3 warnings (2 links, 1 unknown_keys)".
func (l List) Count() string {
	by := map[Kind]int{}
	for _, e := range l {
		by[e.Kind]++
	}
	var kinds []string
	for _, k := range slices.Sorted(maps.Keys(by)) {
		kinds = append(kinds, fmt.Sprintf("%d %s", by[k], cmp.Or(string(k), "other")))
	}
	noun := "warnings"
	if len(l) == 1 {
		noun = "warning"
	}
	return fmt.Sprintf("%d %s (%s)", len(l), noun, strings.Join(kinds, ", "))
}

func sorted(l List) List {
	if len(l) == 0 {
		return nil
	}
	return l.Err().(List)
}

// Findings reports whether err holds only findings of a Kind, which a
// step goes on after (the build decides later which are errors).
func Findings(err error) bool {
	for _, e := range Errors(err) {
		if e.Kind == "" {
			return false
		}
	}
	return true
}

// Across returns err's kind when it is a link_language finding (a link
// that leads to another language's page, which the caller reports at its
// own place), else "": the kind a caller that locates a link's error
// keeps.
func Across(err error) Kind {
	var e *Error
	if errors.As(err, &e) && e.Kind == LinkLanguage {
		return e.Kind
	}
	return ""
}
