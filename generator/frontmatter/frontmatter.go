// Package frontmatter reads a content file: its metadata block and its
// markdown body.
//
// A file may open with YAML front matter between two lines of "---", TOML
// front matter between two lines of "+++", JSON front matter (an object
// whose "{" opens the first line and whose "}" ends a line), or none, as
// Hugo reads them: after a byte order mark and blank lines too, with CRLF
// line breaks or LF. The keys, as Hugo and Zola users write them:
//
//	title        text; without it the first "# heading" of the body, else the file name
//	description  text, for listings and <meta name="description">
//	summary      text shown in listings instead of the description
//	date         2026-11-20, or with a time: 2026-11-20T09:00:00Z
//	lastmod      date of the last substantial change
//	weight       whole number; pages are ordered by weight, then title (0 = after the weighted ones)
//	draft        true leaves the page out unless the build asks for drafts
//	slug         the last segment of the page's URL instead of the file name
//	aliases      old URLs that redirect to this page
//	tags         list of tags; each gets a page listing its pages
//	layout       the layout to render with instead of the default for the page's kind
//	toc          false hides the table of contents
//	task_lists   "static": the page's task lists stay lists with marks; "checklist":
//	             each is an interactive checklist (default: the site's, see markdown)
//	extra        a table of free-form keys for custom layouts (.Page.Extra)
//
// and those Hugo and Zola define, each doing what it does there (hugo.go):
//
//	keywords     list of words for <meta name="keywords">
//	categories   list of categories: a taxonomy like tags, its pages under categories/
//	linkTitle    a shorter title for menus and lists
//	params       Hugo's free-form keys: read into extra (extra's win)
//	url          the page's address instead of the one from its file ("/guides/call/")
//	menu         menus the page is in: "main", [main, footer] or {main: {weight: 2, name: Call}};
//	             the header shows the pages in "main"
//	publishDate  the page is left out of builds dated before it (--drafts keeps it)
//	expiryDate   the page is left out of builds dated on or after it (--drafts keeps it)
//	type         Hugo's content type: its layout, when the theme has a layout of that name
//	template     Zola's layout file: "page.html" is the layout page
//	redirect_to  Zola's: the page is a redirect to this address
//	sort_by      Zola's, for a section: "weight" (the default), "date" (newest first), "title", "none" (file order)
//	taxonomies   Zola's table of taxonomies: its tags and categories are read as those keys
//	translationKey  on a multilingual site, the key that makes pages of several
//	             languages translations of each other (default: the same path
//	             inside each language)
//
// Keys are read without regard to case at the top level, as Hugo reads them
// (linkTitle, linktitle and LinkTitle are one key), so a Hugo page's keys
// work as written; publishDate and expiryDate also answer to pubdate and
// unpublishdate.
//
// Any other key is reported at its line, with the nearest known key, as a
// finding of kind diag.UnknownKeys (a warning unless the site's [checks]
// say unknown_keys = "error"): a typo never silently drops a setting. Wrong types (a weight that is not a
// number, a date that is not a date) are errors at the value's line.
//
// The body keeps the file's line numbers: Parse replaces the front matter
// with empty lines, so an error found later in the markdown points at the
// right line of the file. A line ends at LF, CRLF or a CR alone (the body
// has each lone CR made an LF), in the front matter and the markdown alike.
package frontmatter

import (
	"bytes"
	"fmt"
	"time"

	yaml "go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/urls"
)

// Format is how the front matter is written.
type Format int

const (
	None Format = iota
	YAML
	TOML
	JSON
)

// MaxFileSize is the largest content file Parse accepts.
const MaxFileSize = 8 << 20

// FrontMatter is the typed metadata of a page.
type FrontMatter struct {
	Title       string         `yaml:"title"`
	Description string         `yaml:"description"`
	Summary     string         `yaml:"summary"`
	Date        time.Time      `yaml:"date"`
	Lastmod     time.Time      `yaml:"lastmod"`
	Weight      int            `yaml:"weight"`
	Draft       bool           `yaml:"draft"`
	Slug        string         `yaml:"slug"`
	Aliases     []string       `yaml:"aliases"`
	Tags        []string       `yaml:"tags"`
	Layout      string         `yaml:"layout"`
	TOC         *bool          `yaml:"toc"`
	Extra       map[string]any `yaml:"extra"`

	// Hugo's and Zola's keys (hugo.go).
	Keywords    []string            `yaml:"keywords"`
	Categories  []string            `yaml:"categories"`
	LinkTitle   string              `yaml:"linktitle"`
	Params      map[string]any      `yaml:"params"`
	URL         string              `yaml:"url"`
	Menu        Menu                `yaml:"menu"`
	PublishDate time.Time           `yaml:"publishdate"`
	ExpiryDate  time.Time           `yaml:"expirydate"`
	Type        string              `yaml:"type"`
	Template    string              `yaml:"template"`
	RedirectTo  string              `yaml:"redirect_to"`
	SortBy      string              `yaml:"sort_by"`
	Taxonomies  map[string][]string `yaml:"taxonomies"`
	TaskLists   string              `yaml:"task_lists"`
	// TranslationKey links the translations of a page across the
	// languages of a multilingual site (Hugo's translationKey), instead
	// of their paths.
	TranslationKey string `yaml:"translationkey"`

	// Lines of the keys that later checks may complain about (0 when absent).
	SlugLine, LayoutLine, AliasesLine, URLLine, SortByLine, TemplateLine, TaskListsLine, TranslationKeyLine int            `yaml:"-"`
	aliasLines                                                                                              []int          // the line of each alias
	listLines                                                                                               map[string]int // the lines of tags, categories and aliases
}

