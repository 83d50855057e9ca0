package diag

import (
	"testing"
)

func TestWarnings(t *testing.T) {
	l := List{
		Warnf(UnknownKeys, "content/b.md", 3, "unknown key %q", "keywords"),
		Errorf("content/a.md", 9, "unknown shortcode %q", "x"),
		Warnf(Links, "content/a.md", 4, "link %q: no page", "b.md"),
		Warnf(Links, "content/a.md", 2, "link %q: no page", "c.md"),
		Warnf(LinkCase, "content/c.md", 1, "link %q matches only when case is ignored", "A.md"),
	}
	errs, warns := Warnings{Links: true, UnknownKeys: true}.Split(l)
	if got, want := errs.Error(), "content/a.md:9: unknown shortcode \"x\"\ncontent/c.md:1: link \"A.md\" matches only when case is ignored"; got != want {
		t.Errorf("errors = %q, want %q", got, want)
	}
	var got []string
	for _, w := range warns {
		got = append(got, w.Warning())
	}
	want := []string{
		`content/a.md:2: warning: link "c.md": no page [links]`,
		`content/a.md:4: warning: link "b.md": no page [links]`,
		`content/b.md:3: warning: unknown key "keywords" [unknown_keys]`,
	}
	if len(got) != len(want) {
		t.Fatalf("warnings = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("warning %d = %q, want %q", i, got[i], want[i])
		}
	}
	if got, want := warns.Count(), "3 warnings (2 links, 1 unknown_keys)"; got != want {
		t.Errorf("Count() = %q, want %q", got, want)
	}
	if got, want := warns[:1].Count(), "1 warning (1 links)"; got != want {
		t.Errorf("Count() = %q, want %q", got, want)
	}
	if errs, warns := (Warnings{}).Split(l); len(errs) != len(l) || warns != nil {
		t.Errorf("with no warnings, Split gives %d errors and %d warnings, want %d and 0", len(errs), len(warns), len(l))
	}
}

func TestFindings(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{nil, true},
		{Warnf(Links, "a.md", 1, "x"), true},
		{List{Warnf(Links, "a.md", 1, "x"), Warnf(UnknownKeys, "a.md", 2, "y")}, true},
		{List{Warnf(Links, "a.md", 1, "x"), Errorf("a.md", 2, "y")}, false},
		{Errorf("a.md", 2, "y"), false},
	} {
		if got := Findings(c.err); got != c.want {
			t.Errorf("Findings(%v) = %v, want %v", c.err, got, c.want)
		}
	}
	located := Locate(Warnf(Links, "", 2, "x"), "content/a.md", 1).(*Error)
	if located.Kind != Links || located.Line != 3 {
		t.Errorf("Locate lost the kind or line: %+v", located)
	}
}
