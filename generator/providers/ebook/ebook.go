// Package ebook provides the EPUB edition: downloads/<site>.epub is the
// guide as an EPUB 3
// e-book (package epub): a title page, the contents, each page of the
// guide as a chapter in reading order, and an appendix with the evergreen
// follow-up plans by weekday. Pages are written as XHTML with their form
// controls printed (rewrite.Rules.Static): a checklist is a list of empty
// boxes, since reading systems support form controls poorly. Links between
// pages lead to chapters; links to other pages of the site lead to their
// online address with a base URL, and are left out without one. Images
// from the content folder are packed in the book.
//
// Its stylesheet is the theme's css/epub.css; a site overrides it with its
// own static/css/epub.css.
//
// It renders in the Late phase, from each page as it was converted for its
// own page (model.Pages.Converted); <site> is edition.Slug.
package ebook

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/edition/epub"
	"github.com/followup/followup/generator/edition/rewrite"
	"github.com/followup/followup/generator/locale"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/edition"
	"github.com/followup/followup/generator/urls"
)

// File is the EPUB's site path.
func File(m *model.Model) string { return edition.Downloads + edition.Slug(m) + ".epub" }

// New returns the provider of one build's EPUB.
func New() model.Provider { return provider{} }

type provider struct{}

// Provide plans the EPUB when [outputs] epub is on and the guide has pages
// with content.
func (provider) Provide(m *model.Model, p model.Plan) {
	if !m.Config.Outputs.EPUB || len(edition.Pages(m.Content)) == 0 {
		return
	}
	p.KeepConverted()
	p.Edition(model.Edition{Kind: model.EPUBEdition, Path: File(m)})
	p.Add(model.Output{File: File(m), Claim: "the EPUB edition", Phase: model.Late, Run: func(b *bytes.Buffer) error {
		return (&writer{m: m}).render(b)
	}})
}

// writer writes the EPUB of one build.
type writer struct{ m *model.Model }

// epubStylesheet is the theme file the EPUB is styled with.
const epubStylesheet = "css/epub.css"

// epubTimeline is the key of the appendix in the EPUB's book.
const epubTimeline = "epub:timeline"

func (k *writer) render(b *bytes.Buffer) error {
	book := rewrite.NewBook()
	book.XMLNames = true
	images := map[string]*epub.Resource{}
	book.Root, book.Outside = k.m.Lang.Prefix, k.epubOutside(images)
	eb := &epub.Book{
		ID: k.epubID(), Title: k.m.Info.Title, Language: k.m.Config.Language,
		Author: k.m.Config.Author, Publisher: k.m.Config.Organisation, Description: k.m.Info.Description, Rights: k.m.Config.Copyright,
		Modified: k.m.BuildDate, Stylesheet: k.epubCSS(),
	}
	title, err := k.titlePage()
	if err != nil {
		return err
	}
	if eb.Words, err = k.words(); err != nil {
		return err
	}
	eb.Chapters = append(eb.Chapters, epub.Chapter{File: "text/00-title.xhtml", Title: k.m.Info.Title, Plain: true, Body: title})
	pages := edition.Pages(k.m.Content)
	for i, pg := range pages {
		base := fmt.Sprintf("%02d-%s.xhtml", i+1, strings.TrimPrefix(edition.Anchor(pg), "chapter-"))
		anchor := book.Add(pg.Path, edition.Anchor(pg), k.m.Pages.IDs(pg.Path))
		book.SetFile(pg.Path, base)
		eb.Chapters = append(eb.Chapters, epub.Chapter{File: "text/" + base, Title: edition.Title(pg), Anchor: anchor})
	}
	tables, err := k.m.Pages.Evergreen(k.m.Rules.Kinds(), edition.Evergreen, `<section aria-labelledby="kind-%[1]s">`+"\n"+`<h2 id="kind-%[1]s">%[2]s</h2>`, "the EPUB edition")
	if err != nil {
		return err
	}
	tablesFile := fmt.Sprintf("%02d-plans-by-weekday.xhtml", len(pages)+1)
	anchor := book.Add(epubTimeline, "plans-by-weekday", rewrite.IDs(tables))
	book.SetFile(epubTimeline, tablesFile)

	drop := func(tag string, attrs []rewrite.Attr) bool { return rewrite.HasClass(attrs, "anchor") }
	for i, pg := range pages {
		res := k.m.Pages.Converted(pg)
		rules := book.Rules(pg.Path, pg.Path)
		rules.XHTML, rules.Static, rules.Drop = true, true, drop
		body, err := edition.Chapter(book, pg.Path, res.HTML, rules)
		if err != nil {
			return err
		}
		ch := &eb.Chapters[i+1]
		ch.Body = []byte(body)
		for _, h := range edition.MapTOC(book, pg.Path, res.TOC) {
			ch.TOC = append(ch.TOC, epub.Entry{Level: h.Level, ID: h.ID, Text: h.Text})
		}
	}
	rules := book.Rules(epubTimeline, edition.Evergreen)
	rules.XHTML, rules.Static = true, true
	body, err := edition.Chapter(book, epubTimeline, string(tables), rules)
	if err != nil {
		return err
	}
	tablesTitle, err := k.m.Strings.T("downloads.evergreen")
	if err != nil {
		return err
	}
	eb.Chapters = append(eb.Chapters, epub.Chapter{File: "text/" + tablesFile, Title: tablesTitle, Anchor: anchor, Body: []byte(body)})
	for _, kind := range k.m.Rules.Kinds() {
		last := &eb.Chapters[len(eb.Chapters)-1]
		last.TOC = append(last.TOC, epub.Entry{Level: 2, ID: book.ID(epubTimeline, "kind-"+kind.ID), Text: kind.Label})
	}
	for _, name := range slices.Sorted(maps.Keys(images)) {
		eb.Resources = append(eb.Resources, *images[name])
	}
	return epub.Write(b, eb)
}

