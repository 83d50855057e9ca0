package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
)

// Marker is the file every build writes at the top of its output. Build
// only replaces a destination folder that is empty or has this file, so a
// mistyped --dest never deletes someone's documents.
const Marker = ".followup-build"

const markerText = "This folder is written by followup build and replaced as a whole by each build.\n"

// Build generates the site in the folder source into the folder dest,
// atomically: the previous dest stays as it was unless the build succeeds.
func Build(source, dest string, opts Options) (*Report, error) {
	source, dest, err := checkedPaths(source, dest, opts)
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

	var report *Report
	err = replaceDir(dest, "the new build", func(staging string, sink *DirSink) error {
		var err error
		if report, err = Generate(src, opts, sink); err != nil || !opts.PDF {
			return err
		}
		if err := printPDFs(staging, report, report.language, opts.PDFOptions); err != nil {
			return err
		}
		for _, f := range report.pdfs {
			report.PDFs = append(report.PDFs, f.out)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return report, nil
}

// replaceDir replaces the folder dest, atomically, with what fill writes
// into a staging folder next to it (what, in words, for errors): under
// dest's lock, with the leftovers of killed runs removed first, the Marker
// written, and dest swapped for the staging folder only when fill
// succeeded. The previous dest is deleted afterwards.
func replaceDir(dest, what string, fill func(staging string, sink *DirSink) error) error {
	unlock, err := lockDest(dest, holderBuild)
	if err != nil {
		return err
	}
	defer unlock()
	parent, base := filepath.Dir(dest), filepath.Base(dest)
	removeLeftovers(parent, base)
	staging, err := mkdirNew(parent, "."+base+".staging-")
	if err != nil {
		return fmt.Errorf("cannot create a staging folder next to %s: %w", dest, err)
	}
	defer os.RemoveAll(staging) // after a swap, this is the previous output
	sink := NewDirSink(staging)
	if err := fill(staging, sink); err != nil {
		return err
	}
	if err := sink.Write(Marker, []byte(markerText)); err != nil {
		return err
	}
	if err := swap(staging, dest); err != nil {
		return fmt.Errorf("replacing %s with %s: %w", dest, what, err)
	}
	return nil
}

// inputFolders are the folders of a source folder a build reads; besides
// them it reads only followup.toml.
var inputFolders = []string{content.Dir, "layouts", "static", "themes", checklist.Dir, "data"}

// checkDest refuses destinations the build would damage: the source folder
// or a folder above it, a folder the build reads, or a non-empty folder
// that is not a previous build.
func checkDest(source, dest string) error {
	if within(source, dest) {
		return &diag.Error{Msg: fmt.Sprintf("destination %s contains the source folder: choose a folder for the output only, such as %s", dest, filepath.Join(source, "public"))}
	}
	for _, read := range inputFolders {
		if within(dest, filepath.Join(source, read)) {
			return &diag.Error{Msg: fmt.Sprintf("destination %s is inside %s/, which the build reads: choose another folder", dest, read)}
		}
	}
	return checkDestContents(dest)
}

// within reports whether the folder a is b or inside it; both are absolute.
func within(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+string(filepath.Separator)) || b == string(filepath.Separator)
}

// removeLeftovers deletes staging folders of builds that were killed. The
// caller holds the destination's lock, so no build is using them.
func removeLeftovers(parent, base string) {
	leftovers, _ := filepath.Glob(filepath.Join(parent, "."+base+".staging-*"))
	for _, l := range leftovers {
		os.RemoveAll(l)
	}
}

// DirSink writes files into a folder, creating sub-folders as needed.
type DirSink struct {
	dir  string
	made sync.Map // folders already created
}

// NewDirSink returns a sink writing into dir.
func NewDirSink(dir string) *DirSink { return &DirSink{dir: dir} }

func (s *DirSink) Write(path string, data []byte) error {
	full := filepath.Join(s.dir, filepath.FromSlash(path))
	if dir := filepath.Dir(full); dir != s.dir {
		if _, done := s.made.Load(dir); !done {
			// One mkdir when the parent exists, as it nearly always does
			// (pages are written parents first); MkdirAll otherwise.
			if err := os.Mkdir(dir, dirPerm); err != nil && !errors.Is(err, fs.ErrExist) {
				if err := os.MkdirAll(dir, dirPerm); err != nil {
					return err
				}
			}
			s.made.Store(dir, true)
		}
	}
	return writeFile(full, data)
}
