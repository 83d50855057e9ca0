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

// PDFJob is one PDF to print: the page it prints and the PDF it writes,
// both files of the folder being built.
type PDFJob struct{ Page, Out string }

// PDF is a PDF printed after the build: Page, a page of the build, printed
// to Out; both are site paths.
type PDF struct{ Page, Out string }

// PrintPDFs is the step after a build with Options.PDF: it prints the PDFs
// the build claimed (r.Print: the print edition and the packet) with o,
// from the build written into the folder dir into the same folder, and
// lists them in r.PDFs. Build takes it before the swap, so the PDFs arrive
// with the rest of the output.
func PrintPDFs(ctx context.Context, dir string, r *Report, o PDFOptions) error {
	if len(r.Print) == 0 {
		return nil
	}
	if o.Print == nil {
		return errors.New("Options.PDF is set without PDFOptions.Print: nothing can print the PDFs")
	}
	var jobs []PDFJob
	for _, f := range r.Print {
		jobs = append(jobs, PDFJob{Page: filepath.Join(dir, filepath.FromSlash(f.Page)), Out: filepath.Join(dir, filepath.FromSlash(f.Out))})
	}
	if err := o.Print(ctx, r.Language, jobs); err != nil {
		return err
	}
	for _, f := range r.Print {
		r.PDFs = append(r.PDFs, f.Out)
	}
	return nil
}
