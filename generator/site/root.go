package site

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"

	"github.com/followup/followup/generator/view"
)

// addRoot plans the root of a site whose every language is under its code
// (default_language_in_subdir): index.html, a page linking to each
// language that sends browsers to the default one with a meta refresh (no
// script needed), and robots.txt listing every language's sitemap.
func (s *langSet) addRoot() {
	s.root = append(s.root, job{file: "index.html", claim: "the page that links to each language", html: true, run: s.renderRoot})
	if s.cfg.Outputs.Robots && !s.def.hasStatic("robots.txt") {
		s.root = append(s.root, job{file: "robots.txt", claim: "robots.txt", run: func(b *bytes.Buffer) error {
			b.WriteString("User-agent: *\nAllow: /\n")
			if s.cfg.BaseURL != "" && s.cfg.Outputs.Sitemap {
				b.WriteString("\n")
				for _, l := range s.all {
					fmt.Fprintf(b, "Sitemap: %s%ssitemap.xml\n", s.cfg.BaseURL, l.Prefix)
				}
			}
			return nil
		}})
	}
	for _, j := range s.root {
		s.claims.claim(j)
	}
}

// hasStatic reports whether the theme or the site has a static file at
// the site path name.
func (p *plan) hasStatic(name string) bool {
	for _, f := range p.theme.Static() {
		if f.Path == name {
			return true
		}
	}
	return false
}

var rootTemplate = template.Must(template.New("root").Parse(`<!DOCTYPE html>
<html lang="{{.Default.Tag}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<meta http-equiv="refresh" content="0; url={{.Default.Prefix}}">
{{- range .All}}
<link rel="alternate" hreflang="{{.Tag}}" href="{{$.Base}}{{.Prefix}}">
{{- end}}
<link rel="alternate" hreflang="x-default" href="{{with .Base}}{{.}}{{else}}./{{end}}">
</head>
<body>
<main>
<h1>{{.Title}}</h1>
<ul>
{{- range .All}}
<li><a href="{{.Prefix}}" hreflang="{{.Tag}}" lang="{{.Tag}}">{{.Name}}</a></li>
{{- end}}
</ul>
</main>
</body>
</html>
`))

// renderRoot renders the root's index.html.
func (s *langSet) renderRoot(b *bytes.Buffer) error {
	d := struct {
		Title, Base string
		All         []view.Language
		Default     view.Language
	}{Title: cmp.Or(s.def.info.Title, s.def.site.Home.Title), Base: s.cfg.BaseURL, All: s.all, Default: s.def.lang.Language}
	return rootTemplate.Execute(b, d)
}
