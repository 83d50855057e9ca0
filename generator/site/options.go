package site

import (
	"time"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/outdir"
)

// Options control a build.
type Options struct {
	Drafts    bool
	BaseURL   string    // overrides followup.toml's base_url when set
	BuildDate time.Time // the date used wherever a build needs one
	SiteName  string    // the site's name when neither followup.toml nor content/_index.md gives one
	// ContentDir is read as the site's content/ by Build and OpenSource
	// when set: content kept in a folder of its own.
	ContentDir string
	// PDF makes the build claim PDFs of the print edition and the workshop
	// packet, listed in Report.Print, and Build print them with Chromium
	// after the build (PrintPDFs, see PDFOptions); Generate only plans them.
	PDF bool
	PDFOptions
	// OfflineDir makes Build also write the offline copy into this folder
	// (checked by CheckOfflineDir), from the files the build makes, as the
	// archive holds them, replaced atomically as the output is and only
	// when the build succeeded; when the site has no offline copy the
	// folder is left as it was and Report.OfflineDir is "".
	OfflineDir outdir.Dest
	// Offline, when set, receives the offline copy's files as the build
	// makes them (what OfflineDir writes).
	Offline Sink
	// Strict makes every warning an error (followup build --strict).
	Strict bool
	// Loaded, when set, is called once by Generate when it has read the
	// site (every language of it) and before it renders a page, whether or
	// not reading found errors. followup build turns its garbage collector
	// on there (cmd/followup/gc.go).
	Loaded func()

	largeFile int64 // tests: the size from which static files are copied, instead of largeFile
}

// loaded calls o.Loaded, if set.
func (o Options) loaded() {
	if o.Loaded != nil {
		o.Loaded()
	}
}

// Sink receives the output files. A Sink that is also a model.Copier
// (outdir.Sink) is given large files (model.Open) to copy a piece at a
// time; any other gets them whole, in Write.
type Sink interface {
	// Write stores one file; path is a site path with forward slashes.
	// It is called from several goroutines at once.
	Write(path string, data []byte) error
}

// Report says what a build did.
type Report struct {
	Pages int // HTML pages written
	Files int // all files written

	// The editions (editions.go).
	Offline    string // site path of the offline copy's archive, "" when none
	OfflineDir string // the folder Build wrote the offline copy into (Options.OfflineDir), "" when none
	// Print lists the PDFs to print once the build is written, with
	// Options.PDF: the step after the build, PrintPDFs, which Build takes.
	Print    []PDF
	Language string   // the site's language, which gives the PDFs' usual paper
	PDFs     []string // site paths of the PDFs PrintPDFs printed

	// Warnings are the findings the site's [checks] keep as warnings,
	// sorted by file and line.
	Warnings diag.List
	// Untranslated lists, on a multilingual site, each page of the default
	// language that another language has no version of, at its file, as
	// findings of kind diag.Translations (whether or not [checks] makes
	// them warnings or errors): followup check prints them.
	Untranslated diag.List
}
