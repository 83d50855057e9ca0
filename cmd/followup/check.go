package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/followup/followup/generator/audit"
	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/site"
)

const checkHelp = `Check judges the built site the way browsers and auditors do, and prints
every problem it finds with its page and what to fix:

  link  every internal link, image and fragment (#id) resolves, served over
        HTTP and opened from disk (file://); no URL starts with "/" but
        the 404 page's, which start from the base URL's path
  html  the Nu HTML Checker finds no errors (needs Java and npm vnu-jar)
  axe   axe-core finds no WCAG 2.2 A or AA violation in Chromium, in the
        light and the dark colour scheme, on a phone and a laptop
  nojs  with JavaScript disabled, every page renders and nav links work

The link and html checks read every page. The browser visits about two
pages a second, so of a family of more than ten look-alike pages (whose
paths differ only in names holding digits, such as dated plans) it visits a
sample: one page of each shape and five spread from first to last;
--all-pages visits all.

By default check builds the site in --source into a temporary folder, as
followup build does, and audits it served over HTTP and, when the site has
an offline copy ([outputs] offline), that copy opened from disk. With --dir
it audits a folder built before, and with --offline-dir a folder written by
followup build --offline-dir, from disk.

Chromium (apt-get install chromium, or $CHROMIUM), Java (apt-get install
default-jre-headless) and the npm packages axe-core and vnu-jar (npm ci
--ignore-scripts at the repository root, or FOLLOWUP_TOOLS=<node_modules
folder>) are found automatically. A check whose tool is missing is skipped
with a note saying what to install; with CI=true it is an error.

On a multilingual site ([languages] in followup.toml) check also lists each
page of the default language that another language has no translation of,
at its file ("untranslated: content/about.md: not translated into es ..."):
a list of work to do, which does not change the exit status.

Exit status: 0 when nothing was found, 1 when there are findings (or the
build or a tool failed), 2 when the command line is wrong.
`

type checkOptions struct {
	siteFlags
	dir, offlineDir, screenshots string
	skipBrowser, allPages        bool
}

