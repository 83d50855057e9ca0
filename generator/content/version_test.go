package content

import (
	"maps"
	"path"
	"testing"

	"github.com/followup/followup/generator/markdown"
)

var versionSite = map[string]string{
	"content/_index.md":            "---\ntitle: Home\n---\nWelcome\n",
	"content/guides/_index.md":     "---\ntitle: Guides\nweight: 1\n---\nAll guides\n",
	"content/guides/a.md":          "---\ntitle: A\nweight: 1\ntags: [x]\n---\nAlpha\n",
	"content/guides/b.md":          "# Bee\n\nBody of b\n",
	"content/guides/c.md":          "---\ntitle: C\nweight: 3\ntags: [x, y]\ncategories: [k]\n---\nGamma\n",
	"content/guides/empty.md":      "---\ntitle: Empty\nweight: 4\n---\n",
	"content/about.md":             "---\ntitle: About\n---\nAbout us\n",
	"content/guides/sub/_index.md": "---\ntitle: Sub\n---\nSub section\n",
}

// TestReplace: a new version of a file with only its body changed takes
// the old one's place, the site it came from is left as it was, and the
// result is what loading the changed folder gives.
func TestReplace(t *testing.T) {
	opts := Options{Title: markdown.Title}
	for _, file := range []string{"guides/a.md", "guides/c.md", "_index.md", "guides/_index.md", "guides/b.md"} {
		t.Run(file, func(t *testing.T) {
			s := load(t, versionSite, opts)
			before := s.ByFile[file]
			oldBody := string(before.Body)
			changed := maps.Clone(versionSite)
			changed["content/"+file] += "\nAnd one more line.\n"
			q, err := Parse("content/"+file, []byte(changed["content/"+file]), opts)
			if err != nil || q == nil {
				t.Fatalf("Parse = %v, %v", q, err)
			}
			r, ok := s.Replace(q)
			if !ok {
				t.Fatal("Replace = false for a change of the body")
			}
			if s.ByFile[file] != before || string(before.Body) != oldBody {
				t.Error("Replace changed the site it was given")
			}
			want := load(t, changed, opts)
			if len(r.Pages) != len(want.Pages) {
				t.Fatalf("%d pages, want %d", len(r.Pages), len(want.Pages))
			}
			for i, p := range r.Pages {
				w := want.Pages[i]
				if p.File != w.File || p.Path != w.Path || p.Kind != w.Kind || p.Title != w.Title || string(p.Body) != string(w.Body) {
					t.Errorf("page %d = %s %q %v %q, want %s %q %v %q", i, p.File, p.Path, p.Kind, p.Title, w.File, w.Path, w.Kind, w.Title)
				}
				if p.Source != "" && (r.ByFile[p.File] != p || r.ByPath[p.Path] != p) {
					t.Errorf("%s: ByFile or ByPath holds another version", p.File)
				}
			}
			now := r.ByFile[file]
			if now == before || now.Path != before.Path || now.Parent != before.Parent || now.Prev != before.Prev || now.Next != before.Next || len(now.Children) != len(before.Children) {
				t.Errorf("the new version is not in the old one's place: %+v", now)
			}
			if now.IsSection() && r.Sections[path.Dir(file)] != now {
				t.Errorf("Sections[%q] is not the new version", path.Dir(file))
			}
			if (r.Home == now) != (before == s.Home) {
				t.Error("Home is not the new version")
			}
			for _, terms := range [][]*Tag{r.Tags, r.Categories} {
				for _, tag := range terms {
					for _, p := range tag.Pages {
						if p.File == file && p != now {
							t.Errorf("tag %s lists the old version", tag.Slug)
						}
					}
				}
			}
		})
	}
}

// TestReplaceRefused: a change of anything but the text of the body is
// refused, and leaves the site as it was.
func TestReplaceRefused(t *testing.T) {
	opts := Options{Title: markdown.Title}
	tests := []struct{ name, file, src string }{
		{"title", "guides/a.md", "---\ntitle: A2\nweight: 1\ntags: [x]\n---\nAlpha\n"},
		{"weight", "guides/a.md", "---\ntitle: A\nweight: 2\ntags: [x]\n---\nAlpha\n"},
		{"tags", "guides/a.md", "---\ntitle: A\nweight: 1\ntags: [x, z]\n---\nAlpha\n"},
		{"a key on a line of its own", "guides/a.md", "---\ntitle: A\n\nweight: 1\ntags: [x]\n---\nAlpha\n"},
		{"title from the heading", "guides/b.md", "# Bumblebee\n\nBody of b\n"},
		{"body made blank", "guides/a.md", "---\ntitle: A\nweight: 1\ntags: [x]\n---\n\n"},
		{"blank body given text", "guides/empty.md", "---\ntitle: Empty\nweight: 4\n---\nNow some text\n"},
		{"home without a title", "_index.md", "Welcome\n"},
		{"a file the site has not", "guides/new.md", "New\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := load(t, versionSite, opts)
			q, err := Parse("content/"+tt.file, []byte(tt.src), opts)
			if err != nil || q == nil {
				t.Fatalf("Parse = %v, %v", q, err)
			}
			if r, ok := s.Replace(q); ok || r != nil {
				t.Errorf("Replace = %v, %v; want nil, false", r, ok)
			}
		})
	}
}

// TestParseDraft: a draft is no page unless drafts are built, as in Load.
func TestParseDraft(t *testing.T) {
	const src = "---\ntitle: D\ndraft: true\n---\nSecret\n"
	if p, err := Parse("content/d.md", []byte(src), Options{}); p != nil || err != nil {
		t.Errorf("Parse(draft) = %v, %v; want nil, nil", p, err)
	}
	if p, err := Parse("content/d.md", []byte(src), Options{Drafts: true}); p == nil || err != nil || p.Title != "D" || p.File != "d.md" {
		t.Errorf("Parse(draft, Drafts) = %+v, %v", p, err)
	}
}
