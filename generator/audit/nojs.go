package audit

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// pageURLs are the addresses of a site's pages in one way of opening it.
type pageURLs interface {
	url(file string) string
	// internal reports whether an address is a page of the site.
	internal(u string) bool
	how() string
}

// servedURLs are the pages served over HTTP at base.
type servedURLs struct{ base string }

func (s servedURLs) url(file string) string { return s.base + strings.TrimSuffix(file, "index.html") }
func (s servedURLs) internal(u string) bool { return strings.HasPrefix(u, s.base) }
func (s servedURLs) how() string            { return "served" }

// diskURLs are the files of the folder dir opened from disk.
type diskURLs struct{ dir string }

func (d diskURLs) root() string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(d.dir) + "/"}).String()
}
func (d diskURLs) url(file string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(d.dir, file))}).String()
}
func (d diskURLs) internal(u string) bool { return strings.HasPrefix(u, d.root()) }
func (d diskURLs) how() string            { return "opened from disk (file://)" }

// renderCheck finds what keeps a page from being read without JavaScript.
// It runs through the DevTools protocol, which works with page scripts off.
const renderCheck = `(() => {
  const problems = [];
  const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && el.innerText.trim() !== '';
  const h1 = document.querySelector('h1');
  if (!h1 || !shown(h1)) problems.push(['no-h1', 'the page shows no h1 heading']);
  const main = document.querySelector('main');
  if (!main) problems.push(['no-main', 'the page has no main element']);
  else if (!shown(main)) problems.push(['no-main', 'the main element is hidden or empty']);
  for (const l of document.querySelectorAll('link[rel~="stylesheet"]'))
    if (!l.sheet) problems.push(['missing-stylesheet', 'the stylesheet ' + l.getAttribute('href') + ' did not load']);
  for (const img of document.images)
    if (img.loading !== 'lazy' && (!img.complete || img.naturalWidth === 0))
      problems.push(['missing-image', 'the image ' + img.getAttribute('src') + ' did not load']);
  return problems;
})()`

// navLinks lists the links inside nav elements.
const navLinks = `[...document.querySelectorAll('nav a[href]')].map((a, i) => ({
  i, href: a.href, text: a.innerText.trim(), attr: a.getAttribute('href'),
  current: a.getAttribute('aria-current') === 'page' }))`

// unfold opens every closed details element around the nav link number %d.
const unfold = `(() => {
  const a = document.querySelectorAll('nav a[href]')[%d];
  for (let d = a && a.closest('details'); d; d = d.parentElement.closest('details')) d.open = true;
  return true;
})()`

type navLink struct {
	I       int    `json:"i"`
	Href    string `json:"href"` // resolved
	Text    string `json:"text"`
	Attr    string `json:"attr"` // as written
	Current bool   `json:"current"`
}

// noJS loads every page with JavaScript disabled, in a phone-sized tab, and
// checks that it renders; from the home page and one inner page it follows
// every link of the nav elements.
func (b *browserRun) noJS(bctx context.Context, urls pageURLs, pages pageSet) ([]Finding, error) {
	clickFrom := b.screenshot
	pageURLs := map[string]bool{}
	for _, f := range pages.all {
		pageURLs[urls.url(f)] = true
	}
	setup := func(tab context.Context) error {
		_, err := chromedp.Call(tab, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		if err == nil {
			err = chromedp.Do(tab, view{"light", 375}.apply())
		}
		return err
	}
	return b.inTabs(bctx, "nojs "+urls.how(), pages.visit, setup, func(tab context.Context, file string) ([]Finding, error) {
		finding := func(rule, msg string) Finding {
			return Finding{Page: SitePath(file), Check: NoJS, Rule: rule, key: msg,
				Message: urls.how() + ", without JavaScript: " + msg, Fix: noJSFix(rule)}
		}
		if err := chromedp.Do(tab, chromedp.Navigate(urls.url(file))); err != nil {
			return []Finding{finding("load", "the page did not load: "+err.Error())}, nil
		}
		problems, err := chromedp.Run(tab, chromedp.Evaluate[[][2]string](renderCheck))
		if err != nil {
			return nil, err
		}
		var findings []Finding
		for _, p := range problems {
			findings = append(findings, finding(p[0], p[1]))
		}
		if !slices.Contains(clickFrom, file) {
			return findings, nil
		}
		links, err := chromedp.Run(tab, chromedp.Evaluate[[]navLink](navLinks))
		if err != nil {
			return nil, err
		}
		here := urls.url(file)
		for _, l := range links {
			target, _, _ := strings.Cut(l.Href, "#")
			if l.Current || !urls.internal(l.Href) || target == here {
				continue
			}
			if msg := follow(tab, here, l, pageURLs[target]); msg != "" {
				findings = append(findings, finding("nav-link", msg))
			}
		}
		return findings, nil
	})
}

// follow opens the page at here, clicks the nav link l with the mouse, and
// says what went wrong, or "" when the click led where the link points and
// that is a page of the site (checked on its own) or a page that renders.
func follow(tab context.Context, here string, l navLink, toPage bool) string {
	name := fmt.Sprintf("the nav link %q (%s)", l.Text, l.Attr)
	if err := chromedp.Do(tab, chromedp.Navigate(here)); err != nil {
		return name + ": cannot reload the page: " + err.Error()
	}
	nodes, err := chromedp.Run(tab, chromedp.Nodes(chromedp.CSSAll("nav a[href]")))
	if err != nil || l.I >= len(nodes) {
		return name + ": cannot find it again in the page"
	}
	// A link folded in a closed <details> (a phone's navigation) is
	// reached as a reader reaches it: the fold opened first.
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](fmt.Sprintf(unfold, l.I))); err != nil {
		return name + ": cannot open the fold it is in: " + err.Error()
	}
	ctx, cancel := context.WithTimeout(tab, 10*time.Second)
	defer cancel()
	_, err = chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.MouseClickNode(nodes[l.I])))
	if err != nil {
		return name + ": clicking it loaded no page (" + err.Error() + ")"
	}
	loc, err := chromedp.Run(tab, chromedp.Location())
	if err != nil {
		return name + ": " + err.Error()
	}
	want, _, _ := strings.Cut(l.Href, "#")
	if got, _, _ := strings.Cut(loc, "#"); got != want {
		return fmt.Sprintf("%s: clicking it led to %s, not %s", name, loc, want)
	}
	if toPage {
		return ""
	}
	problems, err := chromedp.Run(tab, chromedp.Evaluate[[][2]string](renderCheck))
	if err != nil {
		return name + ": " + err.Error()
	}
	if len(problems) > 0 {
		msg := fmt.Sprintf("%s leads to %s, which does not render: %s", name, loc, problems[0][1])
		if strings.HasSuffix(want, "/") && strings.HasPrefix(want, "file:") {
			msg += " (a folder listing: opened from disk, a link to a folder does not show its index.html)"
		}
		return msg
	}
	return ""
}

func noJSFix(rule string) string {
	switch rule {
	case "no-h1":
		return "give the page's layout an h1 with the page's title, shown without JavaScript"
	case "no-main":
		return "put the page's content in a <main> element that is visible without JavaScript"
	case "missing-stylesheet", "missing-image":
		return "link to the file relative to the page, and check that the build writes it"
	case "nav-link":
		return "make nav links ordinary <a href> links to pages; from disk, links must name index.html files, as the offline copy's do"
	}
	return "make the page work without JavaScript"
}
