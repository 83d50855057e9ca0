package frontmatter

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
)

func TestParse(t *testing.T) {
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		src    string
		format Format
		title  string
		weight int
		date   time.Time
		tags   []string
	}{
		{"yaml", "---\ntitle: Thank you\nweight: 3\ndate: 2026-11-20\ntags: [email]\n---\n\nBody\n", YAML, "Thank you", 3, day, []string{"email"}},
		{"toml", "+++\ntitle = \"Thank you\"\nweight = 3\ndate = 2026-11-20\ntags = [\"email\"]\n+++\nBody\n", TOML, "Thank you", 3, day, []string{"email"}},
		{"none", "# A heading\n\nBody\n", None, "", 0, time.Time{}, nil},
		{"crlf", "---\r\ntitle: CRLF\r\n---\r\nBody\r\n", YAML, "CRLF", 0, time.Time{}, nil},
		{"bom", "\xef\xbb\xbf---\ntitle: BOM\n---\nBody\n", YAML, "BOM", 0, time.Time{}, nil},
		{"empty front matter", "---\n---\nBody\n", YAML, "", 0, time.Time{}, nil},
		{"dashes later are body", "Intro\n---\ntitle: no\n---\n", None, "", 0, time.Time{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			f := doc.Front
			if doc.Format != tt.format || f.Title != tt.title || f.Weight != tt.weight || !f.Date.Equal(tt.date) || strings.Join(f.Tags, ",") != strings.Join(tt.tags, ",") {
				t.Errorf("got format %v %+v", doc.Format, f)
			}
			src := strings.TrimPrefix(tt.src, "\xef\xbb\xbf")
			if n, want := bytes.Count(doc.Body, []byte("\n")), strings.Count(src, "\n"); n != want {
				t.Errorf("body has %d lines, the file %d: line numbers shifted", n, want)
			}
			if i := strings.LastIndex(src, "Body"); i >= 0 && !bytes.HasSuffix(doc.Body, []byte(src[i:])) {
				t.Errorf("body = %q", doc.Body)
			}
		})
	}
}

