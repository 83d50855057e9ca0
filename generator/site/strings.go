package site

import (
	"time"

	"errors"
	"github.com/followup/followup/generator/locale"
	"io/fs"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/theme"
	"github.com/followup/followup/generator/view"
)

// loadStrings reads the string files of the theme and of the site (under a
// theme other than the default, over the built-in default theme's, which
// hold the generator's own strings) and returns the strings of lang, checked against those of ref (the default
// language). A language with no strings is reported at the line of
// followup.toml that names it.
func loadStrings(src fs.FS, cfg *config.Config, ref, lang string) (*i18n.Strings, error) {
	dir, display, err := theme.Folder(src, cfg.Theme)
	if err != nil {
		return nil, err // a theme that is not there
	}
	sources := []i18n.Source{{FS: dir, Display: display}, {FS: src}}
	if cfg.Theme != "default" { // the generator's own strings, under any theme
		builtin, display := theme.BuiltIn()
		sources = append([]i18n.Source{{FS: builtin, Display: display}}, sources...)
	}
	cat, err := i18n.Load(ref, sources...)
	if err != nil {
		return nil, err
	}
	s, err := cat.For(lang)
	var e *diag.Error
	if err != nil && errors.As(err, &e) && e.Path == "" {
		located := *e
		located.Path, located.Line = config.File, cfg.Line("language")
		err = &located
	}
	return s, err
}

// themeFuncs are the functions of every layout: view's, and, in the
// page's language, T with its strings and localDate with its dates
// ({{ localDate .Page.Lastmod }}: "20 November 2026", "20 de noviembre de
// 2026").
func themeFuncs(s *i18n.Strings) map[string]any {
	funcs := view.Funcs()
	funcs["T"] = s.Func()
	loc, err := locale.New(s.Tag())
	if err != nil {
		loc = locale.Must("en") // config has checked the language: a string file's own tag
	}
	funcs["localDate"] = func(t time.Time) string { return loc.Date(t) }
	return funcs
}

// checkKeys reports every {{ T "key" }} of the theme's layouts whose key
// the language has no string for, at the layout's file and line: a branch
// no page of this build takes is checked too.
func checkKeys(t *theme.Theme, s *i18n.Strings) error {
	var errs diag.List
	for _, c := range t.Calls("T") {
		if err := s.Check(c.Arg); err != nil {
			errs.Add(diag.Errorf(c.File, c.Line, "%v", err))
		}
	}
	return errs.Err()
}
