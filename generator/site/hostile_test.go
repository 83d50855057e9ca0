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
