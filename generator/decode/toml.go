package decode

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
	yaml "go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/diag"
)

// ParseTOML parses a TOML document into the same tree ParseYAML gives, with
// the line of every key and value, so that one decoder serves both formats.
// An empty document gives an empty mapping. A byte order mark at the start
// is skipped, as editors on Windows write one.
func ParseTOML(src []byte) (*yaml.Node, error) {
	src = LineFeeds(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))) // TOML ends lines at LF and CRLF only; a CR alone ends one too
	if err := CheckText(src); err != nil {
		return nil, err
	}
	t := &tomlTree{root: mapping(1), defined: map[*yaml.Node]bool{}}
	t.p.Reset(src)
	current := t.root
	for t.p.NextExpression() {
		e := t.p.Expression()
		switch e.Kind {
		case unstable.KeyValue:
			t.keyValue(current, e)
		case unstable.Table:
			current = t.table(e)
		case unstable.ArrayTable:
			current = t.arrayTable(e)
		}
		if len(t.errs) > 0 {
			return nil, t.errs.Err()
		}
	}
	if err := t.p.Error(); err != nil {
		return nil, t.parserError(err)
	}
	return t.root, nil
}

type tomlTree struct {
	p       unstable.Parser
	breaks  []int // the offset of each line break in the document, found once
	root    *yaml.Node
	defined map[*yaml.Node]bool // tables declared with a [header] or written inline: closed to later headers
	errs    diag.List
}

func mapping(line int) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line}
}

// line is the line a node starts on. The parser's Shape counts the lines
// from the top of the document for every node, quadratic in a long array
// (a million numbers took minutes); the line breaks are found once here
// and each line is a binary search.
func (t *tomlTree) line(n *unstable.Node) int {
	if n == nil || n.Raw.Length == 0 && n.Raw.Offset == 0 {
		return 0
	}
	if t.breaks == nil {
		data := t.p.Data()
		t.breaks = make([]int, 0, bytes.Count(data, []byte("\n")))
		for i, c := range data {
			if c == '\n' {
				t.breaks = append(t.breaks, i)
			}
		}
	}
	line, _ := slices.BinarySearch(t.breaks, int(n.Raw.Offset))
	return line + 1
}

func (t *tomlTree) fail(line int, format string, args ...any) {
	t.errs = append(t.errs, &diag.Error{Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (t *tomlTree) parserError(err error) error {
	line := 0
	if pe, ok := err.(*unstable.ParserError); ok && pe.Highlight != nil {
		data := t.p.Data()
		off := cap(data) - cap(pe.Highlight)
		if off >= 0 && off <= len(data) {
			line = 1 + strings.Count(string(data[:off]), "\n")
		}
	}
	return &diag.Error{Line: line, Msg: "invalid TOML: " + err.Error() + " (check quotes around text, = between key and value, and [table] headers)", Err: err}
}

// lookup returns the value stored under key in the mapping m, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func put(m *yaml.Node, key string, line int, v *yaml.Node) {
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: line}
	m.Content = append(m.Content, k, v)
}

// descend walks (creating as needed) the tables named by keys from m.
// An array of tables resolves to its last element, as TOML specifies.
func (t *tomlTree) descend(m *yaml.Node, keys []*unstable.Node) *yaml.Node {
	for _, k := range keys {
		name, line := string(k.Data), t.line(k)
		next := lookup(m, name)
		switch {
		case next == nil:
			next = mapping(line)
			put(m, name, line, next)
		case next.Kind == yaml.SequenceNode && next.Style != yaml.FlowStyle && len(next.Content) > 0:
			next = next.Content[len(next.Content)-1]
		case next.Kind != yaml.MappingNode:
			t.fail(line, "key %q is already set to a value at line %d; it cannot also be a table", name, next.Line)
			return mapping(line)
		}
		m = next
	}
	return m
}

func keys(e *unstable.Node) []*unstable.Node {
	var ks []*unstable.Node
	it := e.Key()
	for it.Next() {
		ks = append(ks, it.Node())
	}
	return ks
}

func (t *tomlTree) keyValue(m *yaml.Node, e *unstable.Node) {
	ks := keys(e)
	if len(ks) > 1 {
		m = t.descend(m, ks[:len(ks)-1])
	}
	last := ks[len(ks)-1]
	name, line := string(last.Data), t.line(last)
	if prev := lookup(m, name); prev != nil {
		t.fail(line, "key %q is set twice (%s); keep one", name, diag.FirstAt(prev.Line))
		t.errs[len(t.errs)-1].Earlier = prev.Line
		return
	}
	v := t.value(e.Value(), line)
	put(m, name, line, v)
}

func (t *tomlTree) table(e *unstable.Node) *yaml.Node {
	ks := keys(e)
	m := t.descend(t.root, ks)
	if t.defined[m] {
		t.fail(t.line(ks[0]), "table [%s] is declared twice; merge the two", dotted(ks))
	}
	t.defined[m] = true
	return m
}

func (t *tomlTree) arrayTable(e *unstable.Node) *yaml.Node {
	ks := keys(e)
	parent := t.descend(t.root, ks[:len(ks)-1])
	last := ks[len(ks)-1]
	name, line := string(last.Data), t.line(last)
	seq := lookup(parent, name)
	if seq == nil {
		seq = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line}
		put(parent, name, line, seq)
	} else if seq.Kind != yaml.SequenceNode || seq.Style == yaml.FlowStyle {
		t.fail(line, "[[%s]] adds to %q, which is already set at line %d as something else", dotted(ks), name, seq.Line)
		return mapping(line)
	}
	m := mapping(line)
	seq.Content = append(seq.Content, m)
	return m
}

func dotted(ks []*unstable.Node) string {
	parts := make([]string, len(ks))
	for i, k := range ks {
		parts[i] = string(k.Data)
	}
	return strings.Join(parts, ".")
}

func (t *tomlTree) value(n *unstable.Node, keyLine int) *yaml.Node {
	line := t.line(n)
	if line == 0 {
		line = keyLine
	}
	scalar := func(tag, v string) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v, Line: line}
	}
	switch n.Kind {
	case unstable.String, unstable.LocalTime:
		return scalar("!!str", string(n.Data))
	case unstable.Bool:
		return scalar("!!bool", string(n.Data))
	case unstable.Integer:
		i, err := strconv.ParseInt(string(n.Data), 0, 64)
		if err != nil {
			t.fail(line, "integer %s is out of range: write a whole number from %d to %d", n.Data, math.MinInt64, math.MaxInt64)
		}
		return scalar("!!int", strconv.FormatInt(i, 10))
	case unstable.Float:
		s := strings.ReplaceAll(string(n.Data), "_", "")
		switch strings.TrimLeft(s, "+-") {
		case "inf":
			s = strings.TrimSuffix(s, "inf") + ".inf"
		case "nan":
			s = ".nan"
		}
		return scalar("!!float", s)
	case unstable.LocalDate, unstable.LocalDateTime, unstable.DateTime:
		return scalar("!!timestamp", string(n.Data))
	case unstable.Array:
		seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: line}
		it := n.Children()
		for it.Next() {
			seq.Content = append(seq.Content, t.value(it.Node(), line))
		}
		return seq
	case unstable.InlineTable:
		m := mapping(line)
		m.Style = yaml.FlowStyle
		t.defined[m] = true
		it := n.Children()
		for it.Next() {
			t.keyValue(m, it.Node())
		}
		return m
	}
	t.fail(line, "unsupported TOML value")
	return scalar("!!null", "")
}
