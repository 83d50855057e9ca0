package site

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	cdppage "github.com/chromedp/cdproto/page"

	"github.com/followup/followup/generator/edition/pdf"
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

// TestDatedPlanPrintsOnOneSheet prints an interview date's page of plans
// on A4 and Letter, as a reader would after choosing an answer (the
// address ends in its fragment) or a date they named: each prints on one
// sheet, that plan alone. Printed without a choice, each answer's plan
// starts a sheet of its own.
func TestDatedPlanPrintsOnOneSheet(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext", "poppler-utils")
	base := serveDir(t, shippedSite(t))
	ctx := browser(t, false)
	labels := map[string]string{"soon": "Within a day or two", "week": "In about a week", "weeks": "Two weeks or more", "unsaid": "They did not say", "by-date-2026-12-02": "They decide by Wednesday 2 December 2026"}
	dir := t.TempDir()
	print := func(fragment string, paper pdf.Paper) (file, text string) {
		open(t, ctx, base+"plan/2026-11-27/#"+fragment)
		res, err := call(ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PaperWidth: paper.Width, PaperHeight: paper.Height})
		if err != nil {
			t.Fatal(err)
		}
		file = filepath.Join(dir, fragment+"-"+paper.Name+".pdf")
		if err := os.WriteFile(file, res.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(pdftotext, file, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return file, strings.Join(strings.Fields(string(out)), " ") // lines joined: a label may wrap
	}
	for _, paper := range []pdf.Paper{pdf.A4, pdf.Letter} {
		for fragment, label := range labels {
			file, text := print(fragment, paper)
			if n := sheets(t, file); n != 1 {
				t.Errorf("the plan #%s on %s prints on %d sheets, want 1", fragment, paper.Name, n)
			}
			if !strings.Contains(text, label) || !strings.Contains(text, "plan/2026-11-27/") {
				t.Errorf("the plan #%s on %s lacks %q or the page's address:\n%s", fragment, paper.Name, label, text)
			}
			for other, l := range labels {
				if other != fragment && !strings.HasPrefix(fragment, other) && strings.Contains(text, l+" Interview on") {
					t.Errorf("the plan #%s on %s also prints the plan %q", fragment, paper.Name, l)
				}
			}
		}
		file, _ := print("choose", paper)
		if n := sheets(t, file); n < 5 {
			t.Errorf("the page of plans on %s, printed without a choice, has %d sheets, want one at least for each of the 5 answers", paper.Name, n)
		}
	}
}
