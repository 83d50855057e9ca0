package site

import (
	"strings"
	"testing"

	"github.com/followup/followup/generator/diag"
)

// TestSameButCase claims output files in order: a file or folder that
// differs from an earlier one only in case is refused, naming both.
func TestSameButCase(t *testing.T) {
	tests := []struct {
		files []string
		want  string // the error, "" for none
	}{
		{[]string{"guides/a/index.html", "guides/b/index.html", "guides/index.html"}, ""},
		{[]string{"guides/a/index.html", "guides/A/index.html"}, "/guides/a/ and /guides/A/ differ only in case (claim guides/a/index.html and claim guides/A/index.html)"},
		{[]string{"img/Logo.png", "img/logo.png"}, "/img/Logo.png and /img/logo.png differ only in case"},
		{[]string{"Guides/index.html", "guides/a/index.html"}, "/Guides/ and /guides/ differ only in case"},
		{[]string{"a/b.png", "a/B.png/index.html"}, "/a/b.png and /a/B.png/ differ only in case"},
		{[]string{"é/index.html", "É/index.html"}, "/é/ and /É/ differ only in case"},
		{[]string{"404.html", "404.html/index.html"}, "/404.html is a file (claim 404.html) and /404.html/ a folder (claim 404.html/index.html, writing /404.html/index.html): one name cannot be both"},
		{[]string{"robots.txt/index.html", "robots.txt"}, "/robots.txt is a file (claim robots.txt) and /robots.txt/ a folder (claim robots.txt/index.html, writing /robots.txt/index.html)"},
		{[]string{"index.html", ".followup-build/index.html"}, "/.followup-build is the file where the generator marks the output folder"},
		{[]string{"index.html", ".followup-build"}, "/.followup-build is the file where the generator marks the output folder"},
	}
	for _, tt := range tests {
		var errs diag.List
		c := newClaims(&errs)
		for _, f := range tt.files {
			c.claim(job{file: f, claim: "claim " + f, src: "content/" + f})
		}
		got := ""
		if err := errs.Err(); err != nil {
			got = err.Error()
		}
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("claiming %q: %q, want %q", tt.files, got, tt.want)
		}
		if tt.want != "" && !strings.HasPrefix(got, "content/"+tt.files[1]+": ") {
			t.Errorf("claiming %q: the error is not at the second file's source: %q", tt.files, got)
		}
	}
}
