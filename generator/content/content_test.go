package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/ignore"
	"github.com/followup/followup/generator/markdown"
)

func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}

func load(t *testing.T, files map[string]string, opts Options) *Site {
	t.Helper()
	s, err := Load(mapFS(files), opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func paths(ps []*Page) string {
	var out []string
	for _, p := range ps {
		out = append(out, "/"+p.Path)
	}
	return strings.Join(out, " ")
}

func TestTreeOrderAndURLs(t *testing.T) {
	s := load(t, map[string]string{
		"content/_index.md":              "---\ntitle: Home\n---\n",
		"content/about.md":               "---\ntitle: About\nweight: 100\n---\n",
		"content/guides/_index.md":       "---\ntitle: The guide\nweight: 10\n---\n",
		"content/guides/b.md":            "---\ntitle: Beta\nweight: 20\n---\n",
		"content/guides/a.md":            "---\ntitle: Alpha\nweight: 20\n---\n",
		"content/guides/unweighted.md":   "---\ntitle: Aardvark\n---\n",
		"content/guides/first.md":        "---\ntitle: Zulu\nweight: 5\nslug: start-here\n---\n",
		"content/guides/call/index.md":   "---\ntitle: Call\nweight: 30\n---\n",
		"content/guides/call/script.png": "png",
		"content/extra/deep/page.md":     "# Deep page\n\ntext",
		"content/guides/My Notes.md":     "---\ntitle: Notes\nweight: 40\n---\n",
		"content/.hidden.md":             "x",
		"content/guides/draft~":          "x",
		"content/guides/_partial.md":     "x",
	}, Options{SiteTitle: "Site", Title: markdown.Title})
	want := "/ /guides/ /guides/start-here/ /guides/a/ /guides/b/ /guides/call/ /guides/my-notes/ /guides/unweighted/ /about/ /extra/ /extra/deep/ /extra/deep/page/"
	if got := paths(s.Pages); got != want {
		t.Errorf("reading order:\n got %s\nwant %s", got, want)
	}
	deep := s.ByPath["extra/deep/page/"]
	if deep.Title != "Deep page" || !deep.TitleFromHeading {
		t.Errorf("title from heading = %q, %v", deep.Title, deep.TitleFromHeading)
	}
	if sec := s.ByPath["extra/deep/"]; sec.Title != "Deep" || sec.Kind != KindSection || sec.Source != "" {
		t.Errorf("synthesised section = %+v", sec)
	}
	if got := strings.Join(s.Files, " "); got != "guides/call/script.png" {
		t.Errorf("files = %q", got)
	}
	b := s.ByPath["guides/b/"]
	if b.Prev.Path != "guides/a/" || b.Next.Path != "guides/call/" {
		t.Errorf("prev/next of b = %s, %s", b.Prev.Path, b.Next.Path)
	}
	if got := paths(b.Ancestors()); got != "/ /guides/" {
		t.Errorf("ancestors = %s", got)
	}
	if s.ByFile["guides/first.md"].Path != "guides/start-here/" {
		t.Error("ByFile lookup failed")
	}
}

func TestNoIndexFilesAndNoContent(t *testing.T) {
	s := load(t, map[string]string{"content/x.md": "text only"}, Options{SiteTitle: "My site"})
	if s.Home.Title != "My site" || s.ByPath["x/"].Title != "X" {
		t.Errorf("home %q, page %q", s.Home.Title, s.ByPath["x/"].Title)
	}
	empty := load(t, map[string]string{"readme.md": "x"}, Options{})
	if len(empty.Pages) != 1 || empty.Home.Title != "Home" {
		t.Errorf("no content folder: pages = %s", paths(empty.Pages))
	}
}

func TestDrafts(t *testing.T) {
	files := map[string]string{
		"content/a.md":              "---\ntitle: A\ndraft: true\n---\n",
		"content/b.md":              "---\ntitle: B\n---\n",
		"content/wip/_index.md":     "---\ntitle: WIP\ndraft: true\n---\n",
		"content/wip/inside.md":     "---\ntitle: Inside\n---\n",
		"content/wip/sub/deeper.md": "---\ntitle: Deeper\n---\n",
	}
	if got := paths(load(t, files, Options{}).Pages); got != "/ /b/" {
		t.Errorf("without drafts: %s", got)
	}
	if got := paths(load(t, files, Options{Drafts: true}).Pages); got != "/ /a/ /b/ /wip/ /wip/inside/ /wip/sub/ /wip/sub/deeper/" {
		t.Errorf("with drafts: %s", got)
	}
}

func TestTags(t *testing.T) {
	s := load(t, map[string]string{
		"content/a.md": "---\ntitle: A\nweight: 1\ntags: [Email, timing]\n---\n",
		"content/b.md": "---\ntitle: B\nweight: 2\ntags: [email, Email]\n---\n",
	}, Options{})
	var got []string
	for _, tag := range s.Tags {
		got = append(got, tag.Name+"="+tag.Path+":"+paths(tag.Pages))
	}
	if want := "Email=tags/email/:/a/ /b/ timing=tags/timing/:/a/"; strings.Join(got, " ") != want {
		t.Errorf("tags = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestErrors(t *testing.T) {
	_, err := Load(mapFS(map[string]string{
		"content/a.md":        "---\ntitle: A\nweight: x\n---\n",
		"content/b.md":        "---\ntitle: B\nslug: same\n---\n",
		"content/c.md":        "---\ntitle: C\n\nslug: same\n---\n",
		"content/d.md":        "---\ntitle: D\n",
		"content/e/_index.md": "---\ntitle: E\n---\n",
		"content/e.md":        "---\ntitle: E page\n---\n",
	}), Options{})
	want := []string{
		`content/a.md:3: weight must be a whole number, not "x"`,
		`content/c.md:4: page URL "/same/" is also claimed by content/b.md`,
		`content/d.md:1: front matter opened with --- is never closed`,
		`content/e.md: page URL "/e/" is also claimed by content/e/_index.md`,
	}
	errs := diag.Errors(err)
	if len(errs) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(errs), len(want), err)
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %d:\n got %s\nwant %s...", i, errs[i], w)
		}
	}
}

func TestSymlinks(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "content", "sub"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "content", "real.md"), []byte("# Real\n"), 0o644))
	must(os.WriteFile(filepath.Join(outside, "secret.md"), []byte("# Secret\n"), 0o644))
	must(os.Symlink("real.md", filepath.Join(dir, "content", "inside.md")))
	must(os.Symlink(filepath.Join(outside, "secret.md"), filepath.Join(dir, "content", "escape.md")))
	must(os.Symlink("loop2.md", filepath.Join(dir, "content", "loop1.md")))
	must(os.Symlink("loop1.md", filepath.Join(dir, "content", "loop2.md")))
	must(os.Symlink("..", filepath.Join(dir, "content", "sub", "up")))
	root, err := os.OpenRoot(dir)
	must(err)
	defer root.Close()
	s, err := Load(root.FS(), Options{})
	got := diag.Errors(err)
	var msgs []string
	for _, e := range got {
		msgs = append(msgs, e.Error())
	}
	joined := strings.Join(msgs, "\n")
	for _, want := range []string{"content/escape.md: symbolic link cannot be followed: it points outside the source folder", "content/loop1.md: symbolic link cannot be followed: it is part of a loop of links", "content/sub/up: symbolic link to a folder"} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing %q in:\n%s", want, joined)
		}
	}
	if s.ByPath["inside/"] == nil || s.ByPath["escape/"] != nil {
		t.Errorf("a link inside the folder must load and one leaving it must not: %s", paths(s.Pages))
	}
}