// TestParseLoneCR: a file whose lines end at CR alone has its front
// matter read, and its body on the file's lines.
func TestParseLoneCR(t *testing.T) {
	for _, src := range []string{"---\rtitle: S\rdraft: true\r---\rsecret\r", "+++\rtitle = \"S\"\rdraft = true\r+++\rsecret\r", "\r{\"title\": \"S\", \"draft\": true}\rsecret\r"} {
		doc, err := Parse([]byte(src))
		if err != nil {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		if doc.Front.Title != "S" || !doc.Front.Draft || strings.Contains(string(doc.Body), "title") {
			t.Errorf("Parse(%q) = title %q, draft %v, body %q; want the front matter read", src, doc.Front.Title, doc.Front.Draft, doc.Body)
		}
		if got, want := lineOf(doc.Body, "secret"), strings.Count(src, "\r"); got != want {
			t.Errorf("Parse(%q): body text on line %d, want %d", src, got, want)
		}
	}
	_, err := Parse([]byte("---\rtitle: S\rweight: x\r---\r"))
	if e := diag.Errors(err); len(e) != 1 || e[0].Line != 3 {
		t.Errorf("an error on the third CR-ended line: %v, want it at line 3", err)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"unclosed", "---\ntitle: x\n\nBody\n", 1, "front matter opened with --- is never closed"},
		{"truncated yaml", "---\ntitle: \"Thank\n---\n", 3, "invalid YAML: found unexpected end of stream"},
		{"malformed yaml", "---\ntitle: x\n  weight: 3\n---\n", 3, "invalid YAML"},
		{"truncated toml", "+++\ntitle = \"Thank\n+++\n", 2, "invalid TOML"},
		{"unknown key", "---\ntitle: x\ncategory: y\n---\n", 3, `unknown key "category"`},
		{"typo", "---\ntitel: x\n---\n", 2, `did you mean "title"?`},
		{"weight word", "+++\n\nweight = \"first\"\n+++\n", 3, "weight must be a whole number"},
		{"date word", "---\ndate: next week\n---\n", 2, "date must be a date like 2026-11-20"},
		{"draft word", "---\ndraft: maybe\n---\n", 2, "draft must be true or false"},
		{"slug escapes", "---\nslug: ../../etc\n---\n", 2, "slug is not usable"},
		{"slug with slash", "---\ntitle: x\nslug: a/b\n---\n", 3, "slug is not usable"},
		{"alias escapes", "---\naliases: [../../x/]\n---\n", 2, `alias "../../x/" cannot be used`},
		{"tag of punctuation", "---\ntitle: x\ntags: [email, \"!!!\"]\n---\n", 3, `tags: tag "!!!" has no letters or digits`},
		{"empty tag", "---\ntitle: x\n\ntags:\n  - \"\"\n---\n", 4, `tags: tag "" has no letters or digits`},
		{"category of punctuation", "+++\ncategories = ['...']\n+++\n", 2, `categories: category "..." has no letters or digits`},
		{"taxonomy term of punctuation", "+++\ntitle = 'x'\n[taxonomies]\ntags = ['?']\n+++\n", 3, `tags: tag "?" has no letters or digits`},
		{"taxonomy of too many tags", "+++\ntitle = 'x'\n[taxonomies]\ntags = [" + terms(101) + "]\n+++\n", 3, "tags has 101 entries (101 of them under taxonomies), more than the 100 a page may have"},
		{"too many tags with the taxonomy's", "+++\ntitle = 'x'\ntags = [" + terms(60) + "]\n[taxonomies]\ncategories = ['a']\ntags = [" + terms(41) + "]\n+++\n", 3, "tags has 101 entries (41 of them under taxonomies)"},
		{"taxonomy of too many categories", "---\ntaxonomies:\n  categories: [" + terms(150) + "]\n---\n", 2, "categories has 150 entries (150 of them under taxonomies)"},
		{"not utf-8", "---\ntitle: ok\n---\n\ncaf\xe9\n", 5, "not UTF-8"},
		{"nul byte", "line one\n\x00\n", 2, "holds a NUL byte"},
		{"empty", "", 1, "file is empty"},
		{"blank", "\n  \n", 1, "file is empty"},
		{"huge", strings.Repeat("a", MaxFileSize+1), 0, "MiB limit"},
		{"yaml key twice", "---\ntitle: a\ntitle: b\n---\n", 3, `key "title" is set twice (first at line 2)`},
		{"toml key twice", "+++\ntitle = 'a'\ntitle = 'b'\n+++\n", 3, `key "title" is set twice (first at line 2)`},
		{"yaml nested key twice", "---\nparams:\n  a: 1\n  a: 2\n---\n", 4, `key "params.a" is set twice (first at line 3)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			e := diag.Errors(err)[0]
			if e.Line != tt.line || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("error = line %d %q, want line %d containing %q", e.Line, e.Msg, tt.line, tt.msg)
			}
		})
	}
}

func TestSeveralErrorsReported(t *testing.T) {
	_, err := Parse([]byte("---\nweight: x\ndraft: y\nfoo: z\n---\n"))
	if got := len(diag.Errors(err)); got != 3 {
		t.Errorf("got %d errors, want 3: %v", got, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"---\ntitle: x\n---\nbody", "+++\ntitle = 'x'\n[extra]\na = 1\n+++\n", "# t\n", "---\n", "+++\n+++\n", "---\n- a\n---\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse(bytes.Clone(src)) // Parse blanks the front matter in what it is given
		if err != nil {
			for _, e := range diag.Errors(err) {
				if e.Msg == "" || e.Line < 0 || e.Line > bytes.Count(decode.LineFeeds(src), []byte("\n"))+1 {
					t.Fatalf("bad error %+v for %q", e, src)
				}
			}
			return
		}
		src = decode.LineFeeds(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")))
		if bytes.Count(doc.Body, []byte("\n")) != bytes.Count(src, []byte("\n")) {
			t.Fatalf("body lines differ from the file's for %q", src)
		}
		if text := bytes.TrimLeft(doc.Body, "\n"); !bytes.HasSuffix(src, text) || bytes.Count(text, []byte("\n")) > bytes.Count(src, []byte("\n")) {
			t.Fatalf("body %q is not the end of the file %q", doc.Body, src)
		}
	})
}

// TestAliasLines: a bad alias is reported at its own line, and says what to
// write.
func TestAliasLines(t *testing.T) {
	_, err := Parse([]byte("---\ntitle: A\naliases:\n  - /old/\n  - /older/\n  - /../etc/\n---\nText.\n"))
	errs := diag.Errors(err)
	if len(errs) != 1 {
		t.Fatalf("errors %v, want one", err)
	}
	if e := errs[0]; e.Line != 6 || !strings.Contains(e.Msg, `alias "/../etc/" cannot be used`) || !strings.Contains(e.Msg, "write the old address") {
		t.Errorf("error %v, want one at line 6 naming the alias and what to write", err)
	}
}

// An unknown key is a finding the build may keep as a warning: the page is
// read without it, every other key as written.
func TestUnknownKeysKeepThePage(t *testing.T) {
	doc, err := Parse([]byte("---\ntitle: Kept\nfavourite: x\nweight: 3\n---\nBody\n"))
	if doc == nil || doc.Front.Title != "Kept" || doc.Front.Weight != 3 || !strings.Contains(string(doc.Body), "Body") {
		t.Fatalf("Parse = %+v, want the page with its title and weight", doc)
	}
	errs := diag.Errors(err)
	if len(errs) != 1 || errs[0].Kind != diag.UnknownKeys || errs[0].Line != 3 {
		t.Errorf("error = %v, want one unknown key of kind %s at line 3", err, diag.UnknownKeys)
	}
	if doc, err := Parse([]byte("---\nfavourite: x\nweight: heavy\n---\n")); doc != nil || diag.Findings(err) {
		t.Errorf("with a wrong type as well, Parse = %v, %v; want no document and an error", doc, err)
	}
}

// TestHugoKeys: Hugo's and Zola's keys, in the case Hugo users write them.
func TestHugoKeys(t *testing.T) {
	doc, err := Parse([]byte(`---
Title: T
linkTitle: Short
keywords: one
categories: [A, B]
params: {colour: blue, mood: calm}
extra: {mood: bright}
url: guides/call
menu: [main, footer]
publishDate: 2026-11-20T10:20:30.000+0100
unpublishdate: 20 Dec 2026
---
`))
	if err != nil {
		t.Fatal(err)
	}
	f := doc.Front
	if f.Title != "T" || f.LinkTitle != "Short" || len(f.Keywords) != 1 || len(f.Categories) != 2 {
		t.Errorf("title %q, linkTitle %q, keywords %q, categories %q", f.Title, f.LinkTitle, f.Keywords, f.Categories)
	}
	if f.Extra["colour"] != "blue" || f.Extra["mood"] != "bright" {
		t.Errorf("extra = %v, want params read into it, extra's own keys winning", f.Extra)
	}
	if sp, ok := f.SitePath(); !ok || sp != "guides/call/" {
		t.Errorf("SitePath() = %q, %v; want guides/call/", sp, ok)
	}
	if _, main := f.Menu["main"]; !main || len(f.Menu) != 2 {
		t.Errorf("menu = %v, want main and footer", f.Menu)
	}
	if f.PublishDate.Day() != 20 || f.ExpiryDate.Day() != 20 || f.ExpiryDate.Month() != 12 {
		t.Errorf("publishDate %v, expiryDate %v", f.PublishDate, f.ExpiryDate)
	}

	doc, err = Parse([]byte("+++\ntemplate = \"section.html\"\nsort_by = \"date\"\n[taxonomies]\ntags = [\"x\"]\ncategories = [\"y\"]\n[menu.main]\nweight = 3\nname = \"Docs\"\n+++\n"))
	if err != nil {
		t.Fatal(err)
	}
	f = doc.Front
	if f.Layout != "section" || f.SortBy != "date" || len(f.Tags) != 1 || len(f.Categories) != 1 || f.Menu["main"].Weight != 3 || f.Menu["main"].Name != "Docs" {
		t.Errorf("Zola's keys = %+v", f)
	}

	for src, want := range map[string]string{
		"---\nsort_by: size\n---\n":  `2: sort_by "size": write "weight", "date", "title" or "none"`,
		"---\nurl: ../../etc\n---\n": `2: url "../../etc" cannot be used`,
		"---\nmenu: 3\n---\n":        "", // a name, as Hugo reads it
	} {
		_, err := Parse([]byte(src))
		if want == "" {
			if err != nil {
				t.Errorf("Parse(%q): %v", src, err)
			}
			continue
		}
		if e := diag.Errors(err); len(e) == 0 || !strings.HasPrefix(fmt.Sprintf("%d: %s", e[0].Line, e[0].Msg), want) {
			t.Errorf("Parse(%q) = %v, want %q", src, err, want)
		}
	}
}

// terms is a list of n distinct terms, for a TOML or YAML array.
func terms(n int) string {
	list := make([]string, n)
	for i := range list {
		list[i] = fmt.Sprintf("'t%d'", i)
	}
	return strings.Join(list, ", ")
}
