// Package pdf prints built pages to PDF with the Chromium installed on the
// machine, the way a reader would print them: the page's print stylesheet,
// no header or footer added by the browser, backgrounds kept.
//
// Print starts the browser headless (chromium.Start; chromium.Find finds
// it), loads each page from disk and prints it with
// Page.printToPDF: on A4 or US Letter paper, tagged (an accessible PDF with
// the page's structure) and with an outline of its headings. The margins
// are the page's own (@page in the stylesheet).
//
// PDFs are not byte-for-byte reproducible: Chromium writes the time of
// printing and a random document id into each.
package pdf

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"golang.org/x/text/language"

	"github.com/followup/followup/generator/chromium"
)

// Paper is a paper size.
type Paper struct {
	Name          string  // "A4", "Letter"
	Width, Height float64 // inches
}

// The paper sizes Print knows.
var (
	A4     = Paper{"A4", 210 / 25.4, 297 / 25.4}
	Letter = Paper{"Letter", 8.5, 11}
)

// letterRegions use US Letter paper; the rest of the world uses A4.
var letterRegions = map[string]bool{"US": true, "CA": true, "MX": true, "PH": true, "CL": true, "CO": true, "VE": true, "GT": true, "CR": true, "PR": true, "DO": true, "PA": true, "SV": true, "NI": true, "HN": true}

// PaperFor returns the usual paper for a language tag's region: Letter in
// North America and a few countries of Latin America and Asia, else A4.
// A tag without a region ("en") gives A4.
func PaperFor(lang string) Paper {
	tag, err := language.Parse(lang)
	if err != nil {
		return A4
	}
	if region, conf := tag.Region(); conf == language.Exact && letterRegions[region.String()] {
		return Letter
	}
	return A4
}

// ParsePaper reads a paper name: "a4" or "letter", in any case.
func ParsePaper(name string) (Paper, error) {
	switch strings.ToLower(name) {
	case "a4":
		return A4, nil
	case "letter", "us-letter":
		return Letter, nil
	}
	return Paper{}, fmt.Errorf("unknown paper %q: use a4 or letter", name)
}

// Job is one page to print.
type Job struct {
	Page string // the HTML file to print
	Out  string // the PDF file to write
}

// timeout bounds the printing of one page.
const timeout = 2 * time.Minute

// Print prints each job's page to its PDF with the browser at path browser.
func Print(ctx context.Context, browser string, paper Paper, jobs ...Job) error {
	bctx, cancel, err := chromium.Start(ctx, browser)
	if err != nil {
		return err
	}
	defer cancel()
	for _, j := range jobs {
		if err := printOne(bctx, paper, j); err != nil {
			return fmt.Errorf("printing %s: %w", j.Page, err)
		}
	}
	return nil
}

func printOne(bctx context.Context, paper Paper, j Job) error {
	abs, err := filepath.Abs(j.Page)
	if err != nil {
		return err
	}
	tab, cancel := chromedp.NewContext(bctx)
	defer cancel()
	tab, cancelTime := context.WithTimeout(tab, timeout)
	defer cancelTime()
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	if err := chromedp.Do(tab, chromedp.Navigate(u.String())); err != nil {
		return err
	}
	yes, no := true, false
	res, err := chromedp.Call(tab, page.PrintToPDF, page.PrintToPDFParams{
		PaperWidth: paper.Width, PaperHeight: paper.Height,
		PrintBackground: &yes, DisplayHeaderFooter: &no, PreferCSSPageSize: &no,
		GenerateTaggedPDF: &yes, GenerateDocumentOutline: &yes,
	})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(j.Out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(j.Out, res.Data, 0o644)
}
