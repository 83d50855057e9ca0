//go:build !unix

package outdir

import (
	"errors"
	"os"
)

// ErrFollow: ReadIn is not available here; read the file another way.
var ErrFollow = errors.New("symbolic link")

// ReadIn defers to the root's ReadFile where openat is not available.
func ReadIn(*os.File, string) ([]byte, error) { return nil, ErrFollow }
