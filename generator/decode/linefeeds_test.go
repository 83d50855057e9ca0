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

// FuzzLineFeeds: LineFeeds, which jumps from CR to CR, agrees with the
// rule read byte by byte (a CR not followed by LF becomes LF), never
// changes its argument, and keeps the length.
func FuzzLineFeeds(f *testing.F) {
	for _, s := range []string{"", "\r", "\r\n", "a\rb\r\nc\r\r", "\n\r\n\r\r\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		orig := string(in)
		want := []byte(orig)
		for i, c := range want {
			if c == '\r' && (i+1 == len(want) || want[i+1] != '\n') {
				want[i] = '\n'
			}
		}
		got := LineFeeds(in)
		if string(got) != string(want) {
			t.Errorf("LineFeeds(%q) = %q, want %q", orig, got, want)
		}
		if string(in) != orig {
			t.Errorf("LineFeeds(%q) changed its argument", orig)
		}
	})
}
