package markdown

import (
	"strings"
	"testing"

	"github.com/followup/followup/generator/diag"
)

// TestDangerousSchemes: a link to javascript:, vbscript: or data: (but an
// image) is a finding of kind diag.LinkSchemes at its line; without
// allow_html it is written as an empty link, with it as written (the build
// fails on it unless the site makes the kind a warning).
func TestDangerousSchemes(t *testing.T) {
	src := "# Links\n\n[a](javascript:alert(1))\n\n<JavaScript:alert(2)>\n\n![i](data:text/html,x) [v](vbscript:x)\n\n[ok](https://example.org/) ![png](data:image/png;base64,AAA)\n"
	for _, allow := range []bool{false, true} {
		res, err := New(Options{AllowHTML: allow}).Convert([]byte(src), nil)
		var got []string
		for _, e := range diag.Errors(err) {
			if e.Kind != diag.LinkSchemes {
				t.Errorf("allow_html %v: finding of kind %q, want %q: %v", allow, e.Kind, diag.LinkSchemes, e)
			}
			got = append(got, e.Error())
		}
		want := []string{`line 3: link "javascript:alert(1)": a javascript: address`, `line 5: link "JavaScript:alert(2)": a javascript: address`, `line 7: link "data:text/html,x": a data: address`, `line 7: link "vbscript:x": a vbscript: address`}
		if len(got) != len(want) {
			t.Fatalf("allow_html %v: findings %q, want %d", allow, got, len(want))
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Errorf("allow_html %v: finding %q, want it to start %q", allow, got[i], want[i])
			}
		}
		html := res.HTML
		if strings.Contains(strings.ToLower(html), `href="javascript:`) != allow || !strings.Contains(html, `href="https://example.org/"`) || !strings.Contains(html, `src="data:image/png;base64,AAA"`) {
			t.Errorf("allow_html %v: %s", allow, html)
		}
	}
}
