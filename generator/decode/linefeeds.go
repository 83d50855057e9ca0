package decode

import "bytes"

// LineFeeds returns src with each lone CR (one not followed by LF) made an
// LF: a CR alone ends a line, as in classic Mac OS files and as YAML and
// CommonMark read it, and every reader after this (front matter, TOML,
// markdown, the lines errors point at) then counts the same lines. Lengths
// and offsets are unchanged; src itself is never modified.
func LineFeeds(src []byte) []byte {
	var out []byte
	// bytes.IndexByte skips the text between CRs at memory speed; most
	// files have none, or only CRLF pairs.
	for i := bytes.IndexByte(src, '\r'); i >= 0; {
		if i+1 == len(src) || src[i+1] != '\n' {
			if out == nil {
				out = bytes.Clone(src)
			}
			out[i] = '\n'
		}
		next := bytes.IndexByte(src[i+1:], '\r')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	if out == nil {
		return src
	}
	return out
}
