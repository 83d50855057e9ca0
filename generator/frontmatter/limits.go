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
// Tags and categories count with those of Zola's [taxonomies] table, which
// become theirs (hugo.go); at the table's line when the key is not there.
func (f *FrontMatter) checkLimits() diag.List {
	var errs diag.List
	for _, l := range []struct {
		key      string
		n, inTax int
	}{
		{"tags", len(f.Tags), len(f.Taxonomies["tags"])},
		{"categories", len(f.Categories), len(f.Taxonomies["categories"])},
		{"aliases", len(f.Aliases), 0},
	} {
		n := l.n + l.inTax
		if n <= MaxPerPage {
			continue
		}
		line, of := f.listLines[l.key], ""
		if l.n == 0 {
			line = f.listLines["taxonomies"]
		}
		if l.inTax > 0 {
			of = fmt.Sprintf(" (%d of them under taxonomies)", l.inTax)
		}
		errs = append(errs, &diag.Error{Line: line, Msg: fmt.Sprintf("%s has %d entries%s, more than the %d a page may have (each makes a page or a listing): keep the few that matter", l.key, n, of, MaxPerPage)})
	}
	return errs
}
