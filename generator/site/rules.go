package site

import (
	"errors"
	"io/fs"
	"path"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/providers/calculator"
	"github.com/followup/followup/generator/timeline"
)

// The timeline rules (data/timeline.toml, or the default rules) are loaded
// by the core, for the model (model.Model.Rules): the calculator's pages,
// its shortcodes and the editions' tables read them (providers/calculator).
const (
	planPath  = calculator.Path
	rulesFile = timeline.DefaultPath
)

// rules are the timeline rules, as loaded.
type rules struct {
	rules   *timeline.Rules
	enabled bool // the site has a rules file: build the plan pages
	failed  bool // the rules file has errors: no plan pages
}

// loadCalculator reads data/timeline.toml, or takes the default rules.
func (p *plan) loadCalculator() error {
	c := &rules{}
	p.calc = c
	c.rules = timeline.Default(timelineHelpers())
	// Look before reading: a folder, a FIFO or a device in its place is
	// reported, never opened (reading a FIFO would wait for a writer). The
	// folder's listing gives the entry's type without opening it, on any
	// file system; a symbolic link is followed with Stat.
	mode, err := entryMode(p.src, rulesFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		c.failed = true
		return diag.Errorf(rulesFile, 0, "cannot read the timeline rules: %v", err)
	case mode.IsDir():
		c.failed = true
		return diag.Errorf(rulesFile, 0, "is a folder: the timeline rules are one TOML file; remove the folder, or put the file in its place")
	case !mode.IsRegular():
		c.failed = true
		return diag.Errorf(rulesFile, 0, "%v", diag.NotAFile{Mode: mode}) // as for every other input (rootFS.ReadFile)
	}
	src, err := fs.ReadFile(p.src, rulesFile)
	if err != nil {
		c.failed = true
		return diag.Errorf(rulesFile, 0, "cannot read the timeline rules: %v", err)
	}
	c.rules, err = timeline.Load(rulesFile, src, timelineHelpers())
	if err != nil {
		c.rules, c.failed = timeline.Default(timelineHelpers()), true
		return err
	}
	c.enabled = true
	return nil
}

// timelineHelpers are what the rules are loaded with: the markdown checks
// of a step's what, and the form of a checklist id.
func timelineHelpers() timeline.Helpers {
	return timeline.Helpers{CheckInline: markdown.CheckInline, PlainText: markdown.PlainText, ChecklistID: checklist.ValidID}
}

// entryMode returns the type of the file at name from its folder's listing.
func entryMode(fsys fs.FS, name string) (fs.FileMode, error) {
	entries, err := fs.ReadDir(fsys, path.Dir(name))
	if err != nil {
		return 0, err
	}
	for _, e := range entries {
		if e.Name() != path.Base(name) {
			continue
		}
		if e.Type()&fs.ModeSymlink == 0 {
			return e.Type(), nil
		}
		info, err := fs.Stat(fsys, name)
		if err != nil {
			return 0, err
		}
		return info.Mode(), nil
	}
	return 0, fs.ErrNotExist
}
