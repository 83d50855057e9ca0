package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/site"
)

const buildHelp = `Build reads the site in the source folder (content/, followup.toml, and
optionally themes/, layouts/, static/, checklists/, data/) and writes the
complete site into the destination folder.

The output is written to a staging folder first and swapped in only when
the whole build succeeded: a failed build leaves the previous output exactly
as it was. Every error is reported as path:line: message.
`

// buildOptions are the flags shared by build and serve.
type buildOptions struct {
	profile                     profiling
	source, dest, baseURL, date string
	content                     string
	drafts                      bool
}

func buildFlags(name string, stderr io.Writer) (*flag.FlagSet, *buildOptions) {
	o := &buildOptions{}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.source, "source", ".", "the site's source `folder`")
	fs.StringVar(&o.dest, "dest", "", "the output `folder` (default: public/ in the source folder)")
	fs.StringVar(&o.content, "content", "", "read the pages from this `folder` instead of content/ in the source folder")
	fs.BoolVar(&o.drafts, "drafts", false, "include pages marked draft: true")
	fs.StringVar(&o.baseURL, "base-url", "", "the `address` the site is published at, overriding followup.toml's base_url")
	fs.StringVar(&o.date, "date", "", "the build `date`, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else today)")
	if fs.Name() == "build" {
		o.profile.flags(fs)
	}
	return fs, o
}

// options turns the flags into site options, checking them.
func (o *buildOptions) options() (site.Options, error) {
	opts := site.Options{Drafts: o.drafts, ContentDir: o.content}
	if o.baseURL != "" {
		u, err := config.CheckBaseURL(o.baseURL)
		if err != nil {
			return opts, usageError{"--base-url: " + err.Error()}
		}
		opts.BaseURL = u
	}
	date, err := buildDate(o.date, os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
	if err != nil {
		return opts, err
	}
	opts.BuildDate = date
	return opts, nil
}

// buildDate picks the build date: the flag, else SOURCE_DATE_EPOCH (the
// reproducible-builds convention), else today. It is a UTC midnight.
func buildDate(flagValue, epoch string, now time.Time) (time.Time, error) {
	switch {
	case flagValue != "":
		t, err := time.Parse("2006-01-02", flagValue)
		if err != nil {
			return t, usageError{fmt.Sprintf("--date %q is not a date: write it as YYYY-MM-DD, like 2026-11-27", flagValue)}
		}
		return t, nil
	case epoch != "":
		secs, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return time.Time{}, usageError{fmt.Sprintf("SOURCE_DATE_EPOCH %q is not a number of seconds", epoch)}
		}
		now = time.Unix(secs, 0)
	}
	y, m, d := now.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
}

func (o *buildOptions) destination() string {
	if o.dest != "" {
		return o.dest
	}
	return filepath.Join(o.source, "public")
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs, o := buildFlags("build", stderr)
	var ed editionFlags
	ed.register(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "followup build: unexpected argument %q (use --source to name the site's folder)\n", fs.Arg(0))
		return exitUsage
	}
	if info, err := os.Stat(o.source); err != nil || !info.IsDir() {
		fmt.Fprintf(stderr, "followup build: source folder %s does not exist\n", o.source)
		return exitUsage
	}
	opts, err := o.options()
	if err != nil {
		fmt.Fprintf(stderr, "followup build: %v\n", err)
		return exitUsage
	}
	if err := ed.apply(&opts, o.source, o.destination()); err != nil {
		fmt.Fprintf(stderr, "followup build: %v\n", err)
		if isUsage(err) {
			return exitUsage
		}
		return exitContent
	}
	if err := o.profile.start(); err != nil {
		fmt.Fprintf(stderr, "followup build: %v\n", err)
		return exitUsage
	}
	start := time.Now()
	report, err := site.Build(o.source, o.destination(), opts)
	if perr := o.profile.stop(); perr != nil {
		fmt.Fprintf(stderr, "followup build: %v\n", perr)
	}
	if err != nil {
		return reportErrors(stderr, err, o.destination()+" was left as it was")
	}
	fmt.Fprintf(stdout, "followup: built %d pages (%d files) into %s in %d ms\n",
		report.Pages, report.Files, o.destination(), time.Since(start).Milliseconds())
	if err := ed.after(stdout, o.source, o.destination(), report); err != nil {
		fmt.Fprintf(stderr, "followup build: %v\n", err)
		return exitContent
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
