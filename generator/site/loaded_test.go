package site

import (
	"context"
	"sync"
	"testing"
	"testing/fstest"
)

// loadedSink counts what is written before and after Options.Loaded.
type loadedSink struct {
	mu                 sync.Mutex
	loaded             int // calls of Loaded
	before, afterwards int // files written before the first call, and after it
}

func (s *loadedSink) Write(string, []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loaded == 0 {
		s.before++
	} else {
		s.afterwards++
	}
	return nil
}

func (s *loadedSink) Loaded() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.loaded++
}

// TestLoaded: Generate calls Options.Loaded once, after reading the site
// and before writing any file, on a site of one language or of two, and
// when the site has errors.
func TestLoaded(t *testing.T) {
	page := &fstest.MapFile{Data: []byte("---\ntitle: A page\n---\nText.\n")}
	for name, c := range map[string]struct {
		src  fstest.MapFS
		fail bool
	}{
		"one language": {src: fstest.MapFS{"content/a.md": page}},
		"two languages": {src: fstest.MapFS{
			"followup.toml": {Data: []byte("default_language = \"en\"\n[languages.en]\nname = \"English\"\n[languages.es]\nname = \"Español\"\n")},
			"content/a.md":  page, "content/a.es.md": page,
		}},
		"errors": {src: fstest.MapFS{"content/a.md": {Data: []byte("---\ntitle: [\n---\n")}}, fail: true},
	} {
		t.Run(name, func(t *testing.T) {
			sink := &loadedSink{}
			opts := testOpts
			opts.Loaded = sink.Loaded
			_, err := Generate(context.Background(), c.src, opts, sink)
			if (err != nil) != c.fail {
				t.Fatalf("Generate: %v", err)
			}
			if sink.loaded != 1 || sink.before != 0 || (!c.fail && sink.afterwards == 0) {
				t.Errorf("Loaded called %d times, %d files written before it, %d after; want once, none before", sink.loaded, sink.before, sink.afterwards)
			}
		})
	}
}
