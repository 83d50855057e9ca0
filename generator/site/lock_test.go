//go:build unix

package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServedFolderRefusesBuilds: while serve holds a folder, a build and a
// second server are refused at once, naming the server's process, and the
// folder is left as it was; once it lets go, a build goes ahead.
func TestServedFolderRefusesBuilds(t *testing.T) {
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	writeTree(t, src, map[string]string{"content/a.md": "---\ntitle: A\n---\nText.\n"})
	if _, err := build(src, dest, testOpts); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	unlock, err := mustDest(t, dest).Lock()
	if err != nil {
		t.Fatal(err)
	}
	writeTree(t, src, map[string]string{"content/a.md": "---\ntitle: A\n---\nChanged.\n"})
	want := fmt.Sprintf("%s is in use by followup serve (process %d)", dest, os.Getpid())
	_, err = build(src, dest, testOpts)
	if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--dest") {
		t.Fatalf("build of a served folder: error %v, want one saying %q and what to do", err, want)
	}
	if _, err := mustDest(t, dest).Lock(); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("a second server: error %v, want %q", err, want)
	}
	if got := snapshot(t, dest); keysOf(got) != keysOf(before) || got["a/index.html"] != before["a/index.html"] {
		t.Fatal("the refused build changed the served folder")
	}
	unlock()
	if _, err := build(src, dest, testOpts); err != nil {
		t.Fatalf("after the server stopped: %v", err)
	}
	if !strings.Contains(snapshot(t, dest)["a/index.html"], "Changed.") {
		t.Fatal("the build after the server stopped did not write the new page")
	}
}
