// Package audit judges a built site the way browsers and auditors do.
//
// It reads an output folder (what `followup build` writes) and runs four
// checks over every HTML page in it:
//
//	link  every internal href, src, srcset and meta refresh target resolves:
//	      to a file, or to a folder's index.html when the site is served; a
//	      fragment (#id) names an element id or an <a name> in the target
//	      page; no URL starts with "/" (root-relative URLs break under a path
//	      prefix and from disk), but those of 404.html, which a server shows
//	      at any address: they start with Site.BasePath and resolve from
//	      the site's root. Opened from disk (file://), a link to a
//	      folder shows a folder listing rather than the page, so there it is
//	      broken. External http(s), mailto and other schemes are not fetched.
//	      This check is pure Go (golang.org/x/net/html) and always runs.
//	html  the Nu HTML Checker (npm vnu-jar, on Java) over every HTML file,
//	      of the site and of its offline copy, in one run: every error is a
//	      finding.
//	axe   axe-core (npm) run inside headless Chromium on every page served
//	      over loopback HTTP, with the WCAG 2.0, 2.1 and 2.2 A and AA rules,
//	      in four views: prefers-color-scheme light and dark, each at 1280
//	      px and on a 375 px phone. An element that breaks a rule in several
//	      views is one finding naming the views.
//	nojs  a phone-sized browser tab with JavaScript disabled loads every page and
//	      checks that it renders (an h1, a main element with text, its
//	      stylesheets and images loaded), and that following the links of a
//	      nav from the home page and from one inner page leads to pages that
//	      render. With a from-disk build (Site.DiskDir), the same is done
//	      through file:// URLs.
//
// The browser leaves out pages that redirect with a meta refresh (the pages
// at a page's old addresses): it would leave them at once, and the link and
// html checks cover them. It visits about two pages a second, so in a site
// with thousands of generated pages it samples: pages whose paths differ
// only in names holding digits ("plan/2026-11-20/by-date/2026-11-26/") form
// a family, and of a family of more than ten pages it visits one page of
// each shape (the set of elements, classes and ARIA attributes) and five
// evenly spaced pages from the first to the last. Report.Sampled lists what was sampled;
// Options.AllPages visits everything.
//
// Besides the checks, the browser writes full-page screenshots of the home
// page and one inner page at 375 and 1280 CSS pixels wide, in the light and
// dark schemes, into Options.Screenshots, for a person to look at.
//
// Every problem is a Finding, printed one per line as
//
//	/guides/x/: axe color-contrast: ... (fix: ...)
//
// and Report.Summary counts them:
//
//	audited 34 pages: 0 axe violations, 0 HTML errors, 0 broken links, 0 no-JavaScript failures
//
// The tools are found by FindTools: Chromium ($CHROMIUM, else on the PATH),
// Java on the PATH (or in JAVA_HOME), and axe-core and vnu-jar in a node_modules folder (the
// repository pins them in package.json; FOLLOWUP_TOOLS names the folder
// explicitly). A check whose tool is missing is skipped and listed in
// Report.Skipped with what to install, unless Options.Require is set (as in
// CI), when Run fails instead.
//
// The package reads output folders only: it does not build sites, and of
// the generator it imports only pdf, which finds and starts Chromium.
package audit

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
)

// Check names one of the audit's checks.
type Check string

// The checks.
const (
	Axe  Check = "axe"  // axe-core accessibility rules in Chromium
	HTML Check = "html" // the Nu HTML Checker
	Link Check = "link" // internal links and fragments
	NoJS Check = "nojs" // pages render and navigate without JavaScript
)

// Finding is one problem on one page.
type Finding struct {
	Page    string // the page's site path: "/", "/guides/x/", "/404.html"
	Check   Check
	Rule    string // the rule broken: an axe rule id, "duplicate-id", "missing-fragment", ...
	Message string // what is wrong, and where on the page
	Fix     string // what to do about it

	key  string // identifies the problem across builds, for removing duplicates
	copy bool   // found in the offline copy or from disk: a served finding with the same key wins
}

func (f Finding) String() string {
	s := fmt.Sprintf("%s: %s %s: %s", f.Page, f.Check, f.Rule, f.Message)
	if f.Fix != "" {
		s += " (fix: " + f.Fix + ")"
	}
	return s
}

