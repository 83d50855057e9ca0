package decode

import "bytes"

// LineFeeds returns src with each lone CR (one not followed by LF) made an
// LF: a CR alone ends a line, as in classic Mac OS files and as YAML and
// CommonMark read it, and every reader after this (front matter, TOML,
// markdown, the lines errors point at) then counts the same lines. Lengths
// and offsets are unchanged; src itself is never modified.
func LineFeeds(src []byte) []byte {
	var out []byte
	for i, c := range src {
		if c == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			if out == nil {
				out = bytes.Clone(src)
			}
			out[i] = '\n'
		}
	}
	if out == nil {
		return src
	}
	return out
}
