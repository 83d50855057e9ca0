package site

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"
)

// TestHostileTextIsEscaped puts markup in every place an author writes text
// (front matter, markdown, a checklist, the timeline rules, the
// configuration) and checks that no output carries it as markup: HTML and
// XML escape it, and calendar files hold it as plain text.
func TestHostileTextIsEscaped(t *testing.T) {
	const evil = `<script>alert("x")</script>`
	rules, err := os.ReadFile("../../data/timeline.toml")
	if err != nil {
		t.Fatal(err)
	}
	rules = bytes.Replace(rules, []byte(`title = "Thank-you email"`), []byte(`title = "Thank-you email `+strings.ReplaceAll(evil, `"`, `\"`)+`"`), 1)
	rules = bytes.Replace(rules, []byte("ahead = 60"), []byte("ahead = 0"), 1)
	src := repoFiles(t, "content", "checklists")
	for name, f := range (fstest.MapFS{
		"followup.toml": {Data: []byte("title = '" + evil + "'\ndescription = '" + evil + "'\nbase_url = 'https://example.org/'\n[[menu]]\nname = '" + evil + "'\nurl = 'guides/'\n")},
		"content/guides/a.md": {Data: []byte("---\ntitle: '" + evil + "'\ndescription: '" + evil + "'\ntags: ['" + evil + "']\naliases: [old/a]\n---\n" +
			"Text " + evil + " and <img src=x onerror=alert(1)>.\n\n## " + evil + "\n\n- [ ] " + evil + "\n\n{{< checklist \"c\" >}}\n")},
		"content/guides/_index.md": {Data: []byte("---\ntitle: Guides\nsummary: '" + evil + "'\n---\n")},
		"checklists/c.yaml":        {Data: []byte("id: c\ntitle: '" + evil + "'\nitems:\n  - id: a\n    text: '" + evil + "'\n    hint: '" + evil + "'\n    timing: '" + evil + "'\n")},
		"data/timeline.toml":       {Data: rules},
	}) {
		src[name] = f
	}
	sink := &memSink{}
	if _, err := Generate(context.Background(), src, Options{BuildDate: testOpts.BuildDate}, sink); err != nil {
		t.Fatal(err)
	}
	var checkedHTML, checkedICS int
	for name, data := range sink.files {
		out := string(data)
		switch path.Ext(name) {
		case ".html", ".xml":
			checkedHTML++
			if strings.Contains(out, "<script>alert") || strings.Contains(out, "<img src=x") || strings.Contains(out, `<script>alert(\"`) {
				t.Errorf("%s carries the author's markup unescaped", name)
			}
		case ".ics":
			if strings.Contains(name, "/decide-by/") {
				continue // the steps that count from a named date: no thank-you email
			}
			checkedICS++
			if !strings.Contains(out, `SUMMARY:Thank-you email <script>alert("x")</script>`) {
				t.Errorf("%s: the step title is not kept as plain text:\n%s", name, out)
			}
		}
	}
	if checkedHTML < 50 || checkedICS == 0 {
		t.Fatalf("checked %d HTML/XML and %d calendar files; the site was not built as expected", checkedHTML, checkedICS)
	}
	for _, want := range []string{"feed.xml", "guides/a/index.html", "old/a/index.html", "workbook/c/index.html", "tags/index.html"} {
		if !strings.Contains(string(sink.files[want]), "&lt;script&gt;") {
			t.Errorf("%s does not show the markup as text", want)
		}
	}
}

// repoFiles copies folders of the repository's own site into a MapFS.
func repoFiles(t *testing.T, dirs ...string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	root := os.DirFS("../..")
	for _, dir := range dirs {
		err := fs.WalkDir(root, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(root, p)
			m[p] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return m
}
