package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/followup/followup/generator/content"
)

// OpenSource opens a site's source folder for reading. Reads go through
// os.Root, so no path or symbolic link leads out of the folder. When
// contentDir is set, the site's content/ is that folder instead (opened the
// same way): content kept apart from the site, as in a separate repository.
// Close the returned closer when done.
func OpenSource(source, contentDir string) (fs.FS, func() error, error) {
	root, err := os.OpenRoot(source)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot open the source folder: %w", err)
	}
	if contentDir == "" {
		return root.FS(), root.Close, nil
	}
	croot, err := os.OpenRoot(contentDir)
	if err != nil {
		root.Close()
		return nil, nil, fmt.Errorf("cannot open the content folder: %w", err)
	}
	closeBoth := func() error { return errors.Join(croot.Close(), root.Close()) }
	return mountFS{base: root.FS(), content: croot.FS()}, closeBoth, nil
}

// mountFS is a source folder whose content/ comes from another file system.
type mountFS struct{ base, content fs.FS }

var (
	_ fs.StatFS    = mountFS{}
	_ fs.ReadDirFS = mountFS{}
)

// route returns the file system and name inside it for a source path.
func (m mountFS) route(name string) (fs.FS, string) {
	if name == content.Dir {
		return m.content, "."
	}
	if rest, ok := strings.CutPrefix(name, content.Dir+"/"); ok {
		return m.content, rest
	}
	return m.base, name
}

func (m mountFS) Open(name string) (fs.File, error) {
	fsys, n := m.route(name)
	return fsys.Open(n)
}

func (m mountFS) Stat(name string) (fs.FileInfo, error) {
	fsys, n := m.route(name)
	return fs.Stat(fsys, n)
}

func (m mountFS) ReadDir(name string) ([]fs.DirEntry, error) {
	fsys, n := m.route(name)
	return fs.ReadDir(fsys, n)
}

func (m mountFS) ReadFile(name string) ([]byte, error) {
	fsys, n := m.route(name)
	return fs.ReadFile(fsys, n)
}

// checkContentDest refuses a destination inside the content folder, or
// one that holds it.
func checkContentDest(contentDir, dest string) error {
	contentDir, err := filepath.Abs(contentDir)
	if err != nil {
		return err
	}
	if dest, err = filepath.Abs(dest); err != nil {
		return err
	}
	in := func(a, b string) bool { return a == b || strings.HasPrefix(a, b+string(filepath.Separator)) }
	if in(dest, contentDir) || in(contentDir, dest) {
		return fmt.Errorf("destination %s and content folder %s overlap: choose a folder for the output only", dest, contentDir)
	}
	return nil
}
