package theme

import (
	"fmt"
	"html/template"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestIDs: the ids a theme declares in layouts/ids.txt, for every layout
// and for one; a site's own file replaces the theme's; a bad id is
// reported at its line.
func TestIDs(t *testing.T) {
	base := []byte(`{{block "main" .}}{{end}}`)
	tests := []struct {
		name            string
		files           fstest.MapFS
		all, print, err string
	}{
		{name: "none", files: fstest.MapFS{}},
		{name: "theme", files: fstest.MapFS{
			"themes/t/layouts/ids.txt": {Data: []byte("# ids\nmain  toc\nprint: print-title # the heading\n\nfooter\n")},
		}, all: "main toc footer", print: "print-title"},
		{name: "site replaces theme", files: fstest.MapFS{
			"themes/t/layouts/ids.txt": {Data: []byte("main\n")},
			"layouts/ids.txt":          {Data: []byte("top\n")},
		}, all: "top"},
		{name: "bad id", files: fstest.MapFS{
			"themes/t/layouts/ids.txt": {Data: []byte("main\nprint: Title x\n")},
		}, err: `themes/t/layouts/ids.txt:2: "Title" is not an element id`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.files["themes/t/layouts/base.html"] = &fstest.MapFile{Data: base}
			th, err := Load(tt.files, "t", template.FuncMap{})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Load error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(th.ReservedIDs(), " "); got != tt.all {
				t.Errorf("ReservedIDs() = %q, want %q", got, tt.all)
			}
			if got := strings.Join(th.LayoutIDs("print"), " "); got != tt.print {
				t.Errorf(`LayoutIDs("print") = %q, want %q`, got, tt.print)
			}
		})
	}
}

// TestDefaultThemeIDs: the built-in theme declares the ids its layouts
// write, among them those the editions' layouts add.
func TestDefaultThemeIDs(t *testing.T) {
	// Parsing needs only the names of the functions the layouts call.
	th, err := Load(fstest.MapFS{}, "default", template.FuncMap{"date": time.Time.Format, "isoDate": time.Time.String, "localDate": time.Time.String, "plural": fmt.Sprint, "slugify": strings.ToLower, "add": fmt.Sprint, "T": fmt.Sprint, "counter": fmt.Sprint, "cssContent": fmt.Sprint})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"main", "toc", "downloads-title"} {
		if !slices.Contains(th.ReservedIDs(), id) {
			t.Errorf("ReservedIDs() = %v, want %q among them", th.ReservedIDs(), id)
		}
	}
	if !slices.Contains(th.LayoutIDs("packet"), "ws-email") {
		t.Errorf(`LayoutIDs("packet") = %v, want "ws-email" among them`, th.LayoutIDs("packet"))
	}
}
