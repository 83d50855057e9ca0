// Package bundle writes zip archives that are the same bytes for the same
// files, for the site's downloads: the offline copy and the EPUB.
//
// Write sorts the entries by name (after any that must come first, such
// as an EPUB's mimetype), gives every entry one fixed modification time
// (the build date, written in the zip headers' own date and time fields,
// so no extra field varies), the mode 0644, and no data descriptors. The
// same files therefore give the same archive, byte for byte, with the same
// Go version (compress/flate's output is stable within one).
//
// Compress deflates one file ahead of time, so that a build compresses its
// files on all cores as they are rendered and writes the archive at the
// end, keeping only the compressed bytes in memory. A large file is not
// kept at all: StoreFrom or CompressFrom reads it once for its checksum,
// and Write copies it into the archive from its source.
package bundle

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
)

// File is one entry of an archive, compressed or stored.
type File struct {
	Name   string
	method uint16
	data   []byte                        // as written in the archive
	open   func() (io.ReadCloser, error) // instead of data: where to copy it from (StoreFrom)
	stored uint64                        // with open: its size in the archive
	crc    uint32
	size   uint64 // uncompressed
}

// Size is the file's uncompressed size.
func (f File) Size() uint64 { return f.size }

// Compress deflates data for the entry name, at flate.BestSpeed: on the
// site's HTML it is several times faster than the default level, and the
// archive is only about a tenth larger.
func Compress(name string, data []byte) (File, error) {
	var b bytes.Buffer
	b.Grow(len(data)/3 + 64)
	w := writers.Get().(*flate.Writer)
	defer writers.Put(w)
	w.Reset(&b)
	if _, err := w.Write(data); err != nil {
		return File{}, err
	}
	if err := w.Close(); err != nil {
		return File{}, err
	}
	return File{Name: name, method: zip.Deflate, data: b.Bytes(), crc: crc32.ChecksumIEEE(data), size: uint64(len(data))}, nil
}

// writers keeps deflate writers, whose tables are costly to allocate.
var writers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// Store keeps data uncompressed (an EPUB's mimetype, images already compressed).
func Store(name string, data []byte) File {
	return File{Name: name, method: zip.Store, data: data, crc: crc32.ChecksumIEEE(data), size: uint64(len(data))}
}

// StoreFrom and CompressFrom are entries, stored as they are or deflated,
// whose bytes Write copies from what open gives, a piece at a time: a
// large file, never held in memory. Each reads the file once, for the
// size and checksum the entry's header holds (CompressFrom deflates it for
// its compressed size, which deflating it again in Write gives, byte for
// byte, as Compress would); Write fails if it then reads other bytes.
func StoreFrom(name string, open func() (io.ReadCloser, error)) (File, error) {
	return from(name, zip.Store, open)
}

// CompressFrom: see StoreFrom.
func CompressFrom(name string, open func() (io.ReadCloser, error)) (File, error) {
	return from(name, zip.Deflate, open)
}

func from(name string, method uint16, open func() (io.ReadCloser, error)) (File, error) {
	f := File{Name: name, method: method, open: open}
	var n counter
	if err := f.copy(&n, false); err != nil {
		return File{}, err
	}
	f.stored = n.n
	return f, nil
}

// counter counts what is written to it.
type counter struct{ n uint64 }

func (c *counter) Write(p []byte) (int, error) {
	c.n += uint64(len(p))
	return len(p), nil
}

// copy writes a StoreFrom or CompressFrom entry's bytes, as the archive
// holds them, to w; with check, they must be those its header describes,
// else it records their size and checksum.
func (f *File) copy(w io.Writer, check bool) error {
	r, err := f.open()
	if err != nil {
		return err
	}
	defer r.Close()
	out := &counter{}
	dst := io.MultiWriter(w, out)
	var zw *flate.Writer
	if f.method == zip.Deflate {
		zw = writers.Get().(*flate.Writer)
		defer writers.Put(zw)
		zw.Reset(dst)
		dst = zw
	}
	h := crc32.NewIEEE()
	in, err := io.Copy(io.MultiWriter(dst, h), r)
	if err == nil && zw != nil {
		err = zw.Close()
	}
	switch {
	case err != nil:
		return err
	case !check:
		f.size, f.crc = uint64(in), h.Sum32()
	case uint64(in) != f.size || h.Sum32() != f.crc || out.n != f.stored:
		return fmt.Errorf("bundle: %s changed while the archive was written (%d bytes, %d before): build again", f.Name, in, f.size)
	}
	return nil
}

// Write writes an archive of files to w: the entries named in first in
// that order, then the others by name. Every entry is dated modified. Two
// entries with one name are an error.
func Write(w io.Writer, files []File, modified time.Time, first ...string) error {
	files = slices.Clone(files)
	rank := func(name string) int {
		if i := slices.Index(first, name); i >= 0 {
			return i
		}
		return len(first)
	}
	slices.SortFunc(files, func(a, b File) int {
		if ra, rb := rank(a.Name), rank(b.Name); ra != rb {
			return ra - rb
		}
		return strings.Compare(a.Name, b.Name)
	})
	date, clock := dosTime(modified)
	zw := zip.NewWriter(w)
	for i, f := range files {
		if i > 0 && files[i-1].Name == f.Name {
			return fmt.Errorf("bundle: two entries named %s", f.Name)
		}
		stored := uint64(len(f.data))
		if f.open != nil {
			stored = f.stored
		}
		h := &zip.FileHeader{Name: f.Name, Method: f.method, ModifiedDate: date, ModifiedTime: clock,
			CRC32: f.crc, CompressedSize64: stored, UncompressedSize64: f.size}
		h.SetMode(0o644)
		fw, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		if f.open != nil {
			err = f.copy(fw, true)
		} else {
			_, err = fw.Write(f.data)
		}
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

// dosTime gives t in the MS-DOS date and time fields of a zip header,
// from 1980 on, to the even second.
func dosTime(t time.Time) (date, clock uint16) {
	t = t.UTC()
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	clock = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, clock
}
