package site

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOfflineDir: Build with Options.OfflineDir writes the offline copy
// into the folder as the archive holds it, file for file, from the files
// the build makes; a site without an offline copy leaves the folder alone.
func TestOfflineDir(t *testing.T) {
	write := func(dir string, files map[string]string) {
		for name, data := range files {
			full := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(full, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	src := t.TempDir()
	write(src, map[string]string{
		"followup.toml": "title = \"Guide\"\n",
		"content/a.md":  "---\ntitle: A\n---\nSee [b](b.md).\n",
		"content/b.md":  "---\ntitle: B\n---\nText.\n",
	})
	out := t.TempDir()
	dest, offline := filepath.Join(out, "public"), filepath.Join(out, "offline")
	opts := testOpts
	checked, err := CheckDest(src, dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if opts.OfflineDir, err = CheckOfflineDir(src, checked, offline); err != nil {
		t.Fatal(err)
	}
	r, err := build(src, dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r.OfflineDir != offline {
		t.Fatalf("Report.OfflineDir = %q, want %q", r.OfflineDir, offline)
	}
	zr, err := zip.OpenReader(filepath.Join(dest, filepath.FromSlash(r.Offline)))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	entries := 0
	for _, f := range zr.File {
		_, name, _ := strings.Cut(f.Name, "/")
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := io.ReadAll(rc)
		rc.Close()
		got, err := os.ReadFile(filepath.Join(offline, filepath.FromSlash(name)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s in the offline folder differs from the archive's (%v)", name, err)
		}
		entries++
	}
	if entries == 0 || !strings.Contains(mustRead(t, filepath.Join(offline, "a", "index.html")), `href="../b/index.html"`) {
		t.Errorf("the offline folder's a/index.html does not link to b as a file (%d entries)", entries)
	}

	// Without an offline copy, the folder stays as it was.
	write(src, map[string]string{"followup.toml": "title = \"Guide\"\n[outputs]\noffline = false\n"})
	before := mustRead(t, filepath.Join(offline, "a", "index.html"))
	r, err = build(src, dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r.OfflineDir != "" || mustRead(t, filepath.Join(offline, "a", "index.html")) != before {
		t.Errorf("a site without an offline copy: Report.OfflineDir = %q, and the folder changed", r.OfflineDir)
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
