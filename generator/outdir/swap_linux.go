package outdir

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// swap puts the folder staging in place of dest in one atomic step: with an
// existing dest the two are exchanged (staging then holds the old output),
// so there is no moment at which dest is missing or half written.
func swap(staging, dest string) error {
	err := unix.Renameat2(unix.AT_FDCWD, staging, unix.AT_FDCWD, dest, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOENT) {
		return os.Rename(staging, dest)
	}
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) {
		return swapByRenames(staging, dest) // a file system without RENAME_EXCHANGE
	}
	return err
}
