//go:build !unix

package site

import (
	"errors"
	"os"
)

var errFollow = errors.New("symbolic link")

// readIn defers to the root's ReadFile where openat is not available.
func readIn(*os.File, string) ([]byte, error) { return nil, errFollow }
