package site

import (
	"crypto/sha256"
	"fmt"
	"io"

	"github.com/followup/followup/generator/model"
)

// streamHead is how much of a large file a Builder reads into memory: a
// streamed output no larger (the offline copy of most sites, a few hundred
// KB) is kept as Write keeps a file, made once; a larger one is made (or a
// file read) once to hash it and again to write it.
const streamHead = 1 << 20

// Copy is Write for a large file (model.Open): it reads the file once to
// hash it and, when it differs from the folder's, keeps where to copy it
// from, which commit copies from again (copyLarge); see streamHead.
func (s *diffSink) Copy(path string, open model.Open) error {
	r, err := open()
	if err != nil {
		return err
	}
	defer r.Close()
	head, err := io.ReadAll(io.LimitReader(r, s.limit))
	if err != nil {
		return err
	}
	if int64(len(head)) < s.limit {
		if old, ok := s.hashes[path]; ok && old == sha256.Sum256(head) {
			return nil
		}
		s.mu.Lock()
		s.changed[path] = head // read here: no other holds it
		s.mu.Unlock()
		return nil
	}
	h := sha256.New()
	h.Write(head)
	if _, err := io.Copy(h, r); err != nil {
		return err
	}
	if old, ok := s.hashes[path]; ok && [32]byte(h.Sum(nil)) == old {
		return nil
	}
	s.mu.Lock()
	s.large[path] = open
	s.mu.Unlock()
	return nil
}

// copyLarge copies the large files that changed into the folder, hashing
// what it copies.
func (b *Builder) copyLarge(s *diffSink, u *Update) error {
	for f, open := range s.large {
		r, err := open()
		if err != nil {
			return fmt.Errorf("writing %s: %w", f, err)
		}
		h := sha256.New()
		err = b.dest.CopyFile(f, io.TeeReader(r, h))
		r.Close()
		if err != nil {
			return fmt.Errorf("writing %s: %w", f, err)
		}
		b.hashes[f] = [32]byte(h.Sum(nil))
		u.Written = append(u.Written, f)
	}
	return nil
}
