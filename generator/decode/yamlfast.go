package decode

import (
	"bytes"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	yaml "go.yaml.in/yaml/v3"
)

// simpleYAML parses the shape nearly all front matter has, without the YAML
// library: one "key: value" a line at the left margin, where the value is a
// plain scalar that is clearly text, a whole number, true or false, a date
// (2026-11-20), a quoted string without escapes, or a flow list of those;
// blank lines and comment lines between them. It declines (ok false)
// anything else: nesting, anchors, block scalars, comments after values,
// escapes, words YAML reads specially (null, yes, ~), numbers with signs,
// leading zeros or decimals. ParseYAML then uses yaml.v3.
//
// For every input it accepts, it builds the tree yaml.v3 builds: the same
// kinds, tags, values, styles and lines (TestSimpleYAMLMatchesLibrary and
// FuzzSimpleYAML compare the two). It is several times faster, which
// matters when a site has ten thousand pages.
func simpleYAML(src []byte) (node *yaml.Node, ok bool) {
	if !plainCharacters(src) {
		return nil, false
	}
	var m *yaml.Node
	for n, line := 1, []byte(nil); len(src) > 0; n++ {
		line, src, _ = bytes.Cut(src, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.Trim(line, " ")) == 0 || line[0] == '#' {
			continue
		}
		colon := bytes.IndexByte(line, ':')
		if colon <= 0 || !simpleKey(line[:colon]) || (colon+1 < len(line) && line[colon+1] != ' ') {
			return nil, false
		}
		value := strings.TrimSpace(string(line[colon+1:]))
		v, ok := simpleValue(value, n)
		if !ok {
			return nil, false
		}
		if m == nil {
			m = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: n, Column: 1}
		}
		key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: string(line[:colon]), Line: n, Column: 1}
		m.Content = append(m.Content, key, v)
	}
	return m, true
}

func simpleKey(k []byte) bool {
	for i, c := range k {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-')) {
			return false
		}
	}
	return true
}

func simpleValue(v string, line int) (*yaml.Node, bool) {
	if strings.HasPrefix(v, "[") {
		return simpleList(v, line)
	}
	return simpleScalar(v, line)
}

func simpleList(v string, line int) (*yaml.Node, bool) {
	inner, closed := strings.CutSuffix(v[1:], "]")
	if !closed || strings.ContainsAny(inner, "[]{}#") {
		return nil, false
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: line}
	if strings.TrimSpace(inner) == "" {
		return seq, true
	}
	for _, item := range strings.Split(inner, ",") {
		n, ok := simpleScalar(strings.TrimSpace(item), line)
		if !ok || n.Value == "" && n.Style == 0 {
			return nil, false
		}
		seq.Content = append(seq.Content, n)
	}
	return seq, true
}

// simpleScalar reads a scalar the fast path is sure of.
func simpleScalar(v string, line int) (*yaml.Node, bool) {
	scalar := func(tag string, style yaml.Style, value string) (*yaml.Node, bool) {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Style: style, Value: value, Line: line}, true
	}
	if v == "" || strings.ContainsAny(v, "\t\\") {
		return nil, false
	}
	switch v[0] {
	case '"':
		if inner, ok := strings.CutSuffix(v[1:], `"`); ok && !strings.Contains(inner, `"`) {
			return scalar("!!str", yaml.DoubleQuotedStyle, inner)
		}
		return nil, false
	case '\'':
		if inner, ok := strings.CutSuffix(v[1:], "'"); ok && !strings.Contains(inner, "'") {
			return scalar("!!str", yaml.SingleQuotedStyle, inner)
		}
		return nil, false
	}
	switch {
	case v == "true" || v == "false":
		return scalar("!!bool", 0, v)
	case wholeNumber(v):
		return scalar("!!int", 0, v)
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		if _, err := time.Parse("2006-01-02", v); err == nil {
			return scalar("!!timestamp", 0, v)
		}
		return nil, false
	case clearlyText(v):
		return scalar("!!str", 0, v)
	}
	return nil, false
}

// wholeNumber: 0, or digits without a leading zero, at most 18 of them.
func wholeNumber(v string) bool {
	if len(v) > 18 || v == "" || v[0] == '0' && len(v) > 1 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// clearlyText reports a plain scalar YAML reads as text whatever its
// schema: it starts with a letter, and has nothing YAML treats specially.
func clearlyText(v string) bool {
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsLetter(r) || strings.HasSuffix(v, ":") || strings.Contains(v, ": ") || strings.Contains(v, " #") {
		return false
	}
	switch strings.ToLower(v) {
	case "null", "true", "false", "yes", "no", "on", "off", "y", "n":
		return false
	}
	for _, r := range v {
		if r < ' ' || r == 0x7f || r == 0xfeff || r == 0x85 || r == 0x2028 || r == 0x2029 {
			return false
		}
	}
	return true
}

// plainCharacters reports whether src is valid UTF-8 made only of
// characters YAML prints as they are (its c-printable set), without tabs,
// byte order marks or the Unicode line and paragraph separators, which
// YAML treats specially.
func plainCharacters(src []byte) bool {
	if !utf8.Valid(src) || bytes.Contains(bytes.ReplaceAll(src, []byte("\r\n"), nil), []byte("\r")) {
		return false // a lone \r is a line break to YAML
	}
	for _, r := range string(src) {
		switch {
		case r == '\n' || r == '\r':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return false
		case r == 0xfeff || r == 0x2028 || r == 0x2029 || r == 0xfffe || r == 0xffff:
			return false
		}
	}
	return true
}
