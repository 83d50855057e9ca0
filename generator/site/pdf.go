package site

import (
	"context"
	"path/filepath"

	"github.com/followup/followup/generator/pdf"
	"github.com/followup/followup/generator/providers/downloads"
)

// PDFOptions say how Build prints PDFs (Options.PDF).
type PDFOptions struct {
	// Browser is the path of Chromium; "" finds it (pdf.Find).
	Browser string
	// Paper is "a4" or "letter"; "" takes the usual paper of the site's
	// language region (pdf.PaperFor).
	Paper string
}

// PDF is a PDF printed after the build: Page, a page of the build, printed
// to Out; both are site paths.
type PDF = downloads.PDF

// PrintPDFs is the step after a build with Options.PDF: it prints the PDFs
// the build claimed (r.Print: the print edition and the packet) with
// Chromium, from the build written into the folder dir into the same
// folder, and lists them in r.PDFs. Build takes it before the swap, so the
// PDFs arrive with the rest of the output.
func PrintPDFs(dir string, r *Report, o PDFOptions) error {
	if len(r.Print) == 0 {
		return nil
	}
	browser := o.Browser
	if browser == "" {
		var err error
		if browser, err = pdf.Find(); err != nil {
			return err
		}
	}
	paper := pdf.PaperFor(r.Language)
	if o.Paper != "" {
		var err error
		if paper, err = pdf.ParsePaper(o.Paper); err != nil {
			return err
		}
	}
	var jobs []pdf.Job
	for _, f := range r.Print {
		jobs = append(jobs, pdf.Job{Page: filepath.Join(dir, filepath.FromSlash(f.Page)), Out: filepath.Join(dir, filepath.FromSlash(f.Out))})
	}
	if err := pdf.Print(context.Background(), browser, paper, jobs...); err != nil {
		return err
	}
	for _, f := range r.Print {
		r.PDFs = append(r.PDFs, f.Out)
	}
	return nil
}
