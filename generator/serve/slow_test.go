package serve

import (
	"context"
	"io"
	"io/fs"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/followup/followup/generator/site"
)

// gateFS is a source folder whose one file, once armed, cannot be read
// until the gate opens: a rebuild that reads it stalls as long as the test
// wants.
type gateFS struct {
	fs.FS
	name    string
	armed   atomic.Bool
	reached chan struct{} // closed when a stalled read starts
	once    sync.Once
	gate    chan struct{}
}

func (g *gateFS) Open(name string) (fs.File, error) {
	if name == g.name && g.armed.Load() {
		g.once.Do(func() { close(g.reached) })
		<-g.gate
	}
	return g.FS.Open(name)
}

// TestSlowRebuildServesLastGood: while a rebuild is stuck reading its
// source, a request is answered at once with the last good output; after
// it, with the rebuilt page.
func TestSlowRebuildServesLastGood(t *testing.T) {
	src, dest := t.TempDir(), filepath.Join(t.TempDir(), "public")
	write(t, filepath.Join(src, "followup.toml"), "title = \"Slow\"\n")
	write(t, filepath.Join(src, "content/a.md"), "---\ntitle: A\n---\nold text\n")
	g := &gateFS{FS: os.DirFS(src), name: "content/a.md", reached: make(chan struct{}), gate: make(chan struct{})}
	srv, err := newServer(dest, g)
	if err != nil {
		t.Fatal(err)
	}
	opts := site.Options{BuildDate: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	builder, err := site.NewBuilder(g, mustDest(t, src, dest, opts), opts)
	if err != nil {
		t.Fatal(err)
	}
	builder.HoldWhileWriting(&srv.mu)
	s := &session{builder: builder, srv: srv, log: io.Discard}
	if _, errs, _, _ := s.build(context.Background(), nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	var open sync.Once
	release := func() { open.Do(func() { close(g.gate) }) }
	defer release() // before ts.Close: a request stuck behind the rebuild ends
	get := func() <-chan string { return getLater(ts.URL + "/a/") }

	write(t, filepath.Join(src, "content/a.md"), "---\ntitle: A\n---\nnew text\n")
	g.armed.Store(true)
	done := make(chan struct{})
	go func() {
		s.rebuild(context.Background(), []string{"content/a.md"})
		close(done)
	}()
	<-g.reached
	select {
	case body := <-get():
		if !strings.Contains(body, "old text") {
			t.Errorf("during the rebuild: %.200q, want the last good page", body)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a request waited for a rebuild that is still reading its source")
	}
	release()
	<-done
	if body := <-get(); !strings.Contains(body, "new text") {
		t.Errorf("after the rebuild: %.200q, want the rebuilt page", body)
	}
}
