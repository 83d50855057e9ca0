package site

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// largeSite is a site with static and content files of several kinds:
// a page among the static files (the offline copy rewrites its links), an
// image (stored in the archive as it is) and text (compressed).
func largeSite() map[string]string {
	files := maps.Clone(goodSite)
	files["static/notes.txt"] = strings.Repeat("Ask about the next step.\n", 4000)
	files["static/old/index.html"] = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Old</title></head><body><a href=\"../guides/a/\">A</a></body></html>\n"
	files["content/guides/chart.png"] = "\x89PNG not really"
	files["content/guides/salaries.csv"] = strings.Repeat("role,salary\n", 3000)
	return files
}

// buildBoth builds src into dest and its offline copy into offline, with
// opts, and returns both trees.
func buildBoth(t *testing.T, src, out string, opts Options) (public, offline map[string]string) {
	t.Helper()
	dest, off := filepath.Join(out, "public"), filepath.Join(out, "offline")
	checked, err := CheckDest(src, dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	if opts.OfflineDir, err = CheckOfflineDir(src, checked, off); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(context.Background(), src, checked, opts); err != nil {
		t.Fatal(err)
	}
	return snapshot(t, dest), snapshot(t, off)
}

// TestLargeFilesSameOutput: copying every static and content file a piece
// at a time, as a large file is (largeFile 1), writes what reading each
// whole does, byte for byte, the offline copy's archive and folder
// included: into the output folder (Build), into a Sink that keeps files
// in memory (Generate), and into a Builder's folder, a partial rebuild
// that copies a changed file again too.
func TestLargeFilesSameOutput(t *testing.T) {
	src := t.TempDir()
	writeTree(t, src, largeSite())
	streamed := testOpts
	streamed.largeFile = 1
	wantPublic, wantOffline := buildBoth(t, src, t.TempDir(), testOpts)
	gotPublic, gotOffline := buildBoth(t, src, t.TempDir(), streamed)
	if diff := treeDiff(gotPublic, wantPublic); diff != "" {
		t.Errorf("Build, every file large: %s", diff)
	}
	if diff := treeDiff(gotOffline, wantOffline); diff != "" {
		t.Errorf("Build, every file large, the offline folder: %s", diff)
	}
	if _, ok := wantOffline["guides/salaries.csv"]; !ok {
		t.Fatalf("the offline folder has no guides/salaries.csv: %s", keysOf(wantOffline))
	}
	fsys, closeSrc, err := OpenSource(src, "")
	if err != nil {
		t.Fatal(err)
	}
	defer closeSrc()
	mem := &memSink{}
	if _, err := Generate(context.Background(), fsys, streamed, mem); err != nil {
		t.Fatal(err)
	}
	delete(wantPublic, ".followup-build")
	if diff := treeDiff(texts(mem.files), wantPublic); diff != "" {
		t.Errorf("Generate into memory, every file large: %s", diff)
	}

	dest := filepath.Join(t.TempDir(), "public")
	b, err := NewBuilder(fsys, mustDest(t, dest), streamed)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	if diff := treeDiff(readTree(t, dest), wantPublic); diff != "" {
		t.Errorf("Builder, every file large: %s", diff)
	}
	writeTree(t, src, map[string]string{"content/guides/salaries.csv": strings.Repeat("role,salary,city\n", 3000)})
	b.Changed("content/guides/salaries.csv")
	u, err := b.Build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := &memSink{}
	if _, err := Generate(context.Background(), fsys, testOpts, want); err != nil {
		t.Fatal(err)
	}
	if u.Full || !strings.Contains(strings.Join(u.Written, " "), "guides/salaries.csv") {
		t.Errorf("Builder after an edit of a content file: full %v, wrote %v; want a partial build that writes it", u.Full, u.Written)
	}
	if diff := treeDiff(readTree(t, dest), texts(want.files)); diff != "" {
		t.Errorf("Builder after an edit of a large file: %s", diff)
	}
}

// TestLargeFileMemory builds a site with a 200 MB static file and a 16 MB
// file in its content folder (sparse files made here), into the output
// folder and an offline folder, and with a Builder: the bytes the build
// allocates grow by far less than the files' size over the same site
// without them, so no file is held whole; every copy of them is whole.
func TestLargeFileMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 650 MB")
	}
	src := t.TempDir()
	writeTree(t, src, largeSite())
	allocated := func(build func()) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		build()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	base := allocated(func() { buildBoth(t, src, t.TempDir(), testOpts) })
	large := map[string]int64{"static/media/talk.webm": 200 << 20, "content/guides/slides.pdf": 16 << 20}
	var size int64
	for name, n := range large {
		if err := os.Truncate(filepath.Join(src, writeEmpty(t, src, name)), n); err != nil {
			t.Fatal(err)
		}
		size += n
	}
	out := t.TempDir()
	var report *Report
	withLarge := allocated(func() {
		dest, off := filepath.Join(out, "public"), filepath.Join(out, "offline")
		checked, err := CheckDest(src, dest, testOpts)
		if err != nil {
			t.Fatal(err)
		}
		opts := testOpts
		if opts.OfflineDir, err = CheckOfflineDir(src, checked, off); err != nil {
			t.Fatal(err)
		}
		if report, err = Build(context.Background(), src, checked, opts); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("Build: %d MB allocated without the large files, %d MB with %d MB of them", base>>20, withLarge>>20, size>>20)
	if grown := int64(withLarge) - int64(base); grown > size/16 {
		t.Errorf("Build allocated %d MB more with %d MB of large files: they are held in memory", grown>>20, size>>20)
	}
	for name := range large {
		rel := strings.TrimPrefix(strings.TrimPrefix(name, "static/"), "content/")
		want := fileSum(t, filepath.Join(src, name))
		for _, copy := range []string{"public/" + rel, "offline/" + rel} {
			if got := fileSum(t, filepath.Join(out, copy)); got != want {
				t.Errorf("%s differs from %s", copy, name)
			}
		}
		if got := zipSum(t, filepath.Join(out, "public", filepath.FromSlash(report.Offline)), rel); got != want {
			t.Errorf("the offline archive's %s differs from %s", rel, name)
		}
	}

	fsys, closeSrc, err := OpenSource(src, "")
	if err != nil {
		t.Fatal(err)
	}
	defer closeSrc()
	dest := filepath.Join(t.TempDir(), "public")
	b, err := NewBuilder(fsys, mustDest(t, dest), testOpts)
	if err != nil {
		t.Fatal(err)
	}
	builder := allocated(func() {
		if _, err := b.Build(context.Background()); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("Builder: %d MB allocated with %d MB of large files", builder>>20, size>>20)
	if grown := int64(builder) - int64(base); grown > size/16 {
		t.Errorf("the Builder allocated %d MB more with %d MB of large files: they are held in memory", grown>>20, size>>20)
	}
	if got, want := fileSum(t, filepath.Join(dest, "media", "talk.webm")), fileSum(t, filepath.Join(src, "static", "media", "talk.webm")); got != want {
		t.Error("the Builder's media/talk.webm differs from static/media/talk.webm")
	}
}

// writeEmpty makes an empty file at name in dir and returns name.
func writeEmpty(t *testing.T, dir, name string) string {
	t.Helper()
	writeTree(t, dir, map[string]string{name: ""})
	return name
}

// fileSum hashes a file, read a piece at a time.
func fileSum(t *testing.T, name string) [32]byte {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		t.Fatal(err)
	}
	return [32]byte(h.Sum(nil))
}

// zipSum hashes the entry of the offline archive for the output file rel.
func zipSum(t *testing.T, archive, rel string) [32]byte {
	t.Helper()
	zr, err := zip.OpenReader(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if _, name, _ := strings.Cut(f.Name, "/"); name == rel {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			h := sha256.New()
			if _, err := io.Copy(h, rc); err != nil {
				t.Fatal(err)
			}
			return [32]byte(h.Sum(nil))
		}
	}
	t.Fatalf("%s has no entry for %s", archive, rel)
	return [32]byte{}
}
