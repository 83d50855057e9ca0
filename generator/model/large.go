package model

import (
	"io"
	"sync"
)

// Large files are copied, never held in memory: a static file of the
// core's large size or more (site.LargeFile: a video, an archive), and an
// Output that Streams (the offline copy's archive). Such a file reaches a
// Sink, and a provider's Tee, as an Open that gives its bytes a piece at a
// time. Open may be called more than once, and gives the same bytes each
// time.
type Open = func() (io.ReadCloser, error)

// Copier is a Sink that copies a large file, a piece at a time (the output
// folder's, outdir.Sink).
type Copier interface {
	Copy(path string, open Open) error
}

// CopyTo copies a large file into s: with its Copy when s is a Copier,
// else by reading it whole and writing that, which is what a Sink that
// keeps files in memory would do anyway.
func CopyTo(s Sink, path string, open Open) error {
	if c, ok := s.(Copier); ok {
		return c.Copy(path, open)
	}
	r, err := open()
	if err != nil {
		return err
	}
	data, err := io.ReadAll(r)
	if cerr := r.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return s.Write(path, data)
}

// Streamed is an Open for an Output's Stream: each call runs write on a
// goroutine of its own, which the reader it returns reads from. Closing
// the reader before the end stops write (its writes fail) and waits for it.
func Streamed(write func(w io.Writer) error) Open {
	return func() (io.ReadCloser, error) {
		pr, pw := io.Pipe()
		s := &stream{PipeReader: pr}
		s.done.Add(1)
		go func() {
			defer s.done.Done()
			pw.CloseWithError(write(pw))
		}()
		return s, nil
	}
}

// stream is the reader of a Streamed Output.
type stream struct {
	*io.PipeReader
	done sync.WaitGroup
}

func (s *stream) Close() error {
	err := s.PipeReader.Close()
	s.done.Wait()
	return err
}
