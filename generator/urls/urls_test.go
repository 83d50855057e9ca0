package urls

import (
	"net/url"
	"strings"
	"testing"
	"unicode"
)

func TestRel(t *testing.T) {
	tests := []struct {
		from, to, served, offline string
	}{
		{"", "", "./", "index.html"},
		{"", "guides/", "guides/", "guides/index.html"},
		{"", "css/site.css", "css/site.css", "css/site.css"},
		{"guides/", "", "../", "../index.html"},
		{"guides/x/", "", "../../", "../../index.html"},
		{"guides/x/", "guides/y/", "../y/", "../y/index.html"},
		{"guides/x/", "guides/", "../", "../index.html"},
		{"guides/", "guides/x/", "x/", "x/index.html"},
		{"guides/x/", "guides/x/", "./", "index.html"},
		{"guides/x/", "about/", "../../about/", "../../about/index.html"},
		{"guides/x/", "css/site.css", "../../css/site.css", "../../css/site.css"},
		{"guides/x/", "guides/y/#when", "../y/#when", "../y/index.html#when"},
		{"guides/x/", "guides/x/#when", "#when", "#when"},
		{"guides/x/", "guides/x/sub/", "sub/", "sub/index.html"},
		{"a/b/c/", "a/d/", "../../d/", "../../d/index.html"},
		{"feed.xml", "guides/", "guides/", "guides/index.html"},
		{"tags/email/", "tags/", "../", "../index.html"},
		{"guides/x/", "guidesx/", "../../guidesx/", "../../guidesx/index.html"},
	}
	for _, tt := range tests {
		if got := Rel(tt.from, tt.to); got != tt.served {
			t.Errorf("Rel(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.served)
		}
		if got := (Linker{Offline: true}).Rel(tt.from, tt.to); got != tt.offline {
			t.Errorf("offline Rel(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.offline)
		}
	}
}

func TestRoot(t *testing.T) {
	for from, want := range map[string]string{"": "", "guides/": "../", "guides/x/": "../../", "404.html": "", "tags/a/b/": "../../../"} {
		if got := Root(from); got != want {
			t.Errorf("Root(%q) = %q, want %q", from, got, want)
		}
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Thank-you Email":           "thank-you-email",
		"  What's next?  ":          "what-s-next",
		"Café notes":                "cafe-notes",
		"Zoë & Łukasz":              "zoe-łukasz",
		"C++ / Go":                  "c-go",
		"2-3 days":                  "2-3-days",
		"日本語のガイド":                   "日本語のガイド",
		"<script>alert(1)</script>": "script-alert-1-script",
		"---":                       "",
	} {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClean(t *testing.T) {
	good := map[string]string{
		"/old/thank-you/": "old/thank-you/",
		"old/thank-you":   "old/thank-you/",
		"files/a.pdf":     "files/a.pdf",
		"/":               "",
	}
	for in, want := range good {
		if got, err := Clean(in); err != nil || got != want {
			t.Errorf("Clean(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"../etc/passwd", "a/../../b/", "a//b/", "a/./b", "a b/", "x/%2e%2e/", "a\\b"} {
		if got, err := Clean(bad); err == nil {
			t.Errorf("Clean(%q) = %q, want an error", bad, got)
		}
	}
	for in, want := range map[string]string{
		"//evil.example/x": `"//evil.example/x" starts with //, which leads to another host (evil.example), not to a page of this site`,
		"//":               `"//" starts with //, which leads to another host, not to a page of this site`,
	} {
		if got, err := Clean(in); err == nil || err.Error() != want {
			t.Errorf("Clean(%q) = %q, %v; want the error %s", in, got, err, want)
		}
	}
	if got := File("guides/x/"); got != "guides/x/index.html" {
		t.Errorf("File = %q", got)
	}
}

// FuzzSlugify: a slug is lower-case letters, digits and single hyphens,
// with no hyphen at either end.
func FuzzSlugify(f *testing.F) {
	for _, s := range []string{"Thank-you Email", "  What's next?  ", "Zoë & Łukasz", "日本語のガイド", "../..", "a--b", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slug := Slugify(s)
		if slug == "" {
			return
		}
		if strings.HasPrefix(slug, "-") || strings.HasSuffix(slug, "-") || strings.Contains(slug, "--") {
			t.Fatalf("Slugify(%q) = %q has stray hyphens", s, slug)
		}
		if err := CheckSegment(slug); err != nil {
			t.Fatalf("Slugify(%q) = %q is not a usable segment: %v", s, slug, err)
		}
		if strings.ToLower(slug) != slug && strings.ToUpper(slug) != strings.ToLower(slug) {
			// Only scripts without case may keep any letters.
			for _, r := range slug {
				if unicode.IsUpper(r) {
					t.Fatalf("Slugify(%q) = %q is not lower-case", s, slug)
				}
			}
		}
	})
}

// FuzzClean: a cleaned path never leaves the site and is stable.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"/old/thanks/", "a/../../b", "files/a.pdf", "%2e%2e/x", "a//b", "./a", "a\\b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		clean, err := Clean(p)
		if err != nil {
			return
		}
		if strings.HasPrefix(clean, "/") || strings.Contains(clean, "//") {
			t.Fatalf("Clean(%q) = %q", p, clean)
		}
		for _, seg := range strings.Split(strings.TrimSuffix(clean, "/"), "/") {
			if clean != "" && (seg == ".." || seg == "." || CheckSegment(seg) != nil) {
				t.Fatalf("Clean(%q) = %q has segment %q", p, clean, seg)
			}
		}
		if again, err := Clean(clean); err != nil || again != clean {
			t.Fatalf("Clean is not stable: %q -> %q -> %q, %v", p, clean, again, err)
		}
	})
}

// FuzzRel: following a relative link from a page leads to its target, in
// both link styles.
func FuzzRel(f *testing.F) {
	f.Add("guides/x/", "about/")
	f.Add("", "guides/")
	f.Add("a/b/c/", "a/d/e.css")
	f.Add("feed.xml", "tags/x/")
	f.Fuzz(func(t *testing.T, from, to string) {
		from, errFrom := Clean(from)
		to, errTo := Clean(to)
		if errFrom != nil || errTo != nil {
			return
		}
		for _, l := range []Linker{{}, {Offline: true}} {
			rel := l.Rel(from, to)
			base, _ := url.Parse("file:///site/" + from)
			ref, err := url.Parse(rel)
			if err != nil {
				t.Fatalf("Rel(%q, %q) = %q does not parse: %v", from, to, rel, err)
			}
			got := strings.TrimPrefix(base.ResolveReference(ref).Path, "/site/")
			want := to
			if l.Offline && (to == "" || strings.HasSuffix(to, "/")) {
				want += "index.html"
			}
			if got != want && !(got+"/" == want) {
				t.Fatalf("%+v Rel(%q, %q) = %q resolves to %q, want %q", l, from, to, rel, got, want)
			}
		}
	})
}
