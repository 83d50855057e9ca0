package checklist

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/followup/followup/generator/diag"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

const valid = `id: thank-you-email
title: Your thank-you email
intro: One email to **each** interviewer.
items:
  - id: send-within-24h
    text: Send it **within 24 hours**
    hint: Sooner if you can.
    timing: within 24 hours
    link: guides/thank-you-email.md#when-to-send
  - id: one-each
    text: One email per interviewer
`

func TestLoad(t *testing.T) {
	s, err := Load(fstest.MapFS{
		"checklists/thank-you-email.yaml": {Data: []byte(valid)},
		"checklists/a.yml":                {Data: []byte("id: a\ntitle: A\nitems:\n  - {id: x, text: X}\n")},
		"checklists/README.md":            {Data: []byte("ignored")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.IDs(), " "); got != "a thank-you-email" {
		t.Errorf("ids = %q", got)
	}
	c, _ := s.Get("thank-you-email")
	if c.Source != "checklists/thank-you-email.yaml" || len(c.Items) != 2 {
		t.Fatalf("checklist = %+v", c)
	}
	it := c.Items[0]
	if it.Line != 5 || it.LinkLine != 9 || it.TextLine != 6 || it.HintLine != 7 || it.Timing != "within 24 hours" {
		t.Errorf("item = %+v, want line 5, text line 6, hint line 7, link line 9", it)
	}
	if c.IntroLine != 3 || c.Items[1].TextLine != 11 || c.Items[1].HintLine != 10 {
		t.Errorf("intro line %d, second item's text line %d and hint line %d (no hint: the item's), want 3, 11, 10",
			c.IntroLine, c.Items[1].TextLine, c.Items[1].HintLine)
	}
	block, err := Load(fstest.MapFS{"checklists/b.yaml": {Data: []byte("id: b\ntitle: B\nintro: |\n  Read this.\nitems:\n  - id: x\n    text: >-\n      Do\n      it\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := block.Get("b"); b.IntroLine != 4 || b.Items[0].TextLine != 8 {
		t.Errorf("block scalars: intro line %d, text line %d, want 4 and 8 (the line after | or >-)", b.IntroLine, b.Items[0].TextLine)
	}
	empty, err := Load(fstest.MapFS{})
	if err != nil || len(empty.Lists) != 0 {
		t.Errorf("no folder: %v, %v", empty, err)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, file, src, want string
	}{
		{"malformed", "x.yaml", "id: x\ntitle: [unclosed\n", "checklists/x.yaml:2: invalid YAML"},
		{"empty file", "x.yaml", "", "checklists/x.yaml:1: checklist file is empty"},
		{"no items", "x.yaml", "id: x\ntitle: X\n", `checklists/x.yaml:1: checklist "x" has no items`},
		{"empty items", "x.yaml", "id: x\ntitle: X\nitems: []\n", `checklists/x.yaml:3: checklist "x" has no items`},
		{"id mismatch", "x.yaml", "title: X\nid: y\nitems: [{id: a, text: A}]\n", `checklists/x.yaml:2: checklist id "y" must equal the file name "x"`},
		{"duplicate item", "x.yaml", "id: x\ntitle: X\nitems:\n  - id: a\n    text: A\n  - id: a\n    text: B\n", `checklists/x.yaml:6: item id "a" is used twice (first at line 4)`},
		{"item without id", "x.yaml", "id: x\ntitle: X\nitems:\n  - text: A\n", "checklists/x.yaml:4: item 1 has no id"},
		{"item without text", "x.yaml", "id: x\ntitle: X\nitems:\n  - id: a\n", `checklists/x.yaml:4: item "a" has no text`},
		{"bad item id", "x.yaml", "id: x\ntitle: X\nitems:\n  - id: Send It\n    text: A\n", `checklists/x.yaml:4: item id "Send It" must be lower-case`},
		{"unknown key", "x.yaml", "id: x\ntitle: X\nitems:\n  - id: a\n    text: A\n    when: soon\n", `checklists/x.yaml:6: unknown key "items[1].when"`},
		{"no title", "x.yaml", "id: x\nitems: [{id: a, text: A}]\n", "checklists/x.yaml:1: checklist has no title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"checklists/" + tt.file: {Data: []byte(tt.src)}})
			if err == nil {
				t.Fatal("no error")
			}
			if got := diag.Errors(err)[0].Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %s\nwant %s...", got, tt.want)
			}
		})
	}
}

func TestRenderGolden(t *testing.T) {
	v := View{
		ID: "thank-you-email", Page: "guides/thank-you-email/", Title: "Your thank-you email",
		Intro: template.HTML("One email to <strong>each</strong> interviewer."),
		Items: []ItemView{
			{ID: "send-within-24h", Text: "Send it <strong>within 24 hours</strong>", Plain: "Send it within 24 hours", Hint: "Sooner if you can.", Timing: "within 24 hours", Href: "#when-to-send"},
			{ID: "one-each", Text: "One email per interviewer", Plain: "One email per interviewer", Timing: "the same day", Checked: true},
		},
		Words: testWords,
	}
	var b bytes.Buffer
	if err := Render(&b, v); err != nil {
		t.Fatal(err)
	}
	golden := "testdata/render.golden"
	if *update {
		os.WriteFile(golden, b.Bytes(), 0o644)
	}
	want, _ := os.ReadFile(golden)
	if b.String() != string(want) {
		t.Errorf("Render =\n%s\nwant\n%s", b.String(), want)
	}
	ids := strings.Join(v.ElementIDs(), " ")
	if ids != "checklist-thank-you-email cl-thank-you-email-send-within-24h cl-thank-you-email-send-within-24h-hint cl-thank-you-email-one-each" {
		t.Errorf("ids = %s", ids)
	}
	for _, id := range v.ElementIDs() {
		if !strings.Contains(b.String(), `id="`+id+`"`) {
			t.Errorf("id %s not in the HTML", id)
		}
	}
}

// testWords are the words of the default theme's en.toml, which the site
// gives Render (the site's tests check those).
var testWords = Words{
	Items: func(n int) (string, error) {
		if n == 1 {
			return "1 item", nil
		}
		return fmt.Sprintf("%d items", n), nil
	},
	More:    "Why and how",
	MoreFor: func(item string) (string, error) { return ": " + item, nil },
	Reset:   "Clear ticks",
	ResetOf: func(title string) (string, error) { return " in " + title, nil },
}

// TestRenderWords: every word of the controls is the caller's, escaped;
// without words none is written, and an error of one is Render's.
func TestRenderWords(t *testing.T) {
	v := View{ID: "x", Title: "T", Items: []ItemView{{ID: "a", Text: "A", Plain: "A", Href: "#a"}}}
	v.Words = Words{
		Items:   func(n int) (string, error) { return fmt.Sprintf("%d punto<", n), nil },
		More:    "Por qué y cómo",
		MoreFor: func(item string) (string, error) { return ": «" + item + "»", nil },
		Reset:   "Borrar marcas",
		ResetOf: func(title string) (string, error) { return " de " + title, nil },
	}
	var b bytes.Buffer
	if err := Render(&b, v); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"(1 punto&lt;)", ">Por qué y cómo<span class=\"visually-hidden\">: «A»</span>", ">Borrar marcas<span class=\"visually-hidden\"> de T</span>"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("Render with Spanish words lacks %s:\n%s", want, b.String())
		}
	}
	b.Reset()
	v.Words = Words{}
	if err := Render(&b, v); err != nil || strings.Contains(b.String(), "Clear") || !strings.Contains(b.String(), "<span class=\"checklist-count\">()</span>") {
		t.Errorf("Render without words = %v\n%s", err, b.String())
	}
	v.Words.ResetOf = func(string) (string, error) { return "", errors.New("no string") }
	if err := Render(&b, v); err == nil || err.Error() != "no string" {
		t.Errorf("Render with a failing word = %v, want its error", err)
	}
}

func TestRenderEscapes(t *testing.T) {
	var b bytes.Buffer
	Render(&b, View{ID: "x", Title: "<script>alert(1)</script>", Items: []ItemView{{ID: "a", Text: "A", Plain: `"><b>`, Timing: "<i>", Href: "javascript:alert(1)"}}})
	out := b.String()
	for _, bad := range []string{"<script>", "<i>", `"><b>`, "javascript:"} {
		if strings.Contains(out, bad) {
			t.Errorf("output contains %q unescaped:\n%s", bad, out)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte("id: x\ntitle: X\nitems:\n  - {id: a, text: A}\n  - {id: a, text: B}\n"))
	f.Add([]byte("items: [1, 2]\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse(src, "x")
		if err != nil {
			for _, e := range diag.Errors(err) {
				if e.Msg == "" {
					t.Fatalf("empty message for %q", src)
				}
			}
			return
		}
		seen := map[string]bool{}
		for _, it := range c.Items {
			if it.ID == "" || seen[it.ID] || strings.TrimSpace(it.Text) == "" {
				t.Fatalf("accepted an invalid checklist %q", src)
			}
			seen[it.ID] = true
		}
		if len(c.Items) == 0 || c.ID != "x" {
			t.Fatalf("accepted %q", src)
		}
	})
}
