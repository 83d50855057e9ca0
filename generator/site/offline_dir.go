package site

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/followup/followup/generator/outdir"
)

// buildWithOffline is Build with Options.OfflineDir: the offline copy's
// files go, as the build makes them (Options.Offline), into a staging
// folder next to the offline folder, which replaces it (like the output,
// atomically) once the build has succeeded. A site without an offline copy
// leaves the folder as it was.
func buildWithOffline(ctx context.Context, dest outdir.Dest, src fs.FS, opts Options) (*Report, error) {
	var report *Report
	err := opts.OfflineDir.Replace(ctx, "the offline copy", func(_ string, sink *outdir.Sink) error {
		inner := opts
		inner.Offline, inner.OfflineDir = sink, outdir.Dest{}
		err := dest.Replace(ctx, "the new build", func(staging string, out *outdir.Sink) error {
			var err error
			if report, err = Generate(ctx, src, inner, out); err != nil {
				return err
			}
			return PrintPDFs(ctx, staging, report, opts.PDFOptions)
		})
		if err == nil && report.Offline == "" {
			return errNoOffline // the output is swapped; the offline folder stays
		}
		return err
	})
	switch {
	case errors.Is(err, errNoOffline):
		return report, nil
	case err != nil:
		return nil, err
	}
	report.OfflineDir = opts.OfflineDir.Dir()
	return report, nil
}

// errNoOffline stops the offline folder's swap when the site has no copy.
var errNoOffline = errors.New("the site has no offline copy")

// CheckOfflineDir returns the folder offline as the destination of the
// offline copy of a build of the folder source into dest, checked as a
// build's destination is (CheckDest), and refused when it is, holds or
// lies inside the site's own output folder: the offline copy would replace
// the site, or the next build would delete the copy.
func CheckOfflineDir(source string, dest outdir.Dest, offline string) (outdir.Dest, error) {
	d, err := CheckDest(source, offline, Options{})
	if err != nil {
		return d, err
	}
	if outdir.Within(d.Dir(), dest.Dir()) || outdir.Within(dest.Dir(), d.Dir()) {
		return outdir.Dest{}, fmt.Errorf("the offline folder %s overlaps the output folder %s: write the offline copy to a folder beside it, such as %s", d, dest, filepath.Join(filepath.Dir(dest.Dir()), "offline"))
	}
	return d, nil
}
