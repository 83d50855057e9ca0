package serve

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// expect reads changes until every path in want was reported, failing
// after a few seconds; it returns everything read.
func expect(t *testing.T, w Watcher, want ...string) map[string]bool {
	t.Helper()
	got := map[string]bool{}
	deadline := time.After(5 * time.Second)
	for {
		missing := false
		for _, p := range want {
			missing = missing || !got[p]
		}
		if !missing {
			return got
		}
		select {
		case p, ok := <-w.Changes():
			if !ok {
				t.Fatalf("watcher closed; got %v, want %v", got, want)
			}
			got[p] = true
		case <-deadline:
			t.Fatalf("changes = %v, want %v", got, want)
		}
	}
}

// quietFor fails if the watcher reports anything within d.
func quietFor(t *testing.T, w Watcher, d time.Duration) {
	t.Helper()
	select {
	case p := <-w.Changes():
		t.Errorf("unexpected change %q", p)
	case <-time.After(d):
	}
}

func write(t testing.TB, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// testWatcher runs the same story against a watcher: a write, an editor's
// rename-over save, a new folder with a file in it, a delete, and things
// it must not report.
func testWatcher(t *testing.T, start func(roots []Root) Watcher) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "content/guides/a.md"), "a")
	write(t, filepath.Join(dir, "public/index.html"), "old")
	w := start([]Root{{Dir: dir, Skip: []string{filepath.Join(dir, "public")}}})
	defer w.Close()

	write(t, filepath.Join(dir, "content/guides/a.md"), "a, edited")
	expect(t, w, "content/guides/a.md")

	// Vim and many editors: write a temporary file, rename it over the page.
	write(t, filepath.Join(dir, "content/guides/.a.md.swp"), "swap")
	write(t, filepath.Join(dir, "content/guides/a.md.tmp"), "a, saved by rename")
	if err := os.Rename(filepath.Join(dir, "content/guides/a.md.tmp"), filepath.Join(dir, "content/guides/a.md")); err != nil {
		t.Fatal(err)
	}
	expect(t, w, "content/guides/a.md")

	// A new folder made with a file already in it (mkdir -p; cp) and
	// another file added after.
	write(t, filepath.Join(dir, "content/new/deep/b.md"), "b")
	expect(t, w, "content/new/deep/b.md")
	write(t, filepath.Join(dir, "content/new/deep/c.md"), "c")
	expect(t, w, "content/new/deep/c.md")

	if err := os.Remove(filepath.Join(dir, "content/new/deep/b.md")); err != nil {
		t.Fatal(err)
	}
	expect(t, w, "content/new/deep/b.md")

	if err := os.Rename(filepath.Join(dir, "content/guides/a.md"), filepath.Join(dir, "content/guides/renamed.md")); err != nil {
		t.Fatal(err)
	}
	expect(t, w, "content/guides/a.md", "content/guides/renamed.md")

	// Not reported: a change of mode alone, the output folder, hidden files.
	drain(w)
	if err := os.Chmod(filepath.Join(dir, "content/guides/renamed.md"), 0o600); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "public/index.html"), "new")
	write(t, filepath.Join(dir, ".git/index"), "x")
	write(t, filepath.Join(dir, "content/guides/notes.md~"), "backup")
	quietFor(t, w, 300*time.Millisecond)
}

func drain(w Watcher) {
	for {
		select {
		case <-w.Changes():
		case <-time.After(50 * time.Millisecond):
			return
		}
	}
}

func TestNotify(t *testing.T) {
	testWatcher(t, func(roots []Root) Watcher {
		w, err := Notify(roots)
		if err != nil {
			t.Fatal(err)
		}
		return w
	})
}

func TestPoll(t *testing.T) {
	testWatcher(t, func(roots []Root) Watcher { return Poll(roots, 20*time.Millisecond) })
}

func TestRootPrefix(t *testing.T) {
	dir, content := t.TempDir(), t.TempDir()
	w, err := Notify([]Root{{Dir: dir, Skip: []string{content}}, {Dir: content, Prefix: "content"}})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	write(t, filepath.Join(content, "x.md"), "x")
	expect(t, w, "content/x.md")
}
