package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/outdir"
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
	base := newRootFS(root)
	if contentDir == "" {
		return base, base.Close, nil
	}
	croot, err := os.OpenRoot(contentDir)
	if err != nil {
		base.Close()
		return nil, nil, fmt.Errorf("cannot open the content folder: %w", err)
	}
	cfs := newRootFS(croot)
	closeBoth := func() error { return errors.Join(cfs.Close(), base.Close()) }
	return mountFS{base: base, content: cfs}, closeBoth, nil
}

// rootFS is an os.Root's file system with a faster ReadFile: a build reads
// thousands of files, and reading one through os.Root resolves every
// folder of its path again (a dozen system calls). rootFS opens each folder
// once, through the root, and reads the files in it with outdir.ReadIn (openat with
// O_NOFOLLOW where the system has it, so a name without slashes in a folder
// of the root cannot lead out of it). Links, which the content loader
// accepts when they stay inside, go through the root's own ReadFile.
type rootFS struct {
	fs.FS // the root's: everything but ReadFile
	root  *os.Root
	mu    sync.Mutex
	dirs  map[string]*os.File
}

var (
	_ fs.ReadFileFS = (*rootFS)(nil)
	_ fs.StatFS     = (*rootFS)(nil)
	_ fs.ReadLinkFS = (*rootFS)(nil)
)

func newRootFS(root *os.Root) *rootFS {
	return &rootFS{FS: root.FS(), root: root, dirs: map[string]*os.File{}}
}

func (r *rootFS) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) || name == "." {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: fs.ErrInvalid}
	}
	dir, base := path.Split(name)
	d, err := r.dir(strings.TrimSuffix(dir, "/"))
	if err == nil {
		data, err := outdir.ReadIn(d, base)
		if err == nil || !errors.Is(err, outdir.ErrFollow) {
			return data, err
		}
	}
	// A link, a folder that did not open, or not a plain file. The root
	// would open a FIFO and wait for a writer for ever: its mode is looked
	// at first (through a link too), and it is never opened.
	if info, err := fs.Stat(r.FS, name); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: diag.NotAFile{Mode: info.Mode()}}
	}
	data, err := fs.ReadFile(r.FS, name)
	if err != nil && strings.Contains(err.Error(), "path escapes from parent") { // os.Root's error, not exported
		return nil, &fs.PathError{Op: "read", Path: name, Err: diag.OutsideLink{}}
	}
	return data, err
}

// Stat, Lstat and ReadLink are the root's: a file's size and mode are
// known without opening it (which would wait for ever on a named pipe).
func (r *rootFS) Stat(name string) (fs.FileInfo, error)  { return fs.Stat(r.FS, name) }
func (r *rootFS) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(r.FS, name) }
func (r *rootFS) ReadLink(name string) (string, error)   { return fs.ReadLink(r.FS, name) }

// dir returns the folder, opened once through the root.
func (r *rootFS) dir(name string) (*os.File, error) {
	if name == "" {
		name = "."
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if d, ok := r.dirs[name]; ok {
		return d, nil
	}
	d, err := r.root.Open(name)
	if err != nil {
		return nil, err
	}
	r.dirs[name] = d
	return d, nil
}

// Forget closes the folders opened so far: a folder renamed, deleted or
// made again since would still be read through its old handle. A Builder
// calls it before every build.
func (r *rootFS) Forget() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for name, d := range r.dirs {
		d.Close()
		delete(r.dirs, name)
	}
}

// Close closes the folders and the root.
func (r *rootFS) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var errs []error
	for _, d := range r.dirs {
		errs = append(errs, d.Close())
	}
	r.dirs = nil
	return errors.Join(append(errs, r.root.Close())...)
}

// mountFS is a source folder whose content/ comes from another file system.
type mountFS struct{ base, content fs.FS }

// Forget forgets the folders of both file systems (see rootFS.Forget).
func (m mountFS) Forget() {
	for _, f := range []fs.FS{m.base, m.content} {
		if f, ok := f.(forgetter); ok {
			f.Forget()
		}
	}
}

// forgetter is a source file system that keeps folders open between reads.
type forgetter interface{ Forget() }

var (
	_ fs.StatFS     = mountFS{}
	_ fs.ReadDirFS  = mountFS{}
	_ fs.ReadLinkFS = mountFS{}
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

func (m mountFS) Lstat(name string) (fs.FileInfo, error) {
	fsys, n := m.route(name)
	return fs.Lstat(fsys, n)
}

func (m mountFS) ReadLink(name string) (string, error) {
	fsys, n := m.route(name)
	return fs.ReadLink(fsys, n)
}

func (m mountFS) ReadDir(name string) ([]fs.DirEntry, error) {
	fsys, n := m.route(name)
	return fs.ReadDir(fsys, n)
}

func (m mountFS) ReadFile(name string) ([]byte, error) {
	fsys, n := m.route(name)
	return fs.ReadFile(fsys, n)
}
