package outdir

import (
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// The modes the output is created with, less the umask, as other programs
// create files: under the usual umask 022, folders 0755 and files 0644, so
// a web server running as another user (nginx as www-data) can read a
// copy made with cp -a or rsync -a.
const (
	dirPerm  fs.FileMode = 0o777
	filePerm fs.FileMode = 0o666
)

// mkdirNew creates a folder named prefix plus a random suffix in parent,
// with dirPerm less the umask (os.MkdirTemp makes it 0700, which the swap
// would carry into the output).
func mkdirNew(parent, prefix string) (string, error) {
	for range 100 {
		name := filepath.Join(parent, prefix+strconv.FormatUint(rand.Uint64(), 36))
		err := os.Mkdir(name, dirPerm)
		if !errors.Is(err, fs.ErrExist) {
			return name, err
		}
	}
	return "", &fs.PathError{Op: "mkdir", Path: filepath.Join(parent, prefix+"*"), Err: fs.ErrExist}
}

// createNew creates a file named prefix plus a random suffix in dir, with
// filePerm less the umask (os.CreateTemp makes it 0600).
func createNew(dir, prefix string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, filePerm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "open", Path: filepath.Join(dir, prefix+"*"), Err: fs.ErrExist}
}
