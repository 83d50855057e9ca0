package outdir

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// write writes files into the folder dir, which exists.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func mustCheck(t *testing.T, dir string) Dest {
	t.Helper()
	d, err := Check(dir, Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCheck(t *testing.T) {
	src := t.TempDir()
	content := filepath.Join(t.TempDir(), "pages")
	mine := t.TempDir()
	write(t, mine, map[string]string{"thesis.docx": "years of work"})
	built := t.TempDir()
	write(t, built, map[string]string{Marker: MarkerText, "index.html": "x"})
	in := Inputs{Source: src, Folders: []string{"content", "static"}, Content: content}
	tests := []struct{ dir, want string }{
		{src, "contains the source folder"},
		{filepath.Dir(src), "contains the source folder"},
		{filepath.Join(src, "static", "out"), "inside static/"},
		{mine, "was not written by followup (it has no .followup-build file)"},
		{filepath.Join(content, "public"), "and content folder " + content + " overlap"},
		{filepath.Join(src, "public"), ""},
		{built, ""},
	}
	for _, tt := range tests {
		d, err := Check(tt.dir, in)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("Check(%s) = %v, want no error", tt.dir, err)
		case tt.want == "" && d.Dir() != tt.dir:
			t.Errorf("Check(%s).Dir() = %s", tt.dir, d.Dir())
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("Check(%s) = %v, want an error saying %q", tt.dir, err, tt.want)
		}
	}
}

// TestReplace: a fill that fails, or a cancelled context, leaves the
// previous folder byte for byte and no staging folder; one that succeeds
// replaces it as a whole, with the Marker.
func TestReplace(t *testing.T) {
	parent := t.TempDir()
	d := mustCheck(t, filepath.Join(parent, "public"))
	fill := func(files map[string]string) func(string, *Sink) error {
		return func(_ string, s *Sink) error {
			for name, data := range files {
				if err := s.Write(name, []byte(data)); err != nil {
					return err
				}
			}
			return nil
		}
	}
	if err := d.Replace(context.Background(), "one", fill(map[string]string{"a/index.html": "one", "old.txt": "old"})); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	bad := errors.New("a page failed")
	for _, tc := range []struct {
		ctx  context.Context
		fill func(string, *Sink) error
		want error
	}{
		{context.Background(), func(string, *Sink) error { return bad }, bad},
		{ctx, fill(map[string]string{"a/index.html": "two"}), context.Canceled},
	} {
		if err := d.Replace(tc.ctx, "two", tc.fill); !errors.Is(err, tc.want) {
			t.Errorf("Replace: error %v, want %v", err, tc.want)
		}
		if got, _ := os.ReadFile(filepath.Join(d.Dir(), "a", "index.html")); string(got) != "one" {
			t.Errorf("after a failed Replace, a/index.html = %q, want the previous %q", got, "one")
		}
		if left, _ := filepath.Glob(filepath.Join(parent, ".public.staging-*")); len(left) > 0 {
			t.Errorf("a failed Replace left %v", left)
		}
	}
	if err := d.Replace(context.Background(), "three", fill(map[string]string{"b.html": "three"})); err != nil {
		t.Fatal(err)
	}
	files, err := d.Files()
	if want := []string{Marker, "b.html"}; err != nil || !slices.Equal(files, want) {
		t.Errorf("Files() = %v, %v, want %v", files, err, want)
	}
}

func TestWriteFileAndRemove(t *testing.T) {
	d := mustCheck(t, filepath.Join(t.TempDir(), "public"))
	if err := d.WriteFile("a/b/c.html", []byte("c")); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteFile("a/b/c.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(d.Dir(), "a", "b", "c.html")); string(got) != "new" {
		t.Errorf("c.html = %q after WriteFile, want %q", got, "new")
	}
	if err := d.Remove("a/b/c.html"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(d.Dir(), "a")); !os.IsNotExist(err) {
		t.Errorf("Remove left the emptied folder a/ (%v)", err)
	}
	if files, err := d.Files(); err != nil || len(files) != 0 {
		t.Errorf("Files() = %v, %v, want none", files, err)
	}
}
