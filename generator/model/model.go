// Package model is what the build's core (package site) hands its
// providers: the loaded site, read-only, and the one interface a provider
// implements to add outputs and shortcodes to a build, as a goldmark
// Extender adds parsers and renderers to a goldmark.Markdown.
//
// The core loads followup.toml, the content, the checklists and the theme
// into a Model, then calls each provider's Provide once, in a fixed order.
// A provider adds Outputs and shortcodes to the Plan it is given; it may
// read the Model, and its own state, but never another provider's. The
// core then claims every output file (two claims on one file are an error
// naming both), renders the outputs on all cores in their phases, and
// writes them.
//
// A provider lives in a package of its own under generator/providers/ and
// is made afresh for every build (its state is that build's). Rendering
// runs on several goroutines at once: an Output's Run may read the Model
// and must guard any state of its provider that it writes.
package model

import (
	"bytes"
	"html/template"
	"io/fs"
	"time"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/theme"
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

// Provider adds outputs to a build.
type Provider interface {
	// Provide adds the provider's outputs and shortcodes to p, from what m
	// holds. It runs before anything is rendered.
	Provide(m *Model, p Plan)
}

// Plan is what a provider adds to: the build's outputs and the shortcodes
// content can use. Errors are content errors (path:line: ...), kept with
// the build's others.
type Plan interface {
	Add(o Output)
	Shortcode(name string, f markdown.ShortcodeFunc)
	// Menu adds an entry to the menu the site has when neither
	// followup.toml nor the pages' front matter give one (after the home
	// page's sections, in provider order).
	Menu(item config.MenuItem)
	// Edition declares an edition the provider makes, for the page that
	// offers them (the downloads page): a provider lists what the others
	// declared, and never names their files itself.
	Edition(e Edition)
	// Editions returns the editions that the providers called before this
	// one declared, in their order (the core calls the providers of
	// editions before the one that offers them).
	Editions() []Edition
	// KeepConverted makes the core keep every content page's converted
	// markdown for Pages.Converted (the editions, which hold every page).
	KeepConverted()
	// Tee has f called with every file the outputs of the First and Late
	// phases write, before it is written, from several goroutines at once
	// (the offline copy, made of what the build writes).
	Tee(f func(file string, data []byte) error)
	// Check has f called once every output is claimed, before rendering:
	// for checks of links, which need to know every output.
	Check(f func())
	// CheckRef has a link to a fragment of a content page, written at
	// ref.Line of source (a file other than a page), checked with the
	// pages' links once every page is converted.
	CheckRef(source string, ref markdown.Ref)
	// CheckInline checks the links to fragments in inline markdown from a
	// file other than a page (a checklist, the rules), written from line
	// of source, as CheckRef does; its other errors are reported where it
	// is rendered.
	CheckInline(source string, line int, text string)
	Error(err error)
}

// Model is the loaded site, the same for every provider. Nothing in it
// changes once rendering starts.
//
// On a multilingual site ([languages] in followup.toml) each language is
// built as a sub-site with the same providers, and each sees a Model of
// its own language: Lang says which, Config is that language's effective
// configuration (its title, description, tag as Language, menu, calendar,
// and base_url with its prefix), and every output's File is inside the
// language (the core writes it under Lang.Prefix). A provider knows of the
// other languages only through Languages and Info.Languages.
type Model struct {
	// Lang is the language of this build: on a site of one language, its
	// top-level language (Code and Tag) at the root.
	Lang view.Language
	// Languages are every language of a multilingual site, by weight; nil
	// on a site of one language.
	Languages []view.Language
	Config    *config.Config
	Content   *content.Site
	Theme     *theme.Theme
	Strings   *i18n.Strings  // the language's strings: m.Strings.T("key")
	Info      *view.SiteInfo // .Site of every layout
	Linker    urls.Linker    // writes the links between pages
	BuildDate time.Time
	Lists     *checklist.Set  // the checklists of checklists/
	Rules     *timeline.Rules // data/timeline.toml, or the default rules
	// HasCalculator: the site has data/timeline.toml, and so the
	// calculator's pages (plan/).
	HasCalculator bool
	Source        fs.FS // the source folder, for files a provider reads (the EPUB's images, layouts/shortcodes/)
	PDF           bool  // Build prints the print edition and the packet after the build (Options.PDF)
	// Offline, when set, receives the offline copy's files as they are
	// made, each at its path in the copy (followup build --offline-dir).
	Offline Sink
	Pages   Pages
}

// Pages is what the core learns while it renders the content pages.
type Pages interface {
	// Checklists returns the checklists in the order the guide first shows
	// each, each with the pages that show it in reading order; checklists
	// no page shows come last, by id. Valid in the Late and Final phases.
	Checklists() []Shown
	// Checklist renders a checklist for the page at pagePath, its links
	// relative to that page.
	Checklist(c *checklist.Checklist, pagePath string) (template.HTML, error)
	// IDs returns the ids the content of the page at sitePath defines.
	// Valid in the Late and Final phases.
	IDs(sitePath string) []string
	// Converted returns a page's markdown as it was converted for its own
	// page, when a provider asked to KeepConverted; a page whose conversion
	// failed (its error fails the build) has an empty result. Valid in the
	// Late and Final phases.
	Converted(pg *content.Page) *markdown.Result
	// Evergreen renders the tables of the plans by weekday of kinds for
	// the page at pagePath, each in a section opened by open (a format of
	// the kind's id and its label); who names the output, for errors.
	Evergreen(kinds []timeline.Kind, pagePath, open, who string) ([]byte, error)
	// Resolver resolves the links of text from a file other than a page
	// (a checklist, the rules), which are written from the content
	// folder's root, shown on the page at pagePath. Valid from Check on.
	Resolver(pagePath string) markdown.LinkResolver
	// Inline converts inline markdown from such a file for the page at
	// pagePath. Valid from Check on.
	Inline(src []byte, pagePath string) (*markdown.InlineResult, error)
	// Outputs returns the files the outputs of the First and Late phases
	// write, every provider's; valid once rendering starts.
	Outputs() []string
}

// Edition is a form of the guide that a provider makes besides the site's
// pages (Plan.Edition).
type Edition struct {
	Kind EditionKind
	Path string // site path of its page ("print/") or file ("downloads/guide.epub")
	// PDF, when set, is the site path of the PDF that Build prints the
	// page at Path to after the build (Model.PDF); the core claims it.
	PDF string
}

// EditionKind is which edition an Edition is: the downloads page has a
// place for each.
type EditionKind int

const (
	PrintEdition    EditionKind = iota // the whole guide on one page, to print
	PacketEdition                      // the workshop packet
	EPUBEdition                        // the e-book
	WorkbookEdition                    // the checklists, each on a page to tick off or print
)

// Shown is a checklist and the pages that show it.
type Shown struct {
	Checklist *checklist.Checklist
	Pages     []*content.Page
}

// Sink receives files; Write is called from several goroutines at once.
type Sink interface {
	Write(path string, data []byte) error
}

// Phase is when an output renders.
type Phase int

const (
	// First: the content pages and what needs nothing else.
	First Phase = iota
	// Late: what is made of converted pages (the workbook, the editions).
	Late
	// Final: what is made of what the others wrote (the offline copy).
	Final
)

// Output is one file of the output, and how to render it.
type Output struct {
	File  string // its path in the output, "tags/index.html"
	Claim string // what claims it, for a clash: "the tag index"
	HTML  bool   // a page (counted in Report.Pages)
	Phase Phase
	Run   func(b *bytes.Buffer) error
	// The source file and line a writer changes to move this output, when
	// there is one: where a clash with another output is reported.
	Src  string
	Line int
}

// Render renders a page the build makes itself (no markdown) with the
// theme's layout: d gets the site's data, its site path from d.Page, and
// r's links and assets.
func (m *Model) Render(b *bytes.Buffer, layout string, d view.PageData, r view.Render) error {
	d.Site, d.Path, r.Linker = m.Info, d.Page.Path, m.Linker
	return m.Theme.Execute(b, layout, view.New(d, r), "generated page /"+d.Path)
}
