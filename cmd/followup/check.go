package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/followup/followup/generator/audit"
	"github.com/followup/followup/generator/site"
)

const checkHelp = `Check judges the built site the way browsers and auditors do, and prints
every problem it finds with its page and what to fix:

  link  every internal link, image and fragment (#id) resolves, served over
        HTTP and opened from disk (file://); no URL starts with "/"
  html  the Nu HTML Checker finds no errors (needs Java and npm vnu-jar)
  axe   axe-core finds no WCAG 2.2 A or AA violation in Chromium, in the
        light and the dark colour scheme, on a phone and a laptop
  nojs  with JavaScript disabled, every page renders and nav links work

The link and html checks read every page. The browser visits about two
pages a second, so of a family of more than ten look-alike pages (whose
paths differ only in names holding digits, such as dated plans) it visits a
sample: one page of each shape and five spread from first to last;
--all-pages visits all.

By default check builds the site in --source twice into a temporary folder
(as followup build does, and with --offline for opening from disk) and
audits both. With --dir it audits a folder built before; add --offline when
that folder was built with followup build --offline, to check it from disk.

Chromium (apt-get install chromium, or $CHROMIUM), Java (apt-get install
default-jre-headless) and the npm packages axe-core and vnu-jar (npm ci
--ignore-scripts at the repository root, or FOLLOWUP_TOOLS=<node_modules
folder>) are found automatically. A check whose tool is missing is skipped
with a note saying what to install; with CI=true it is an error.

Exit status: 0 when nothing was found, 1 when there are findings (or the
build or a tool failed), 2 when the command line is wrong.
`

type checkOptions struct {
	source, dir, screenshots string
	offline, skipBrowser     bool
	drafts, allPages         bool
}

func checkFlags(stderr io.Writer) (*flag.FlagSet, *checkOptions) {
	o := &checkOptions{}
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.source, "source", ".", "the site's source `folder`, built into a temporary folder and audited")
	fs.StringVar(&o.dir, "dir", "", "audit this built `folder` instead of building --source")
	fs.BoolVar(&o.offline, "offline", false, "with --dir: the folder was built with --offline; also check it opened from disk")
	fs.StringVar(&o.screenshots, "screenshots", "", "write screenshots of the home page and an inner page into this `folder`")
	fs.BoolVar(&o.skipBrowser, "skip-browser", false, "leave out the checks that need Chromium (axe, nojs)")
	fs.BoolVar(&o.drafts, "drafts", false, "include pages marked draft: true")
	fs.BoolVar(&o.allPages, "all-pages", false, "visit every page in the browser, rather than a sample of each large family of look-alike pages")
	return fs, o
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs, o := checkFlags(stderr)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "followup check: unexpected argument %q (use --source or --dir to name a folder)\n", fs.Arg(0))
		return exitUsage
	}
	sourceSet := false
	fs.Visit(func(f *flag.Flag) { sourceSet = sourceSet || f.Name == "source" })
	if o.dir != "" && sourceSet {
		fmt.Fprintln(stderr, "followup check: give --source (a site to build) or --dir (a built site), not both")
		return exitUsage
	}
	if o.offline && o.dir == "" {
		fmt.Fprintln(stderr, "followup check: --offline goes with --dir; with --source both kinds of build are checked")
		return exitUsage
	}
	folder := o.dir
	if folder == "" {
		folder = o.source
	}
	if info, err := os.Stat(folder); err != nil || !info.IsDir() {
		fmt.Fprintf(stderr, "followup check: folder %s does not exist\n", folder)
		return exitUsage
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	target := audit.Site{Dir: o.dir}
	if o.offline {
		target.DiskDir = o.dir
	}
	if o.dir == "" {
		tmp, err := os.MkdirTemp("", "followup-check-")
		if err != nil {
			fmt.Fprintf(stderr, "followup check: %v\n", err)
			return exitContent
		}
		defer os.RemoveAll(tmp)
		target = audit.Site{Dir: filepath.Join(tmp, "served"), DiskDir: filepath.Join(tmp, "offline")}
		date, err := buildDate("", os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
		if err != nil {
			fmt.Fprintf(stderr, "followup check: %v\n", err)
			return exitUsage
		}
		for _, b := range []struct {
			dest    string
			offline bool
		}{{target.Dir, false}, {target.DiskDir, true}} {
			opts := site.Options{Drafts: o.drafts, Offline: b.offline, BuildDate: date}
			if _, err := site.Build(o.source, b.dest, opts); err != nil {
				return reportErrors(stderr, err, b.dest)
			}
		}
	}

	cwd, _ := os.Getwd()
	opts := audit.Options{
		Tools:       audit.FindTools(folder, cwd),
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
	for _, f := range report.Findings {
		fmt.Fprintln(stdout, f)
	}
	for _, s := range report.Skipped {
		fmt.Fprintf(stdout, "note: %s\n", s)
	}
	if len(report.Sampled) > 0 {
		fmt.Fprintf(stdout, "note: the browser visited %d of %d pages, sampling the large families of look-alike pages (--all-pages visits every one): %s\n",
			report.Visited, report.Pages, strings.Join(report.Sampled, ", "))
	}
	for _, s := range report.Screenshots {
		fmt.Fprintf(stdout, "screenshot: %s\n", s)
	}
	fmt.Fprintf(stdout, "followup check: %s in %.1f s\n", report.Summary(), time.Since(start).Seconds())
	if len(report.Findings) > 0 {
		return exitContent
	}
	return exitOK
}
