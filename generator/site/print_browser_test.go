package site

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/followup/followup/generator/pdf"
	"github.com/followup/followup/internal/testtool"
)

// printPages prints each page (a file of the site at dir) to PDF with
// Chromium as followup build --pdf does, on paper, and returns the PDFs.
func printPages(t *testing.T, dir string, paper pdf.Paper, pages ...string) []string {
	t.Helper()
	var jobs []pdf.Job
	var out []string
	for i, p := range pages {
		file := filepath.Join(t.TempDir(), fmt.Sprintf("%d-%s.pdf", i, paper.Name))
		jobs = append(jobs, pdf.Job{Page: filepath.Join(dir, p), Out: file})
		out = append(out, file)
	}
	if err := pdf.Print(context.Background(), testtool.Chromium(t), paper, jobs...); err != nil {
		t.Fatal(err)
	}
	return out
}

// sheets returns the number of sheets of a PDF.
func sheets(t *testing.T, file string) int {
	t.Helper()
	info, err := exec.Command(testtool.Need(t, "pdfinfo", "poppler-utils"), file).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)$`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo %s: no page count:\n%s", file, info)
	}
	var n int
	fmt.Sscan(string(m[1]), &n)
	return n
}

// TestPacketNumbersEverySheet prints the shipped workshop packet on A4 and
// Letter and reads each sheet back with pdftotext: every one ends with its
// number, "3 of 22".
func TestPacketNumbersEverySheet(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext", "poppler-utils")
	if testing.Short() {
		t.Skip("no browser in -short mode")
	}
	dir := shippedSite(t)
	for _, paper := range []pdf.Paper{pdf.A4, pdf.Letter} {
		file := printPages(t, dir, paper, "handouts/index.html")[0]
		n := sheets(t, file)
		if n < 10 {
			t.Errorf("%s: the packet has %d sheets, want at least 10", paper.Name, n)
		}
		for i := 1; i <= n; i++ {
			text, err := exec.Command(pdftotext, "-f", fmt.Sprint(i), "-l", fmt.Sprint(i), file, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			if want := fmt.Sprintf("%d of %d", i, n); !strings.Contains(string(text), want) {
				t.Errorf("%s: sheet %d does not say %q:\n%s", paper.Name, i, want, text)
			}
		}
	}
}

// TestDatedPlanPrintsOnOneSheet prints every dated plan of one interview
// date, one for each answer about the decision, on A4 and Letter: each
// fits one sheet, its notes and address included.
func TestDatedPlanPrintsOnOneSheet(t *testing.T) {
	if testing.Short() {
		t.Skip("no browser in -short mode")
	}
	dir := shippedSite(t)
	var plans []string
	answers := map[string]bool{} // the first folder under the date: one per answer
	date := filepath.Join(dir, "plan", "2026-11-27")
	err := filepath.WalkDir(date, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "index.html" {
			return err
		}
		rel, _ := filepath.Rel(date, p)
		answer, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
		html, err := os.ReadFile(p)
		if err == nil && strings.Contains(string(html), `class="plan-steps"`) && !answers[answer] {
			answers[answer] = true
			rel, _ := filepath.Rel(dir, p)
			plans = append(plans, rel)
		}
		return err
	})
	if err != nil || len(plans) < 4 {
		t.Fatalf("found %d dated plans under %s (%v), want one per answer", len(plans), date, err)
	}
	for _, paper := range []pdf.Paper{pdf.A4, pdf.Letter} {
		for i, file := range printPages(t, dir, paper, plans...) {
			if n := sheets(t, file); n != 1 {
				t.Errorf("%s on %s prints on %d sheets, want 1", plans[i], paper.Name, n)
			}
		}
	}
}
