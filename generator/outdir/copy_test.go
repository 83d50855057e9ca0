package outdir

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// failAfter gives n bytes of data, then fails: a source that breaks
// half-way through a copy.
type failAfter struct {
	n   int
	err error
}

func (f *failAfter) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, f.err
	}
	p = p[:min(len(p), f.n)]
	clear(p)
	f.n -= len(p)
	return len(p), nil
}

func (*failAfter) Close() error { return nil }

// TestCopy: Sink.Copy and Dest.CopyFile write what the reader gives, with
// the mode Write and WriteFile give (0666 less the umask); a source that
// fails is the copy's error, and CopyFile then leaves the previous file as
// it was and no temporary file.
func TestCopy(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB: several reads
	broken := errors.New("disk read error")
	copiers := map[string]func(dir, name string, r io.ReadCloser) error{
		"Sink.Copy": func(dir, name string, r io.ReadCloser) error {
			return NewSink(dir).Copy(name, func() (io.ReadCloser, error) { return r, nil })
		},
		"Dest.CopyFile": func(dir, name string, r io.ReadCloser) error {
			return Dest{dir: dir}.CopyFile(name, r)
		},
	}
	for what, copyFile := range copiers {
		dir := t.TempDir()
		if err := copyFile(dir, "media/talk.webm", io.NopCloser(bytes.NewReader(big))); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		full := filepath.Join(dir, "media", "talk.webm")
		got, err := os.ReadFile(full)
		if err != nil || !bytes.Equal(got, big) {
			t.Errorf("%s wrote %d bytes (%v), want the %d it was given", what, len(got), err, len(big))
		}
		if info, err := os.Stat(full); err != nil || info.Mode().Perm() != 0o640 {
			t.Errorf("%s: the file's mode is %v (%v), want 0640 under umask 027", what, info.Mode().Perm(), err)
		}
		if info, err := os.Stat(filepath.Dir(full)); err != nil || info.Mode().Perm() != 0o750 {
			t.Errorf("%s: the folder's mode is %v (%v), want 0750 under umask 027", what, info.Mode().Perm(), err)
		}
		err = copyFile(dir, "media/talk.webm", &failAfter{n: 100 << 10, err: broken})
		if !errors.Is(err, broken) {
			t.Errorf("%s from a failing source = %v, want its error", what, err)
		}
	}
	dir := t.TempDir()
	d := Dest{dir: dir}
	if err := d.WriteFile("a.bin", []byte("previous")); err != nil {
		t.Fatal(err)
	}
	if err := d.CopyFile("a.bin", &failAfter{n: 100 << 10, err: broken}); !errors.Is(err, broken) {
		t.Fatalf("CopyFile from a failing source = %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a.bin")); string(got) != "previous" {
		t.Errorf("a failed CopyFile left a.bin = %d bytes, want the previous file", len(got))
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".followup-tmp-") {
			t.Errorf("a failed CopyFile left %s", e.Name())
		}
	}
	open := errors.New("cannot open")
	err := NewSink(dir).Copy("b.bin", func() (io.ReadCloser, error) { return nil, open })
	if !errors.Is(err, open) {
		t.Errorf("Sink.Copy whose open fails = %v, want its error", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.bin")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Sink.Copy whose open fails made b.bin (%v)", err)
	}
}
