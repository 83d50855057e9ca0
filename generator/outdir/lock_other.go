//go:build !unix

package outdir

import (
	"io/fs"
	"os"
)

// flock always succeeds where flock(2) is not available: nothing keeps two
// followup processes from one folder there.
func flock(*os.File, bool) (bool, error) { return false, nil }

func funlock(*os.File) {}

// ownedBySelf reports whether this process's user owns the file: where
// flock(2) is not available, the lock files are not shared with anyone.
func ownedBySelf(fs.FileInfo) bool { return true }
