package site

import (
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// fitCheck reports, for the page on screen, what does not fit the window:
// the page wider than the window, a table wider than its box (so that it
// would need scrolling sideways), an element past the right edge.
const fitCheck = `(() => {
  const out = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width)
    out.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window');
  for (const t of document.querySelectorAll('table')) {
    const box = t.parentElement;
    const name = (t.caption ? t.caption.innerText : t.querySelector('th, td').innerText).slice(0, 40);
    if (box.scrollWidth > box.clientWidth + 1)
      out.push('the table "' + name + '" needs ' + box.scrollWidth + ' px in a ' + box.clientWidth + ' px box');
    if (t.getBoundingClientRect().right > width + 1)
      out.push('the table "' + name + '" ends past the window');
  }
  return out;
})()`

// guideNavCheck returns the step the guide navigation marks as current
// ("" without one) and whether it is visible.
const guideNavCheck = `(() => {
  const nav = document.querySelector('nav.guide-nav');
  if (!nav) return ['', false];
  const cur = nav.querySelector('a[aria-current="page"]');
  return [cur ? cur.textContent.trim() : '', nav.getClientRects().length > 0];
})()`

// layoutPages lists the pages the layout test visits: every page of the
// shipped site outside plan/, and the first page at each depth of plan/
// (its thousands of pages share a handful of layouts).
func layoutPages(t *testing.T, dir string) []string {
	var pages []string
	depths := map[int]bool{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "index.html" {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = strings.TrimSuffix(filepath.ToSlash(rel), "index.html")
		if strings.HasPrefix(rel, "tags/") && rel != "tags/" {
			return nil
		}
		if depth := strings.Count(rel, "/"); strings.HasPrefix(rel, "plan/") && depth > 1 {
			if depths[depth] {
				return nil
			}
			depths[depth] = true
		}
		pages = append(pages, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// TestLayoutFitsWithoutJavaScript opens the shipped site's pages with
// scripts off at 375 and 1280 px: no page is wider than a phone, no table
// needs scrolling sideways at either width, and every page of the guide
// shows the guide's navigation with itself marked.
func TestLayoutFitsWithoutJavaScript(t *testing.T) {
	dir := shippedSite(t)
	base := serveDir(t, dir)
	ctx := browser(t, true)
	pages := layoutPages(t, dir)
	guides := 0
	for _, w := range []int64{375, 1280} {
		emulate := chromedp.EmulateViewport(w, 800)
		if w < 600 {
			emulate = chromedp.EmulateViewport(w, 812, chromedp.EmulateMobile, chromedp.EmulateTouch)
		}
		if err := chromedp.Do(ctx, emulate); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			open(t, ctx, base+p)
			problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](fitCheck))
			if err != nil {
				t.Fatal(err)
			}
			for _, msg := range problems {
				t.Errorf("/%s at %d px: %s", p, w, msg)
			}
			if path.Dir(strings.TrimSuffix(p, "/")) != "guides" {
				continue
			}
			guides++
			nav, err := chromedp.Run(ctx, chromedp.Evaluate[[]any](guideNavCheck))
			if err != nil {
				t.Fatal(err)
			}
			title, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('h1').innerText`))
			if nav[0] != title || nav[1] != true {
				t.Errorf("/%s at %d px: the guide navigation marks %q (shown: %v), want the page, %q", p, w, nav[0], nav[1], title)
			}
		}
	}
	if want := 2 * 8; guides < want || !slices.Contains(pages, "guides/when-you-hear-nothing/") {
		t.Errorf("visited %d guide pages in two widths, want at least %d, with when-you-hear-nothing", guides, want)
	}
}
