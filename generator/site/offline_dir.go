package site

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"
)

// WriteOfflineDir unpacks the offline copy of a build (r, the report of
// the Build that wrote the folder built from the folder source) into the
// folder dest, for people who want the folder rather than the archive:
// followup build --offline-dir. Like Build, it writes a staging folder next
// to dest and swaps it in only when complete, and it replaces only an empty
// folder or one it wrote before (marked with the .followup-build file).
func WriteOfflineDir(source, built string, r *Report, dest string) error {
	if r.Offline == "" {
		return errors.New("the site has no offline copy: set offline = true under [outputs] in followup.toml")
	}
	zipFile := filepath.Join(built, filepath.FromSlash(r.Offline))
	source, dest, err := checkedPaths(source, dest, Options{})
	if err != nil {
		return err
	}
	zr, err := zip.OpenReader(zipFile)
	if err != nil {
		return fmt.Errorf("reading the offline copy: %w", err)
	}
	defer zr.Close()
	return replaceDir(dest, "the offline copy", func(_ string, sink *DirSink) error {
		for _, f := range zr.File {
			// Entries are <site>/<file>; the folder is the <site> folder.
			_, name, ok := strings.Cut(f.Name, "/")
			if !ok || name == "" || strings.HasSuffix(name, "/") || !filepath.IsLocal(filepath.FromSlash(name)) || path.Clean(name) != name {
				return fmt.Errorf("the offline copy has an unexpected entry %q", f.Name)
			}
			rc, err := f.Open()
			if err != nil {
				return err
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return fmt.Errorf("reading %s from the offline copy: %w", f.Name, err)
			}
			if err := sink.Write(name, data); err != nil {
				return err
			}
		}
		return nil
	})
}

// CheckOfflineDir refuses, before anything is built, an offline folder
// that WriteOfflineDir would refuse, or that is, holds or lies inside the
// site's own output folder dest: the offline copy would replace the site,
// or the next build would delete the copy.
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
