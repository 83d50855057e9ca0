package config

import (
	"fmt"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/diag"
)

// Handouts configures the workshop packet, handouts/.
type Handouts struct {
	// Title is the packet's title; "" (the default) for the string files'
	// packet.title in the site's language ("Workshop packet"), which the
	// packet looks up: config reads no string files.
	Title string `yaml:"title"`
	// Guides are the content files of the guides the packet holds, in
	// order ("guides/thank-you-email.md"). Default: the first page in
	// reading order (the overview) and every guide that shows a checklist,
	// in reading order. The site checks that each is a
	// page, and reports the entry's line when it is not.
	Guides []Ref `yaml:"guides"`
	// Timeline are the decision kinds whose evergreen tables the packet
	// prints (soon, by-date, week, weeks, unsaid). Default: all of them.
	Timeline []Ref `yaml:"timeline"`
	// Worksheet adds the blank "My follow-up plan" worksheet (default true).
	Worksheet bool `yaml:"worksheet"`
}

// Ref is a name written in followup.toml, with its line for later errors.
type Ref struct {
	Value string
	Line  int
}

// DecodeNode reads a Ref from a string.
func (r *Ref) DecodeNode(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!str" && n.Tag != "") {
		return fmt.Errorf("must be a quoted string, like \"guides/thank-you-email.md\"")
	}
	r.Value, r.Line = n.Value, n.Line
	return nil
}

func (h *Handouts) check() error {
	if strings.TrimSpace(h.Title) == "" {
		h.Title = "" // blank: the default title
	}
	var errs diag.List
	for _, list := range []struct {
		key  string
		refs []Ref
	}{{"guides", h.Guides}, {"timeline", h.Timeline}} {
		key, refs := list.key, list.refs
		seen := map[string]bool{}
		for _, r := range refs {
			if seen[r.Value] {
				errs = append(errs, &diag.Error{Line: r.Line, Msg: fmt.Sprintf("handouts.%s: %q is named twice; name each once", key, r.Value)})
			}
			seen[r.Value] = true
		}
	}
	return errs.Err()
}
