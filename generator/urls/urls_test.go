package urls

import "testing"

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
	if got := File("guides/x/"); got != "guides/x/index.html" {
		t.Errorf("File = %q", got)
	}
}
