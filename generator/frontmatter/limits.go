package frontmatter

import (
	"fmt"

	"github.com/followup/followup/generator/diag"
)

// MaxPerPage is how many tags, categories or aliases one page may have:
// each makes a page of its own (or adds the page to one), and a page with
// 100,000 tags made 100,000 pages and 1.6 GB. No real page needs more.
const MaxPerPage = 100

// checkLimits refuses lists longer than MaxPerPage, at their key's line.
func (f *FrontMatter) checkLimits() diag.List {
	var errs diag.List
	for _, l := range []struct {
		key  string
		n    int
		what string
	}{{"tags", len(f.Tags), "tags"}, {"categories", len(f.Categories), "categories"}, {"aliases", len(f.Aliases), "aliases"}} {
		if l.n > MaxPerPage {
			errs = append(errs, &diag.Error{Line: f.listLines[l.key], Msg: fmt.Sprintf("%s has %d entries, more than the %d a page may have (each makes a page or a listing): keep the few that matter", l.what, l.n, MaxPerPage)})
		}
	}
	return errs
}
