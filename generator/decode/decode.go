// Package decode reads YAML and TOML documents into typed Go values, strictly,
// with a line number in every error.
//
// Front matter, followup.toml, checklist files and the timeline rules are all
// written by people, so every mistake must point at its line and say what to
// write instead. Both formats are first parsed into the same tree, a
// *yaml.Node (YAML directly, TOML through ParseTOML), and then Into walks that
// tree and the target value together:
//
//   - every mapping key must name a field (the field's `yaml` tag, else its
//     lower-cased name); an unknown key is an error at the key's line that
//     lists the known keys and suggests the nearest one;
//   - a value of the wrong kind is an error at the value's line, worded for
//     people ("weight must be a whole number, not "abc"");
//   - time.Time accepts YAML and TOML dates and date strings in every form
//     Hugo reads (2026-11-20, 2026-11-20T15:04:05Z,
//     2026-11-20T10:20:30.000+0100, 2026-11-20 15:04, 20 Nov 2026,
//     RFC 1123 and the other Go layouts);
//   - a list of text takes a single value as a list of one ("tags: one");
//   - a field of type any or map[string]any takes any value (free-form data);
//   - a type with a DecodeNode(*yaml.Node) error method decodes itself;
//   - a byte order mark at the start of a document is skipped, and a NUL
//     byte or bytes that are not UTF-8 are an error at their line
//     (CheckText); a whole number out of range gives the range.
//
// All problems in a document are reported, not only the first, as a
// diag.List whose errors carry lines and no path; the caller adds the path
// with diag.Locate.
package decode

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	yaml "go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/diag"
)

// Decoder is implemented by types that decode themselves from a node.
// Errors without a line are placed at the node's line.
type Decoder interface {
	DecodeNode(n *yaml.Node) error
}

// maxNodes bounds the work of one decode, so that YAML aliases that expand
// exponentially ("billion laughs") fail instead of exhausting memory.
const maxNodes = 1_000_000

// Into decodes n into the value v points to. A nil node leaves v unchanged.
func Into(n *yaml.Node, v any) error { return IntoWith(n, v, "") }

// IntoWith is Into with unknown keys reported as findings of kind unknown
// (diag.Warnf), which a build may print as warnings: the rest of the
// document is decoded all the same.
func IntoWith(n *yaml.Node, v any, unknown diag.Kind) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("decode.Into: need a non-nil pointer")
	}
	if n == nil {
		return nil
	}
	d := &decoder{unknown: unknown}
	d.value(n, rv.Elem(), "")
	return d.errs.Err()
}

type decoder struct {
	errs    diag.List
	nodes   int
	unknown diag.Kind // the kind of an unknown key's error
}

// maxErrors bounds the errors kept from one document.
const maxErrors = 50

func (d *decoder) fail(n *yaml.Node, format string, args ...any) {
	d.failKind("", n, format, args...)
}

func (d *decoder) failKind(kind diag.Kind, n *yaml.Node, format string, args ...any) {
	switch {
	case len(d.errs) < maxErrors:
		d.errs = append(d.errs, &diag.Error{Line: n.Line, Msg: fmt.Sprintf(format, args...), Kind: kind})
	case len(d.errs) == maxErrors:
		d.errs = append(d.errs, &diag.Error{Line: n.Line, Msg: "too many errors; fix the ones above first"})
	}
}

// tooMuch reports a document that expands past what a decode does, once:
// the rest of the document is not decoded.
func (d *decoder) tooMuch(n *yaml.Node, msg string) {
	if d.nodes <= maxNodes {
		d.errs = append(d.errs, &diag.Error{Line: n.Line, Msg: msg})
	}
	d.nodes = maxNodes + 1
}

var (
	timeType = reflect.TypeFor[time.Time]()
	decType  = reflect.TypeFor[Decoder]()
)

