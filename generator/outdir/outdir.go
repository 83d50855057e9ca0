// Package outdir is the output folder of a build: checking that a folder
// may be written, replacing it atomically, locking it, and writing files
// into it. It holds the project's platform system calls (the platform
// files of this package): the lock, the atomic swap, a file written in
// three calls, and a file read without following a link (ReadIn, which
// the source reader uses).
//
// A Dest is a folder that has passed Check: it is not the source folder or
// a folder above it, not inside a folder the build reads, does not overlap
// a content folder kept elsewhere, and is missing, empty or a previous
// build's output (it has the Marker file). A Dest is made once, where the
// command reads its flags, and the rest of the build takes it as it is.
//
// Replace writes a whole new output into a staging folder next to the
// destination, .<name>.staging-*, and, only when that succeeded, swaps the
// two in one atomic step (renameat2 RENAME_EXCHANGE on Linux, two renames
// elsewhere); a failed, cancelled or killed build leaves the previous
// output as it was, and the next Replace removes a killed one's staging
// folder. Replacing one folder is serialised with a lock (Lock).
//
// A folder kept up to date file by file, as the live server's Builder
// does, is written with WriteFile (a temporary file renamed over the old
// one) and Remove, and listed with Files.
//
// A large file is copied, never held in memory: Sink.Copy and
// Dest.CopyFile write what a reader gives, a piece at a time, with the
// same modes as Write and WriteFile.
package outdir

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/followup/followup/generator/diag"
)

// Marker is the file every build writes at the top of its output. Only a
// folder that is empty or has this file passes Check, so a mistyped --dest
// never deletes someone's documents.
const Marker = ".followup-build"

// MarkerText is what the Marker file says.
const MarkerText = "This folder is written by followup build and replaced as a whole by each build.\n"

// Dest is an output folder that passed Check: an absolute path.
type Dest struct{ dir string }

// Dir is the folder's absolute path.
func (d Dest) Dir() string { return d.dir }

func (d Dest) String() string { return d.dir }

// Inputs are what a build reads, which its output folder keeps clear of.
type Inputs struct {
	Source  string   // the source folder, if any: the output is not it, nor above it
	Folders []string // folders of Source the build reads: the output is not inside one
	Content string   // a content folder kept elsewhere, if any: the two do not overlap
}

// Check returns dir as a Dest when a build may replace it (see Dest).
func Check(dir string, in Inputs) (Dest, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return Dest{}, err
	}
	if err := checkSource(dir, in); err != nil {
		return Dest{}, err
	}
	if err := checkContents(dir); err != nil {
		return Dest{}, err
	}
	if err := checkWritable(dir); err != nil {
		return Dest{}, err
	}
	if in.Content != "" {
		content, err := filepath.Abs(in.Content)
		if err != nil {
			return Dest{}, err
		}
		if Within(dir, content) || Within(content, dir) {
			return Dest{}, fmt.Errorf("destination %s and content folder %s overlap: choose a folder for the output only", dir, content)
		}
	}
	return Dest{dir: dir}, nil
}

// checkWritable refuses a folder whose output could not be written: a
// build makes its staging folder next to dir (Replace), so a folder is made
// and removed there, or in the nearest folder above that exists (the build
// makes the others).
func checkWritable(dir string) error {
	parent := filepath.Dir(dir)
	for {
		if _, err := os.Stat(parent); err == nil || filepath.Dir(parent) == parent {
			break
		}
		parent = filepath.Dir(parent)
	}
	probe, err := mkdirNew(parent, "."+filepath.Base(dir)+".probe-") // not .staging-: that is a build at work
	if err != nil {
		return &diag.Error{Msg: fmt.Sprintf("cannot write the output %s: %v; choose a folder you can write to (the build writes next to it, in %s)", dir, err, parent)}
	}
	return os.Remove(probe)
}

// checkSource refuses the source folder, a folder above it, and a folder
// inside one the build reads.
func checkSource(dir string, in Inputs) error {
	if in.Source == "" {
		return nil
	}
	source, err := filepath.Abs(in.Source)
	if err != nil {
		return err
	}
	if Within(source, dir) {
		return &diag.Error{Msg: fmt.Sprintf("destination %s contains the source folder: choose a folder for the output only, such as %s", dir, filepath.Join(source, "public"))}
	}
	for _, read := range in.Folders {
		if Within(dir, filepath.Join(source, read)) {
			return &diag.Error{Msg: fmt.Sprintf("destination %s is inside %s/, which the build reads: choose another folder", dir, read)}
		}
	}
	return nil
}

// checkContents refuses a folder that has files but no Marker.
func checkContents(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, Marker)); err != nil {
		return &diag.Error{Msg: fmt.Sprintf("destination %s is not empty and was not written by followup (it has no %s file): empty it or choose another folder", dir, Marker)}
	}
	return nil
}

// Within reports whether the folder a is b or inside it; both are absolute.
func Within(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+string(filepath.Separator)) || b == string(filepath.Separator)
}

// Replace replaces the folder, atomically, with what fill writes into a
// staging folder next to it (what, in words, for errors): under the
// folder's lock, with the leftovers of killed runs removed first, the
// Marker written, and the folder swapped for the staging folder only when
// fill succeeded and ctx was not cancelled meanwhile. The staging folder
// (after a swap, the previous output) is deleted afterwards.
func (d Dest) Replace(ctx context.Context, what string, fill func(staging string, sink *Sink) error) error {
	unlock, err := lockDest(d.dir, holderBuild)
	if err != nil {
		return err
	}
	defer unlock()
	parent, base := filepath.Dir(d.dir), filepath.Base(d.dir)
	removeLeftovers(parent, base)
	staging, err := mkdirNew(parent, "."+base+".staging-")
	if err != nil {
		return fmt.Errorf("cannot create a staging folder next to %s: %w", d.dir, err)
	}
	defer os.RemoveAll(staging)
	sink := NewSink(staging)
	if err := fill(staging, sink); err != nil {
		return err
	}
	if err := sink.Write(Marker, []byte(MarkerText)); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err // stopped before the swap: the previous output stays
	}
	if err := swap(staging, d.dir); err != nil {
		return fmt.Errorf("replacing %s with %s: %w", d.dir, what, err)
	}
	return nil
}

// removeLeftovers deletes staging folders of builds that were killed. The
// caller holds the destination's lock, so no build is using them.
func removeLeftovers(parent, base string) {
	leftovers, _ := filepath.Glob(filepath.Join(parent, "."+base+".staging-*"))
	for _, l := range leftovers {
		os.RemoveAll(l)
	}
}

// Files lists the files in the folder, slash-separated and relative to
// it: none when the folder is missing.
func (d Dest) Files() ([]string, error) {
	var files []string
	err := filepath.WalkDir(d.dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if !e.IsDir() {
			rel, _ := filepath.Rel(d.dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	return files, err
}