func checkFlags(stderr io.Writer) (*flag.FlagSet, *checkOptions) {
	o := &checkOptions{}
	fs := newFlags("check", stderr)
	o.siteFlags.register(fs, "the site's source `folder`, built into a temporary folder (as followup build does, with the same flags) and audited")
	fs.StringVar(&o.dir, "dir", "", "audit this built `folder` instead of building --source")
	fs.StringVar(&o.offlineDir, "offline-dir", "", "with --dir: also audit this `folder`, the offline copy (followup build --offline-dir), opened from disk")
	fs.StringVar(&o.screenshots, "screenshots", "", "write screenshots of the home page and an inner page into this `folder`")
	fs.BoolVar(&o.skipBrowser, "skip-browser", false, "leave out the checks that need Chromium (axe, nojs)")
	fs.BoolVar(&o.allPages, "all-pages", false, "visit every page in the browser, rather than a sample of each large family of look-alike pages")
	return fs, o
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs, o := checkFlags(stderr)
	if code, ok := parse(fs, args, "use --source or --dir to name a folder", stdout, stderr); !ok {
		return code
	}
	buildOpts, err := o.check(fs)
	if err != nil {
		return fail("check", err, stderr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	target := audit.Site{Dir: o.dir, DiskDir: o.offlineDir}
	var untranslated diag.List // a multilingual site's pages without a translation
	if o.dir == "" {
		tmp, err := os.MkdirTemp("", "followup-check-")
		if err != nil {
			fmt.Fprintf(stderr, "followup check: %v\n", err)
			return exitContent
		}
		defer os.RemoveAll(tmp)
		var built *site.Report
		if target, built, err = o.build(ctx, tmp, buildOpts); err != nil {
			return reportErrors(stderr, err, "nothing was checked: fix the errors and run followup check again")
		}
		untranslated = built.Untranslated
	}
	target.BasePath = o.basePath(buildOpts)
	cwd, _ := os.Getwd()
	opts := audit.Options{
		Tools:       audit.FindTools(cmp.Or(o.dir, o.source), cwd),
		Require:     os.Getenv("CI") == "true",
		SkipBrowser: o.skipBrowser,
		AllPages:    o.allPages,
		Screenshots: o.screenshots,
		Log:         func(format string, args ...any) { fmt.Fprintf(stderr, "followup check: "+format+"\n", args...) },
	}
	report, err := audit.Run(ctx, target, opts)
	if err != nil {
		fmt.Fprintf(stderr, "followup check: %v\n", err)
		return exitContent
	}
	printReport(stdout, report)
	for _, e := range untranslated {
		fmt.Fprintf(stdout, "untranslated: %s\n", e)
	}
	fmt.Fprintf(stdout, "followup check: %s in %.1f s\n", report.Summary(), time.Since(start).Seconds())
	if len(report.Findings) > 0 {
		return exitContent
	}
	return exitOK
}

// check checks the command line and returns the options to build with.
func (o *checkOptions) check(fs *flag.FlagSet) (site.Options, error) {
	sourceSet := false
	fs.Visit(func(f *flag.Flag) { sourceSet = sourceSet || f.Name == "source" })
	switch {
	case o.dir != "" && sourceSet:
		return site.Options{}, usageError{"give --source (a site to build) or --dir (a built site), not both"}
	case o.offlineDir != "" && o.dir == "":
		return site.Options{}, usageError{"--offline-dir goes with --dir; with --source the offline copy is built and audited"}
	case o.dir != "":
		if err := checkFolder("--dir", o.dir); err != nil {
			return site.Options{}, err
		}
		if o.offlineDir != "" {
			return site.Options{}, checkFolder("--offline-dir", o.offlineDir)
		}
		return site.Options{}, nil
	}
	return o.siteFlags.options()
}

// basePath is the path the audited site is published under, which its
// 404 page's links start with: that of --base-url, else (building) of
// followup.toml's base_url, else "/".
func (o *checkOptions) basePath(opts site.Options) string {
	base := opts.BaseURL
	switch {
	case o.dir != "" && o.baseURL != "":
		base, _ = config.CheckBaseURL(o.baseURL)
	case o.dir == "" && base == "":
		if cfg, err := config.Load(os.DirFS(o.source)); err == nil {
			base = cfg.BaseURL
		}
	}
	if u, err := url.Parse(base); err == nil && base != "" {
		return u.EscapedPath()
	}
	return "/"
}

// build builds the site in --source into tmp/site and, when the site has
// an offline copy, writes it into tmp/offline too.
func (o *checkOptions) build(ctx context.Context, tmp string, opts site.Options) (audit.Site, *site.Report, error) {
	target := audit.Site{Dir: filepath.Join(tmp, "site")}
	dest, err := site.CheckDest(o.source, target.Dir, opts)
	if err != nil {
		return target, nil, err
	}
	if opts.OfflineDir, err = site.CheckOfflineDir(o.source, dest, filepath.Join(tmp, "offline")); err != nil {
		return target, nil, err
	}
	r, err := site.Build(ctx, o.source, dest, opts)
	if err != nil {
		return target, nil, err
	}
	target.DiskDir = r.OfflineDir
	return target, r, nil
}

// printReport prints the findings, one a line, and the notes.
func printReport(w io.Writer, r *audit.Report) {
	for _, f := range r.Findings {
		fmt.Fprintln(w, f)
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(w, "note: %s\n", s)
	}
	if len(r.Sampled) > 0 {
		fmt.Fprintf(w, "note: the browser visited %d of %d pages, sampling the large families of look-alike pages (--all-pages visits every one): %s\n",
			r.Visited, r.Pages, strings.Join(r.Sampled, ", "))
	}
	for _, s := range r.Screenshots {
		fmt.Fprintf(w, "screenshot: %s\n", s)
	}
}