func (d *decoder) value(n *yaml.Node, v reflect.Value, name string) {
	if d.nodes >= maxNodes {
		d.tooMuch(n, fmt.Sprintf("document too large or too deeply aliased (more than %d values)", maxNodes))
		return
	}
	d.nodes++
	if n.Kind == yaml.AliasNode {
		d.value(n.Alias, v, name)
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if v.CanAddr() && v.Addr().Type().Implements(decType) {
		if err := v.Addr().Interface().(Decoder).DecodeNode(n); err != nil {
			for _, e := range diag.Errors(err) {
				if e.Line == 0 {
					e.Line = n.Line
				}
				d.errs = append(d.errs, e)
			}
		}
		return
	}
	switch {
	case v.Type() == timeType:
		t, err := parseTime(n)
		if err != nil {
			d.fail(n, "%s must be a date like 2026-11-20 or 2026-11-20T15:04:05Z, not %s", label(name), quote(n))
			return
		}
		v.Set(reflect.ValueOf(t))
		return
	case v.Kind() == reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(n, v.Elem(), name)
		return
	case v.Kind() == reflect.Interface && v.NumMethod() == 0:
		d.generic(n, v)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.structure(n, v, name)
	case reflect.Map:
		d.mapping(n, v, name)
	case reflect.Slice:
		d.sequence(n, v, name)
	default:
		d.scalar(n, v, name)
	}
}

// scalar decodes text, a boolean or a number.
func (d *decoder) scalar(n *yaml.Node, v reflect.Value, name string) {
	switch v.Kind() {
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, "%s must be text, not %s", label(name), kindName(n))
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		b, err := strconv.ParseBool(n.Value)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || err != nil {
			d.fail(n, "%s must be true or false, not %s", label(name), quote(n))
			return
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
		if n.Kind == yaml.ScalarNode && (errors.Is(err, strconv.ErrRange) || err == nil && v.OverflowInt(i)) {
			lowest := int64(-1) << (v.Type().Bits() - 1)
			d.fail(n, "%s = %s is out of range: write a whole number from %d to %d", label(name), n.Value, lowest, -(lowest + 1))
			return
		}
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
			d.fail(n, "%s must be a whole number, not %s", label(name), quote(n))
			return
		}
		v.SetInt(i)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(n.Value, 64)
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") || err != nil || math.IsNaN(f) {
			d.fail(n, "%s must be a number, not %s", label(name), quote(n))
			return
		}
		v.SetFloat(f)
	default:
		panic("decode: unsupported field type " + v.Type().String())
	}
}

func (d *decoder) generic(n *yaml.Node, v reflect.Value) {
	var out any
	if err := n.Decode(&out); err != nil {
		if strings.Contains(err.Error(), "excessive aliasing") {
			d.tooMuch(n, "the aliases (*name) in this value expand to too many values: write the values out, or refer to fewer anchors")
			return
		}
		d.fail(n, "%v", err)
		return
	}
	if out != nil {
		v.Set(reflect.ValueOf(out))
	}
}

// field describes one key a struct accepts.
type field struct {
	key   string
	index int
}

func fieldsOf(t reflect.Type) []field {
	var fs []field
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		key, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if key == "-" {
			continue
		}
		if key == "" {
			key = strings.ToLower(sf.Name)
		}
		fs = append(fs, field{key, i})
	}
	return fs
}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, name string) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, "%s must be a table of keys and values, not %s", label(name), kindName(n))
		return
	}
	fields := fieldsOf(v.Type())
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if !d.firstTime(seen, k, name) {
			continue
		}
		var f *field
		for j := range fields {
			if fields[j].key == k.Value {
				f = &fields[j]
				break
			}
		}
		if f == nil {
			d.failKind(d.unknown, k, "%s", unknownKey(join(name, k.Value), k.Value, fields))
			continue
		}
		d.value(val, v.Field(f.index), join(name, k.Value))
	}
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, name string) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, "%s must be a table of keys and values, not %s", label(name), kindName(n))
		return
	}
	if v.Type().Key().Kind() != reflect.String {
		panic("decode: map keys must be strings")
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if !d.firstTime(seen, k, name) {
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.value(val, elem, join(name, k.Value))
		v.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
	}
}

func (d *decoder) sequence(n *yaml.Node, v reflect.Value, name string) {
	if n.Kind == yaml.ScalarNode && v.Type().Elem().Kind() == reflect.String {
		n = &yaml.Node{Kind: yaml.SequenceNode, Line: n.Line, Column: n.Column, Content: []*yaml.Node{n}} // tags: one
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, "%s must be a list like [a, b], not %s", label(name), kindName(n))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.value(item, s.Index(i), fmt.Sprintf("%s[%d]", name, i+1))
	}
	v.Set(s)
}

// firstTime records key k of a mapping and reports a key written twice.
func (d *decoder) firstTime(seen map[string]int, k *yaml.Node, name string) bool {
	if first, dup := seen[k.Value]; dup {
		d.fail(k, "key %q is set twice (%s); keep one", join(name, k.Value), diag.FirstAt(first))
		d.errs[len(d.errs)-1].Earlier = first
		return false
	}
	seen[k.Value] = k.Line
	return true
}

func unknownKey(full, key string, fields []field) string {
	known := make([]string, len(fields))
	for i, f := range fields {
		known[i] = f.key
	}
	sort.Strings(known)
	best := Nearest(key, known)
	msg := fmt.Sprintf("unknown key %q", full)
	if best != "" {
		msg += fmt.Sprintf(": did you mean %q?", best)
	}
	if len(known) > 0 {
		msg += " (known keys: " + strings.Join(known, ", ") + ")"
	}
	return msg
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

func label(name string) string {
	if name == "" {
		return "the document"
	}
	return name
}

func quote(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return strconv.Quote(n.Value)
	}
	return kindName(n)
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a table"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	return strconv.Quote(n.Value)
}
