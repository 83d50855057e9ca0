package main

import (
	"strings"
	"testing"
)

func TestSummarise(t *testing.T) {
	in := strings.Join([]string{
		`{"Action":"output","Package":"github.com/followup/followup/a","Test":"TestBrowser","Output":"    a_test.go:9: skipped: no chromium\n"}`,
		`{"Action":"skip","Package":"github.com/followup/followup/a","Test":"TestBrowser"}`,
		`{"Action":"output","Package":"github.com/followup/followup/b","Test":"TestPrint","Output":"    b_test.go:3: no chromium\n"}`,
		`{"Action":"skip","Package":"github.com/followup/followup/b","Test":"TestPrint"}`,
		`{"Action":"output","Package":"github.com/followup/followup/b","Test":"TestShots","Output":"    b_test.go:7: skipped: no chromium\n"}`,
		`{"Action":"output","Package":"github.com/followup/followup/b","Test":"TestJava","Output":"    b_test.go:8: skipped: no java\n"}`,
		`{"Action":"skip","Package":"github.com/followup/followup/b","Test":"TestJava"}`,
		`{"Action":"output","Package":"github.com/followup/followup/a","Test":"TestX/one","Output":"    a_test.go:20: got 1, want 2\n"}`,
		`{"Action":"fail","Package":"github.com/followup/followup/a","Test":"TestX/one"}`,
		`{"Action":"fail","Package":"github.com/followup/followup/a","Test":"TestX"}`,
		`{"Action":"fail","Package":"github.com/followup/followup/a","Test":"TestY"}`,
		`{"Action":"fail","Package":"github.com/followup/followup/a","Elapsed":1.5}`,
		`{"Action":"pass","Package":"github.com/followup/followup/b","Elapsed":0.25}`,
	}, "\n")
	var out strings.Builder
	if code := summarise(strings.NewReader(in), &out); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	got := out.String()
	for _, want := range []string{
		"got 1, want 2",
		"FAIL\tgithub.com/followup/followup/a\t1.500s\n",
		"ok  \tgithub.com/followup/followup/b\t0.250s\n",
		"\nSkipped (2): ",
		"  a TestBrowser: no chromium\n",
		"  b TestJava: no java\n",
		"\nFAIL (2 tests)\n  a TestX/one\n  a TestY\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "no chromium"); n != 1 {
		t.Errorf("the skip \"no chromium\" is listed %d times, want once:\n%s", n, got)
	}
}
