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

// TestLayoutsOnFirstUse: a layout is joined to the base and partials when
// a page first uses it, which may be after a partial has run on its own
// (html/template copies only a set that has not run) and from several
// goroutines at once (go test -race); an error in a layout is still
// reported when the theme loads.
func TestLayoutsOnFirstUse(t *testing.T) {
	site := fstest.MapFS{
		"themes/t/layouts/base.html":         {Data: []byte(`<main>{{block "main" .}}{{end}}</main>`)},
		"themes/t/layouts/page.html":         {Data: []byte(`{{define "main"}}page {{template "who.html" .}}{{end}}`)},
		"themes/t/layouts/home.html":         {Data: []byte(`{{define "main"}}home {{template "who.html" .}}{{end}}`)},
		"themes/t/layouts/partials/who.html": {Data: []byte(`{{.Title}}`)},
	}
	th, err := Load(site, "t", template.FuncMap{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := th.ExecutePartial(&b, "who.html", data{Title: "<x>"}, "test"); err != nil || b.String() != "&lt;x&gt;" {
		t.Fatalf("partial = %q, %v", b.String(), err)
	}
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Go(func() {
			var b bytes.Buffer
			layout := []string{"page", "home"}[i%2]
			if err := th.Execute(&b, layout, data{Title: "<x>"}, "test"); err != nil {
				t.Error(err)
			}
			got[i] = b.String()
		})
	}
	wg.Wait()
	for i, g := range got {
		want := "<main>" + []string{"page", "home"}[i%2] + " &lt;x&gt;</main>"
		if g != want {
			t.Errorf("render %d = %q, want %q", i, g, want)
		}
	}
	site["themes/t/layouts/tags.html"] = &fstest.MapFile{Data: []byte("{{define \"main\"}}\n{{.Title | nosuchfunc}}{{end}}")}
	if _, err := Load(site, "t", template.FuncMap{}); err == nil || !strings.HasPrefix(err.Error(), "themes/t/layouts/tags.html:2:") {
		t.Errorf("a layout no page uses has an error: Load = %v, want it at themes/t/layouts/tags.html:2", err)
	}
}
