//go:build unix

package outdir

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// ErrFollow: the name is a symbolic link (or not a plain file), which
// ReadIn does not follow: read it another way.
var ErrFollow = errors.New("symbolic link")

// ReadIn reads the file called name (no slashes) in the folder d, without
// following a symbolic link: openat, fstat, read, close.
func ReadIn(d *os.File, name string) ([]byte, error) {
	dirfd := int(d.Fd())
	// O_NONBLOCK: opening a FIFO to read would wait for a writer, for ever.
	fd, err := unix.Openat(dirfd, name, unix.O_RDONLY|unix.O_CLOEXEC|unix.O_NOFOLLOW|unix.O_NONBLOCK, 0)
	if errors.Is(err, unix.ELOOP) {
		return nil, ErrFollow
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		return nil, ErrFollow // not a plain file: let the root report it
	}
	data := make([]byte, 0, st.Size+1)
	for {
		n, err := unix.Read(fd, data[len(data):cap(data)])
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}
