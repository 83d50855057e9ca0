package markdown

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// noAddresses rewrites what mayLinkify looks for, so that any markdown
// can be a page without bare addresses.
var noAddresses = strings.NewReplacer("@", "(at)", "www.", "w.", "http:", "h:", "https:", "hs:", "ftp:", "f:")

// plainCases are the places where the parser's text nodes differ with and
// without linkify (it splits text at every space): ends of lines, hard
// breaks, escapes, delimiters and punctuation next to spaces.
var plainCases = []string{
	"one two three\nfour five \nsix  \nseven\\\neight\t\tnine\n",
	"trailing space \n\nand tabs\t\n\n  indented  text  \n",
	"*em* _em_ **strong** __strong__ ~~del~~ ~one~ (paren) *(a)* _(b)_ ~(c)~\n",
	"a * b _ c ~ d ( e ) f\\ g \\* h \\_ i\n",
	"\"quotes\" 'single' -- --- ... <<x>> don't\n",
	"`code  span` and ``two `ticks` `` then `unclosed\n",
	"[link](a.md) [ref][r] ![img](i.png) [^1] [ ] x\n\n[r]: /x/\n[^1]: note  \n",
	"- [ ] task one\n- [x] task two  \n  continued\n\n1. one\n2. two\n",
	"| a | b |\n|---|---|\n| c d | e  f |\n",
	"> quote with  \n> break\n>\n> [!NOTE] x\n",
	"## Heading  with  spaces {#id}\n\n### *Em* heading\n",
	"line one\r\nline two  \r\nline three\\\r\nend\r\n",
	"&amp; &copy; &#123; & x\n",
	"{{< shortcode >}} text {{% other %}}\n",
	" \n\t\n",
	"word\n",
}

// TestPlainParser: a page without bare addresses converts to the same
// result parsed without linkify (as Convert parses it) as with it.
func TestPlainParser(t *testing.T) {
	inputs := map[string]string{}
	for i, c := range plainCases {
		inputs["case "+string(rune('a'+i))] = c
	}
	for _, root := range []string{"../..", "../../content"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git") {
				return filepath.SkipDir
			}
			switch {
			case strings.HasSuffix(p, ".txtar"):
				ar, err := txtar.ParseFile(p)
				if err != nil {
					return nil
				}
				for _, f := range ar.Files {
					if strings.HasSuffix(f.Name, ".md") {
						inputs[p+":"+f.Name] = string(f.Data)
					}
				}
			case strings.HasSuffix(p, ".md") && strings.Contains(p, "content"+string(filepath.Separator)):
				if b, err := os.ReadFile(p); err == nil {
					inputs[p] = string(b)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d inputs", len(inputs))
	if len(inputs) < 50 {
		t.Fatalf("found %d inputs, want the repository's markdown", len(inputs))
	}
	checked := 0
	for _, opts := range []Options{{}, {AllowHTML: true, Shortcodes: map[string]ShortcodeFunc{}}} {
		plain, full := New(opts), New(opts)
		full.plain = full.md.Parser() // always with linkify
		for name, src := range inputs {
			src = noAddresses.Replace(src)
			if mayLinkify([]byte(src)) {
				continue // blanks at the end of a line: parsed with linkify
			}
			checked++
			for _, ctx := range []*Context{{}, {DropTitle: true, TaskLists: TasksStatic}} {
				got, gotErr := plain.Convert([]byte(src), ctx)
				want, wantErr := full.Convert([]byte(src), ctx)
				if !reflect.DeepEqual(got, want) || errString(gotErr) != errString(wantErr) {
					t.Errorf("%s: without linkify\n%s\n(%v), want\n%s\n(%v)", name, got.HTML, gotErr, want.HTML, wantErr)
				}
			}
		}
	}
	if checked < 2*len(inputs)*9/10 {
		t.Errorf("checked %d inputs of %d, want most", checked/2, len(inputs))
	}
}

// FuzzPlainParser: as TestPlainParser, for any markdown.
func FuzzPlainParser(f *testing.F) {
	for _, c := range plainCases {
		f.Add(c)
	}
	plain, full := New(Options{}), New(Options{})
	full.plain = full.md.Parser()
	f.Fuzz(func(t *testing.T, src string) {
		src = noAddresses.Replace(src)
		if mayLinkify([]byte(src)) {
			t.Skip() // the rewriting made a new one, as "ww(at)w." cannot; "h" "ttp:" can
		}
		got, gotErr := plain.Convert([]byte(src), nil)
		want, wantErr := full.Convert([]byte(src), nil)
		if !reflect.DeepEqual(got, want) || errString(gotErr) != errString(wantErr) {
			t.Errorf("Convert(%q) without linkify = %q (%v), want %q (%v)", src, got.HTML, gotErr, want.HTML, wantErr)
		}
	})
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestMayLinkify(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"plain text, [a link](x.md), (parens)", false},
		{"write to me@example.com", true},
		{"see www.example.com", true},
		{"see http://x.org and", true},
		{"see https://x.org and", true},
		{"ftp://x.org", true},
		{"HTTP://X.ORG is left as text by linkify", false},
		{"a hard  \nbreak, and another   \nand \\\nthe last", false},
		{"one blank \nat the end of a line", false},
		{"blanks\t\t\nat the end", true},
		{"four    \nspaces", true},
		{"blanks  \\\nbefore a backslash", true},
		{"blanks  \r\nbefore CR LF", true},
		{"blanks at the end  ", true},
	} {
		if got := mayLinkify([]byte(c.src)); got != c.want {
			t.Errorf("mayLinkify(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// FuzzSchemeColon: schemeColon answers as a search for each word.
func FuzzSchemeColon(f *testing.F) {
	for _, s := range []string{"", ":", "http:", "https:", "ftp:", "xhttp:", "http", "https", "a: ftp: b", "htt:p", "ftps:", "::http:", "sftp:", "http :"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		want := bytes.Contains(src, []byte("http:")) || bytes.Contains(src, []byte("https:")) || bytes.Contains(src, []byte("ftp:"))
		if got := schemeColon(src); got != want {
			t.Errorf("schemeColon(%q) = %v, want %v", src, got, want)
		}
	})
}
