package site

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/followup/followup/generator/outdir"
)

// WriteOfflineDir unpacks the offline copy of a build (r, the report of
// the Build that wrote the folder built) into the folder dest (see
// CheckOfflineDir), for people who want the folder rather than the
// archive: followup build --offline-dir. Like Build, it writes a staging
// folder next to dest and swaps it in only when complete.
func WriteOfflineDir(built string, r *Report, dest outdir.Dest) error {
	if r.Offline == "" {
		return errors.New("the site has no offline copy: set offline = true under [outputs] in followup.toml")
	}
	zr, err := zip.OpenReader(filepath.Join(built, filepath.FromSlash(r.Offline)))
	if err != nil {
		return fmt.Errorf("reading the offline copy: %w", err)
	}
	defer zr.Close()
	return dest.Replace(context.Background(), "the offline copy", func(_ string, sink *outdir.Sink) error {
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
