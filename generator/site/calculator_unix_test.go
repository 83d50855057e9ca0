//go:build unix

package site

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRulesFileFIFO: a named pipe in place of data/timeline.toml is
// reported at its path without being opened: reading it would wait for a
// writer that never comes.
func TestRulesFileFIFO(t *testing.T) {
	src := t.TempDir()
	writeTree(t, src, goodSite)
	rules := filepath.Join(src, "data/timeline.toml")
	os.Remove(rules)
	if err := os.MkdirAll(filepath.Dir(rules), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(rules, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := build(src, filepath.Join(src, "public"), testOpts)
		done <- err
	}()
	select {
	case err := <-done:
		want := "data/timeline.toml: it is a named pipe (FIFO), not a file: remove it, or put a file in its place"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Build with a FIFO for rules = %v, want %q", err, want)
		}
	case <-time.After(time.Minute):
		t.Fatal("the build hangs on a FIFO in place of data/timeline.toml")
	}
}
