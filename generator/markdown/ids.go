package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// ids generates element ids for one page, GitHub's way, from a heading's
// text as shown (a link's address is not part of it): lower-case letters,
// marks, digits and connectors ("_") of any script and hyphens kept,
// spaces as hyphens, other punctuation dropped, and a numeric suffix for
// repeats. Reserved ids (the layout's own) are never handed out.
//
// goldmark asks for an id while it parses, from the heading's markdown;
// Generate hands out a placeholder, and the transformer gives the heading
// its id from its text (fromText), in document order, once it is parsed.
type ids struct {
	used     map[string]bool
	reserved map[string]bool
	pending  int // placeholders handed out
}

// newIDs returns the ids of a page; reserved is only read.
func newIDs(reserved map[string]bool) *ids {
	return &ids{used: map[string]bool{}, reserved: reserved}
}

// placeholder starts the ids Generate hands out until fromText replaces them.
const placeholder = "\x00heading-"

func (s *ids) Generate([]byte, ast.NodeKind) []byte {
	s.pending++
	return []byte(placeholder + strconv.Itoa(s.pending))
}

// fromText returns the id of a heading whose text is text, unique on the page.
func (s *ids) fromText(text string) string {
	var id []rune
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.Is(unicode.Pc, r) || r == '-':
			id = append(id, r)
		case r == ' ':
			id = append(id, '-')
		}
	}
	base := string(id)
	if base == "" {
		base = "section"
	}
	candidate := base
	for i := 1; s.used[candidate] || s.reserved[candidate]; i++ {
		candidate = base + "-" + strconv.Itoa(i)
	}
	s.used[candidate] = true
	return candidate
}

// Put records an id written by the author.
func (s *ids) Put(value []byte) {
	s.used[string(value)] = true
}
