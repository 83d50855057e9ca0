package site

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestProviderMenu: a provider's menu entry (the workbook's) joins the
// default menu, after the home page's sections, and never a menu that
// followup.toml or the pages' front matter give.
func TestProviderMenu(t *testing.T) {
	list := "id: calls\ntitle: Calls\nitems:\n  - id: one\n    text: Call\n"
	tests := []struct {
		name, toml, front, want string
	}{
		{name: "default", toml: "title = \"G\"\n", want: "A a/, Workbook workbook/"},
		{name: "front matter", toml: "title = \"G\"\n", front: "menu:\n  main:\n    weight: 1\n", want: "A a/"},
		{name: "followup.toml", toml: "title = \"G\"\n[[menu]]\nname = \"Home\"\nurl = \"/\"\n", want: "Home "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fstest.MapFS{
				"followup.toml":         {Data: []byte(tt.toml)},
				"content/a.md":          {Data: []byte("---\ntitle: A\n" + tt.front + "---\nText.\n")},
				"checklists/calls.yaml": {Data: []byte(list)},
			}
			p, err := load(src, testOpts, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range p.info.Menu {
				got = append(got, m.Name+" "+m.URL)
			}
			if strings.Join(got, ", ") != tt.want {
				t.Errorf("menu = %q, want %q", strings.Join(got, ", "), tt.want)
			}
		})
	}
}
