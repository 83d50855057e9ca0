package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRootFSReadFile: the fast reader reads plain files, follows links
// that stay inside the folder, and refuses links and paths that leave it.
func TestRootFSReadFile(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	writeTree(t, dir, map[string]string{"content/a.md": "A", "content/deep/b.md": "B", "top.txt": "T"})
	writeTree(t, outside, map[string]string{"secret.md": "S"})
	os.Symlink("a.md", filepath.Join(dir, "content", "inside.md"))
	os.Symlink(filepath.Join(outside, "secret.md"), filepath.Join(dir, "content", "escape.md"))
	os.Symlink("../../../"+filepath.Base(outside)+"/secret.md", filepath.Join(dir, "content", "relescape.md"))
	src, closeSrc, err := OpenSource(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	defer closeSrc()
	for name, want := range map[string]string{"content/a.md": "A", "content/deep/b.md": "B", "top.txt": "T", "content/inside.md": "A"} {
		got, err := fs.ReadFile(src, name)
		if err != nil || string(got) != want {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", name, got, err, want)
		}
	}
	for _, name := range []string{"content/escape.md", "content/relescape.md", "../x", "/etc/passwd", "content/missing.md", "content"} {
		if got, err := fs.ReadFile(src, name); err == nil {
			t.Errorf("ReadFile(%s) = %q, want an error", name, got)
		} else if strings.Contains(string(got), "S") {
			t.Errorf("ReadFile(%s) leaked the outside file", name)
		}
	}
}
