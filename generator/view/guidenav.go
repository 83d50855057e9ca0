package view

import "github.com/followup/followup/generator/content"

// GuideNav is the navigation of a guide, step by step: every page of the
// section a page belongs to, numbered in reading order, with the page
// itself marked. Layouts show it beside the text on wide screens and, on
// phones, folded under a line saying which step this is.
type GuideNav struct {
	Section *content.Page
	Steps   []GuideStep
	Current int // the number of this page's step
}

// GuideStep is one page of a guide.
type GuideStep struct {
	Number  int
	Page    *content.Page
	Current bool
}

// GuideNav returns the navigation of the guide this page is part of: nil
// unless it is a page (not a section) in a section below the home page
// that has at least two pages.
func (d *PageData) GuideNav() *GuideNav {
	pg := d.Page
	if pg == nil || pg.Kind != content.KindPage || pg.Parent == nil || pg.Parent.Kind != content.KindSection {
		return nil
	}
	nav := &GuideNav{Section: pg.Parent}
	for _, c := range pg.Parent.Children {
		// By file, not pointer: after a partial rebuild pg may be a new
		// version of the page its section lists (content.Site.Replace).
		step := GuideStep{Number: len(nav.Steps) + 1, Page: c, Current: c.File == pg.File}
		if step.Current {
			nav.Current = step.Number
		}
		nav.Steps = append(nav.Steps, step)
	}
	if len(nav.Steps) < 2 {
		return nil
	}
	return nav
}
