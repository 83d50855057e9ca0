package bundle

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
)

func archive(t *testing.T, files []File, first ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, files, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), first...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func compress(t *testing.T, name, data string) File {
	t.Helper()
	f, err := Compress(name, []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestDeterministic(t *testing.T) {
	page := strings.Repeat("<p>Follow up within a day.</p>\n", 200)
	a := archive(t, []File{compress(t, "b/index.html", page), compress(t, "a.css", "p{}"), Store("mimetype", []byte("application/epub+zip"))}, "mimetype")
	b := archive(t, []File{compress(t, "a.css", "p{}"), Store("mimetype", []byte("application/epub+zip")), compress(t, "b/index.html", page)}, "mimetype")
	if !bytes.Equal(a, b) {
		t.Fatal("the same files in another order gave another archive")
	}
	r, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range r.File {
		names = append(names, f.Name)
		if got := f.Modified.Format("2006-01-02 15:04:05"); got != "2026-11-23 00:00:00" {
			t.Errorf("%s modified %s", f.Name, got)
		}
		if len(f.Extra) != 0 || f.Flags&0x8 != 0 {
			t.Errorf("%s has an extra field or a data descriptor", f.Name)
		}
		rc, _ := f.Open()
		data, err := io.ReadAll(rc)
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if f.Name == "b/index.html" && string(data) != page {
			t.Errorf("%s does not read back", f.Name)
		}
	}
	if got := strings.Join(names, " "); got != "mimetype a.css b/index.html" {
		t.Errorf("entries = %s, want mimetype first, then by name", got)
	}
	if r.File[0].Method != zip.Store || !bytes.Contains(a[:60], []byte("mimetypeapplication/epub+zip")) {
		t.Error("mimetype is not stored uncompressed at the start of the archive")
	}
}

func TestDuplicate(t *testing.T) {
	var b bytes.Buffer
	err := Write(&b, []File{Store("a", nil), Store("a", nil)}, time.Time{})
	if err == nil || !strings.Contains(err.Error(), "two entries named a") {
		t.Errorf("Write with a duplicate = %v", err)
	}
}

// opener gives the bytes *data holds when it is opened.
func opener(data *[]byte) func() (io.ReadCloser, error) {
	return func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(*data)), nil }
}

// TestFrom: an entry copied from its source (StoreFrom, CompressFrom) is
// written as the same entry made from its bytes (Store, Compress) is, so
// an archive does not depend on which files were held in memory; a
// source that changes before the archive is written fails it.
func TestFrom(t *testing.T) {
	text := []byte(strings.Repeat("<p>Send the thank-you note within a day.</p>\n", 80000)) // 3.6 MB: many deflate blocks
	noise := make([]byte, 1<<20)
	for i := range noise {
		noise[i] = byte(i*7919 + i>>8*31)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{{"guide.txt", text}, {"noise.bin", noise}, {"empty.txt", nil}} {
		data := tc.data
		compressed, err := Compress(tc.name, data)
		if err != nil {
			t.Fatal(err)
		}
		deflated, err := CompressFrom(tc.name, opener(&data))
		if err != nil {
			t.Fatal(err)
		}
		stored, err := StoreFrom(tc.name+".raw", opener(&data))
		if err != nil {
			t.Fatal(err)
		}
		want := archive(t, []File{compressed, Store(tc.name+".raw", data)})
		if got := archive(t, []File{deflated, stored}); !bytes.Equal(got, want) {
			t.Errorf("%s: the archive of entries copied from their source differs from the one of their bytes (%d bytes, want %d)", tc.name, len(got), len(want))
		}
	}
	data := bytes.Clone(text)
	for _, from := range []func(string, func() (io.ReadCloser, error)) (File, error){StoreFrom, CompressFrom} {
		f, err := from("guide.txt", opener(&data))
		if err != nil {
			t.Fatal(err)
		}
		data[1000] = 'X' // edited during the build
		err = Write(io.Discard, []File{f}, time.Time{})
		if err == nil || !strings.Contains(err.Error(), "guide.txt changed while the archive was written") {
			t.Errorf("Write after the source changed = %v, want an error saying it changed", err)
		}
		data[1000] = text[1000]
	}
}
