package frontmatter

import (
	"fmt"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/urls"
)

// checkTerms refuses a tag or category that makes no slug ("!!!", ""): its
// page would be at tags// and its link would have no text. The error is at
// the line of the list that holds it (taxonomies when it came from there).
func (f *FrontMatter) checkTerms() diag.List {
	var errs diag.List
	for _, l := range []struct {
		key, what string
		terms     []string
	}{{"tags", "tag", f.Tags}, {"categories", "category", f.Categories}} {
		for _, term := range l.terms {
			if urls.Slugify(term) != "" {
				continue
			}
			line := f.listLines[l.key]
			if line == 0 {
				line = f.listLines["taxonomies"]
			}
			errs = append(errs, &diag.Error{Line: line, Msg: fmt.Sprintf("%s: %s %q has no letters or digits, so it cannot have a page or an address: write a word, or remove it", l.key, l.what, term)})
		}
	}
	return errs
}
