package decode

import (
	"bytes"
	"unicode/utf8"

	"github.com/followup/followup/generator/diag"
)

// CheckText rejects binary and non-UTF-8 documents, naming the first bad line
// and whether it holds a NUL byte or bytes that are not UTF-8.
func CheckText(src []byte) error {
	if utf8.Valid(src) && bytes.IndexByte(src, 0) < 0 {
		return nil
	}
	line := 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == 0 {
			return &diag.Error{Line: line, Msg: "file holds a NUL byte (a zero byte) on this line, which text never has: remove it, and save the file as UTF-8 text"}
		}
		if r == utf8.RuneError && size == 1 {
			return &diag.Error{Line: line, Msg: "file is not UTF-8 text (invalid byte on this line): save it with UTF-8 encoding"}
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return nil
}
