package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/followup/followup/generator/chromium"
	"github.com/followup/followup/generator/edition/pdf"
	"github.com/followup/followup/generator/outdir"
	"github.com/followup/followup/generator/site"
)

// editionFlags are the flags of build for the print and offline editions.
type editionFlags struct {
	pdf        bool
	paper      string
	offlineDir string
	offline    outdir.Dest // offlineDir, checked by apply
}

func (e *editionFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&e.pdf, "pdf", false, "also print the whole guide and the workshop packet to PDF in downloads/, with the local Chromium")
	fs.StringVar(&e.paper, "paper", "", "the `paper` of the PDFs: a4 or letter (default: the usual one for the site's language, letter for the US and Canada)")
	fs.StringVar(&e.offlineDir, "offline-dir", "", "also write the offline copy (the site to read from disk, without the dated calculator) into this `folder`")
}

// apply checks the flags and sets the site options they ask for. Asking
// for PDFs without Chromium is an error that says what to install; an
// offline folder that overlaps the output folder or the source is a usage
// error, found before anything is built.
func (e *editionFlags) apply(opts *site.Options, source string, dest outdir.Dest) error {
	if e.offlineDir != "" {
		var err error
		if e.offline, err = site.CheckOfflineDir(source, dest, e.offlineDir); err != nil {
			return usageError{"--offline-dir: " + err.Error()}
		}
		opts.OfflineDir = e.offline // written by the build, from the same files as the archive
	}
	if e.paper != "" {
		if _, err := pdf.ParsePaper(e.paper); err != nil {
			return usageError{"--paper: " + err.Error()}
		}
		if !e.pdf {
			return usageError{"--paper goes with --pdf"}
		}
	}
	if !e.pdf {
		return nil
	}
	browser, err := chromium.Find()
	if err != nil {
		return err
	}
	paper := e.paper
	print := func(ctx context.Context, language string, jobs []site.PDFJob) error {
		return printPDFs(ctx, browser, paper, language, jobs)
	}
	opts.PDF, opts.PDFOptions = true, site.PDFOptions{Print: print}
	return nil
}

// printPDFs prints a build's PDFs with the Chromium at browser on paper,
// "a4" or "letter", or when it is "" the usual paper of the site's
// language.
func printPDFs(ctx context.Context, browser, paper, language string, jobs []site.PDFJob) error {
	size := pdf.PaperFor(language)
	if paper != "" {
		var err error
		if size, err = pdf.ParsePaper(paper); err != nil {
			return err
		}
	}
	printJobs := make([]pdf.Job, len(jobs))
	for i, j := range jobs {
		printJobs[i] = pdf.Job{Page: j.Page, Out: j.Out}
	}
	return pdf.Print(ctx, browser, size, printJobs...)
}

// after says where the editions are (dest, the output folder as the
// command line names it).
func (e *editionFlags) after(stdout io.Writer, dest string, r *site.Report) error {
	for _, f := range r.PDFs {
		fmt.Fprintf(stdout, "followup: printed %s\n", filepath.Join(dest, filepath.FromSlash(f)))
	}
	if e.offlineDir == "" {
		return nil
	}
	if r.OfflineDir == "" {
		return errors.New("--offline-dir: the site has no offline copy: set offline = true under [outputs] in followup.toml")
	}
	fmt.Fprintf(stdout, "followup: wrote the offline copy into %s (open index.html there)\n", e.offlineDir)
	return nil
}
