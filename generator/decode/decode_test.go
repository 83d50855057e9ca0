package decode

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/followup/followup/generator/diag"
)

type menuItem struct {
	Name   string `yaml:"name"`
	URL    string `yaml:"url"`
	Weight int    `yaml:"weight"`
}

type doc struct {
	Title  string         `yaml:"title"`
	Weight int            `yaml:"weight"`
	Draft  bool           `yaml:"draft"`
	Ratio  float64        `yaml:"ratio"`
	Date   time.Time      `yaml:"date"`
	Tags   []string       `yaml:"tags"`
	Menu   []menuItem     `yaml:"menu"`
	Extra  map[string]any `yaml:"extra"`
}

func parse(t *testing.T, format, src string) (doc, error) {
	t.Helper()
	var d doc
	parseFn := ParseYAML
	if format == "toml" {
		parseFn = ParseTOML
	}
	n, err := parseFn([]byte(src))
	if err != nil {
		return d, err
	}
	return d, Into(n, &d)
}

func TestDecodeValid(t *testing.T) {
	want := doc{
		Title: "Thank you", Weight: 30, Draft: true, Ratio: 1.5,
		Date: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC),
		Tags: []string{"email", "timing"},
		Menu: []menuItem{{"Guide", "guides/", 1}, {"About", "about/", 2}},
	}
	tests := []struct{ format, src string }{
		{"yaml", "title: Thank you\nweight: 30\ndraft: true\nratio: 1.5\ndate: 2026-11-20\ntags: [email, timing]\nmenu:\n  - {name: Guide, url: guides/, weight: 1}\n  - name: About\n    url: about/\n    weight: 2\n"},
		{"toml", "title = 'Thank you'\nweight = 30\ndraft = true\nratio = 1.5\ndate = 2026-11-20\ntags = ['email', \"timing\"]\n[[menu]]\nname = 'Guide'\nurl = 'guides/'\nweight = 1\n[[menu]]\nname = 'About'\nurl = 'about/'\nweight = 0x2\n"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			got, err := parse(t, tt.format, tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestDecodeExtraIsFreeForm(t *testing.T) {
	for format, src := range map[string]string{
		"yaml": "extra:\n  colour: blue\n  level: 3\n  nested: {a: [1, 2]}\n",
		"toml": "[extra]\ncolour = 'blue'\nlevel = 3\n[extra.nested]\na = [1, 2]\n",
	} {
		got, err := parse(t, format, src)
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		want := map[string]any{"colour": "blue", "level": 3, "nested": map[string]any{"a": []any{1, 2}}}
		if !reflect.DeepEqual(got.Extra, want) {
			t.Errorf("%s: extra = %#v, want %#v", format, got.Extra, want)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, format, src string
		want              []string // "line: substring" for each error, in order
	}{
		{"unknown key suggests", "yaml", "title: x\nwieght: 3\n", []string{`2: unknown key "wieght": did you mean "weight"?`}},
		{"unknown key lists known", "toml", "title = 'x'\n\nfoo = 1\n", []string{`3: unknown key "foo" (known keys: date, draft, extra, menu, ratio, tags, title, weight)`}},
		{"unknown nested key", "toml", "[[menu]]\nname = 'a'\nlink = 'b'\n", []string{`3: unknown key "menu[1].link" (known keys: name, url, weight)`}},
		{"weight not a number", "yaml", "title: x\nweight: heavy\n", []string{`2: weight must be a whole number, not "heavy"`}},
		{"weight below int64", "yaml", "weight: -9223372036854775809\n", []string{`1: weight = -9223372036854775809 is out of range: write a whole number from -9223372036854775808 to 9223372036854775807`}},
		{"weight above int64", "toml", "weight = 9_223_372_036_854_775_808\n", []string{`1: integer 9_223_372_036_854_775_808 is out of range: write a whole number from -9223372036854775808 to 9223372036854775807`}},
		{"weight float", "toml", "weight = 1.5\n", []string{`1: weight must be a whole number, not "1.5"`}},
		{"draft not bool", "yaml", "draft: yes\n", []string{`1: draft must be true or false, not "yes"`}},
		{"date not a date", "yaml", "\n\ndate: soon\n", []string{`3: date must be a date like 2026-11-20`}},
		{"date month 13", "toml", "date = '2026-13-01'\n", []string{`1: date must be a date`}},
		{"tags a table", "yaml", "tags: {a: 1}\n", []string{`1: tags must be a list like [a, b], not a table`}},
		{"title a table", "yaml", "title:\n  a: b\n", []string{`2: title must be text, not a table`}},
		{"several errors all reported", "yaml", "weight: x\ndraft: 3\nfoo: 1\n", []string{"1: weight", "2: draft", "3: unknown key"}},
		{"yaml syntax", "yaml", "title: x\ntags: [a, b\n", []string{"2: invalid YAML: did not find expected ',' or ']'"}},
		{"yaml unclosed brace", "yaml", "a: 1\nb: {x: 1\n", []string{"2: invalid YAML: did not find expected ',' or '}'"}},
		{"yaml empty flow", "yaml", "title: [\n", []string{"1: invalid YAML: did not find expected node content"}},
		{"yaml bad indent", "yaml", "title: x\nweight: 2\n  tags: 3\n", []string{"3: invalid YAML: mapping values are not allowed"}},
		{"yaml duplicate key", "yaml", "title: a\ntitle: b\n", []string{`2: key "title" is set twice (first at line 1)`}},
		{"toml syntax", "toml", "title = 'x\n", []string{"1: invalid TOML"}},
		{"toml duplicate key", "toml", "title = 'a'\ntitle = 'b'\n", []string{`2: key "title" is set twice (first at line 1)`}},
		{"toml duplicate table", "toml", "[extra]\na = 1\n[extra]\nb = 2\n", []string{`3: table [extra] is declared twice`}},
		{"toml value then table", "toml", "title = 'x'\n[title]\n", []string{`2: key "title" is already set to a value at line 1`}},
		{"document not a table", "yaml", "- a\n- b\n", []string{"1: the document must be a table"}},
		{"yaml nul byte", "yaml", "title: a\ntags: [b\x00]\n", []string{"2: file holds a NUL byte (a zero byte) on this line"}},
		{"toml nul byte", "toml", "title = 'a'\n\ntags = ['b\x00']\n", []string{"3: file holds a NUL byte (a zero byte) on this line"}},
		{"yaml not utf-8", "yaml", "title: caf\xe9\n", []string{"1: file is not UTF-8 text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(t, tt.format, tt.src)
			if err == nil {
				t.Fatal("no error")
			}
			errs := diag.Errors(err)
			if len(errs) != len(tt.want) {
				t.Fatalf("got %d errors, want %d:\n%v", len(errs), len(tt.want), err)
			}
			for i, w := range tt.want {
				lineStr, sub, ok := strings.Cut(w, ": ")
				got := errs[i]
				if ok && lineStr != "" && lineStr[0] >= '0' && lineStr[0] <= '9' {
					if want := lineStr; strconv.Itoa(got.Line) != want {
						t.Errorf("error %d line = %d, want %s (%v)", i, got.Line, want, got)
					}
				} else {
					sub = w
				}
				if !strings.Contains(got.Msg, sub) {
					t.Errorf("error %d = %q, want it to contain %q", i, got.Msg, sub)
				}
			}
		})
	}
}

func TestAliasBomb(t *testing.T) {
	// Nine levels of ten aliases each expand to 10^9 values.
	var src strings.Builder
	src.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		refs := strings.TrimSuffix(strings.Repeat("*a"+strconv.Itoa(i-1)+", ", 10), ", ")
		fmt.Fprintf(&src, "a%d: &a%d [%s]\n", i, i, refs)
	}
	n, err := ParseYAML([]byte(src.String()))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	// Each is one error, at the first value that expands too far.
	var free map[string][]any // free-form values: yaml's own alias guard
	if err := Into(n, &free); len(diag.Errors(err)) != 1 || diag.Errors(err)[0].Line == 0 || !strings.Contains(err.Error(), "the aliases (*name) in this value expand to too many values") {
		t.Errorf("free-form: decoded with error %v, want one aliasing error with a line", err)
	}
	var extra struct {
		Extra map[string]any `yaml:"extra"`
	}
	nested, err := ParseYAML([]byte("extra:\n  " + strings.ReplaceAll(src.String(), "\n", "\n  ")))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if err := Into(nested, &extra); len(diag.Errors(err)) != 1 || diag.Errors(err)[0].Line != 4 {
		t.Errorf("extra: decoded with error %v, want one aliasing error at line 4 (a2, the first to expand past yaml's limit)", err)
	}
	type deep []deep
	var typed map[string]deep // typed values: our node budget
	if err := Into(n, &typed); err == nil || strings.Count(err.Error(), "too large") != 1 {
		t.Errorf("typed: decoded with error %v, want one size error", err)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2026-11-20", time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)},
		{"2026-11-20T15:04:05Z", time.Date(2026, 11, 20, 15, 4, 5, 0, time.UTC)},
		{"2026-11-20 15:04", time.Date(2026, 11, 20, 15, 4, 0, 0, time.UTC)},
		{"2028-02-29", time.Date(2028, 2, 29, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := ParseTime(tt.in)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseTime(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"2027-02-29", "soon", "20/11/2026", ""} {
		if _, err := ParseTime(bad); err == nil {
			t.Errorf("ParseTime(%q) succeeded, want an error", bad)
		}
	}
}

// FuzzTOML: the TOML reader never panics, and every error has a message
// and a line inside the document.
func FuzzTOML(f *testing.F) {
	for _, s := range []string{"title = 'x'\n[[menu]]\nname = 'a'\n", "a.b.c = 1\n[a]\n", "x = [1, [2, {y = 3}]]\n", "[t]\n[t]\n", "k = 0x1F\nf = inf\nd = 2026-11-20T10:00:00Z\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		n, err := ParseTOML(src)
		lines := bytes.Count(src, []byte("\n")) + 1
		if err != nil {
			for _, e := range diag.Errors(err) {
				if e.Msg == "" || e.Line < 0 || e.Line > lines {
					t.Fatalf("bad error %+v for %q", e, src)
				}
			}
			return
		}
		var d doc
		_ = Into(n, &d)
		var free map[string]any
		_ = Into(n, &free)
	})
}

// TestYAMLLineBreaks: YAML also breaks lines at U+0085, U+2028 and
// U+2029; lines in nodes and errors are still the file's, counted at \n as
// editors and every other message count them. A lone \r ends a line of the
// file too (see LineFeeds).
func TestYAMLLineBreaks(t *testing.T) {
	tests := []struct {
		src       string
		keyLines  string // the line of each top-level key
		errorLine int    // 0: no error
	}{
		{"a: 1\nb: 2\nc: 3\n", "a:1 b:2 c:3", 0},
		{"a: 1\r\nb: 2\r\nc: 3\r\n", "a:1 b:2 c:3", 0},
		{"a: 1\rb: 2\nc: 3\n", "a:1 b:2 c:3", 0},
		{"a: 1\u2028b: 2\nc: 3\n", "a:1 b:1 c:2", 0},
		{"a: 1\rb: 2\r\nc: 3\n", "a:1 b:2 c:3", 0},
		{"a: 1\u2028b: 2\nc: [\n", "", 2},
		{"a: 1\rb: 2\nc: [\n", "", 3},
		{"\"0000000000\r00000\n", "", 3},
	}
	for _, tt := range tests {
		n, err := ParseYAML([]byte(tt.src))
		if tt.errorLine > 0 {
			var e *diag.Error
			if !errors.As(err, &e) || e.Line != tt.errorLine {
				t.Errorf("ParseYAML(%q) error %v, want one at line %d", tt.src, err, tt.errorLine)
			}
			continue
		}
		if err != nil {
			t.Fatalf("ParseYAML(%q): %v", tt.src, err)
		}
		var got []string
		for i := 0; i+1 < len(n.Content); i += 2 {
			got = append(got, fmt.Sprintf("%s:%d", n.Content[i].Value, n.Content[i].Line))
		}
		if strings.Join(got, " ") != tt.keyLines {
			t.Errorf("ParseYAML(%q) key lines %s, want %s", tt.src, strings.Join(got, " "), tt.keyLines)
		}
	}
}

// TestUnclosedBracketLine: an unclosed [ or { is reported at its own line,
// on the first line of the document too.
func TestUnclosedBracketLine(t *testing.T) {
	tests := []struct {
		src  string
		line int
	}{
		{"tags: [a, b\n", 1},
		{"tags: {a: 1\n", 1},
		{"title: x\ntags: [a, b\n", 2},
		{"title: x\nother: y\ntags: [a, b\nz: 1\n", 3},
	}
	for _, tt := range tests {
		_, err := ParseYAML([]byte(tt.src))
		errs := diag.Errors(err)
		if len(errs) != 1 || errs[0].Line != tt.line {
			t.Errorf("ParseYAML(%q) = %v, want an error at line %d", tt.src, err, tt.line)
		}
	}
}

// TestHugoForms: the date forms Hugo reads, and one value where a list of
// text is expected.
func TestHugoForms(t *testing.T) {
	for _, s := range []string{
		"2026-11-20T10:20:30.000+0100", "2026-11-20T10:20:30+01:00", "2026-11-20 10:20:30 +0100",
		"2026-11-20 10:20:30 -07:00", "20 Nov 2026", "Fri, 20 Nov 2026 10:20:30 +0100",
		"2026-11-20T10:20", "2026-11-20T10:20:30.123456", "November 20, 2026",
	} {
		got, err := ParseTime(s)
		if err != nil || got.Year() != 2026 || got.Month() != 11 || got.Day() != 20 {
			t.Errorf("ParseTime(%q) = %v, %v; want 20 November 2026", s, got, err)
		}
	}
	var v struct {
		Tags []string `yaml:"tags"`
		N    []int    `yaml:"n"`
	}
	node, err := ParseYAML([]byte("tags: one\n"))
	if err == nil {
		err = Into(node, &v)
	}
	if err != nil || len(v.Tags) != 1 || v.Tags[0] != "one" {
		t.Errorf("tags: one = %q, %v; want [one]", v.Tags, err)
	}
	node, _ = ParseYAML([]byte("n: 3\n"))
	if err := Into(node, &v); err == nil {
		t.Errorf("n: 3 into a list of numbers decoded to %v, want an error", v.N)
	}
}

// BenchmarkParseTOMLLongArray: front matter with an array of a million
// numbers (2 MB). Looking up each value's line took minutes (quadratic).
func BenchmarkParseTOMLLongArray(b *testing.B) {
	src := []byte("a = [" + strings.Repeat("1,\n", 1_000_000) + "1]\n")
	for b.Loop() {
		n, err := ParseTOML(src)
		if err != nil {
			b.Fatal(err)
		}
		if seq := n.Content[1]; seq.Content[999_999].Line != 1_000_000 {
			b.Fatalf("the last number's line is %d, want 1000000", seq.Content[999_999].Line)
		}
	}
}

// TestByteOrderMark: a BOM at the start of a document, as Windows editors
// write it, is skipped (followup.toml, data/timeline.toml, checklists).
func TestByteOrderMark(t *testing.T) {
	for _, tt := range []struct{ format, src string }{
		{"toml", "\xef\xbb\xbftitle = 'A'\nweight = 2\n"},
		{"yaml", "\xef\xbb\xbftitle: A\nweight: 2\n"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			got, err := parse(t, tt.format, tt.src)
			if err != nil || got.Title != "A" || got.Weight != 2 {
				t.Errorf("parse(%q) = %+v, %v; want title A, weight 2", tt.src, got, err)
			}
		})
	}
}