// TestIgnoredNames: the names Ignored reports are left out by the loader,
// as pages and as files; underscore names are left out of content only.
func TestIgnoredNames(t *testing.T) {
	tests := []struct {
		name    string
		ignored bool // by every part of a build
		loaded  bool // by the content loader
	}{
		{"a.md", false, true},
		{"chart.png", false, true},
		{"_index.md", false, true},
		{"_notes.md", false, false},
		{".a.md.swp", true, false},
		{"a.md.swx", true, false},
		{"a.md~", true, false},
		{"#a.md#", true, false},
		{"4913", true, false},
		{"a.md.tmp", true, false},
		{"a.pdf.crdownload", true, false},
		{"a.md___jb_tmp___", true, false},
		{".hidden.png", true, false},
	}
	for _, tt := range tests {
		if got := ignore.Name(tt.name); got != tt.ignored {
			t.Errorf("ignore.Name(%q) = %v, want %v", tt.name, got, tt.ignored)
		}
		s := load(t, map[string]string{"content/_index.md": "# Home", "content/guides/" + tt.name: "# Guide\n"}, Options{Title: markdown.Title})
		_, page := s.ByFile["guides/"+tt.name]
		loaded := page || strings.Contains(" "+strings.Join(s.Files, " ")+" ", " guides/"+tt.name+" ")
		if tt.name == "_index.md" {
			loaded = s.ByPath["guides/"] != nil && s.ByPath["guides/"].Title == "Guide"
		}
		if loaded != tt.loaded {
			t.Errorf("content/guides/%s loaded = %v, want %v", tt.name, loaded, tt.loaded)
		}
	}
}

// TestTitleFromName: a page without a title or heading is named after its
// file, first letter in upper case, whatever the letter.
func TestTitleFromName(t *testing.T) {
	tests := map[string]string{
		"thank-you_email.md": "Thank you email",
		"été.md":             "Été",
		"ödeme-planı.md":     "Ödeme planı",
		"2026-notes.md":      "2026 notes",
	}
	for file, want := range tests {
		s := load(t, map[string]string{"content/" + file: "Text only."}, Options{})
		if got := s.ByFile[file].Title; got != want || !utf8.ValidString(got) {
			t.Errorf("title of %s = %q, want %q", file, got, want)
		}
	}
}
