package site

import (
	"cmp"
	"slices"
	"strings"

	"github.com/followup/followup/generator/diag"
)

// outcome returns the build's errors, with the findings the site keeps as
// warnings taken out into report.Warnings.
func (p *plan) outcome(report *Report) error {
	errs, warns := p.warn.Split(p.errs)
	report.Warnings = warns
	return errs.Err()
}

// checkRefs checks links to fragments of content pages against the ids
// those pages define.
func (p *plan) checkRefs() {
	slices.SortFunc(p.refs, func(a, b pageRef) int {
		return cmp.Or(cmp.Compare(a.source, b.source), cmp.Compare(a.ref.Line, b.ref.Line))
	})
	for _, r := range p.refs {
		ids, isContent := p.ids[r.ref.Target]
		if !isContent || slices.Contains(ids, r.ref.Fragment) || slices.Contains(p.theme.ReservedIDs(), r.ref.Fragment) {
			continue
		}
		where := "this page"
		if pg := p.site.ByPath[r.ref.Target]; pg != nil && pg.Source != r.source {
			where = pg.Source
		}
		p.errs = append(p.errs, diag.Warnf(diag.Links, r.source, r.ref.Line, "link to #%s: %s has no heading or element with that id (its ids: %s)", r.ref.Fragment, where, idList(ids)))
	}
}

func idList(ids []string) string {
	if len(ids) == 0 {
		return "none"
	}
	if len(ids) > 12 {
		return strings.Join(ids[:12], ", ") + ", ..."
	}
	return strings.Join(ids, ", ")
}
