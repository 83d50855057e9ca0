package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/site"
)

const buildHelp = `Build reads the site in the source folder (content/, followup.toml, and
optionally themes/, layouts/, static/, checklists/, data/) and writes the
complete site into the destination folder.

The output is written to a staging folder first and swapped in only when
the whole build succeeded: a failed build leaves the previous output exactly
as it was. Every error is reported as path:line: message.

Ctrl+C (SIGINT), SIGTERM or SIGHUP stops a build cleanly: it removes its
staging folder, says that the output was left as it was, and exits with
130, 143 or 129 (128 + the signal's number, as shells report it). A second
signal ends it at once.

Warnings (what followup.toml's [checks] keeps as warnings: by default
front-matter keys Followup does not know, and links that match a page only
when case is ignored) are printed as path:line: warning: message [kind],
with a count by kind, and the build succeeds; --strict makes them errors.
`

// buildOptions are the flags of build.
type buildOptions struct {
	targetFlags
	editions editionFlags
	profile  profiling
}

func buildFlags(stderr io.Writer) (*flag.FlagSet, *buildOptions) {
	o := &buildOptions{}
	fs := newFlags("build", stderr)
	o.targetFlags.register(fs)
	o.editions.register(fs)
	o.profile.flags(fs)
	return fs, o
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs, o := buildFlags(stderr)
	if code, ok := parse(fs, args, "use --source to name the site's folder", stdout, stderr); !ok {
		return code
	}
	opts, dest, err := o.options()
	if err == nil {
		err = o.editions.apply(&opts, o.source, dest)
	}
	if err == nil {
		err = o.profile.start()
	}
	if err != nil {
		return fail("build", err, stderr)
	}
	start := time.Now()
	ctx, stop := withStopSignals(context.Background())
	defer stop()
	if opts.Loaded = collectAfterLoad(); opts.Loaded != nil {
		defer opts.Loaded() // on, even when the build stopped before reading the site
	}
	report, err := site.Build(ctx, o.source, dest, opts)
	if perr := o.profile.stop(); perr != nil {
		fmt.Fprintf(stderr, "followup build: %v\n", perr)
	}
	if s, ok := stoppedBy(ctx); ok && err != nil {
		fmt.Fprintf(stderr, "followup build: %v; %s was left as it was\n", s, dest.Dir())
		return s.exitCode()
	}
	if err != nil {
		return reportErrors(stderr, err, dest.Dir()+" was left as it was")
	}
	printWarnings(stderr, report.Warnings)
	fmt.Fprintf(stdout, "followup: built %d pages (%d files) into %s in %d ms%s\n",
		report.Pages, report.Files, o.destination(), time.Since(start).Milliseconds(), warningCount(report.Warnings))
	if err := o.editions.after(stdout, o.destination(), report); err != nil {
		return fail("build", err, stderr)
	}
	return exitOK
}

// reportErrors prints every error of a failed build, one per line, then
// the summary: "followup: build failed with 2 errors; " and what happened
// to the output (after).
func reportErrors(stderr io.Writer, err error, after string) int {
	errs := diag.Errors(err)
	for _, e := range errs {
		fmt.Fprintln(stderr, e.Error())
	}
	noun := "error"
	if len(errs) != 1 {
		noun = "errors"
	}
	fmt.Fprintf(stderr, "followup: build failed with %d %s; %s\n", len(errs), noun, after)
	return exitContent
}

// printWarnings prints a build's warnings, one per line.
func printWarnings(stderr io.Writer, warns diag.List) {
	for _, w := range warns {
		fmt.Fprintln(stderr, w.Warning())
	}
}

// warningCount is "; 3 warnings (2 links, 1 unknown_keys)", or "" for none.
func warningCount(warns diag.List) string {
	if len(warns) == 0 {
		return ""
	}
	return "; " + warns.Count()
}
