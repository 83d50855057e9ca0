package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"text/template"

	yaml "go.yaml.in/yaml/v3"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
)

// message is one key's text: a single form (other), or its plural forms.
type message struct {
	key    string
	file   string // display path of the file it comes from
	line   int
	forms  map[plural.Form]*template.Template
	texts  map[plural.Form]string // the forms' texts, for those without values
	lines  map[plural.Form]int    // the line of each form
	plural bool                   // written as a table of forms
}

// formNames are CLDR's plural categories, in CLDR's order.
var formNames = []struct {
	name string
	form plural.Form
}{{"zero", plural.Zero}, {"one", plural.One}, {"two", plural.Two}, {"few", plural.Few}, {"many", plural.Many}, {"other", plural.Other}}

func formOf(name string) (plural.Form, bool) {
	for _, f := range formNames {
		if f.name == name {
			return f.form, true
		}
	}
	return 0, false
}

func formName(f plural.Form) string {
	for _, n := range formNames {
		if n.form == f {
			return n.name
		}
	}
	return "other"
}

// readFile reads one string file into its messages by key.
func readFile(fsys fs.FS, name, display, code string) (map[string]*message, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, diag.Errorf(display, 0, "cannot read the string file: %v", err)
	}
	root, err := decode.ParseTOML(src)
	if err != nil {
		return nil, diag.Locate(err, display, 0)
	}
	r := reader{file: display, msgs: map[string]*message{}}
	r.table(root, "")
	if len(r.errs) > 0 {
		return nil, r.errs.Err()
	}
	return r.msgs, nil
}

type reader struct {
	file string
	msgs map[string]*message
	errs diag.List
}

// table reads a mapping whose keys are prefixed by prefix ("nav.").
func (r *reader) table(n *yaml.Node, prefix string) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := prefix + k.Value
		switch {
		case v.Kind == yaml.ScalarNode && v.Tag == "!!str":
			r.add(key, k.Line, false, map[string]*yaml.Node{"other": v})
		case v.Kind == yaml.MappingNode && isMessage(v):
			r.forms(key, k.Line, v)
		case v.Kind == yaml.MappingNode:
			r.table(v, key+".")
		default:
			r.errs.Add(diag.Errorf(r.file, v.Line, "the string %q must be text in quotation marks, or a table of plural forms (one, other, ...), not %s", key, kindName(v)))
		}
	}
}

// isMessage reports whether a table is a message: it has a plural form.
func isMessage(n *yaml.Node) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if _, ok := formOf(n.Content[i].Value); ok {
			return true
		}
	}
	return false
}

func (r *reader) forms(key string, line int, n *yaml.Node) {
	forms := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Value == "description" { // Hugo's and go-i18n's note for translators
			continue
		}
		if _, ok := formOf(k.Value); !ok {
			r.errs.Add(diag.Errorf(r.file, k.Line, "%q is not a plural form of the string %q: the forms are zero, one, two, few, many and other", k.Value, key))
			continue
		}
		if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
			r.errs.Add(diag.Errorf(r.file, v.Line, "the %s form of the string %q must be text in quotation marks, not %s", k.Value, key, kindName(v)))
			continue
		}
		forms[k.Value] = v
	}
	if _, ok := forms["other"]; !ok {
		r.errs.Add(diag.Errorf(r.file, line, "the string %q has no \"other\" form: every language uses it; add other = \"...\"", key))
		return
	}
	r.add(key, line, len(forms) > 1, forms) // other alone: the same for every count
}

func (r *reader) add(key string, line int, isPlural bool, forms map[string]*yaml.Node) {
	if old, ok := r.msgs[key]; ok {
		r.errs.Add(diag.Errorf(r.file, line, "the string %q is given twice (%s): keep one", key, diag.FirstAt(old.line)))
		return
	}
	m := &message{key: key, file: r.file, line: line, plural: isPlural, forms: map[plural.Form]*template.Template{}, texts: map[plural.Form]string{}, lines: map[plural.Form]int{}}
	for name, v := range forms {
		f, _ := formOf(name)
		t, err := template.New(key).Option("missingkey=error").Parse(v.Value)
		if err != nil {
			r.errs.Add(diag.Errorf(r.file, v.Line, "the string %q is not a valid template: %s; write values as {{ .Count }} or {{ .Name }}", key, templateMsg(err)))
			continue
		}
		m.forms[f], m.texts[f], m.lines[f] = t, v.Value, v.Line
	}
	r.msgs[key] = m
}

// templateMsg strips text/template's "template: NAME:LINE: " prefix.
func templateMsg(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.HasPrefix(msg, "template: ") {
		return msg[i+2:]
	}
	return msg
}

func kindName(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.MappingNode:
		return "a table"
	case n.Tag == "!!int" || n.Tag == "!!float":
		return "a number (" + n.Value + ")"
	case n.Tag == "!!bool":
		return "true or false"
	}
	return fmt.Sprintf("%q", n.Value)
}

// usedForms returns the plural forms a language uses for whole numbers.
func usedForms(t language.Tag) []plural.Form {
	seen := map[plural.Form]bool{}
	for _, n := range append(numbersToTry(), 1000000) {
		seen[plural.Cardinal.MatchPlural(t, n, 0, 0, 0, 0)] = true
	}
	var forms []plural.Form
	for _, f := range formNames {
		if seen[f.form] {
			forms = append(forms, f.form)
		}
	}
	return forms
}

func numbersToTry() []int {
	ns := make([]int, 0, 1001)
	for n := range 1001 {
		ns = append(ns, n)
	}
	return ns
}

// checkForms reports the plural messages of l that lack a form its
// language uses.
func checkForms(l *language_, t language.Tag) error {
	used := usedForms(t)
	var errs diag.List
	for _, key := range slicesSorted(l.msgs) {
		m := l.msgs[key]
		if !m.plural {
			continue
		}
		var missing []string
		for _, f := range used {
			if m.forms[f] == nil {
				missing = append(missing, formName(f))
			}
		}
		if len(missing) > 0 {
			errs.Add(diag.Errorf(m.file, m.line, "the string %q has no %s form, which %s uses for some counts: add %s = \"...\"", key, strings.Join(missing, ", "), display(t), missing[0]))
		}
	}
	return errs.Err()
}

func slicesSorted(m map[string]*message) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
