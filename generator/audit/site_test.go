package audit_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup/followup/generator/audit"
	"github.com/followup/followup/generator/site"
	"github.com/followup/followup/internal/testtool"
)

// These tests build whole sites and audit them with every tool. Without
// Chromium, Java or the npm packages (npm ci --ignore-scripts at the
// repository root) the checks that need them are skipped, each with a
// message saying what to install; with CI=true a missing tool fails the
// test. go test -short leaves out the browser.

// build builds the site in source, as followup build --offline-dir does:
// the site to serve, and its offline copy to read from disk.
func build(t *testing.T, source string) audit.Site {
	t.Helper()
	dest := t.TempDir()
	s := audit.Site{Dir: filepath.Join(dest, "site")}
	opts := site.Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	out, err := site.CheckDest(source, s.Dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if opts.OfflineDir, err = site.CheckOfflineDir(source, out, filepath.Join(dest, "offline")); err != nil {
		t.Fatal(err)
	}
	r, err := site.Build(context.Background(), source, out, opts)
	if err != nil {
		t.Fatalf("building %s: %v", source, err)
	}
	if r.OfflineDir == "" {
		t.Fatalf("the site in %s has no offline copy", source)
	}
	s.DiskDir = r.OfflineDir
	return s
}

// run audits s with the repository's tools; name says which site it is in
// the log.
func run(t *testing.T, name string, s audit.Site, screenshots string, pages ...string) *audit.Report {
	t.Helper()
	opts := audit.Options{
		Tools:           audit.FindTools(testtool.RepoRoot(t)),
		Require:         os.Getenv("CI") == "true",
		SkipBrowser:     testing.Short(),
		Screenshots:     screenshots,
		ScreenshotPages: pages,
		Log:             t.Logf,
	}
	// No deadline of its own: how long 318 pages take in Chromium depends on
	// the machine (5 minutes was not enough on a loaded one). Each page has
	// its own (pageTimeout); the whole run ends a minute before go test's
	// -timeout would kill it, so that the failure says where it was.
	ctx := t.Context()
	if d, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, d.Add(-time.Minute))
		defer cancel()
	}
	start := time.Now()
	report, err := audit.Run(ctx, s, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, skipped := range report.Skipped {
		t.Logf("%s: note: %s", name, skipped)
	}
	if len(report.Sampled) > 0 {
		t.Logf("summary: %s: the browser visited %d of %d pages, sampling: %s", name, report.Visited, report.Pages, strings.Join(report.Sampled, ", "))
	}
	t.Logf("summary: %s: %s in %.1f s", name, report.Summary(), time.Since(start).Seconds())
	return report
}

// eachCheck runs f for every check as a subtest, skipping the checks that
// did not run.
func eachCheck(t *testing.T, r *audit.Report, f func(t *testing.T, c audit.Check)) {
	for _, c := range []audit.Check{audit.Link, audit.HTML, audit.Axe, audit.NoJS} {
		t.Run(string(c), func(t *testing.T) {
			if !slices.Contains(r.Ran, c) {
				var why []string
				for _, s := range r.Skipped {
					checks, _, _ := strings.Cut(s, " skipped:")
					if slices.Contains(strings.Fields(checks), string(c)) {
						why = append(why, s)
					}
				}
				t.Skipf("the %s check did not run: %s", c, strings.Join(why, "; "))
			}
			f(t, c)
		})
	}
}

// TestShippedSite audits the repository's own site: every check must find
// nothing. The screenshots (the home page, the overview with its table, a
// guide with a checklist, the follow-up planner) go to $FOLLOWUP_SCREENSHOTS, else
// test-output/screenshots at the repository root.
func TestShippedSite(t *testing.T) {
	root := testtool.RepoRoot(t)
	shots := os.Getenv("FOLLOWUP_SCREENSHOTS")
	if shots == "" {
		shots = filepath.Join(root, "test-output", "screenshots")
	}
	report := run(t, "the shipped site", build(t, root), shots, "/", "/guides/after-the-interview/", "/guides/thank-you-email/", "/plan/")
	if len(report.Screenshots) > 0 {
		t.Logf("wrote %d screenshots into %s", len(report.Screenshots), shots)
	}
	eachCheck(t, report, func(t *testing.T, c audit.Check) {
		for _, f := range report.Findings {
			if f.Check == c {
				t.Error(f)
			}
		}
	})
}

// TestBrokenSite audits a site with one defect per page: each check must
// report its defect on the right page.
func TestBrokenSite(t *testing.T) {
	s := build(t, filepath.Join("testdata", "broken"))
	// Audit the served site from disk rather than its offline copy: its
	// links name folders, which do not open their index.html from disk.
	s.DiskDir = s.Dir
	report := run(t, "the broken fixture (every check must find its defects)", s, "")
	want := map[audit.Check][]string{
		audit.Link: {"/broken-fragment/ missing-fragment", "/root-relative/ root-relative", "/ folder-link"},
		audit.HTML: {"/duplicate-id/ duplicate-id", "/missing-alt/ img-alt"},
		audit.Axe:  {"/missing-alt/ image-alt", "/unlabelled-input/ label", "/dark-contrast/ color-contrast"},
		audit.NoJS: {"/needs-javascript/ no-main", "/needs-javascript/ no-h1", "/ nav-link"},
	}
	eachCheck(t, report, func(t *testing.T, c audit.Check) {
		var got []string
		for _, f := range report.Findings {
			if f.Check == c {
				got = append(got, f.Page+" "+f.Rule)
			}
		}
		for _, w := range want[c] {
			if !slices.Contains(got, w) {
				t.Errorf("no %s finding %q; the findings:\n%s", c, w, list(report.Findings, c))
			}
		}
	})
	// The low contrast is in the dark scheme only.
	for _, f := range report.Findings {
		if f.Page == "/dark-contrast/" && f.Rule == "color-contrast" && (!strings.Contains(f.Message, "dark scheme") || strings.Contains(f.Message, "light scheme")) {
			t.Errorf("the contrast finding should name the dark scheme only: %s", f)
		}
	}
}

func list(fs []audit.Finding, c audit.Check) string {
	var b strings.Builder
	for _, f := range fs {
		if f.Check == c {
			b.WriteString("  " + f.String() + "\n")
		}
	}
	return b.String()
}
