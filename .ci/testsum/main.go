// Command testsum reads `go test -json` on its input and prints what a
// person needs: a line per package as go test prints it, the whole output
// of every failing test, and at the end the lines tests marked as a
// summary ("summary: ..."), everything that was skipped, with why (each
// reason once, however many tests or packages gave it, and whether a
// test skipped or only printed "skipped: ..."), and the failing tests by
// name (a subtest rather than its parent too). Its exit status is 1 when
// a test or build failed.
//
// go test alone hides the output of passing packages, so a test that
// skips the browser checks for lack of Chromium could not say so; run
// through testsum (./test does), it does.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
)

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

func main() {
	os.Exit(summarise(os.Stdin, os.Stdout))
}

func summarise(in io.Reader, out io.Writer) int {
	output := map[string][]string{} // package/test -> lines
	var summaries, skipped, failures []string
	seenSkip := map[string]bool{} // reasons, without "skipped: "
	addSkip := func(where, reason string) {
		reason = strings.TrimPrefix(reason, "skipped: ")
		if reason != "" && !seenSkip[reason] {
			seenSkip[reason] = true
			skipped = append(skipped, where+": "+reason)
		}
	}
	failed := false
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Fprintln(out, sc.Text()) // not JSON: a build error printed by go
			continue
		}
		key := e.Package + " " + e.Test
		switch e.Action {
		case "output":
			output[key] = append(output[key], e.Output)
			text := strings.TrimSpace(e.Output)
			if i := strings.Index(text, "summary: "); i >= 0 {
				summaries = append(summaries, short(e.Package)+": "+text[i+len("summary: "):])
			}
			if i := strings.Index(text, "skipped: "); i >= 0 {
				addSkip(strings.TrimSpace(short(e.Package)+" "+e.Test), text[i:])
			}
		case "skip":
			if e.Test != "" {
				addSkip(short(e.Package)+" "+e.Test, skipReason(output[key]))
			} else {
				fmt.Fprintf(out, "?   \t%s\t[no test files]\n", e.Package)
			}
		case "fail":
			failed = true
			if e.Test != "" {
				fmt.Fprint(out, strings.Join(output[key], ""))
				failures = append(failures, short(e.Package)+" "+e.Test)
			} else {
				fmt.Fprint(out, strings.Join(output[key], ""))
				fmt.Fprintf(out, "FAIL\t%s\t%.3fs\n", e.Package, e.Elapsed)
			}
		case "pass":
			if e.Test == "" {
				fmt.Fprintf(out, "ok  \t%s\t%.3fs\n", e.Package, e.Elapsed)
			}
		}
	}
	if len(summaries) > 0 {
		fmt.Fprintln(out, "\nSummary:")
		for _, s := range summaries {
			fmt.Fprintln(out, "  "+s)
		}
	}
	if len(skipped) > 0 {
		sort.Strings(skipped)
		fmt.Fprintf(out, "\nSkipped (%d): these checks did not run on this machine; .ci/run installs what they need\n", len(skipped))
		for _, s := range skipped {
			fmt.Fprintln(out, "  "+s)
		}
	}
	if failed {
		failures = leaves(failures)
		fmt.Fprintf(out, "\nFAIL (%d %s)\n", len(failures), plural(len(failures), "test", "tests"))
		for _, f := range failures {
			fmt.Fprintln(out, "  "+f)
		}
		return 1
	}
	return 0
}

// leaves drops a failed test whose subtest failed too (go test fails the
// parent of a failing subtest), keeping the order.
func leaves(failures []string) []string {
	var out []string
	for _, f := range failures {
		parent := false
		for _, g := range failures {
			if strings.HasPrefix(g, f+"/") {
				parent = true
			}
		}
		if !parent && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// skipReason finds the message of t.Skip in a test's output.
func skipReason(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "---") || strings.HasPrefix(l, "===") {
			continue
		}
		if _, after, ok := strings.Cut(l, ".go:"); ok {
			if _, msg, ok := strings.Cut(after, ": "); ok {
				return msg
			}
		}
		return l
	}
	return ""
}

func short(pkg string) string { return strings.TrimPrefix(pkg, "github.com/followup/followup/") }
