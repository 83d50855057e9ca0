//go:build unix

package site

import (
	"syscall"
	"testing"
)

// mkfifo makes a named pipe: a build that opened it to read would wait
// for a writer for ever.
func mkfifo(t *testing.T, name string) {
	t.Helper()
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Skip("named pipes are not available:", err)
	}
}
