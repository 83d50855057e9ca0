package audit

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestParseNu(t *testing.T) {
	report := `{"version":"26.9.27","messages":[
	{"type":"error","url":"file:/site/guides/x/index.html","lastLine":48,"firstColumn":80,"message":"Duplicate ID “twice”.","extract":"<p id=\"twice\">\n"},
	{"type":"error","url":"file:/site/index.html","lastLine":3,"message":"Stray end tag “div”."},
	{"type":"info","subType":"warning","url":"file:/site/index.html","lastLine":4,"message":"A warning."},
	{"type":"non-document-error","subType":"io","url":"file:/site/404.html","message":"Cannot read."},
	{"type":"error","url":"file:/copy/guides/x/index.html","lastLine":50,"message":"Duplicate ID “twice”.","extract":"<p id=\"twice\">\n"},
	{"type":"error","url":"file:/copy/downloads/index.html","lastLine":9,"message":"Stray end tag “p”."}]}`
	got, err := parseNu([]byte(report), "/site", "/copy")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range got {
		lines = append(lines, f.String())
	}
	want := []string{
		`/guides/x/: html duplicate-id: line 48: Duplicate ID “twice”. [<p id="twice">] (fix: give each element on the page a different id (in markdown, {#id} on a heading))`,
		`/: html stray-end-tag: line 3: Stray end tag “div”. (fix: remove the end tag or add the element it closes)`,
		`/404.html: html invalid-html: Cannot read. (fix: correct the markup at that line: in raw HTML in the page's markdown, else in the theme's layouts)`,
		`/downloads/: html stray-end-tag: in the offline copy, line 9: Stray end tag “p”. (fix: remove the end tag or add the element it closes)`,
	}
	if !slices.Equal(lines, want) {
		t.Errorf("parseNu =\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if _, err := parseNu([]byte("Exception in thread main"), "/site"); err == nil {
		t.Error("parseNu of a Java error: no error")
	}
}

func TestAxeText(t *testing.T) {
	summary := "Fix any of the following:\n  Element has insufficient color contrast of 3.1 (foreground color: #777777).\n  Expected contrast ratio of 4.5:1\n"
	if got, want := oneLine(summary), "Element has insufficient color contrast of 3.1 (foreground color: #777777); Expected contrast ratio of 4.5:1"; got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
	for _, tt := range []struct{ target, want string }{
		{`[".callout-title"]`, ".callout-title"},
		{`["iframe", "#x"]`, "iframe >>> #x"},
		{`[["my-el", "button"]]`, "my-el >>> button"},
	} {
		var target []json.RawMessage
		if err := json.Unmarshal([]byte(tt.target), &target); err != nil {
			t.Fatal(err)
		}
		if got := selector(target); got != tt.want {
			t.Errorf("selector(%s) = %q, want %q", tt.target, got, tt.want)
		}
	}
}

func TestSummary(t *testing.T) {
	r := &Report{Pages: 3, Ran: []Check{Link, HTML}, Findings: []Finding{{Check: Link}, {Check: HTML}, {Check: HTML}}}
	want := "audited 3 pages: axe check skipped, 2 HTML errors, 1 broken link, nojs check skipped"
	if got := r.Summary(); got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
}

func TestSortFindings(t *testing.T) {
	in := []Finding{
		{Page: "/b/", Check: Link, Rule: "missing-target", Message: "2", key: "link b"},
		{Page: "/a/", Check: HTML, Rule: "x", Message: "m"},
		{Page: "/b/", Check: Link, Rule: "missing-target", Message: "1", key: "link b"},
		{Page: "/a/", Check: Axe, Rule: "x", Message: "m"},
	}
	got := sortFindings(in)
	var order []string
	for _, f := range got {
		order = append(order, f.Page+" "+string(f.Check)+" "+f.Message)
	}
	want := []string{"/a/ axe m", "/a/ html m", "/b/ link 1"}
	if !slices.Equal(order, want) {
		t.Errorf("sortFindings = %q, want %q", order, want)
	}
}
