package site

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
)

// buildWithOffline is Build with Options.OfflineDir: the offline copy's
// files go, as the build makes them, into a staging folder next to the
// offline folder, which replaces it (like the output, atomically, and only
// an empty folder or one it wrote before, marked with the .followup-build
// file) once the build has succeeded. A site without an offline copy
// leaves the folder as it was.
func buildWithOffline(source, dest string, src fs.FS, opts Options) (*Report, error) {
	_, offline, err := checkedPaths(source, opts.OfflineDir, Options{})
	if err != nil {
		return nil, err
	}
	var report *Report
	err = replaceDir(offline, "the offline copy", func(_ string, sink *DirSink) error {
		inner := opts
		inner.Offline, inner.OfflineDir = sink, ""
		err := replaceDir(dest, "the new build", func(staging string, out *DirSink) error {
			var err error
			if report, err = Generate(src, inner, out); err != nil {
				return err
			}
			return PrintPDFs(staging, report, opts.PDFOptions)
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
	report.OfflineDir = offline
	return report, nil
}

// errNoOffline stops the offline folder's swap when the site has no copy.
var errNoOffline = errors.New("the site has no offline copy")

// CheckOfflineDir refuses, before anything is built, an offline folder
// that Build would refuse (Options.OfflineDir), or that is, holds or lies
// inside the site's own output folder dest: the offline copy would replace
// the site, or the next build would delete the copy.
func CheckOfflineDir(source, dest, offline string) error {
	_, offline, err := checkedPaths(source, offline, Options{})
	if err != nil {
		return err
	}
	if dest, err = filepath.Abs(dest); err != nil {
		return err
	}
	if within(offline, dest) || within(dest, offline) {
		return fmt.Errorf("the offline folder %s overlaps the output folder %s: write the offline copy to a folder beside it, such as %s", offline, dest, filepath.Join(filepath.Dir(dest), "offline"))
	}
	return nil
}
