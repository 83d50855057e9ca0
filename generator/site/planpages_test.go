package site

import (
	"context"
	"strings"
	"testing"
	gotime "time"
)

func TestHasScheme(t *testing.T) {
	for dest, want := range map[string]bool{
		"https://example.org/": true, "mailto:a@b.c": true, "tel:+44": true, "web+app:x": true,
		"thank-you.md": false, "/guides/": false, "#when": false, "a/b:c": false, ":x": false, "9p:x": false, "": false,
	} {
		if got := hasScheme(dest); got != want {
			t.Errorf("hasScheme(%q) = %v, want %v", dest, got, want)
		}
	}
}

// TestPlanAddressesLast builds the shipped site and checks that a plan's
// address outlives the plan's first weeks: an interview 20 days before the
// build date still has its page and calendar files, with every section; an
// older one whose quick plan is over says so in that section; one whose
// plans are all over is gone. It also checks the calculator's size.
func TestPlanAddressesLast(t *testing.T) {
	src := repoFiles(t, "content", "checklists", "data")
	sink := &memSink{}
	build := gotime.Date(2026, 12, 2, 0, 0, 0, 0, gotime.UTC)
	if _, err := Generate(context.Background(), src, Options{BuildDate: build}, sink); err != nil {
		t.Fatal(err)
	}
	page := string(sink.files["plan/2026-11-12/index.html"])
	for _, want := range []string{`id="soon"`, `id="by-date"`, `id="week"`, `id="weeks"`, `id="unsaid"`, `id="by-date-2026-12-10"`, "England and Wales bank holidays"} {
		if !strings.Contains(page, want) {
			t.Errorf("plan/2026-11-12/ (an interview 20 days before the build) lacks %s", want)
		}
	}
	for _, f := range []string{"plan/2026-11-12/unsaid.ics", "plan/2026-11-12/by-date.ics", "plan/decide-by/2026-12-10.ics"} {
		if _, ok := sink.files[f]; !ok {
			t.Errorf("no %s", f)
		}
	}
	// 7 October: the quick plan ended in November; a by-date plan for a
	// date named late in the month is still running.
	old := string(sink.files["plan/2026-10-07/index.html"])
	soon := old[strings.Index(old, `id="soon"`):strings.Index(old, `id="by-date"`)]
	if !strings.Contains(soon, "This plan is over") {
		t.Errorf("the over plan at plan/2026-10-07/#soon does not say so:\n%s", soon)
	}
	if _, ok := sink.files["plan/2026-09-01/index.html"]; ok {
		t.Error("plan/2026-09-01/, whose plans all ended before the build date, is still built")
	}
	var files, bytes int
	for name, data := range sink.files {
		if strings.HasPrefix(name, "plan/") {
			files++
			bytes += len(data)
		}
	}
	t.Logf("the calculator writes %d files, %d bytes", files, bytes)
	if files > 1000 || bytes > 10<<20 {
		t.Errorf("the calculator writes %d files and %d bytes: more than 1,000 files or 10 MB", files, bytes)
	}
}
