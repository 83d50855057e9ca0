package site

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestLoneCRDraft: a draft whose lines end at CR alone is a draft: it is
// not published, nor listed in the feed, and a page of such lines is read
// as a page with front matter, its markdown on its lines.
func TestLoneCRDraft(t *testing.T) {
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	writeTree(t, src, map[string]string{
		"content/_index.md":       "---\ntitle: Home\n---\nWelcome.\n",
		"content/guides/s.md":     "---\rtitle: S\rdraft: true\r---\rsecret\r",
		"content/guides/mac.md":   "---\rtitle: Mac\r---\r# Heading\r\rA paragraph\rover two lines.\r\r- one\r- two\r",
		"content/guides/other.md": "---\ntitle: Other\n---\nText.\n",
	})
	if _, err := build(src, dest, testOpts); err != nil {
		t.Fatal(err)
	}
	out := snapshot(t, dest)
	for name, data := range out {
		if strings.Contains(data, "secret") {
			t.Errorf("public/%s shows the draft's text", name)
		}
	}
	mac := out["guides/mac/index.html"]
	for _, want := range []string{"<title>Mac", "<li>one</li>", "<h1", "over two lines."} {
		if !strings.Contains(mac, want) {
			t.Errorf("guides/mac/index.html lacks %q: its CR-ended lines were not read as lines", want)
		}
	}
	if strings.Contains(mac, "title: Mac") {
		t.Error("guides/mac/index.html shows its front matter as text")
	}
}

// TestDangerousLinkWarning: without allow_html a javascript: link is
// written empty, and the build says so at its line, as a warning.
func TestDangerousLinkWarning(t *testing.T) {
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	writeTree(t, src, map[string]string{
		"content/_index.md":   "---\ntitle: Home\n---\nWelcome.\n",
		"content/guides/a.md": "# A\n\nSee [this](javascript:alert(1)).\n",
	})
	report, err := build(src, dest, testOpts)
	if err != nil {
		t.Fatal(err)
	}
	if len(report.Warnings) != 1 || !strings.HasPrefix(report.Warnings[0].Warning(), `content/guides/a.md:3: warning: link "javascript:alert(1)": a javascript: address runs in the reader's browser, so it is written as an empty link`) {
		t.Errorf("warnings %v, want one at content/guides/a.md:3", report.Warnings)
	}
	if page := snapshot(t, dest)["guides/a/index.html"]; !strings.Contains(page, `<a href="">this</a>`) {
		t.Errorf("the link is not written empty: %s", page)
	}
}
