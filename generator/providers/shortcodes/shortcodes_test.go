package shortcodes

import (
	"strings"
	"testing"

	"github.com/followup/followup/generator/markdown"
)

// TestEmbedsAreLinks: the services Hugo embeds with frames and scripts are
// links here, with a title.
func TestEmbedsAreLinks(t *testing.T) {
	tests := []struct {
		name string
		call markdown.Call
		want string
	}{
		{"youtube", markdown.Call{Args: []string{"abc"}}, `<a href="https://www.youtube.com/watch?v=abc">Video on YouTube</a> (YouTube)`},
		{"vimeo", markdown.Call{Named: map[string]string{"id": "42", "title": "A <talk>"}}, `<a href="https://vimeo.com/42">A &lt;talk&gt;</a> (Vimeo)`},
		{"instagram", markdown.Call{Args: []string{"B1"}}, `<a href="https://www.instagram.com/p/B1/">Post on Instagram</a>`},
		{"x", markdown.Call{Named: map[string]string{"user": "gohugoio", "id": "7"}}, `<a href="https://x.com/gohugoio/status/7">Post on X</a>`},
		{"gist", markdown.Call{Args: []string{"spf13", "789", "a.go"}}, `<a href="https://gist.github.com/spf13/789#file-a-go">Gist on GitHub</a>`},
	}
	english := func(f string) func(string) (string, error) {
		return func(s string) (string, error) { return f + s, nil } // en.toml's, which the site gives
	}
	all := builtins(embedWords{video: english("Video on "), post: english("Post on "), gist: english("Gist on ")})
	for _, tt := range tests {
		c := tt.call
		c.Name = tt.name
		if c.Named == nil {
			c.Named = map[string]string{}
		}
		out, err := all[tt.name](&c, &markdown.Context{})
		html := string(out.HTML)
		if err != nil || !strings.Contains(html, tt.want) || strings.Contains(html, "<iframe") || strings.Contains(html, "<script") {
			t.Errorf("%s = %q, %v; want a link with %q", tt.name, html, err, tt.want)
		}
	}
}

func TestOrDefault(t *testing.T) {
	for _, tt := range []struct{ v, want any }{{nil, "d"}, {"", "d"}, {false, "d"}, {"x", "x"}, {3, 3}} {
		if got := orDefault("d", tt.v); got != tt.want {
			t.Errorf("default \"d\" %v = %v, want %v", tt.v, got, tt.want)
		}
	}
}
