//go:build unix

package outdir

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReplaceWaitsForReplace: a Replace of a folder another build holds
// waits for it, then runs, instead of failing.
func TestReplaceWaitsForReplace(t *testing.T) {
	d := mustCheck(t, filepath.Join(t.TempDir(), "public"))
	unlock, err := lockDest(d.Dir(), holderBuild)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		done <- d.Replace(context.Background(), "the build", func(_ string, s *Sink) error {
			return s.Write("a/index.html", []byte("a"))
		})
	}()
	select {
	case err := <-done:
		unlock()
		t.Fatalf("Replace did not wait for the build holding the folder (error: %v)", err)
	case <-time.After(300 * time.Millisecond):
	}
	unlock()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Replace never ran after the other let go")
	}
	if _, err := os.Stat(filepath.Join(d.Dir(), "a", "index.html")); err != nil {
		t.Fatal(err)
	}
}

// TestLockRefusesWhileServed: a folder serve holds refuses a second serve
// and a build at once, naming the holder and what to do.
func TestLockRefusesWhileServed(t *testing.T) {
	d := mustCheck(t, filepath.Join(t.TempDir(), "public"))
	unlock, err := d.Lock()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	want := fmt.Sprintf("%s is in use by followup serve (process %d)", d, os.Getpid())
	if _, err := d.Lock(); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("a second Lock: error %v, want %q", err, want)
	}
	err = d.Replace(context.Background(), "the build", func(string, *Sink) error { return nil })
	if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--dest") {
		t.Errorf("Replace of a served folder: error %v, want %q and what to do", err, want)
	}
}

// TestLockIsNotBesideTheOutput: the lock file is in a folder of the
// user's own, never in the folder that holds the output (a web root would
// serve it), and two folders have two locks.
func TestLockIsNotBesideTheOutput(t *testing.T) {
	www := filepath.Join(t.TempDir(), "www")
	unlock, err := mustCheck(t, filepath.Join(www, "guide")).Lock()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	other := mustCheck(t, filepath.Join(www, "other"))
	if err := other.Replace(context.Background(), "the build", func(string, *Sink) error { return nil }); err != nil {
		t.Fatalf("a build of another folder beside a served one: %v", err)
	}
	entries, _ := os.ReadDir(www)
	for _, e := range entries {
		if e.Name() != "other" {
			t.Errorf("%s holds %s besides the output", www, e.Name())
		}
	}
	lock, err := lockFile(filepath.Join(www, "guide"))
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(filepath.Dir(lock))
	if err != nil || info.Mode().Perm() != 0o700 || strings.HasPrefix(lock, filepath.Dir(www)) {
		t.Errorf("the lock file %s is in a folder of mode %v (%v), want 0700 outside the site", lock, info.Mode().Perm(), err)
	}
}
