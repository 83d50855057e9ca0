package outdir

import "os"

// swapByRenames replaces dest with staging using two renames; between them
// dest is missing for an instant. Used where RENAME_EXCHANGE is not
// available. Afterwards staging holds the old output.
func swapByRenames(staging, dest string) error {
	old := staging + ".old"
	if err := os.Rename(dest, old); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := os.Rename(staging, dest); err != nil {
		os.Rename(old, dest)
		return err
	}
	return os.Rename(old, staging)
}
