package decode

import (
	"strconv"
	"strings"
	"unicode/utf8"

	yaml "go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/diag"
)

// ParseYAML parses one YAML document. An empty document gives a nil node.
func ParseYAML(src []byte) (*yaml.Node, error) {
	src = LineFeeds(src) // a lone CR ends a line for the file's line numbers too
	if err := CheckText(src); err != nil {
		return nil, err
	}
	if n, ok := simpleYAML(src); ok {
		return n, nil
	}
	var doc yaml.Node
	fileLine := fileLines(src)
	if err := yaml.Unmarshal(src, &doc); err != nil {
		e := yamlError(err, src)
		if fileLine != nil {
			e.Line = fileLine(e.Line)
		}
		return nil, e
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	if fileLine != nil {
		relines(doc.Content[0], fileLine, map[*yaml.Node]bool{})
	}
	return doc.Content[0], nil
}

// fileLines maps the lines YAML counts, which also end at a lone \r and at
// U+0085, U+2028 and U+2029, to the lines of the file as editors and every
// other message count them (at \n). It is nil when the two agree.
func fileLines(src []byte) func(int) int {
	s := string(src)
	if !strings.ContainsAny(strings.ReplaceAll(s, "\r\n", ""), "\r\u0085\u2028\u2029") {
		return nil
	}
	starts := []int{1} // the file line each YAML line starts on
	line := 1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			line++
			starts = append(starts, line)
		case r == '\r' && strings.HasPrefix(s[i+1:], "\n"):
			size++
			line++
			starts = append(starts, line)
		case r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029:
			starts = append(starts, line)
		}
		i += size
	}
	return func(l int) int {
		if l >= 1 && l <= len(starts) {
			return starts[l-1]
		}
		return min(l, line)
	}
}

// relines gives every node of a tree its file line.
func relines(n *yaml.Node, fileLine func(int) int, seen map[*yaml.Node]bool) {
	if n == nil || seen[n] {
		return
	}
	seen[n] = true
	n.Line = fileLine(n.Line)
	for _, c := range n.Content {
		relines(c, fileLine, seen)
	}
	relines(n.Alias, fileLine, seen)
}

// yamlError turns "yaml: line 3: did not find expected key" into a line and a message.
func yamlError(err error, src []byte) *diag.Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ":"); i > 0 {
			if n, convErr := strconv.Atoi(rest[:i]); convErr == nil {
				line, msg = n, strings.TrimSpace(rest[i+1:])
			}
			// yaml.v3 reports an unclosed [ or { at the 0-based line of
			// the bracket (its parser errors use the context mark as is),
			// but at line 1 for a bracket on the first line.
			if strings.HasPrefix(msg, "did not find expected ',' or") {
				lines := strings.Split(string(src), "\n")
				opens := func(l int) bool { return l >= 1 && l <= len(lines) && strings.ContainsAny(lines[l-1], "[{") }
				if !opens(line+1) && opens(line) {
					line-- // stays at the bracket's line
				}
				line++
			}
		}
	}
	return &diag.Error{Line: line, Msg: "invalid YAML: " + msg + " (check indentation, colons after keys, and quotes around values with special characters)", Err: err}
}
