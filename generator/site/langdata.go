package site

import (
	"errors"
	"io/fs"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/diag"
)

// The checklists and the timeline rules of a language other than the
// default are the originals with the texts of their translations
// (checklists/<id>.<code>.yaml, data/timeline.<code>.toml: same ids, the
// numbers only in the originals); a language's calendar in followup.toml
// (languages.<code>.calendar) replaces the rules file's.

// isDefault reports whether the language is the default one; true on a
// site of one language.
func (l *language) isDefault() bool { return l == nil || l.Code == l.set.cfg.DefaultLanguage }

// loadChecklists reads the checklists in p's language.
func (p *plan) loadChecklists(src fs.FS) (*checklist.Set, error) {
	if p.lang.isDefault() {
		return checklist.Load(src)
	}
	return checklist.LoadLang(src, p.lang.Code)
}

// translateRules gives the timeline rules the texts of p's language and
// its calendar, when the site has a rules file.
func (p *plan) translateRules() error {
	if p.lang == nil || !p.calc.enabled {
		return nil
	}
	if !p.lang.isDefault() {
		name := "data/timeline." + p.lang.Code + ".toml"
		src, err := fs.ReadFile(p.src, name)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return diag.Errorf(rulesFile, 0, "the calculator has no texts in %s: add %s, with the texts of %s translated (the numbers stay in %s)", p.lang.Code, name, rulesFile, rulesFile)
		case err != nil:
			return diag.Errorf(name, 0, "cannot read the timeline rules' texts: %v", err)
		}
		r, err := p.calc.rules.Translate(name, src, p.lang.Code, timelineHelpers())
		if err != nil {
			p.calc.failed = true
			return err
		}
		p.calc.rules = r
	}
	if cal := p.lang.conf.Calendar; cal != "" {
		r, err := p.calc.rules.WithCalendar(cal, p.lang.Code)
		if err != nil {
			p.calc.failed = true
			return diag.Errorf(config.File, p.lang.conf.CalendarLine(), "languages.%s.calendar: %v", p.lang.Code, err)
		}
		p.calc.rules = r
	}
	return nil
}
