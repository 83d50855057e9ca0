// Package edition is what the editions' providers (the print edition, the
// packet, the EPUB, the offline copy) share: the pages an edition holds,
// their titles and anchors as chapters, and the joining of converted pages
// into one document with a rewrite.Book (mdBook's print page algorithm):
// ids made unique, links between the joined pages turned into links within
// the document, links to anything else written as on the site.
package edition

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"net/url"
	"strings"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/edition/rewrite"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/urls"
)

// Pages are the pages the editions hold: every page with content, in
// reading order.
func Pages(s *content.Site) []*content.Page {
	var pages []*content.Page
	for _, pg := range s.Pages {
		if HasContent(pg) {
			pages = append(pages, pg)
		}
	}
	return pages
}

// HasContent reports whether a page has more than front matter.
func HasContent(pg *content.Page) bool { return len(bytes.TrimSpace(pg.Body)) > 0 }

// Title is a page's title in an edition; the home page introduces it.
func Title(pg *content.Page) string {
	if pg.Kind == content.KindHome {
		return "Introduction"
	}
	return pg.Title
}

// Anchor is the id wanted for a page's heading in an edition.
func Anchor(pg *content.Page) string {
	if pg.Path == "" {
		return "chapter-introduction"
	}
	return "chapter-" + strings.ReplaceAll(strings.TrimSuffix(pg.Path, "/"), "/", "-")
}

// NeedLayout returns the error of a theme without a layout an edition
// needs, at followup.toml's theme line, saying what to do; nil when the
// theme has it. An empty output means the layout is not optional.
func NeedLayout(m *model.Model, layout, output string) error {
	if m.Theme.Has(layout) {
		return nil
	}
	msg := fmt.Sprintf("theme %q has no layouts/%s.html: copy it from the default theme", m.Theme.Name, layout)
	if output != "" {
		msg += fmt.Sprintf(", or set %s = false under [outputs] in %s", output, config.File)
	}
	return diag.Errorf(config.File, m.Config.Line("theme"), "%s", msg) // the theme is named there, if anywhere
}

// Outside writes a link from an edition at site path from to a page or
// file the edition does not hold: relative, as on the site, so it works
// served, offline and from disk.
func Outside(m *model.Model, from string) func(t rewrite.Target) (string, bool) {
	return func(t rewrite.Target) (string, bool) {
		switch {
		case t.External:
			return t.Raw, true
		case t.Outside: // another language's page, from this language's root
			return Href(m.Linker, m.Lang.Prefix+from, t.Path, t.Fragment), true
		}
		return Href(m.Linker, from, t.Path, t.Fragment), true
	}
}

// Href writes the link from site path from to site path to (unescaped),
// with a fragment, escaped for an attribute.
func Href(l urls.Linker, from, to, fragment string) string {
	u := url.URL{Path: l.Rel(from, to), Fragment: fragment}
	if to == from && fragment != "" {
		u.Path = ""
	}
	return u.String()
}

// MapTOC gives the headings of a chapter their ids in a book.
func MapTOC(b *rewrite.Book, key string, toc []markdown.Heading) []markdown.Heading {
	out := make([]markdown.Heading, len(toc))
	for i, h := range toc {
		out[i] = markdown.Heading{Level: h.Level, ID: b.ID(key, h.ID), Text: h.Text}
	}
	return out
}

// Chapter is a converted chapter, rewritten for a book.
func Chapter(b *rewrite.Book, key string, html string, r *rewrite.Rules) (template.HTML, error) {
	b.Define(key, rewrite.IDsFrom(strings.NewReader(html)))
	var out bytes.Buffer
	if err := rewrite.RewriteFrom(&out, strings.NewReader(html), r); err != nil {
		return "", err
	}
	return template.HTML(out.String()), nil
}

// NeedPrint is the asset of the print edition and the packet: css/print.css.
const NeedPrint = "print"

// Downloads is the folder of the files to download, and the site path of
// the page that offers them.
const Downloads = "downloads/"

// Workbook is the site path of the workbook (providers/workbook): the
// checklists, each at Workbook + its id + "/", which the calculator's
// steps and the packet link to.
const Workbook = "workbook/"

// Evergreen is the site path of the calculator's plans by weekday, which
// the packet and the EPUB hold as tables.
const Evergreen = "plan/by-weekday/"

// Slug is the site's title as a URL segment, for the editions' file names
// ("after-the-interview").
func Slug(m *model.Model) string { return cmp.Or(urls.Slugify(m.Info.Title), "guide") }

// Absolute returns the online address of a site path (unescaped) and a
// fragment; only with a base URL.
func Absolute(m *model.Model, sitePath, fragment string) string {
	return m.Config.BaseURL + (&url.URL{Path: sitePath, Fragment: fragment}).String()
}

// FromRoot is Absolute for a site path from the site's root rather than
// the language's (rewrite.Target.Outside): another language's page.
func FromRoot(m *model.Model, sitePath, fragment string) string {
	return strings.TrimSuffix(m.Config.BaseURL, m.Lang.Prefix) + (&url.URL{Path: sitePath, Fragment: fragment}).String()
}

// NeedPlan is the asset of the calculator's pages and the packet's
// timeline tables: css/plan.css.
const NeedPlan = "plan"
