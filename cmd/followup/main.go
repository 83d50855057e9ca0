// Command followup builds a career-advice guide written in markdown into a
// fast, accessible static website.
//
//	followup init FOLDER      write a new site: the shipped guide, or --blank
//	followup new content/x.md write a new page with front matter
//	followup build [flags]    build the site into public/
//	followup check [flags]    audit the built site: links, HTML, axe, no-JavaScript
//	followup serve [flags]    serve it on 127.0.0.1:1313, rebuilding on every save
//	followup version          print the version
//	followup help [command]   explain a command
//
// Exit status: 0 on success, 1 when the content has errors (each printed as
// path:line: message), 2 when the command line is wrong.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/followup/followup/generator/site"
)

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand.
type command struct {
	name, args, summary, help string
	run                       func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"init", "[--blank] FOLDER", "write a new site into a new folder: the shipped guide, or a blank site", initHelp, runInit},
		{"new", "[--source DIR] content/PATH.md", "write a new page with front matter", newHelp, runNew},
		{"build", "[flags]", "build the site into a folder (public/ by default)", buildHelp, runBuild},
		{"check", "[--source DIR | --dir BUILT_DIR [--offline-dir COPY]] [flags]", "audit the site: links, HTML validity, accessibility, no JavaScript", checkHelp, runCheck},
		{"serve", "[flags]", "build, serve on this machine, and rebuild on every save", serveHelp, runServe},
		{"version", "", "print the version of followup", "", runVersion},
		{"help", "[command]", "explain a command", "", nil},
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		return runHelp(args[1:], stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "followup: unknown command %q\nRun 'followup help' for the list of commands.\n", name)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "Followup builds a career-advice guide written in markdown into a static website.\n\nUsage:\n\n  followup <command> [arguments]\n\nCommands:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun 'followup help <command>' for more about a command.\n")
}

func runHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			fmt.Fprintf(stdout, "Usage: followup %s %s\n\n", c.name, c.args)
			if c.help != "" {
				fmt.Fprint(stdout, c.help)
			} else {
				fmt.Fprintln(stdout, strings.ToUpper(c.summary[:1])+c.summary[1:]+".")
			}
			if fs := c.flags(); fs != nil {
				fmt.Fprintf(stdout, "\nFlags:\n")
				fs.SetOutput(stdout)
				fs.PrintDefaults()
			}
			return exitOK
		}
	}
	fmt.Fprintf(stderr, "followup help: unknown command %q\n", args[0])
	return exitUsage
}

// flags returns the command's flag set, for help.
func (c command) flags() *flag.FlagSet {
	switch c.name {
	case "init":
		return flagSet(initFlags(io.Discard))
	case "new":
		return flagSet(newPageFlags(io.Discard))
	case "build":
		return flagSet(buildFlags(io.Discard))
	case "serve":
		return flagSet(serveFlags(io.Discard))
	case "check":
		return flagSet(checkFlags(io.Discard))
	}
	return nil
}

// flagSet returns the flag set of a command's flags function.
func flagSet[T any](fs *flag.FlagSet, _ T) *flag.FlagSet { return fs }

func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "followup version: takes no arguments")
		return exitUsage
	}
	fmt.Fprintf(stdout, "followup %s (%s, %s/%s)\n", site.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitOK
}

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}
