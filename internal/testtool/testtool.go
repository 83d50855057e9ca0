// Package testtool finds the programs the print and offline tests use
// (Chromium, poppler-utils, epubcheck, zbar-tools) and the folder they
// write their page images into.
//
// A test that needs a missing program is skipped with a message naming
// the Debian package to install; when the environment variable CI is
// "true" it fails instead, so CI never passes by skipping.
package testtool

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/followup/followup/generator/chromium"
)

// Need returns the path of the program name, installed by the Debian
// package pkg; without it the test is skipped, or fails under CI.
func Need(t testing.TB, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name+" is not installed: apt-get install "+pkg)
	}
	return p
}

// Missing skips the test with msg, or fails it under CI.
func Missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true: a missing tool is a failure)")
	}
	t.Skip(msg + ": skipping")
}

// Chromium returns the path of Chromium or Chrome, found as chromium.Find finds
// it ($CHROMIUM first).
func Chromium(t testing.TB) string {
	t.Helper()
	p, err := chromium.Find()
	if err != nil {
		Missing(t, "Chromium is not installed: apt-get install chromium (or set CHROMIUM)")
	}
	return p
}

// Browser starts headless Chromium for a test (chromium.Start, with extra
// options) and returns its first tab, stopped when the test ends; it skips
// the test in -short mode or without Chromium (fails it under CI).
func Browser(t testing.TB, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("no browser in -short mode")
	}
	ctx, cancel, err := chromium.Start(context.Background(), Chromium(t), extra...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	return ctx
}

// EPUBCheck runs EPUBCheck on file and fails the test when it reports an
// error. Debian installs /usr/bin/epubcheck as an executable jar, which
// runs only where binfmt_misc knows jars, so it is started with java -jar.
func EPUBCheck(t testing.TB, file string) string {
	t.Helper()
	tool := Need(t, "epubcheck", "epubcheck")
	cmd := exec.Command(tool, file)
	if head, err := os.ReadFile(tool); err == nil && bytes.HasPrefix(head, []byte("PK")) {
		cmd = exec.Command(Need(t, "java", "default-jre-headless"), "-jar", tool, file)
	}
	out, err := cmd.CombinedOutput()
	if err != nil || bytes.Contains(out, []byte("ERROR")) || bytes.Contains(out, []byte("FATAL")) {
		t.Fatalf("epubcheck %s: %v\n%s", file, err, out)
	}
	return string(bytes.TrimSpace(out))
}

// OutputDir returns a folder for the files a test leaves to be looked at
// (page images): $FOLLOWUP_TEST_OUTPUT/name, else test-output/name at the
// repository root (ignored by git). It is emptied first.
func OutputDir(t testing.TB, name string) string {
	t.Helper()
	base := os.Getenv("FOLLOWUP_TEST_OUTPUT")
	if base == "" {
		_, file, _, _ := runtime.Caller(0)
		base = filepath.Join(filepath.Dir(file), "..", "..", "test-output")
	}
	dir := filepath.Join(base, name)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	return abs
}

// RepoRoot returns the repository's folder: the nearest folder above the
// test's package holding go.mod.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod in any folder above the test")
		}
		dir = parent
	}
}
