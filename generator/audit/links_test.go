package audit

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// htmlPage returns a minimal HTML page with body inside it.
func htmlPage(body string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("<!DOCTYPE html>\n<html lang=en>\n<head><title>t</title></head>\n<body>\n" + body + "\n</body>\n</html>\n")}
}

func TestCheckLinks(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		mode  Mode
		base  string   // the site's base path, "/" when ""
		want  []string // "page rule", sorted
	}{
		{
			name: "the 404 page links from the base path",
			files: fstest.MapFS{
				"index.html":        htmlPage(`<a href="/guides/">root-relative</a>`),
				"404.html":          htmlPage(`<a href="/">home</a> <a href="/guides/">g</a> <link rel="stylesheet" href="/css/site.css"> <a href="/gone/">gone</a> <a href="guides/">relative</a>`),
				"guides/index.html": htmlPage(`<p>g</p>`),
				"css/site.css":      {Data: []byte("body{}")},
			},
			mode: Served,
			want: []string{"/ root-relative", "/404.html missing-target"},
		},
		{
			name: "the 404 page under a base path",
			files: fstest.MapFS{
				"index.html":        htmlPage(`<p>home</p>`),
				"404.html":          htmlPage(`<a href="/guide/">home</a> <a href="/guide/guides/">g</a> <a href="/guides/">outside</a>`),
				"guides/index.html": htmlPage(`<p>g</p>`),
			},
			mode: Served,
			base: "/guide/",
			want: []string{"/404.html outside-base-path"},
		},
		{
			name: "a language's 404 page links from the base path too",
			files: fstest.MapFS{
				"index.html":           htmlPage(`<p>home</p>`),
				"es/index.html":        htmlPage(`<p>inicio</p>`),
				"es/404.html":          htmlPage(`<a href="/es/">inicio</a> <a href="/es/guides/">g</a> <a href="/">home</a> <a href="/es/gone/">gone</a> <a href="guides/">relative</a>`),
				"es/guides/index.html": htmlPage(`<p>g</p>`),
			},
			mode: Served,
			want: []string{"/es/404.html missing-target"},
		},
		{
			name: "served links that resolve",
			files: fstest.MapFS{
				"index.html":          htmlPage(`<a href="guides/">g</a> <a href="guides">g</a> <a href="about/index.html#who">a</a> <a href="#top">top</a> <a href="">self</a> <a href="?q=1">q</a>`),
				"guides/index.html":   htmlPage(`<a href="../">home</a> <a href="./">self</a> <a href="x/#part">x</a> <a href="../css/site.css">css</a> <a href="x/#legacy">a name</a>`),
				"guides/x/index.html": htmlPage(`<h2 id="part">Part</h2> <a name="legacy"></a> <img src="../../img/a.png" srcset="../../img/a.png 1x, ../../img/b.png 2x" alt="">`),
				"about/index.html":    htmlPage(`<p id="who">Who</p> <a href="../guides/x/#part">x</a>`),
				"css/site.css":        {Data: []byte("body{}")},
				"img/a.png":           {Data: []byte("png")},
				"img/b.png":           {Data: []byte("png")},
			},
			mode: Served,
		},
		{
			name: "external addresses are not fetched",
			files: fstest.MapFS{
				"index.html": htmlPage(`<a href="https://example.org/x#y">e</a> <a href="mailto:a@example.org">m</a> <a href="tel:+441632960000">t</a> <img src="data:image/png;base64,AA==" alt=""> <a href="//example.org/">p</a>`),
			},
			mode: Served,
		},
		{
			name: "missing files, folders and fragments",
			files: fstest.MapFS{
				"index.html":        htmlPage(`<a href="nowhere/">a</a> <a href="empty/">b</a> <a href="guides/#gone">c</a> <a href="#here">d</a> <img src="x.png" alt=""> <a href="style.css/">e</a>`),
				"guides/index.html": htmlPage(`<h2 id="there">There</h2>`),
				"empty/notes.txt":   {Data: []byte("x")},
				"style.css":         {Data: []byte("x")},
			},
			mode: Served,
			want: []string{"/ missing-fragment", "/ missing-fragment", "/ missing-target", "/ missing-target", "/ missing-target", "/ missing-target"},
		},
		{
			name: "root-relative and above the root",
			files: fstest.MapFS{
				"index.html":        htmlPage(`<a href="/guides/">a</a> <link rel="stylesheet" href="/css/site.css">`),
				"guides/index.html": htmlPage(`<a href="../../outside/">o</a> <script src="/js/x.js"></script>`),
			},
			mode: Served,
			want: []string{"/ root-relative", "/ root-relative", "/guides/ above-root", "/guides/ root-relative"},
		},
		{
			name: "srcset and meta refresh targets",
			files: fstest.MapFS{
				"old/index.html": htmlPage(`<meta http-equiv="refresh" content="0; url=../new/">`),
				"pic/index.html": htmlPage(`<picture><source srcset="a.webp 1x, b.webp 2x"><img src="a.png" alt=""></picture>`),
				"pic/a.png":      {Data: []byte("x")},
				"pic/a.webp":     {Data: []byte("x")},
			},
			mode: Served,
			want: []string{"/old/ missing-target", "/pic/ missing-target"},
		},
		{
			name: "from disk, a link to a folder shows a listing",
			files: fstest.MapFS{
				"index.html":        htmlPage(`<a href="guides/">a</a> <a href="guides/index.html#t">b</a> <a href="//example.org/">c</a> <a href="./">d</a>`),
				"guides/index.html": htmlPage(`<h2 id="t">T</h2> <a href="../index.html">home</a> <a href="..">up</a>`),
			},
			mode: Served | FromDisk,
			want: []string{"/ folder-link", "/ folder-link", "/ protocol-relative", "/guides/ folder-link"},
		},
		{
			name: "from disk, a broken link is reported once, as broken",
			files: fstest.MapFS{
				"index.html": htmlPage(`<a href="gone/">a</a>`),
			},
			mode: Served | FromDisk,
			want: []string{"/ missing-target"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			findings, err := checkLinks(tt.files, tt.mode, cmp.Or(tt.base, "/"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range findings {
				if f.Check != Link || f.Message == "" || f.Fix == "" {
					t.Errorf("incomplete finding %+v", f)
				}
				got = append(got, f.Page+" "+f.Rule)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("CheckLinks = %q, want %q\nfindings:\n%s", got, tt.want, findingList(findings))
			}
		})
	}
}

func TestCheckLinksMessage(t *testing.T) {
	files := fstest.MapFS{
		"index.html":        htmlPage("<p>x</p>\n<p>y</p>\n<a href=\"guides/#gone\">c</a>"),
		"guides/index.html": htmlPage(`<h2 id="there">There</h2>`),
	}
	findings, err := CheckLinks(files, Served)
	if err != nil {
		t.Fatal(err)
	}
	if len(findings) != 1 {
		t.Fatalf("got %d findings, want 1:\n%s", len(findings), findingList(findings))
	}
	got := findings[0].String()
	for _, want := range []string{`/: link missing-fragment: line 7: <a href="guides/#gone">`, `/guides/ has no element with id "gone"`, "(fix: link to one of its ids (there)"} {
		if !strings.Contains(got, want) {
			t.Errorf("finding %q does not contain %q", got, want)
		}
	}
}

func TestSitePath(t *testing.T) {
	for file, want := range map[string]string{
		"index.html": "/", "guides/index.html": "/guides/", "404.html": "/404.html", "a/b/index.html": "/a/b/", "a/page.htm": "/a/page.htm",
	} {
		if got := SitePath(file); got != want {
			t.Errorf("SitePath(%q) = %q, want %q", file, got, want)
		}
		if file != "a/page.htm" && file != "404.html" {
			if back := fileOf(want); back != file {
				t.Errorf("fileOf(%q) = %q, want %q", want, back, file)
			}
		}
	}
}

func findingList(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + f.String() + "\n")
	}
	return b.String()
}
