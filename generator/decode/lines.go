package decode

import yaml "go.yaml.in/yaml/v3"

// KeyLines returns the line of each key of a mapping node, for checks made
// after decoding that point at a key; empty for any other node.
func KeyLines(n *yaml.Node) map[string]int {
	lines := map[string]int{}
	if n == nil || n.Kind != yaml.MappingNode {
		return lines
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		lines[n.Content[i].Value] = n.Content[i].Line
	}
	return lines
}

// ValueLines returns the line each value of a mapping node starts on: a
// block scalar (| or >) starts on the line after its indicator.
func ValueLines(n *yaml.Node) map[string]int {
	lines := map[string]int{}
	if n == nil || n.Kind != yaml.MappingNode {
		return lines
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		v := n.Content[i+1]
		lines[n.Content[i].Value] = v.Line
		if v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			lines[n.Content[i].Value] = v.Line + 1
		}
	}
	return lines
}

// Items returns the elements of the list under key in a mapping node, or
// nil when there is none.
func Items(n *yaml.Node, key string) []*yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key && n.Content[i+1].Kind == yaml.SequenceNode {
			return n.Content[i+1].Content
		}
	}
	return nil
}

// Value returns the value under key in a mapping node, or nil.
func Value(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