// Document is a parsed content file.
type Document struct {
	Format Format
	Front  FrontMatter
	// Body is the markdown: the whole file with the front matter blanked out,
	// so byte offsets differ from the file's but line numbers do not.
	Body []byte
}

// Parse reads a content file. Errors carry line numbers and no path; wrap
// them with diag.Locate. When all it found are unknown keys (errors of kind
// diag.UnknownKeys), it returns the document read without them and those
// errors, for the build to report as warnings or errors as the site says.
//
// It blanks the front matter in src itself: the document's Body is src's
// memory (no copy of every page), and the caller does not use src after.
func Parse(src []byte) (*Document, error) {
	if len(src) > MaxFileSize {
		return nil, &diag.Error{Msg: fmt.Sprintf("file is %.1f MiB, more than the %d MiB limit: split it into several pages", float64(len(src))/(1<<20), MaxFileSize>>20)}
	}
	if err := decode.CheckText(src); err != nil {
		return nil, err
	}
	src = decode.LineFeeds(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")))
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, &diag.Error{Line: 1, Msg: "file is empty: write a title and some text, or delete it"}
	}
	doc := &Document{Body: src}
	fm, err := split(src)
	if err != nil {
		return nil, err
	}
	doc.Format = fm.format
	if fm.format == None {
		return doc, nil
	}
	var node *yaml.Node
	switch fm.format {
	case YAML, JSON: // JSON is YAML's flow style
		node, err = decode.ParseYAML(fm.meta)
	default:
		node, err = decode.ParseTOML(fm.meta)
	}
	if err == nil && node != nil {
		foldKeys(node)
		err = decode.IntoWith(node, &doc.Front, diag.UnknownKeys)
		doc.Front.keyLines(node, fm.before)
	}
	err = diag.Locate(err, "", fm.before)
	if err != nil && !diag.Findings(err) {
		return nil, err
	}
	findings := err // unknown keys: the page is read without them
	if err := doc.Front.check(); err != nil {
		return nil, err
	}
	// Blank the front matter, keeping its line breaks, in src's memory:
	// the body starts as many bytes before the front matter's end as the
	// front matter has line breaks, and those bytes become line breaks.
	breaks := bytes.Count(src[:fm.end], []byte("\n"))
	doc.Body = src[fm.end-breaks:]
	for i := range breaks {
		doc.Body[i] = '\n'
	}
	return doc, findings
}

// keyLines records the lines of keys that later checks point at, as lines
// of the file (the metadata starts after its line before).
func (f *FrontMatter) keyLines(n *yaml.Node, before int) {
	lines := decode.KeyLines(n)
	line := func(key string) int {
		if l := lines[key]; l > 0 {
			return l + before
		}
		return 0
	}
	f.SlugLine, f.LayoutLine, f.AliasesLine, f.URLLine, f.SortByLine, f.TemplateLine, f.TaskListsLine = line("slug"), line("layout"), line("aliases"), line("url"), line("sort_by"), line("template"), line("task_lists")
	f.TranslationKeyLine = line("translationkey")
	f.listLines = map[string]int{"tags": line("tags"), "categories": line("categories"), "aliases": line("aliases"), "taxonomies": line("taxonomies")}
	f.aliasLines = nil
	for _, item := range decode.Items(n, "aliases") {
		f.aliasLines = append(f.aliasLines, item.Line+before)
	}
}

func (f *FrontMatter) check() error {
	if errs := f.checkLimits(); len(errs) > 0 {
		return errs.Err()
	}
	errs := diag.Errors(f.hugo())
	errs = append(errs, f.checkTerms()...)
	if f.Slug != "" {
		if err := urls.CheckSegment(f.Slug); err != nil {
			errs = append(errs, &diag.Error{Line: f.SlugLine, Msg: fmt.Sprintf("slug is not usable: %v", err)})
		}
	}
	if f.Layout != "" {
		if err := urls.CheckSegment(f.Layout); err != nil {
			errs = append(errs, &diag.Error{Line: f.LayoutLine, Msg: fmt.Sprintf("layout must be a layout name like \"page\": %v", err)})
		}
	}
	for i, a := range f.Aliases {
		clean, err := urls.Clean(a)
		if err != nil || clean == "" {
			if err == nil {
				err = fmt.Errorf("it is the home page")
			}
			line := f.AliasesLine
			if i < len(f.aliasLines) {
				line = f.aliasLines[i]
			}
			errs = append(errs, &diag.Error{Line: line, Msg: fmt.Sprintf("alias %q cannot be used: %v; write the old address of this page, like /thank-you/", a, err)})
			continue
		}
		f.Aliases[i] = clean
	}
	return errs.Err()
}
