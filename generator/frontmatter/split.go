package frontmatter

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/followup/followup/generator/diag"
)

// block is where a file's front matter is.
type block struct {
	format Format
	meta   []byte // the metadata, for its parser
	before int    // lines of the file before meta's first line
	end    int    // offset just after the front matter's closing line
}

// split finds the front matter: a "---", "+++" or "{" line after any blank
// lines at the top of the file.
func split(src []byte) (block, error) {
	start, blank := 0, 0 // the first line that is not blank
	for start < len(src) {
		line, _, found := bytes.Cut(src[start:], []byte("\n"))
		if len(bytes.TrimSpace(line)) > 0 || !found {
			break
		}
		start += len(line) + 1
		blank++
	}
	first, _, _ := bytes.Cut(src[start:], []byte("\n"))
	first = bytes.TrimRight(first, " \t\r")
	switch {
	case string(first) == "---":
		return fenced(src, start, blank, YAML, "---")
	case string(first) == "+++":
		return fenced(src, start, blank, TOML, "+++")
	case isJSONStart(first):
		return jsonBlock(src, start, blank)
	}
	return block{}, nil
}

// fenced finds the closing delimiter line of front matter opened at start.
func fenced(src []byte, start, blank int, format Format, delim string) (block, error) {
	metaStart := start + bytes.IndexByte(src[start:], '\n') + 1
	for off := metaStart; off > start && off < len(src); {
		next := len(src)
		if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
			next = off + i + 1
		}
		if string(bytes.TrimRight(src[off:next], " \t\r\n")) == delim {
			return block{format: format, meta: src[metaStart:off], before: blank + 1, end: next}, nil
		}
		off = next
	}
	return block{}, &diag.Error{Line: blank + 1, Msg: fmt.Sprintf("front matter opened with %s is never closed: add a line with just %s after the last key", delim, delim)}
}

// isJSONStart reports whether a first line opens JSON front matter: "{"
// then a quote, the closing "}" or the end of the line, which a shortcode
// ("{{<") or a paragraph in braces does not.
func isJSONStart(line []byte) bool {
	rest, ok := bytes.CutPrefix(line, []byte("{"))
	rest = bytes.TrimLeft(rest, " \t")
	return ok && (len(rest) == 0 || rest[0] == '"' || rest[0] == '}')
}

// jsonBlock finds the end of JSON front matter opened at start: the line
// of the "}" that closes its object.
func jsonBlock(src []byte, start, blank int) (block, error) {
	dec := json.NewDecoder(bytes.NewReader(src[start:]))
	var obj json.RawMessage
	if err := dec.Decode(&obj); err != nil {
		line := blank + 1
		if se, ok := err.(*json.SyntaxError); ok {
			line += bytes.Count(src[start:start+int(se.Offset)], []byte("\n"))
		}
		return block{}, &diag.Error{Line: line, Msg: fmt.Sprintf("invalid JSON front matter: %v (it must be one object, its closing } ending a line)", err)}
	}
	closeAt := start + int(dec.InputOffset())
	end := len(src)
	if i := bytes.IndexByte(src[closeAt:], '\n'); i >= 0 {
		end = closeAt + i + 1
	}
	if len(bytes.TrimSpace(src[closeAt:end])) > 0 {
		return block{}, &diag.Error{Line: 1 + bytes.Count(src[:closeAt], []byte("\n")), Msg: "JSON front matter must end its line with the } that closes it: move the text after it to the next line"}
	}
	return block{format: JSON, meta: asYAML(src[start:closeAt]), before: blank, end: end}, nil
}

// asYAML rewrites a valid JSON text for YAML, whose flow style JSON is
// but for two things: YAML takes no tabs between tokens, and no raw
// characters it does not count as printable (DEL, the C1 controls,
// U+FFFE, U+FFFF) even in strings. JSON strings hold no raw tabs, and
// those characters only appear in strings, where \u escapes mean the same.
func asYAML(j []byte) []byte {
	var b bytes.Buffer
	for _, r := range string(j) {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case r == 0x7f || (r >= 0x80 && r <= 0x9f && r != 0x85) || r == 0xfffe || r == 0xffff:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.Bytes()
}
