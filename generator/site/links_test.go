package site

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLinkForms: a page is reached by its file, by its site path from the
// root, and by a path from the linking page, including a page whose name
// has a dot (the trailing slash says it is a page, not a file); a file of
// the content folder by its path.
func TestLinkForms(t *testing.T) {
	tests := []struct {
		link, href string
	}{
		{"notes-1.2.md", "../notes-1.2/"},
		{"/notes-1.2/", "../notes-1.2/"},
		{"/b/", "../b/"},
		{"/b", "../b/"},
		{"b.md#part", "../b/#part"},
		{"/img/chart.png", "../img/chart.png"},
		{"img/chart.png", "../img/chart.png"},
	}
	for _, tt := range tests {
		src := fstest.MapFS{
			"content/a.md":          {Data: []byte("---\ntitle: A\n---\nSee [it](" + tt.link + ").\n")},
			"content/b.md":          {Data: []byte("---\ntitle: B\n---\n## Part\n")},
			"content/notes-1.2.md":  {Data: []byte("---\ntitle: Notes\n---\nText.\n")},
			"content/img/chart.png": {Data: []byte("PNG")},
		}
		sink := &memSink{}
		if _, err := Generate(context.Background(), src, testOpts, sink); err != nil {
			t.Errorf("link %q: %v", tt.link, err)
			continue
		}
		if page := string(sink.files["a/index.html"]); !strings.Contains(page, `href="`+tt.href+`"`) {
			t.Errorf("link %q: want href=%q in the page", tt.link, tt.href)
		}
	}
}

// TestPDFClaimsItsFile: with --pdf, a content file at the printed PDF's
// path is a clash like any other, reported at the file.
func TestPDFClaimsItsFile(t *testing.T) {
	src := fstest.MapFS{
		"followup.toml":                     {Data: []byte("title = \"Guide\"\n")},
		"content/a.md":                      {Data: []byte("---\ntitle: A\n---\nText.\n")},
		"content/downloads/guide-guide.pdf": {Data: []byte("%PDF")},
	}
	opts := testOpts
	opts.PDF = true
	_, err := Generate(context.Background(), src, opts, &memSink{})
	want := "content/downloads/guide-guide.pdf: two outputs claim /downloads/guide-guide.pdf"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
}

// TestThemeWithoutEditionLayout: a theme of the site's own that lacks an
// edition's layout is reported at the line of followup.toml naming the
// theme, with the two ways out.
func TestThemeWithoutEditionLayout(t *testing.T) {
	src := fstest.MapFS{
		"followup.toml":                     {Data: []byte("title = \"Guide\"\ntheme = \"plain\"\n")},
		"content/a.md":                      {Data: []byte("---\ntitle: A\n---\nText.\n")},
		"themes/plain/layouts/base.html":    {Data: []byte(`<!DOCTYPE html><html lang="en"><title>{{.Page.Title}}</title>{{block "main" .}}{{end}}</html>`)},
		"themes/plain/layouts/page.html":    {Data: []byte(`{{define "main"}}{{.Content}}{{end}}`)},
		"themes/plain/layouts/home.html":    {Data: []byte(`{{define "main"}}home{{end}}`)},
		"themes/plain/layouts/section.html": {Data: []byte(`{{define "main"}}section{{end}}`)},
	}
	_, err := Generate(context.Background(), src, testOpts, &memSink{})
	want := `followup.toml:2: theme "plain" has no layouts/print.html: copy it from the default theme, or set print = false under [outputs] in followup.toml`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error:\n%v\nwant a line %q", err, want)
	}
}
