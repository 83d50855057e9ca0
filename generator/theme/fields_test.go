package theme

import (
	"html/template"
	"testing"
	"testing/fstest"
)

// TestMentions checks that a field is found however a layout or partial
// reaches it, and not found from a name that only looks like it.
func TestMentions(t *testing.T) {
	for _, tt := range []struct {
		name, layout, partial string
		want                  bool
	}{
		{"field", `{{.Page.Body}}`, ``, true},
		{"variable", `{{with .Page}}{{$p := .}}{{$p.Body}}{{end}}`, ``, true},
		{"chain", `{{(.Next).Body}}`, ``, true},
		{"inside a chain", `{{(.Page.Body).Len}}`, ``, true},
		{"in an else branch", `{{if .X}}a{{else}}{{.Page.Body}}{{end}}`, ``, true},
		{"in a range", `{{range .Pages}}{{.Body}}{{end}}`, ``, true},
		{"in a template call's data", `{{template "x" .Page.Body}}`, ``, true},
		{"in a partial", `{{.Title}}`, `{{.Body}}`, true},
		{"a string", `{{print "Body"}}`, ``, false},
		{"another field", `{{.Page.Bodyless}}{{$Body := 1}}{{$Body}}`, ``, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := fstest.MapFS{
				"themes/t/layouts/base.html": {Data: []byte(`{{block "main" .}}{{end}}`)},
				"themes/t/layouts/page.html": {Data: []byte(`{{define "main"}}` + tt.layout + `{{end}}`)},
			}
			if tt.partial != "" {
				files["themes/t/layouts/partials/p.html"] = &fstest.MapFile{Data: []byte(tt.partial)}
			}
			th, err := Load(files, "t", template.FuncMap{})
			if err != nil {
				t.Fatal(err)
			}
			if got := th.Mentions("Body"); got != tt.want {
				t.Errorf("Mentions(%q) in %q = %v, want %v", "Body", tt.layout, got, tt.want)
			}
		})
	}
}
