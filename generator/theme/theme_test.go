package theme

import (
	"bytes"
	"html/template"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

type data struct {
	Title, Parent string
	cache         *sync.Map
}

func (d data) PartialCache() *sync.Map { return d.cache }

// TestPartialCachedKeys: keys that would read the same run together
// ("guides/" + "X" and "" + "guides/X") are different keys.
func TestPartialCachedKeys(t *testing.T) {
	site := fstest.MapFS{
		"themes/t/layouts/base.html":            {Data: []byte(`{{block "main" .}}{{end}}`)},
		"themes/t/layouts/page.html":            {Data: []byte(`{{define "main"}}{{partialCached "crumbs.html" . .Parent .Title}}{{end}}`)},
		"themes/t/layouts/partials/crumbs.html": {Data: []byte(`{{.Parent}}|{{.Title}}`)},
	}
	th, err := Load(site, "t", template.FuncMap{})
	if err != nil {
		t.Fatal(err)
	}
	cache := &sync.Map{}
	render := func(d data) string {
		var b bytes.Buffer
		if err := th.Execute(&b, "page", d, "test"); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	a := render(data{Parent: "guides/", Title: "X", cache: cache})
	b := render(data{Parent: "", Title: "guides/X", cache: cache})
	if a != "guides/|X" || b != "|guides/X" {
		t.Errorf("cached partials mixed up: %q and %q", a, b)
	}
}

// TestTemplateErrors: a template error names the template file and line.
func TestTemplateErrors(t *testing.T) {
	_, err := Load(fstest.MapFS{
		"themes/t/layouts/base.html": {Data: []byte(`{{block "main" .}}{{end}}`)},
		"layouts/page.html":          {Data: []byte("{{define \"main\"}}\n{{if .X}}\n{{end}}\n")},
	}, "t", template.FuncMap{})
	if err == nil || !strings.HasPrefix(err.Error(), "layouts/page.html:4:") {
		t.Errorf("error = %v, want it at layouts/page.html:4", err)
	}
}

// TestStaticFiles: a site's static file overrides the theme's at the same
// path; hidden files and editors' leftovers are not copied.
func TestStaticFiles(t *testing.T) {
	site := fstest.MapFS{
		"themes/t/layouts/base.html":  {Data: []byte(`x`)},
		"themes/t/static/css/a.css":   {Data: []byte(`theme`)},
		"themes/t/static/css/b.css":   {Data: []byte(`theme`)},
		"themes/t/static/.DS_Store":   {Data: []byte(`x`)},
		"static/css/a.css":            {Data: []byte(`site`)},
		"static/css/a.css~":           {Data: []byte(`backup`)},
		"static/css/.a.css.swp":       {Data: []byte(`swap`)},
		"static/img/logo.svg.tmp":     {Data: []byte(`temp`)},
		"static/img/logo.svg":         {Data: []byte(`<svg/>`)},
		"static/.git/config":          {Data: []byte(`x`)},
		"static/img/4913":             {Data: []byte(``)},
		"static/img/x.png.crdownload": {Data: []byte(``)},
	}
	th, err := Load(site, "t", template.FuncMap{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range th.Static() {
		got = append(got, f.Path+"="+f.Display)
	}
	want := "css/a.css=static/css/a.css css/b.css=themes/t/static/css/b.css img/logo.svg=static/img/logo.svg"
	if strings.Join(got, " ") != want {
		t.Errorf("static files:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}
