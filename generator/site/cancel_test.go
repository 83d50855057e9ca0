package site

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// stopAfter is a context that is cancelled once its Err has been asked n
// times: a build stopped part way, at the same point every run.
type stopAfter struct {
	context.Context // Background: no deadline, no values
	mu              sync.Mutex
	n               int
	done            chan struct{}
}

func newStopAfter(n int) *stopAfter {
	return &stopAfter{Context: context.Background(), n: n, done: make(chan struct{})}
}

func (c *stopAfter) Done() <-chan struct{} { return c.done }

func (c *stopAfter) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == 0 {
		return context.Canceled
	}
	if c.n--; c.n == 0 {
		close(c.done)
		return context.Canceled
	}
	return nil
}

// cancelSite has enough pages that a build stopped after a few jobs has
// more to do.
func cancelSite(version string) map[string]string {
	files := map[string]string{"content/_index.md": "# Home\n"}
	for i := range 20 {
		files[fmt.Sprintf("content/guides/p%d.md", i)] = fmt.Sprintf("---\ntitle: P%d\n---\n%s text %d.\n", i, version, i)
	}
	return files
}

// cancelSource writes cancelSite into a folder and opens it.
func cancelSource(t *testing.T) (string, *os.Root) {
	src := t.TempDir()
	writeTree(t, src, cancelSite("First"))
	root, err := os.OpenRoot(src)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return src, root
}

// TestGenerateStops: a Generate whose context is cancelled part way writes
// only part of the site and returns the context's error, not a report.
func TestGenerateStops(t *testing.T) {
	_, root := cancelSource(t)
	all := &memSink{}
	if _, err := Generate(context.Background(), root.FS(), testOpts, all); err != nil {
		t.Fatal(err)
	}
	part := &memSink{}
	r, err := Generate(newStopAfter(5), root.FS(), testOpts, part)
	if !errors.Is(err, context.Canceled) || r != nil {
		t.Fatalf("Generate stopped part way = %v, %v; want no report and context.Canceled", r, err)
	}
	if n := len(part.files); n == 0 || n >= len(all.files) {
		t.Errorf("the stopped Generate wrote %d files of %d, want some but not all", n, len(all.files))
	}
}

// TestBuildStopsCleanly: a Build cancelled part way, or before it starts,
// leaves the previous output byte for byte and no staging folder.
func TestBuildStopsCleanly(t *testing.T) {
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	writeTree(t, src, cancelSite("First"))
	if _, err := build(src, dest, testOpts); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	writeTree(t, src, cancelSite("Second"))
	d, err := CheckDest(src, dest, testOpts)
	if err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for name, ctx := range map[string]context.Context{"part way": newStopAfter(5), "before": cancelled} {
		if _, err := Build(ctx, src, d, testOpts); !errors.Is(err, context.Canceled) {
			t.Errorf("Build stopped %s: error %v, want context.Canceled", name, err)
		}
		after := snapshot(t, dest)
		if keysOf(after) != keysOf(before) {
			t.Fatalf("Build stopped %s changed the files of public/: %s", name, keysOf(after))
		}
		for f, data := range before {
			if after[f] != data {
				t.Errorf("Build stopped %s changed public/%s", name, f)
			}
		}
		if left, _ := filepath.Glob(filepath.Join(src, ".public.staging-*")); len(left) > 0 {
			t.Errorf("Build stopped %s left %v", name, left)
		}
	}
}

// TestBuilderStopsCleanly: a Builder's build cancelled part way writes
// nothing, and the next one does the whole change.
func TestBuilderStopsCleanly(t *testing.T) {
	src, root := cancelSource(t)
	dest := filepath.Join(t.TempDir(), "public")
	b, err := NewBuilder(root.FS(), mustDest(t, dest), testOpts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	second := map[string]string{"content/guides/p3.md": "---\ntitle: P3\n---\nSecond text.\n"}
	for _, step := range []struct {
		version string
		files   map[string]string
		path    string
	}{
		{"a page's body (a partial build)", second, "content/guides/p3.md"},
		{"every page (a full build)", cancelSite("Third"), "."},
	} {
		writeTree(t, src, step.files)
		b.Changed(step.path)
		if _, err := b.Build(newStopAfter(3)); !errors.Is(err, context.Canceled) {
			t.Fatalf("%s: Build stopped part way: error %v, want context.Canceled", step.version, err)
		}
		if got := snapshot(t, dest); fmt.Sprint(got) != fmt.Sprint(before) {
			t.Fatalf("%s: the stopped Build changed the folder", step.version)
		}
		u, err := b.Build(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		want := &memSink{}
		if _, err := Generate(context.Background(), root.FS(), testOpts, want); err != nil {
			t.Fatal(err)
		}
		got := snapshot(t, dest)
		for f, data := range want.files {
			if got[f] != string(data) {
				t.Errorf("%s: after the stop and a full Build (%d written), %s is not what a clean build writes", step.version, len(u.Written), f)
			}
		}
		before = got
	}
}
