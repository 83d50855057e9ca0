package site

import (
	"context"
	"path/filepath"

	"github.com/followup/followup/generator/pdf"
)

// PDFOptions say how Build prints PDFs (Options.PDF).
type PDFOptions struct {
	// Browser is the path of Chromium; "" finds it (pdf.Find).
	Browser string
	// Paper is "a4" or "letter"; "" takes the usual paper of the site's
	// language region (pdf.PaperFor).
	Paper string
}

// printPDFs prints the print edition and the packet, built into the
// folder dir, to the PDFs the plan claimed in downloads/.
func printPDFs(ctx context.Context, dir string, r *Report, language string, o PDFOptions) error {
	if len(r.pdfs) == 0 {
		return nil
	}
	browser := o.Browser
	if browser == "" {
		var err error
		if browser, err = pdf.Find(); err != nil {
			return err
		}
	}
	paper := pdf.PaperFor(language)
	if o.Paper != "" {
		var err error
		if paper, err = pdf.ParsePaper(o.Paper); err != nil {
			return err
		}
	}
	var jobs []pdf.Job
	for _, f := range r.pdfs {
		jobs = append(jobs, pdf.Job{Page: filepath.Join(dir, filepath.FromSlash(f.page)), Out: filepath.Join(dir, filepath.FromSlash(f.out))})
	}
	return pdf.Print(ctx, browser, paper, jobs...)
}

// pdfFile is a PDF Build prints: the page it prints and the file it writes.
type pdfFile struct{ page, out string }
