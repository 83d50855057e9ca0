package audit

import (
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// A site can hold thousands of generated pages that share one layout and
// differ only in their data, such as a dated plan for every pair of
// interview and decision dates. The static checks (link, html) read every
// page; the browser, at about half a second a page, visits every page of
// small families and a sample of large ones, unless Options.AllPages.
const (
	// familyLimit is the largest family the browser visits in full.
	familyLimit = 10
	// sampleSize is how many evenly spaced pages of a larger family it
	// visits, from the first to the last, besides one page of each shape.
	sampleSize = 5
	// shapeLimit caps the shapes visited in one family.
	shapeLimit = 20
)

// family returns a page's family: its path with every folder or file name
// that holds a digit (a date, a number) replaced by "*", so that
// "plan/2026-11-20/by-date/2026-11-26/index.html" is "plan/*/by-date/*/index.html".
func family(file string) string {
	parts := strings.Split(file, "/")
	for i, p := range parts {
		if strings.IndexFunc(p, unicode.IsDigit) >= 0 {
			parts[i] = "*"
		}
	}
	return strings.Join(parts, "/")
}

// shape describes a page's markup without its text: the set of its
// elements, classes, roles and ARIA attributes. Pages of one layout with
// different data mostly share a shape; a page that shows a part the others
// do not (a warning, a table) has a shape of its own.
func shape(data []byte) string {
	seen := map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		tag := string(name)
		seen[tag] = true
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			switch key := string(k); {
			case key == "class":
				for _, c := range strings.Fields(string(v)) {
					seen[tag+"."+c] = true
				}
			case key == "role" || strings.HasPrefix(key, "aria-"):
				seen[tag+"["+key+"]"] = true
			}
		}
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return strings.Join(keys, " ")
}

// sample returns the pages the browser visits (sorted) and, when it left
// some out, a note for each family it sampled.
func sample(fsys fs.FS, pages []string) (visit []string, notes []string, err error) {
	families := map[string][]string{}
	var order []string
	for _, p := range pages {
		f := family(p)
		if _, ok := families[f]; !ok {
			order = append(order, f)
		}
		families[f] = append(families[f], p)
	}
	for _, f := range order {
		members := families[f]
		if len(members) <= familyLimit {
			visit = append(visit, members...)
			continue
		}
		picked, err := pick(fsys, members)
		if err != nil {
			return nil, nil, err
		}
		visit = append(visit, picked...)
		notes = append(notes, fmt.Sprintf("%s %d of %d", SitePath(f), len(picked), len(members)))
	}
	slices.Sort(visit)
	return visit, notes, nil
}

// pick chooses the members of a large family to visit: the first page of
// each shape, and sampleSize evenly spaced pages from the first to the last.
func pick(fsys fs.FS, members []string) ([]string, error) {
	chosen := map[string]bool{}
	shapes := map[string]bool{}
	for _, m := range members {
		data, err := fs.ReadFile(fsys, m)
		if err != nil {
			return nil, err
		}
		if s := shape(data); !shapes[s] && len(shapes) < shapeLimit {
			shapes[s] = true
			chosen[m] = true
		}
	}
	for i := range sampleSize {
		chosen[members[i*(len(members)-1)/(sampleSize-1)]] = true
	}
	var picked []string
	for _, m := range members {
		if chosen[m] {
			picked = append(picked, m)
		}
	}
	return picked, nil
}
