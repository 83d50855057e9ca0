package decode

import "testing"

func TestLineFeeds(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"a\nb\n", "a\nb\n"},
		{"a\r\nb\r\n", "a\r\nb\r\n"},
		{"---\rtitle: S\rdraft: true\r---\rsecret\r", "---\ntitle: S\ndraft: true\n---\nsecret\n"},
		{"a\r\nb\rc\r", "a\r\nb\nc\n"},
		{"\r\r\n\r", "\n\r\n\n"},
	} {
		in := []byte(c.in)
		if got := string(LineFeeds(in)); got != c.want {
			t.Errorf("LineFeeds(%q) = %q, want %q", c.in, got, c.want)
		}
		if string(in) != c.in {
			t.Errorf("LineFeeds(%q) changed its argument", c.in)
		}
	}
}
