package outdir

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Sink writes files into a folder, creating sub-folders as needed: the
// staging folder of Replace. It is safe for concurrent use.
type Sink struct {
	dir  string
	made sync.Map // folders already created
}

// NewSink returns a sink writing into dir.
func NewSink(dir string) *Sink { return &Sink{dir: dir} }

// Write writes the file at path, a site path with forward slashes.
func (s *Sink) Write(path string, data []byte) error {
	full, err := s.prepare(path)
	if err != nil {
		return err
	}
	return writeFile(full, data)
}

// Copy writes the file at path from what open gives, a piece at a time
// (on Linux the kernel copies a file to a file without it passing through
// the program): a large file is never held in memory. Open is called once.
func (s *Sink) Copy(path string, open func() (io.ReadCloser, error)) error {
	full, err := s.prepare(path)
	if err != nil {
		return err
	}
	r, err := open()
	if err != nil {
		return err
	}
	defer r.Close()
	f, err := os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, filePerm)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// prepare makes the folder of the file at path and returns its full name.
func (s *Sink) prepare(path string) (string, error) {
	full := filepath.Join(s.dir, filepath.FromSlash(path))
	if dir := filepath.Dir(full); dir != s.dir {
		if _, done := s.made.Load(dir); !done {
			// One mkdir when the parent exists, as it nearly always does
			// (pages are written parents first); MkdirAll otherwise.
			if err := os.Mkdir(dir, dirPerm); err != nil && !errors.Is(err, fs.ErrExist) {
				if err := os.MkdirAll(dir, dirPerm); err != nil {
					return "", err
				}
			}
			s.made.Store(dir, true)
		}
	}
	return full, nil
}

// WriteFile replaces the file at name (slash-separated) in the folder: it
// writes a temporary file in the same folder and renames it over the old
// one, so a reader sees the old file or the new one, never part of one.
func (d Dest) WriteFile(name string, data []byte) error {
	return d.replaceFile(name, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}

// CopyFile replaces the file at name as WriteFile does, with what r gives,
// a piece at a time: a large file is never held in memory.
func (d Dest) CopyFile(name string, r io.Reader) error {
	return d.replaceFile(name, func(f *os.File) error {
		_, err := io.Copy(f, r)
		return err
	})
}

// replaceFile writes a temporary file beside name with fill and renames
// it over name.
func (d Dest) replaceFile(name string, fill func(*os.File) error) error {
	full := filepath.Join(d.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), dirPerm); err != nil {
		return err
	}
	tmp, err := createNew(filepath.Dir(full), ".followup-tmp-")
	if err != nil {
		return err
	}
	err = fill(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), full)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// Remove deletes the file at name (slash-separated) and the folders it
// leaves empty.
func (d Dest) Remove(name string) error {
	full := filepath.Join(d.dir, filepath.FromSlash(name))
	if err := os.Remove(full); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for dir := filepath.Dir(full); dir != d.dir && strings.HasPrefix(dir, d.dir); dir = filepath.Dir(dir) {
		if os.Remove(dir) != nil {
			break // not empty
		}
	}
	return nil
}
