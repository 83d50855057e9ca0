package site

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/followup/followup/generator/outdir"
)

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// snapshot reads every file under dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func keysOf(m map[string]string) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}

// build runs Build as the command does: after CheckDest.
func build(source, dest string, opts Options) (*Report, error) {
	d, err := CheckDest(source, dest, opts)
	if err != nil {
		return nil, err
	}
	return Build(context.Background(), source, d, opts)
}

// mustDest is the folder dir as a Builder's destination.
func mustDest(t testing.TB, dir string) outdir.Dest {
	t.Helper()
	d, err := outdir.Check(dir, outdir.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var testOpts = Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}

func TestFailedBuildLeavesOutputUntouched(t *testing.T) {
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	writeTree(t, src, map[string]string{
		"content/a.md": "---\ntitle: A\n---\nFirst version.\n",
		"content/b.md": "# B\n",
	})
	if _, err := build(src, dest, testOpts); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	writeTree(t, src, map[string]string{
		"content/a.md": "---\ntitle: A\nweight: heavy\n---\nSecond version.\n",
		"content/c.md": "---\ntitle: C\n---\nNew page.\n",
	})
	if _, err := build(src, dest, testOpts); err == nil {
		t.Fatal("the build with a bad weight succeeded")
	}
	after := snapshot(t, dest)
	if len(after) != len(before) {
		t.Fatalf("files changed after a failed build:\nbefore %s\nafter  %s", keysOf(before), keysOf(after))
	}
	for name, data := range before {
		if after[name] != data {
			t.Errorf("%s changed after a failed build", name)
		}
	}
	if leftovers, _ := filepath.Glob(filepath.Join(src, ".public.staging-*")); len(leftovers) > 0 {
		t.Errorf("a failed build left %v", leftovers)
	}
}

func TestDeletedSourceLosesItsPage(t *testing.T) {
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	writeTree(t, src, map[string]string{"content/a.md": "# A\n", "content/b.md": "# B\n", "content/img/x.png": "png"})
	if _, err := build(src, dest, testOpts); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dest, "b", "index.html")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(src, "content", "b.md"))
	os.Remove(filepath.Join(src, "content", "img", "x.png"))
	if _, err := build(src, dest, testOpts); err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"b/index.html", "img/x.png"} {
		if _, err := os.Stat(filepath.Join(dest, gone)); !os.IsNotExist(err) {
			t.Errorf("%s survived the deletion of its source (err %v)", gone, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "a", "index.html")); err != nil {
		t.Errorf("a/index.html missing: %v", err)
	}
}

func TestSameInputSameBytes(t *testing.T) {
	src := t.TempDir()
	writeTree(t, src, map[string]string{
		"content/a.md": "---\ntitle: A\ntags: [x, y]\ndate: 2026-11-01\n---\n## One\n\n## Two\n",
		"content/b.md": "---\ntitle: B\ntags: [y]\n---\n- [ ] task\n",
	})
	one, two := filepath.Join(t.TempDir(), "one"), filepath.Join(t.TempDir(), "two")
	if _, err := build(src, one, testOpts); err != nil {
		t.Fatal(err)
	}
	if _, err := build(src, two, testOpts); err != nil {
		t.Fatal(err)
	}
	a, b := snapshot(t, one), snapshot(t, two)
	if keysOf(a) != keysOf(b) {
		t.Fatalf("different file sets")
	}
	for name := range a {
		if a[name] != b[name] {
			t.Errorf("%s differs between two builds of the same input", name)
		}
	}
}

func TestLeftoverStagingRemoved(t *testing.T) {
	src := t.TempDir()
	writeTree(t, src, map[string]string{"content/a.md": "# A\n"})
	leftover := filepath.Join(src, ".public.staging-123")
	writeTree(t, leftover, map[string]string{"index.html": "half a build"})
	if _, err := build(src, filepath.Join(src, "public"), testOpts); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(leftover); !os.IsNotExist(err) {
		t.Errorf("the leftover staging folder is still there (%v)", err)
	}
}

func TestDestinationGuard(t *testing.T) {
	src := t.TempDir()
	writeTree(t, src, map[string]string{"content/a.md": "# A\n"})
	mine := t.TempDir()
	writeTree(t, mine, map[string]string{"thesis.docx": "years of work"})
	tests := []struct{ dest, want string }{
		{src, "contains the source folder"},
		{filepath.Dir(src), "contains the source folder"},
		{filepath.Join(src, "content", "out"), "inside content/"},
		{mine, "was not written by followup"},
	}
	for _, tt := range tests {
		_, err := CheckDest(src, tt.dest, testOpts)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("CheckDest(%s): error %v, want %q", tt.dest, err, tt.want)
		}
	}
	elsewhere := filepath.Join(t.TempDir(), "pages")
	writeTree(t, elsewhere, map[string]string{"a.md": "# A\n"})
	opts := testOpts
	opts.ContentDir = elsewhere
	for _, dest := range []string{filepath.Join(elsewhere, "public"), filepath.Join(elsewhere, "a", "b")} {
		if _, err := CheckDest(src, dest, opts); err == nil || !strings.Contains(err.Error(), "overlap") {
			t.Errorf("CheckDest(%s) with --content %s: error %v, want one saying they overlap", dest, elsewhere, err)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(mine, "thesis.docx")); string(data) != "years of work" {
		t.Fatal("the guard let a build replace someone's folder")
	}
}
