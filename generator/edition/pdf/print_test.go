package pdf_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup/followup/generator/edition/pdf"
	"github.com/followup/followup/internal/testtool"
)

// contentsPage has a contents list marked for page numbers, whose entries
// are on the second and fourth sheets, and a link outside the list.
const contentsPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Contents</title>
<style>a[data-page]::after { content: " on sheet " attr(data-page); } section { break-before: page; }</style></head>
<body><h1>A packet</h1>
<ol data-page-numbers><li><a href="#one">Part one</a></li><li><a href="#two">Part two</a></li></ol>
<p><a href="#two">Elsewhere</a></p>
<section><h2 id="one">Part one</h2><p>One.</p></section>
<section><h2>Between</h2><p>Filler.</p></section>
<section><h2 id="two">Part two</h2><p>Two.</p></section>
</body></html>`

// TestPrintNumbersContents prints a page whose contents list is marked
// data-page-numbers and reads the PDF back: each entry shows the sheet
// its part landed on; links elsewhere, and the page's file, are untouched.
func TestPrintNumbersContents(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext", "poppler-utils")
	browser := testtool.Chromium(t)
	if testing.Short() {
		t.Skip("no browser in -short mode")
	}
	dir := t.TempDir()
	page, out := filepath.Join(dir, "index.html"), filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(page, []byte(contentsPage), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := pdf.Print(context.Background(), browser, pdf.A4, pdf.Job{Page: page, Out: out}); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command(pdftotext, "-f", "1", "-l", "1", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{"Part one on sheet 2", "Part two on sheet 4", "Elsewhere"} {
		if !strings.Contains(got, want) {
			t.Errorf("the first sheet lacks %q: %s", want, got)
		}
	}
	if strings.Contains(got, "Elsewhere on sheet") {
		t.Errorf("a link outside the contents list got a number: %s", got)
	}
	if html, _ := os.ReadFile(page); string(html) != contentsPage {
		t.Error("printing changed the page's file")
	}
	data, _ := os.ReadFile(out)
	dests, err := pdf.Destinations(data)
	if err != nil || dests["one"] != 2 || dests["two"] != 4 {
		t.Errorf("Destinations of the printed PDF = %v, %v; want one on 2, two on 4", dests, err)
	}
}
