package config

import (
	"fmt"

	"github.com/followup/followup/generator/diag"
)

// Checks say which findings stop a build and which it only prints as
// warnings at their file and line ([checks] in followup.toml): each is
// "error" or "warning".
type Checks struct {
	// Links: a link to a page, file or fragment that does not exist
	// (default "error").
	Links string `yaml:"links"`
	// UnknownKeys: a front-matter key Followup does not know, reported with
	// the nearest known key (default "warning": Hugo and Zola sites carry
	// keys of their own themes).
	UnknownKeys string `yaml:"unknown_keys"`
	// LinkSchemes: a markdown link whose address runs in the reader's
	// browser (javascript:, vbscript:, data: but images). With allow_html
	// = true it would be written as it is, and it is an error unless this
	// says "warning" (default "error"); without allow_html it is written
	// as an empty link, and is always a warning.
	LinkSchemes string `yaml:"link_schemes"`
	// Translations: a page of the default language without a translation
	// in another language of a multilingual site, which followup build
	// reports as "error" or "warning" or not at all ("ignore", the
	// default); followup check lists them always.
	Translations string `yaml:"translations"`
}

// Levels of a check.
const (
	LevelError   = "error"
	LevelWarning = "warning"
	LevelIgnore  = "ignore" // only for translations
)

func defaultChecks() Checks {
	return Checks{Links: LevelError, UnknownKeys: LevelWarning, LinkSchemes: LevelError, Translations: LevelIgnore}
}

// Warnings returns the kinds of finding the build reports as warnings: those
// [checks] sets to "warning", links that match a page only when case is
// ignored, and links to a page only the default language has. With strict (followup build --strict) there are none: every
// warning is an error.
func (c *Config) Warnings(strict bool) diag.Warnings {
	w := diag.Warnings{}
	if strict {
		return w
	}
	w[diag.LinkCase] = true
	w[diag.LinkLanguage] = true
	w[diag.Translations] = c.Checks.Translations == LevelWarning
	w[diag.Links] = c.Checks.Links == LevelWarning
	w[diag.UnknownKeys] = c.Checks.UnknownKeys == LevelWarning
	w[diag.LinkSchemes] = !c.AllowHTML || c.Checks.LinkSchemes == LevelWarning
	return w
}

func (c Checks) check(lines map[string]int) error {
	var errs diag.List
	for _, v := range []struct{ key, value string }{{"links", c.Links}, {"unknown_keys", c.UnknownKeys}, {"link_schemes", c.LinkSchemes}} {
		if v.value != LevelError && v.value != LevelWarning {
			errs = append(errs, &diag.Error{Line: lines[v.key], Msg: fmt.Sprintf("checks.%s: %q is not a level: write \"error\" or \"warning\"", v.key, v.value)})
		}
	}
	if c.Translations != LevelError && c.Translations != LevelWarning && c.Translations != LevelIgnore {
		errs = append(errs, &diag.Error{Line: lines["translations"], Msg: fmt.Sprintf("checks.translations: %q is not a level: write \"error\", \"warning\" or \"ignore\"", c.Translations)})
	}
	return errs.Err()
}
