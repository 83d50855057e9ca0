package site

import (
	"context"
	"path/filepath"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/outdir"
)

// Build generates the site in the folder source into the folder dest
// (checked by CheckDest with the same source and options), atomically: the
// previous dest stays as it was unless the build succeeds. A build stopped
// by ctx returns ctx's error, leaves dest as it was and no staging folder.
func Build(ctx context.Context, source string, dest outdir.Dest, opts Options) (*Report, error) {
	source, err := filepath.Abs(source)
	if err != nil {
		return nil, err
	}
	src, closeSource, err := OpenSource(source, opts.ContentDir)
	if err != nil {
		return nil, err
	}
	defer closeSource()
	if opts.SiteName == "" {
		opts.SiteName = filepath.Base(source)
	}

	if opts.OfflineDir.Dir() != "" {
		return buildWithOffline(ctx, dest, src, opts)
	}
	var report *Report
	err = dest.Replace(ctx, "the new build", func(staging string, sink *outdir.Sink) error {
		var err error
		if report, err = Generate(ctx, src, opts, sink); err != nil {
			return err
		}
		return PrintPDFs(ctx, staging, report, opts.PDFOptions)
	})
	if err != nil {
		return nil, err
	}
	return report, nil
}

// CheckDest returns the folder dest as the output of a build of the folder
// source with opts, when a build may replace it: not the source folder or
// one above it, not inside a folder the build reads, not overlapping the
// content folder, and missing, empty or a previous build's output.
func CheckDest(source, dest string, opts Options) (outdir.Dest, error) {
	return outdir.Check(dest, outdir.Inputs{Source: source, Folders: inputFolders, Content: opts.ContentDir})
}

// inputFolders are the folders of a source folder a build reads; besides
// them it reads only followup.toml.
var inputFolders = []string{content.Dir, "layouts", "static", "themes", checklist.Dir, "data", i18n.Dir}
