package calculator

import (
	"net/url"
	"strings"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/timeline"
)

// checkCalculatorLinks checks the guide and checklist of every step once,
// at the rules file's lines.
func (p *calc) checkCalculatorLinks() {
	links := p.m.Pages.Resolver("")
	seen := map[string]bool{}
	for _, kind := range p.m.Rules.Kinds() {
		d := timeline.DateOf(p.m.BuildDate)
		plan, err := p.m.Rules.Plan(d, kind.ID, namedFor(kind.ID, d))
		if err != nil {
			p.pl.Error(diag.Errorf(rulesFile, 0, "%v", err))
			continue
		}
		for _, s := range plan.Steps {
			if s.Guide != "" && !seen["g"+s.Guide] {
				seen["g"+s.Guide] = true
				_, target, err := links.Resolve(s.Guide)
				line := s.Lines.Guide
				switch {
				case err != nil:
					e := diag.Errorf(rulesFile, line, "step %s: guide %v", s.ID, err)
					e.Kind = diag.Across(err) // a page of another language: a warning
					p.pl.Error(e)
				case target.Fragment != "":
					p.pl.CheckRef(rulesFile, markdown.Ref{Line: line, Target: target.Path, Fragment: target.Fragment})
				}
			}
			if s.What != "" && !seen["w"+s.What] {
				seen["w"+s.What] = true
				p.pl.CheckInline(rulesFile, s.Lines.What, s.What)
			}
			if s.Checklist != "" && !seen["c"+s.Checklist] {
				seen["c"+s.Checklist] = true
				if _, ok := p.m.Lists.Get(s.Checklist); !ok && !p.m.Lists.Broken(s.Checklist) {
					p.pl.Error(diag.Errorf(rulesFile, s.Lines.Checklist, "step %s: unknown checklist %q: the checklists are %s (files in checklists/); add it or remove the step's checklist", s.ID, s.Checklist, strings.Join(p.m.Lists.IDs(), ", ")))
				}
			}
		}
	}
}

// namedFor gives a by-date plan a named date, for checks that need a plan.
func namedFor(kind string, d timeline.Date) timeline.Date {
	if kind == "by-date" {
		return d.AddDays(7)
	}
	return timeline.Date{}
}

// guideURL returns the absolute address of a guide section, for .ics files.
func (p *calc) guideURL(guide string) string {
	if p.m.Config.BaseURL == "" {
		return ""
	}
	_, target, err := p.m.Pages.Resolver("").Resolve(guide)
	if err != nil || !target.Internal {
		return ""
	}
	u := p.m.Config.BaseURL + target.Path
	if target.Fragment != "" {
		u += "#" + url.PathEscape(target.Fragment)
	}
	return u
}

// pageTitle returns the title of the content page a guide path leads to.
func (p *calc) pageTitle(guide string) string {
	file, _, _ := strings.Cut(guide, "#")
	if pg, ok := p.m.Content.ByFile[file]; ok {
		return pg.Title
	}
	return ""
}
