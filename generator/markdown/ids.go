package markdown

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// ids generates element ids for one page, GitHub's way: lower-case letters
// and digits of any script, spaces and hyphens as hyphens, and a numeric
// suffix for repeats. Reserved ids (the layout's own) are never handed out.
type ids struct {
	used     map[string]bool
	reserved map[string]bool
}

// newIDs returns the ids of a page; reserved is only read.
func newIDs(reserved map[string]bool) *ids {
	return &ids{used: map[string]bool{}, reserved: reserved}
}

func (s *ids) Generate(value []byte, kind ast.NodeKind) []byte {
	var id []byte
	for len(value) > 0 {
		r, size := utf8.DecodeRune(value)
		value = value[size:]
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			id = utf8.AppendRune(id, unicode.ToLower(r))
		case r == ' ' || r == '-' || r == '_':
			if len(id) > 0 {
				id = append(id, '-')
			}
		}
	}
	for len(id) > 0 && id[len(id)-1] == '-' {
		id = id[:len(id)-1]
	}
	if len(id) == 0 {
		id = []byte("section")
	}
	base := string(id)
	candidate := base
	for i := 1; s.used[candidate] || s.reserved[candidate]; i++ {
		candidate = base + "-" + strconv.Itoa(i)
	}
	s.used[candidate] = true
	return []byte(candidate)
}

// Put records an id written by the author.
func (s *ids) Put(value []byte) {
	s.used[string(value)] = true
}