// Site is a built site to audit.
type Site struct {
	// Dir is the site as built to be served (followup build).
	Dir string
	// DiskDir is the site as read from disk (file://): the offline copy
	// (followup build --offline-dir), whose links name index.html files.
	// It may equal Dir. When it is empty, the from-disk checks are skipped.
	DiskDir string
	// BasePath is the path the site is published under, base_url's path
	// ("/guide/"); "" is "/". The 404 page's links start with it (a server
	// shows that page at any address), and the browser is served the site
	// under it.
	BasePath string
}

// basePath is BasePath, "/" when unset, with slashes at both ends.
func (s Site) basePath() string {
	return "/" + strings.TrimPrefix(strings.TrimSuffix(s.BasePath, "/")+"/", "/")
}

// Options control an audit.
type Options struct {
	Tools Tools
	// Require makes a missing tool an error rather than a skipped check.
	Require bool
	// SkipBrowser leaves out the checks that need Chromium (axe, nojs and
	// the screenshots).
	SkipBrowser bool
	// Screenshots is the folder the screenshots are written to; "" writes none.
	Screenshots string
	// ScreenshotPages are the site paths to photograph; by default the home
	// page and the first page two folders deep ("/guides/x/").
	ScreenshotPages []string
	// AllPages makes the browser visit every page, rather than a sample of
	// each large family of look-alike generated pages.
	AllPages bool
	// Log receives progress lines; nil discards them.
	Log func(format string, args ...any)
}

// Report is the result of an audit.
type Report struct {
	Pages       int       // HTML pages audited
	Visited     int       // pages the browser visited (axe, nojs)
	Sampled     []string  // the families of pages the browser sampled, "/plan/*/ 5 of 75"
	Findings    []Finding // sorted by page, check, rule and message
	Skipped     []string  // the checks that did not run, each with what to install
	Ran         []Check   // the checks that ran
	Screenshots []string  // the files written
}

// Count returns the number of findings of one check.
func (r *Report) Count(c Check) int {
	n := 0
	for _, f := range r.Findings {
		if f.Check == c {
			n++
		}
	}
	return n
}

