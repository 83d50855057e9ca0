package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/outdir"
	"github.com/followup/followup/generator/site"
)

// siteFlags say which site to build and how: build, serve and check share
// them.
type siteFlags struct {
	source, content, baseURL, date string
	drafts, strict                 bool
}

func (s *siteFlags) register(fs *flag.FlagSet, sourceUsage string) {
	fs.StringVar(&s.source, "source", ".", sourceUsage)
	fs.StringVar(&s.content, "content", "", "read the pages from this `folder` instead of content/ in the source folder")
	fs.BoolVar(&s.drafts, "drafts", false, "include pages marked draft: true")
	fs.StringVar(&s.baseURL, "base-url", "", "the `address` the site is published at, overriding followup.toml's base_url")
	fs.StringVar(&s.date, "date", "", "the build `date`, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else today)")
	fs.BoolVar(&s.strict, "strict", false, "make every warning an error, for CI (see [checks] in followup.toml)")
}

// options checks the flags and turns them into site options; every
// mistake is a usageError naming its flag.
func (s *siteFlags) options() (site.Options, error) {
	opts := site.Options{Drafts: s.drafts, ContentDir: s.content, Strict: s.strict}
	if err := checkFolder("--source", s.source); err != nil {
		return opts, err
	}
	if s.content != "" {
		if err := checkFolder("--content", s.content); err != nil {
			return opts, err
		}
	}
	if s.baseURL != "" {
		u, err := config.CheckBaseURL(s.baseURL)
		if err != nil {
			return opts, usageError{"--base-url: " + err.Error()}
		}
		opts.BaseURL = u
	}
	date, err := buildDate(s.date, os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
	if err != nil {
		return opts, err
	}
	opts.BuildDate = date
	return opts, nil
}

// checkFolder is a usageError unless path is a folder.
func checkFolder(flagName, path string) error {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return usageError{fmt.Sprintf("%s: folder %s does not exist", flagName, path)}
	case !info.IsDir():
		return usageError{fmt.Sprintf("%s: %s is a file, not a folder", flagName, path)}
	}
	return nil
}

// The build dates --date accepts: the holiday calendars and the plans
// after them are worked out for these years, and a date past them is a
// mistake, not a plan.
const minYear, maxYear = 1900, 2200

// buildDate picks the build date: the flag, else SOURCE_DATE_EPOCH (the
// reproducible-builds convention), else today. It is a UTC midnight.
func buildDate(flagValue, epoch string, now time.Time) (time.Time, error) {
	switch {
	case flagValue != "":
		t, err := time.Parse("2006-01-02", flagValue)
		if err != nil {
			return t, usageError{fmt.Sprintf("--date %q is not a date: write it as YYYY-MM-DD, like 2026-11-27", flagValue)}
		}
		if t.Year() < minYear || t.Year() > maxYear {
			return t, usageError{fmt.Sprintf("--date %s is out of range: give a date from %d-01-01 to %d-12-31", flagValue, minYear, maxYear)}
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

// targetFlags are siteFlags and the folder the site is written into, for
// build and serve.
type targetFlags struct {
	siteFlags
	dest string
}

func (t *targetFlags) register(fs *flag.FlagSet) {
	t.siteFlags.register(fs, "the site's source `folder`")
	fs.StringVar(&t.dest, "dest", "", "the output `folder` (default: public/ in the source folder)")
}

// destination is the output folder as a real path (realPath): a --dest
// that is a symbolic link, or lies under one, is built into the link's
// target, and both spellings of a folder take one lock.
func (t *targetFlags) destination() string {
	dest := t.dest
	if dest == "" {
		dest = filepath.Join(t.source, "public")
	}
	if real, err := realPath(dest); err == nil {
		return real
	}
	return dest // the check of the folder says what is wrong with it
}

// realPath returns the absolute path of p with every symbolic link in it
// resolved, also where the link's target or the end of the path does not
// exist yet.
func realPath(p string) (string, error) {
	p, err := filepath.Abs(p)
	for hops := 0; err == nil; hops++ {
		var real string
		if real, err = filepath.EvalSymlinks(p); err == nil {
			return real, nil
		}
		info, lerr := os.Lstat(p)
		switch {
		case hops > 40:
			return "", fmt.Errorf("%s: too many symbolic links", p)
		case lerr == nil && info.Mode()&fs.ModeSymlink != 0: // a link to a missing folder
			var target string
			if target, err = os.Readlink(p); err == nil && !filepath.IsAbs(target) {
				target = filepath.Join(filepath.Dir(p), target)
			}
			p = target
		case errors.Is(lerr, fs.ErrNotExist):
			parent, err := realPath(filepath.Dir(p))
			return filepath.Join(parent, filepath.Base(p)), err
		default:
			return "", err
		}
	}
	return "", err
}

// options checks the flags, the output folder included (site.CheckDest),
// before anything is built, and returns the checked output folder.
func (t *targetFlags) options() (site.Options, outdir.Dest, error) {
	opts, err := t.siteFlags.options()
	if err != nil {
		return opts, outdir.Dest{}, err
	}
	dest, err := site.CheckDest(t.source, t.destination(), opts)
	if err != nil {
		return opts, dest, usageError{"--dest: " + err.Error()}
	}
	return opts, dest, nil
}

// newFlags returns an empty flag set for a command, writing errors to
// stderr.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // parse says where the help is
	return fs
}

// parse parses a command's arguments. -h prints the command's help (exit
// 0); a bad flag, or an argument that is not a flag (stray says what to
// write instead), is a usage error (exit 2). ok is false when the command
// must stop with code.
func parse(fs *flag.FlagSet, args []string, stray string, stdout, stderr io.Writer) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		return parseError(fs, err, stdout, stderr), false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "followup %s: unexpected argument %q (%s)\n", fs.Name(), fs.Arg(0), stray)
		return exitUsage, false
	}
	return exitOK, true
}

// parseError handles an error of fs.Parse: -h prints the command's help
// (exit 0), anything else says where the help is (exit 2).
func parseError(fs *flag.FlagSet, err error, stdout, stderr io.Writer) int {
	if errors.Is(err, flag.ErrHelp) {
		return runHelp([]string{fs.Name()}, stdout, stderr)
	}
	fmt.Fprintf(stderr, "Run 'followup help %s' for its flags.\n", fs.Name())
	return exitUsage
}

// fail prints a command's error and returns its exit code: 2 for a
// usageError, else 1.
func fail(name string, err error, stderr io.Writer) int {
	fmt.Fprintf(stderr, "followup %s: %v\n", name, err)
	if isUsage(err) {
		return exitUsage
	}
	return exitContent
}
