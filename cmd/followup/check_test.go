package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followup/followup/generator/site"
)

func TestCheckUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"--source", ".", "--dir", "."}, "not both"},
		{[]string{"--offline-dir", "."}, "--offline-dir goes with --dir"},
		{[]string{"--dir", ".", "--offline-dir", "no-such-folder"}, "does not exist"},
		{[]string{"--dir", "no-such-folder"}, "does not exist"},
		{[]string{"--no-such-flag"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"check"}, tt.args...), &stdout, &stderr); code != exitUsage {
			t.Errorf("followup check %q = exit %d, want %d", tt.args, code, exitUsage)
		}
		if !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("followup check %q printed %q, want it to say %q", tt.args, stderr.String(), tt.want)
		}
	}
}

// TestCheckFindings audits the audit package's broken fixture with the link
// check only (no browser, no tools), and reads what the command prints.
func TestCheckFindings(t *testing.T) {
	t.Setenv("CI", "")
	t.Setenv("FOLLOWUP_TOOLS", t.TempDir()) // no axe-core or vnu-jar here
	dir := filepath.Join(t.TempDir(), "site")
	source := filepath.Join("..", "..", "generator", "audit", "testdata", "broken")
	opts := site.Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	dest, err := site.CheckDest(source, dir, opts)
	if err == nil {
		_, err = site.Build(context.Background(), source, dest, opts)
	}
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--dir", dir, "--skip-browser"}, &stdout, &stderr)
	if code != exitContent {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitContent, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		`/broken-fragment/: link missing-fragment: line `,
		`has no element with id "nowhere" (fix: `,
		`/root-relative/: link root-relative: `,
		"note: html skipped: vnu-jar was not found in " + os.Getenv("FOLLOWUP_TOOLS"),
		"note: axe, nojs and screenshots skipped: --skip-browser",
		"note: from-disk (file://) checks skipped",
		" pages: axe check skipped, html check skipped, 2 broken links, nojs check skipped in ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the output does not say %q:\n%s", want, out)
		}
	}
}

func TestCheckHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"help", "check"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("help check = exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"Usage: followup check", "-screenshots", "-skip-browser", "CI=true"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("help check does not say %q:\n%s", want, stdout.String())
		}
	}
}

// TestCheckSiteThatDoesNotBuild: a site with content errors is not checked;
// the command prints the errors, says so, and names no temporary folder.
func TestCheckSiteThatDoesNotBuild(t *testing.T) {
	bad := makeSite(t, map[string]string{"content/a.md": "---\ntitle: [\n---\n"})
	code, _, stderr := runCLI(t, "check", "--source", bad, "--skip-browser")
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	last := lines[len(lines)-1]
	if code != exitContent || !strings.HasPrefix(lines[0], "content/a.md:2:") ||
		last != "followup: build failed with 1 error; nothing was checked: fix the errors and run followup check again" {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	if strings.Contains(stderr, os.TempDir()) {
		t.Errorf("the message names a temporary folder that no longer exists:\n%s", stderr)
	}
}