// epubOutside writes a link that leaves the book: an image of the content
// folder is packed into it; a page of the site leads online with a base
// URL and is unlinked without one.
func (k *writer) epubOutside(images map[string]*epub.Resource) func(rewrite.Target) (string, bool) {
	return func(t rewrite.Target) (string, bool) {
		switch {
		case t.External:
			return t.Raw, t.Tag == "a" // a remote image would need the network: its alt text instead
		case t.Outside: // another language's page: online, or unlinked
			return edition.FromRoot(k.m, t.Path, t.Fragment), k.m.Config.BaseURL != ""
		case t.Attr == "src":
			media := imageTypes[strings.ToLower(path.Ext(t.Path))]
			data, err := fs.ReadFile(k.m.Source, content.Dir+"/"+t.Path)
			if media == "" || err != nil {
				return "", false
			}
			name := "images/" + t.Path
			images[name] = &epub.Resource{File: name, MediaType: media, Data: data}
			return "../" + name, true
		case k.m.Config.BaseURL != "":
			return edition.Absolute(k.m, t.Path, t.Fragment), true
		}
		return "", false
	}
}

// imageTypes are the media types of the images an EPUB may hold (core
// media types, EPUB 3.2 section 3.2).
var imageTypes = map[string]string{".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".svg": "image/svg+xml", ".webp": "image/webp"}

// titlePage is the EPUB's first page.
func (k *writer) titlePage() ([]byte, error) {
	var b bytes.Buffer
	e := template.HTMLEscapeString
	b.WriteString(`<section epub:type="titlepage" class="titlepage" aria-labelledby="book-title">` + "\n")
	fmt.Fprintf(&b, "<h1 id=\"book-title\">%s</h1>\n", e(k.m.Info.Title))
	if k.m.Info.Description != "" {
		fmt.Fprintf(&b, "<p class=\"subtitle\">%s</p>\n", e(k.m.Info.Description))
	}
	if by := k.m.Config.Author; by != "" {
		fmt.Fprintf(&b, "<p class=\"author\">%s</p>\n", e(by))
	}
	edition, err1 := k.m.Strings.HTML("edition.of")
	newest, err2 := k.m.Strings.HTML("downloads.newest")
	if err := errors.Join(err1, err2); err != nil {
		return nil, err
	}
	fmt.Fprintf(&b, "<p class=\"edition\">%s %s.", edition, e(k.date()))
	if k.m.Config.BaseURL != "" {
		fmt.Fprintf(&b, ` %s <a href="%s">%s</a>.`, newest, e(k.m.Config.BaseURL), e(k.m.Config.BaseURL))
	}
	b.WriteString("</p>\n")
	if k.m.Config.Copyright != "" {
		fmt.Fprintf(&b, "<p class=\"rights\">%s</p>\n", e(k.m.Config.Copyright))
	}
	b.WriteString("</section>\n")
	return b.Bytes(), nil
}

// words are what the book's own pages say, in the site's language.
func (k *writer) words() (epub.Words, error) {
	contents, err1 := k.m.Strings.T("epub.contents")
	landmarks, err2 := k.m.Strings.T("epub.landmarks")
	summary, err3 := k.m.Strings.T("epub.summary")
	return epub.Words{Contents: contents, Landmarks: landmarks, Summary: summary}, errors.Join(err1, err2, err3)
}

// date is the build date in the site's language: "20 November 2026", "20
// de noviembre de 2026" (config has checked the language; English for a
// model made without one).
func (k *writer) date() string {
	loc, err := locale.New(k.m.Config.Language)
	if err != nil {
		loc = locale.Must("en")
	}
	return loc.Date(k.m.BuildDate)
}

// epubCSS is the theme's EPUB stylesheet.
func (k *writer) epubCSS() []byte {
	for _, f := range k.m.Theme.Static() {
		if f.Path == epubStylesheet {
			if data, err := fs.ReadFile(f.FS, f.Name); err == nil {
				return data
			}
		}
	}
	return []byte("body { line-height: 1.5; }\n.box { font-size: 1.2em; }\n")
}

// epubID is the book's identifier: a name-based UUID of the site's address,
// or of its title, stable from build to build.
func (k *writer) epubID() string {
	name := k.m.Config.BaseURL
	if name == "" {
		name = k.m.Info.Title
	}
	return urls.NameUUID("followup:epub:" + name)
}
