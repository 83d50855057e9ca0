package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/followup/followup/generator/pdf"
	"github.com/followup/followup/generator/site"
)

// editionFlags are the flags of build for the print and offline editions.
type editionFlags struct {
	pdf        bool
	paper      string
	offlineDir string
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
func (e *editionFlags) apply(opts *site.Options, source, dest string) error {
	if e.offlineDir != "" {
		if err := site.CheckOfflineDir(source, dest, e.offlineDir); err != nil {
			return usageError{"--offline-dir: " + err.Error()}
		}
		opts.OfflineDir = e.offlineDir // written by the build, from the same files as the archive
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
	browser, err := pdf.Find()
	if err != nil {
		return err
	}
	opts.PDF, opts.PDFOptions = true, site.PDFOptions{Browser: browser, Paper: e.paper}
	return nil
}

// after says where the editions are.
func (e *editionFlags) after(stdout io.Writer, source, dest string, r *site.Report) error {
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
