package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/followup/followup/generator/starter"
)

const initHelp = `Init writes a new site into FOLDER, which must be new or empty: the guide
this repository ships (content/, checklists/, data/timeline.toml) as a
starting point to edit, followup.toml with every key (those at their
default commented out), and the files that publish it: a GitHub Actions
workflow (.github/workflows/publish.yml, GitHub Pages), .gitlab-ci.yml
(GitLab Pages) and publish.sh (rsync or an S3 bucket, for any other host).
--blank writes a bare site of one page instead of the guide.

The default theme is built into followup and is not copied; to change one
of its files, put a file at the same path under layouts/ or static/.
Then: cd FOLDER && followup serve.
`

const newHelp = `New writes a markdown page with front matter (its title made from the file
name, and today's date), for example:

  followup new content/guides/salary-talk.md

A path that does not start with content/ is taken to be inside it. New
never overwrites a file.
`

type initOptions struct {
	blank bool
	title string
}

func initFlags(stderr io.Writer) (*flag.FlagSet, *initOptions) {
	o := &initOptions{}
	fs := newFlags("init", stderr)
	fs.BoolVar(&o.blank, "blank", false, "a bare site of one page, instead of the shipped guide")
	fs.StringVar(&o.title, "title", "", "the site's `title` (default: the guide's, or \"My site\" with --blank)")
	return fs, o
}

// parseWithArg parses a command's flags around its one argument, which may
// come before or after them; ok is false when the command must stop with
// code.
func parseWithArg(fs *flag.FlagSet, args []string, what string, stdout, stderr io.Writer) (arg string, code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		return "", parseError(fs, err, stdout, stderr), false
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "followup %s: name %s\nRun 'followup help %s' for its flags.\n", fs.Name(), what, fs.Name())
		return "", exitUsage, false
	}
	arg = fs.Arg(0)
	if code, ok := parse(fs, fs.Args()[1:], "give only one", stdout, stderr); !ok {
		return "", code, false
	}
	return arg, exitOK, true
}

func runInit(args []string, stdout, stderr io.Writer) int {
	fs, o := initFlags(stderr)
	dir, code, ok := parseWithArg(fs, args, "the folder to write the new site into, like: followup init my-guide", stdout, stderr)
	if !ok {
		return code
	}
	opts := starter.Options{Blank: o.blank, Title: o.title, Date: time.Now()}
	if err := starter.CheckEmpty(dir); err != nil {
		return fail("init", usageError{err.Error()}, stderr)
	}
	written, err := starter.Init(dir, opts)
	if err != nil {
		return fail("init", err, stderr)
	}
	what := "the shipped guide"
	if o.blank {
		what = "a blank site"
	}
	fmt.Fprintf(stdout, `followup: wrote %s into %s (%d files)

Next:
  cd %s
  followup serve     # see it at http://127.0.0.1:1313/; it is rebuilt on every save
  followup build     # write the site into public/, for any web server

To publish it, push the folder to GitHub (.github/workflows/publish.yml: GitHub
Pages, rebuilt every night) or GitLab (.gitlab-ci.yml), or run publish.sh
(rsync or an S3 bucket).
`, what, dir, len(written), shellQuote(dir))
	return exitOK
}

func newPageFlags(stderr io.Writer) (*flag.FlagSet, *string) {
	fs := newFlags("new", stderr)
	source := fs.String("source", ".", "the site's source `folder`")
	return fs, source
}

func runNew(args []string, stdout, stderr io.Writer) int {
	fs, source := newPageFlags(stderr)
	arg, code, ok := parseWithArg(fs, args, "the page to write, like: followup new content/guides/my-page.md", stdout, stderr)
	if !ok {
		return code
	}
	if err := checkFolder("--source", *source); err != nil {
		return fail("new", err, stderr)
	}
	sitePath, err := starter.PagePath(arg)
	if err != nil {
		return fail("new", usageError{err.Error()}, stderr)
	}
	if err := starter.NewPage(*source, sitePath, time.Now()); err != nil {
		return fail("new", err, stderr)
	}
	fmt.Fprintf(stdout, "followup: wrote %s\n", filepath.Join(*source, filepath.FromSlash(sitePath)))
	return exitOK
}

// shellQuote quotes a folder name for the cd line, when it needs it.
func shellQuote(s string) string {
	for _, r := range s {
		if !(r == '/' || r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
		}
	}
	return s
}
