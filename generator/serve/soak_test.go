package serve

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/followup/followup/generator/outdir"
	"github.com/followup/followup/generator/site"
)

// count counts s in what the server wrote.
func (l *syncBuffer) count(s string) int { return strings.Count(l.String(), s) }

// TestSoak saves files thousands of times, in bursts, while the server
// runs: edits to bodies and metadata, new and deleted pages, front matter
// broken and repaired. Between a point after warming up and the end, the
// goroutines and the live heap must not grow, and at the end the output
// must be byte for byte what a clean build of the same files gives.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of saves")
	}
	src, dest := t.TempDir(), filepath.Join(t.TempDir(), "public")
	write(t, filepath.Join(src, "followup.toml"), "title = \"Soak\"\n")
	for i := range 20 {
		write(t, filepath.Join(src, "content", "guides", fmt.Sprintf("p%d.md", i)), page(i, 0))
	}
	log := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	opts := site.Options{BuildDate: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	out := mustDest(t, src, dest, opts)
	go func() {
		done <- Run(ctx, Config{Source: src, Dest: out, Addr: "127.0.0.1:0", Log: log, Options: opts})
	}()
	waitFor(t, func() bool { return log.count("serving") == 1 }, "the server to start")
	settles := 0
	settle := func() {
		t.Helper()
		settles++
		settle(t, log, filepath.Join(src, "content", "guides", "0-settle.md"), settles)
	}

	rng := rand.New(rand.NewPCG(7, 11))
	saves := 0
	burst := func() {
		for range 1 + rng.IntN(20) {
			i := rng.IntN(30)
			name := filepath.Join(src, "content", "guides", fmt.Sprintf("p%d.md", i))
			switch r := rng.IntN(10); {
			case r < 6:
				write(t, name, page(i, saves)) // a body or title edit, or a new page
			case r < 8:
				os.Remove(name)
			case r < 9:
				write(t, name, "---\ntitle: [broken\n---\n")
			default: // an editor's save: a temporary file renamed over the page
				tmp := name + ".tmp~"
				write(t, tmp, page(i, saves))
				os.Rename(tmp, name)
			}
			saves++
		}
		settle()
	}
	for saves < 200 {
		burst()
	}
	goroutines, heap := usage()
	for saves < 2000 {
		burst()
	}
	// Repair anything left broken, then let the last rebuild finish.
	for i := range 30 {
		name := filepath.Join(src, "content", "guides", fmt.Sprintf("p%d.md", i))
		if data, err := os.ReadFile(name); err == nil && strings.Contains(string(data), "[broken") {
			write(t, name, page(i, saves))
		}
	}
	settle()
	goroutinesAfter, heapAfter := usage()
	t.Logf("summary: soak: %d saves, %d rebuilds; goroutines %d -> %d; live heap %.1f -> %.1f MiB",
		saves, log.count("rebuilt in")+log.count("rebuild failed"), goroutines, goroutinesAfter, float64(heap)/(1<<20), float64(heapAfter)/(1<<20))
	if goroutinesAfter > goroutines+2 {
		t.Errorf("goroutines grew from %d to %d", goroutines, goroutinesAfter)
	}
	if heapAfter > heap+heap/2+(4<<20) {
		t.Errorf("the live heap grew from %d to %d bytes", heap, heapAfter)
	}

	clean := filepath.Join(t.TempDir(), "clean")
	if _, err := site.Build(context.Background(), src, mustDest(t, src, clean, opts), opts); err != nil {
		t.Fatalf("the clean build of the soaked files fails: %v", err)
	}
	if diff := compareTrees(t, dest, clean); diff != "" {
		t.Errorf("after the soak the output differs from a clean build: %s", diff)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func page(i, version int) string {
	return fmt.Sprintf("---\ntitle: Page %d (%d)\nweight: %d\ntags: [t%d]\n---\n## Part\n\nVersion %d. See [page 0](p0.md).\n\n- [ ] step\n", i, version%3, i%5, version%4, version)
}

// settle waits until the server has rebuilt after every file saved
// before it: it saves a page of its own (written aside and renamed into
// place, one change), and waits for the terminal's line of the rebuild
// that took it, printed when that rebuild is over, failed or not. The
// watcher reports changes in the order they happen and rebuilds run one
// after another, so every earlier save was in that rebuild or before it.
// The page's name sorts first, so the line names it even in a batch of
// many ("content/guides/0-settle.md and 5 more changed"). (Waiting for a
// quiet spell in the log, as this did, returned while a rebuild slower
// than the spell was still running, and the test compared a folder half
// written: "guides/p4/index.html differs or is missing".)
func settle(t *testing.T, log *syncBuffer, name string, version int) {
	t.Helper()
	line := " ms: content/guides/" + filepath.Base(name) // "rebuilt in 4 ms: content/guides/0-settle.md, ..."
	before := log.count(line)
	tmp := name + ".tmp~"
	write(t, tmp, fmt.Sprintf("---\ntitle: Settle\n---\nSettled %d.\n", version))
	if err := os.Rename(tmp, name); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return log.count(line) > before }, "the rebuild of "+name)
}

// mustDest checks dest as the output of a build of source, as the command
// does before it calls Run.
func mustDest(t *testing.T, source, dest string, opts site.Options) outdir.Dest {
	t.Helper()
	d, err := site.CheckDest(source, dest, opts)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func waitFor(t *testing.T, ok func() bool, what string) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// usage returns the goroutine count and the live heap after a collection.
func usage() (int, uint64) {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return runtime.NumGoroutine(), m.HeapAlloc
}

// compareTrees returns "" when two folders hold the same files, byte for
// byte, else what differs.
func compareTrees(t *testing.T, a, b string) string {
	t.Helper()
	read := func(dir string) map[string]string {
		files := map[string]string{}
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				data, _ := os.ReadFile(p)
				rel, _ := filepath.Rel(dir, p)
				files[rel] = string(data)
			}
			return nil
		})
		return files
	}
	fa, fb := read(a), read(b)
	for name, data := range fb {
		if fa[name] != data {
			return "file " + name + " differs or is missing"
		}
	}
	for name := range fa {
		if _, ok := fb[name]; !ok {
			return "file " + name + " should not be there"
		}
	}
	return ""
}
