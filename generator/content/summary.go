package content

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/followup/followup/generator/diag"
)

// Summary is mdBook's table of contents, content/SUMMARY.md: when present
// it is not a page; the order of the markdown files it links to (from the
// content folder, as mdBook writes them) is the reading order, and the
// order of pages within their sections. Pages it does not name follow, in
// the order they would have without it; a link to no page is an error at
// its line. It is read only when Options.Links is set.
const Summary = "SUMMARY.md"

// readSummary reads content/SUMMARY.md, if there is one, into l.summary:
// each linked file's place in it.
func (l *loader) readSummary() {
	if l.opts.Links == nil {
		return
	}
	src, err := fs.ReadFile(l.fsys, Dir+"/"+Summary)
	if err != nil {
		return
	}
	l.summary = map[string]int{}
	l.summaryLines = map[string]int{}
	dests, lines := l.opts.Links(src)
	for i, dest := range dests {
		dest, _, _ = strings.Cut(dest, "#")
		if file := path.Clean(strings.TrimPrefix(dest, "./")); strings.HasSuffix(file, ".md") && !strings.Contains(dest, "://") {
			if _, seen := l.summary[file]; !seen {
				l.summary[file] = len(l.summary)
				l.summaryLines[file] = lines[i]
			}
		}
	}
}

// summaryOrder puts the pages SUMMARY.md names first in its order, within
// each section and in the reading order, and reports its links to no page.
func (l *loader) summaryOrder() {
	if l.summary == nil {
		return
	}
	ranks := map[*Page]int{}
	var rankOf func(p *Page) int // a section not named: where its first page is
	rankOf = func(p *Page) int {
		r, ok := l.summary[p.File]
		if !ok {
			r = len(l.summary)
		}
		for _, c := range p.Children {
			r = min(r, rankOf(c))
		}
		ranks[p] = r
		return r
	}
	rankOf(l.site.Home)
	rank := func(p *Page) int { return ranks[p] }
	for _, s := range l.site.Sections {
		slices.SortStableFunc(s.Children, func(a, b *Page) int { return rank(a) - rank(b) })
	}
	pages := l.site.Pages[1:] // the home page stays first
	slices.SortStableFunc(pages, func(a, b *Page) int { return rank(a) - rank(b) })
	for i, p := range l.site.Pages {
		p.Prev, p.Next = nil, nil
		if i > 0 {
			p.Prev = l.site.Pages[i-1]
		}
		if i+1 < len(l.site.Pages) {
			p.Next = l.site.Pages[i+1]
		}
	}
	files := make([]string, 0, len(l.summary))
	for f := range l.summary {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, f := range files {
		if _, ok := l.site.ByFile[f]; !ok && !l.site.Failed[f] {
			l.errs = append(l.errs, diag.Warnf(diag.Links, Dir+"/"+Summary, l.summaryLines[f], "SUMMARY.md links to %s, which is not a page: check the file name", f))
		}
	}
}
