package site

import (
	"context"
	"errors"
	"path/filepath"
)

// PDFOptions say how Build prints PDFs (Options.PDF).
type PDFOptions struct {
	// Print prints each job's page to its PDF for a site in language (the
	// language tag of followup.toml, which picks the usual paper). The
	// command passes one that drives Chromium (packages pdf and chromium):
	// site never starts a browser, so the live server does not link one.
	Print func(ctx context.Context, language string, jobs []PDFJob) error
}

// PDFJob is one PDF Build prints: the page it prints and the PDF it
// writes, both files of the folder being built.
type PDFJob struct{ Page, Out string }

// printPDFs prints the print edition and the packet, built into the
// folder dir, to the PDFs the plan claimed in downloads/.
func printPDFs(ctx context.Context, dir string, r *Report, language string, o PDFOptions) error {
	if len(r.pdfs) == 0 {
		return nil
	}
	if o.Print == nil {
		return errors.New("Options.PDF is set without PDFOptions.Print: nothing can print the PDFs")
	}
	var jobs []PDFJob
	for _, f := range r.pdfs {
		jobs = append(jobs, PDFJob{Page: filepath.Join(dir, filepath.FromSlash(f.page)), Out: filepath.Join(dir, filepath.FromSlash(f.out))})
	}
	return o.Print(ctx, language, jobs)
}

// pdfFile is a PDF Build prints: the page it prints and the file it writes.
type pdfFile struct{ page, out string }
