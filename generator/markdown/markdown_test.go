package markdown

import (
	"bytes"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/diag"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// testResolver resolves links the way the site does, on a fixed set of pages.
type testResolver struct{}

func (testResolver) Resolve(dest string) (string, Target, error) {
	pages := map[string]string{"thank-you-email.md": "guides/thank-you-email/", "/guides/call/": "guides/call/"}
	path, frag, _ := strings.Cut(dest, "#")
	if strings.Contains(path, "://") || strings.HasPrefix(path, "mailto:") {
		return dest, Target{}, nil
	}
	if path == "" {
		return dest, Target{Internal: true, Path: "guides/here/", Fragment: frag}, nil
	}
	site, ok := pages[path]
	if !ok {
		return "", Target{}, fmt.Errorf("link %q leads to no page", dest)
	}
	href := "../" + strings.TrimPrefix(site, "guides/")
	if frag != "" {
		href += "#" + frag
	}
	return href, Target{Internal: true, Path: site, Fragment: frag}, nil
}

// testWords are the words of the default theme's en.toml, which the site
// gives the converter (the site's tests check those).
var testWords = Words{
	Note: "Note", Tip: "Tip", Important: "Important", Warning: "Warning", Caution: "Caution",
	SectionLink: Around{Before: "Link to this section: "},
	Table:       "Table", TableOf: Around{Before: "Table: "},
	Done: "Done", NotDone: "Not done",
	Checklist: "Checklist",
	Checklists: checklist.Words{
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
	},
}

func testConverter(allowHTML bool) *Converter {
	return New(Options{
		Words:       testWords,
		AllowHTML:   allowHTML,
		ReservedIDs: []string{"main", "toc"},
		Shortcodes: map[string]ShortcodeFunc{
			"rule": func(c *Call, _ *Context) (Output, error) {
				if c.Arg(0) != "thank-you.hours" {
					return Output{}, fmt.Errorf("unknown rule %q", c.Arg(0))
				}
				return Output{HTML: []byte("24")}, nil
			},
			"inner": func(c *Call, _ *Context) (Output, error) { // shows what a paired shortcode gets
				inner := c.Inner
				if !c.InnerHTML {
					inner = html.EscapeString(inner)
				}
				return Output{HTML: fmt.Appendf(nil, "<aside data-args=%q data-named=%q data-paired=\"%v\" data-markdown=\"%v\">%s</aside>", strings.Join(c.Args, "|"), fmt.Sprint(c.Named), c.Paired, c.Markdown, inner)}, nil
			},
			"box": func(c *Call, _ *Context) (Output, error) {
				return Output{HTML: []byte(`<div id="box-` + c.Arg(0) + `">` + c.Named["title"] + `</div>`), Block: true, IDs: []string{"box-" + c.Arg(0)}, Checklists: []string{c.Arg(0)}}, nil
			},
		},
	})
}

// TestGolden converts testdata/*.txtar: "input.md" (and optional
// "options": allow_html, drop_title, task_lists static|checklist) against
// "html", "toc", "ids", "refs", "checklists" or "errors".
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string][]byte{}
			for _, f := range ar.Files {
				sections[f.Name] = f.Data
			}
			opts := string(sections["options"])
			c := testConverter(strings.Contains(opts, "allow_html"))
			ctx := &Context{Links: testResolver{}, DropTitle: strings.Contains(opts, "drop_title")}
			for _, mode := range []string{TasksStatic, TasksChecklist} {
				if strings.Contains(opts, "task_lists "+mode) {
					ctx.TaskLists = mode
				}
			}
			res, err := c.Convert(sections["input.md"], ctx)
			got := map[string]string{}
			if err != nil {
				got["errors"] = err.Error() + "\n"
			} else {
				got["html"] = res.HTML
				var toc, refs strings.Builder
				for _, h := range res.TOC {
					fmt.Fprintf(&toc, "%d %s %s\n", h.Level, h.ID, h.Text)
				}
				for _, r := range res.Refs {
					fmt.Fprintf(&refs, "%d %s#%s\n", r.Line, r.Target, r.Fragment)
				}
				got["toc"], got["refs"] = toc.String(), refs.String()
				got["ids"] = strings.Join(res.IDs, " ") + "\n"
				got["checklists"] = strings.Join(res.Checklists, " ") + "\n"
			}
			checkGolden(t, file, ar, got)
		})
	}
}

func checkGolden(t *testing.T, file string, ar *txtar.Archive, got map[string]string) {
	t.Helper()
	changed := false
	for i, f := range ar.Files {
		want, ok := got[f.Name]
		if !ok {
			if f.Name != "input.md" && f.Name != "options" {
				t.Errorf("section %s: nothing produced (the conversion returned %v) %s", f.Name, keys(got), got["errors"])
			}
			continue
		}
		if string(f.Data) != want {
			if *update {
				ar.Files[i].Data = []byte(want)
				changed = true
				continue
			}
			t.Errorf("section %s differs:\n--- got ---\n%s--- want ---\n%s", f.Name, want, f.Data)
		}
	}
	if changed {
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestErrorLinesAndAll(t *testing.T) {
	src := "# T\n\nSee [x](missing.md).\n\n{{< nope >}}\n\n## Main {#main}\n\nText {{< box \"a\" >}} inline.\n"
	_, err := testConverter(false).Convert([]byte(src), &Context{Links: testResolver{}})
	var got []string
	for _, e := range diag.Errors(err) {
		got = append(got, fmt.Sprintf("%d", e.Line))
	}
	if strings.Join(got, " ") != "3 5 7 9" {
		t.Errorf("error lines = %v, want 3 5 7 9; errors:\n%v", got, err)
	}
}

func TestConcurrentUse(t *testing.T) {
	c := testConverter(false)
	src := []byte("## Heading\n\n> [!TIP]\n> x\n\n```go\nfunc main() {}\n```\n")
	want, err := c.Convert(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				got, err := c.Convert(src, nil)
				if err != nil || got.HTML != want.HTML {
					t.Error("concurrent conversions differ")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestStyleSheet(t *testing.T) {
	var b bytes.Buffer
	if err := StyleSheet(&b); err != nil {
		t.Fatal(err)
	}
	css := b.String()
	if !strings.Contains(css, ".chroma .kd") || !strings.Contains(css, "@media (prefers-color-scheme: dark)") {
		t.Errorf("stylesheet lacks keyword classes or the dark block:\n%.400s", css)
	}
	var again bytes.Buffer
	_ = StyleSheet(&again)
	if again.String() != css {
		t.Error("stylesheet is not deterministic")
	}
}