// Summary is the report's one-line count of pages and findings.
func (r *Report) Summary() string {
	part := func(c Check, one, many string) string {
		if !slices.Contains(r.Ran, c) {
			return string(c) + " check skipped"
		}
		n := r.Count(c)
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	pages := fmt.Sprintf("%d pages", r.Pages)
	if len(r.Sampled) > 0 {
		pages += fmt.Sprintf(" (%d in the browser)", r.Visited)
	}
	return fmt.Sprintf("audited %s: %s, %s, %s, %s", pages,
		part(Axe, "axe violation", "axe violations"),
		part(HTML, "HTML error", "HTML errors"),
		part(Link, "broken link", "broken links"),
		part(NoJS, "no-JavaScript failure", "no-JavaScript failures"))
}

// Run audits the site with every check whose tools are available. The
// checks run at the same time: the link check, the Nu checker (a Java
// process) and the browser.
func Run(ctx context.Context, site Site, opts Options) (*Report, error) {
	logf := opts.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	pages, err := Pages(os.DirFS(site.Dir))
	if err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s has no HTML pages: build the site first", site.Dir)
	}
	r := &Report{Pages: len(pages)}
	if err := r.plan(site, opts); err != nil {
		return nil, err
	}
	var b *browserRun
	if axe, nojs := slices.Contains(r.Ran, Axe), slices.Contains(r.Ran, NoJS); axe || nojs {
		if b, err = newBrowserRun(site, pages, opts); err != nil {
			return nil, err
		}
		b.logf, b.axe, b.nojs = logf, axe, nojs
		r.Visited, r.Sampled = len(b.served.visit), b.sampled
	}
	var (
		mu       sync.Mutex
		findings []Finding
		errs     []error
		wg       sync.WaitGroup
	)
	collect := func(what string, fs []Finding, err error) {
		mu.Lock()
		defer mu.Unlock()
		findings = append(findings, fs...)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", what, err))
		}
	}
	wg.Go(func() {
		logf("checking links")
		fs, err := checkLinks(os.DirFS(site.Dir), Served, site.basePath())
		if err == nil && site.DiskDir != "" {
			var disk []Finding
			disk, err = CheckLinks(os.DirFS(site.DiskDir), Served|FromDisk)
			fs = append(fs, disk...)
		}
		logf("checked the links of %d pages", len(pages))
		collect("link check", fs, err)
	})
	if slices.Contains(r.Ran, HTML) {
		wg.Go(func() {
			logf("running the Nu HTML Checker")
			fs, err := CheckHTML(ctx, opts.Tools, site.Dir, site.DiskDir)
			logf("the Nu HTML Checker read %d pages", len(pages))
			collect("Nu HTML Checker", fs, err)
		})
	}
	if b != nil {
		wg.Go(func() {
			fs, shots, err := b.run(ctx)
			r.Screenshots = shots // only this goroutine writes it
			collect("Chromium", fs, err)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	r.Findings = sortFindings(findings)
	return r, nil
}

// plan decides which checks run, from the tools found, and notes why the
// others do not. With opts.Require, a missing tool is an error.
func (r *Report) plan(site Site, opts Options) error {
	missing := opts.Tools.missing(opts.SkipBrowser)
	if opts.Require && len(missing) > 0 {
		var msgs []string
		for _, m := range missing {
			msgs = append(msgs, m.what+" ("+m.install+")")
		}
		return fmt.Errorf("the audit needs tools that are missing: %s", strings.Join(msgs, "; "))
	}
	skip := map[Check]bool{}
	for _, m := range missing {
		for _, c := range m.checks {
			skip[c] = true
		}
		r.Skipped = append(r.Skipped, fmt.Sprintf("%s skipped: %s (%s)", checkList(m.checks), m.what, m.install))
	}
	if opts.SkipBrowser {
		skip[Axe], skip[NoJS] = true, true
		r.Skipped = append(r.Skipped, "axe, nojs and screenshots skipped: --skip-browser")
	}
	if site.DiskDir == "" {
		r.Skipped = append(r.Skipped, "from-disk (file://) checks skipped: no offline copy (a site with offline = true under [outputs] has one; with --dir, give the folder followup build --offline-dir wrote)")
	}
	for _, c := range []Check{Link, HTML, Axe, NoJS} {
		if !skip[c] {
			r.Ran = append(r.Ran, c)
		}
	}
	return nil
}

func checkList(cs []Check) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, " and ")
}

// sortFindings sorts findings and removes those that report the same problem
// twice (a link broken in the served and the from-disk build).
// dropRepeats removes the findings in the offline copy or from disk that a
// served finding of the same page already reports: a page that fails
// served fails from disk too, and is reported once.
func dropRepeats(fs []Finding) []Finding {
	served := map[string]bool{}
	for _, f := range fs {
		if !f.copy {
			served[f.Page+"\x00"+f.key] = true
		}
	}
	return slices.DeleteFunc(fs, func(f Finding) bool { return f.copy && served[f.Page+"\x00"+f.key] })
}

func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func sortFindings(fs []Finding) []Finding {
	slices.SortFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Page, b.Page), cmp.Compare(a.Check, b.Check),
			cmp.Compare(a.Rule, b.Rule), compareBool(a.copy, b.copy), cmp.Compare(a.Message, b.Message))
	})
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := f.key
		if k == "" {
			k = f.Message
		}
		k = f.Page + "\x00" + string(f.Check) + "\x00" + f.Rule + "\x00" + k
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// Pages returns the HTML files of a site folder, sorted, as paths in fsys.
func Pages(fsys fs.FS) ([]string, error) {
	var pages []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != "." && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if !d.IsDir() && isHTML(p) {
			pages = append(pages, p)
		}
		return nil
	})
	slices.Sort(pages)
	return pages, err
}

func isHTML(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	return ext == ".html" || ext == ".htm"
}

// SitePath returns the site path a page file is shown at: "index.html" is
// "/", "guides/index.html" is "/guides/", "404.html" is "/404.html".
func SitePath(file string) string {
	if file == "index.html" {
		return "/"
	}
	if strings.HasSuffix(file, "/index.html") {
		return "/" + strings.TrimSuffix(file, "index.html")
	}
	return "/" + file
}
