package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followup/followup/generator/outdir"
)

// TestDestThroughSymlink: a --dest that is a symbolic link (or under one)
// is built into the link's target, the link stays a link, and the two
// spellings of the folder share one lock.
func TestDestThroughSymlink(t *testing.T) {
	src := makeSite(t, map[string]string{"content/a.md": "# A\n"})
	root := t.TempDir()
	target := filepath.Join(root, "www", "guide")
	os.MkdirAll(target, 0o755)
	link := filepath.Join(root, "public")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	dangling := filepath.Join(root, "later")
	os.Symlink(filepath.Join(root, "www", "later"), dangling)
	for _, dest := range []string{link, filepath.Join(link, "..", "public"), dangling} {
		for range 2 { // the second build replaces the first
			if code, _, stderr := runCLI(t, "build", "--source", src, "--dest", dest, "--date", "2026-11-27"); code != 0 {
				t.Fatalf("build --dest %s: exit %d\n%s", dest, code, stderr)
			}
		}
	}
	for _, l := range []string{link, dangling} {
		if info, err := os.Lstat(l); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a symbolic link (%v)", l, err)
		}
	}
	for _, dir := range []string{target, filepath.Join(root, "www", "later")} {
		if _, err := os.Stat(filepath.Join(dir, "a", "index.html")); err != nil {
			t.Errorf("the link's target %s was not built: %v", dir, err)
		}
	}
	served, err := outdir.Check(target, outdir.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := served.Lock()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	code, _, stderr := runCLI(t, "build", "--source", src, "--dest", link, "--date", "2026-11-27")
	if code == 0 || !strings.Contains(stderr, "in use by followup serve") {
		t.Errorf("a build through the link of a folder served under its real name: exit %d, %s; want it refused", code, stderr)
	}
}

// TestDestNotWritable: a --dest whose output cannot be written is a usage
// error naming the flag (exit 2), found before building.
func TestDestNotWritable(t *testing.T) {
	src := makeSite(t, map[string]string{"content/a.md": "# A\n"})
	readOnly := filepath.Join(t.TempDir(), "ro")
	os.MkdirAll(readOnly, 0o555)
	t.Cleanup(func() { os.Chmod(readOnly, 0o755) })
	tests := []struct{ name, dest string }{
		{"a read-only folder", filepath.Join(readOnly, "public")},
		{"under a read-only folder", filepath.Join(readOnly, "a", "b", "public")},
		{"in /proc", "/proc/followup-test/public"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := filepath.Dir(tt.dest)
			for _, err := os.Stat(parent); err != nil; _, err = os.Stat(parent) {
				parent = filepath.Dir(parent)
			}
			if probe, err := os.MkdirTemp(parent, ".probe-"); err == nil {
				os.Remove(probe)
				t.Skipf("%s is writable here (root?)", parent)
			}
			code, _, stderr := runCLI(t, "build", "--source", src, "--dest", tt.dest, "--date", "2026-11-27")
			if code != 2 || !strings.Contains(stderr, "--dest: cannot write the output "+tt.dest) {
				t.Errorf("build --dest %s: exit %d, %s; want exit 2 naming --dest", tt.dest, code, stderr)
			}
		})
	}
}
