//go:build unix

package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServedFolderRefusesBuilds: while serve holds a folder, a build and a
// second server are refused at once, naming the server's process, and the
// folder is left as it was; once it lets go, a build goes ahead.
func TestServedFolderRefusesBuilds(t *testing.T) {
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	writeTree(t, src, map[string]string{"content/a.md": "---\ntitle: A\n---\nText.\n"})
	if _, err := Build(src, dest, testOpts); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	unlock, err := LockDest(dest)
	if err != nil {
		t.Fatal(err)
	}
	writeTree(t, src, map[string]string{"content/a.md": "---\ntitle: A\n---\nChanged.\n"})
	want := fmt.Sprintf("%s is in use by followup serve (process %d)", dest, os.Getpid())
	_, err = Build(src, dest, testOpts)
	if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--dest") {
		t.Fatalf("build of a served folder: error %v, want one saying %q and what to do", err, want)
	}
	if _, err := LockDest(dest); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("a second server: error %v, want %q", err, want)
	}
	if got := snapshot(t, dest); keysOf(got) != keysOf(before) || got["a/index.html"] != before["a/index.html"] {
		t.Fatal("the refused build changed the served folder")
	}
	unlock()
	if _, err := Build(src, dest, testOpts); err != nil {
		t.Fatalf("after the server stopped: %v", err)
	}
	if !strings.Contains(snapshot(t, dest)["a/index.html"], "Changed.") {
		t.Fatal("the build after the server stopped did not write the new page")
	}
}

// TestBuildWaitsForBuild: a build of a folder another build holds waits
// for it, then runs, instead of failing.
func TestBuildWaitsForBuild(t *testing.T) {
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	writeTree(t, src, map[string]string{"content/a.md": "---\ntitle: A\n---\nText.\n"})
	unlock, err := lockDest(dest, holderBuild)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := Build(src, dest, testOpts); done <- err }()
	select {
	case err := <-done:
		unlock()
		t.Fatalf("the build did not wait for the one holding the folder (error: %v)", err)
	case <-time.After(300 * time.Millisecond):
	}
	unlock()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the build never ran after the other let go")
	}
	if _, err := os.Stat(filepath.Join(dest, "a", "index.html")); err != nil {
		t.Fatal(err)
	}
}

// TestLockIsNotBesideTheOutput: the lock file is in a folder of the
// user's own, never in the folder that holds the output (a web root would
// serve it), and two folders have two locks.
func TestLockIsNotBesideTheOutput(t *testing.T) {
	root := t.TempDir()
	src, www := filepath.Join(root, "src"), filepath.Join(root, "www")
	writeTree(t, src, map[string]string{"content/a.md": "# A\n"})
	unlock, err := LockDest(filepath.Join(www, "guide"))
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if _, err := Build(src, filepath.Join(www, "other"), testOpts); err != nil {
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
	if err != nil || info.Mode().Perm() != 0o700 || strings.HasPrefix(lock, root) {
		t.Errorf("the lock file %s is in a folder of mode %v (%v), want 0700 outside the site", lock, info.Mode().Perm(), err)
	}
}
