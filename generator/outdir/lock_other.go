//go:build !unix

package outdir

import "os"

// flock always succeeds where flock(2) is not available: nothing keeps two
// followup processes from one folder there.
func flock(*os.File, bool) (bool, error) { return false, nil }

func funlock(*os.File) {}
