// Package epub writes EPUB 3 books: a zip archive (the OCF container) of
// XHTML chapters, a navigation document, a stylesheet and a package
// document that lists them.
//
// The archive holds, in this order:
//
//	mimetype                  "application/epub+zip", stored first and uncompressed
//	META-INF/container.xml    points at the package document
//	EPUB/package.opf          metadata, manifest and spine
//	EPUB/nav.xhtml            the table of contents (and landmarks)
//	EPUB/css/book.css         Book.Stylesheet
//	EPUB/text/*.xhtml         the chapters, Chapter.File under EPUB/
//	EPUB/...                  Book.Resources (images), under their File
//
// A chapter is a <section epub:type="chapter"> with the chapter's title as
// its <h1 id=Anchor>, followed by Body, which must already be XHTML (the
// site rewrites converted pages with rewrite.Rules.XHTML). Every link in
// it must lead to a file of the book or to an absolute address; epubcheck
// reports anything else.
//
// The book is reproducible: its identifier is given (the site derives a
// name-based UUID), dcterms:modified is Book.Modified (the build date, not
// the clock), and the archive is written by package bundle with fixed
// times and sorted entries.
//
// Why not github.com/go-shiori/go-epub: it generates a random identifier
// and stamps the current time unless told otherwise, detects media types
// by sniffing, pulls in three dependencies, and its output order is its
// own; an EPUB 3 container is small enough to write completely, and writing
// it here keeps every byte under the build's control. EPUBCheck (Debian's
// epubcheck package) accepts the result with no errors; the site's tests
// run it when it is installed.
package epub

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"path"
	"strings"
	"time"

	"github.com/followup/followup/generator/edition/bundle"
)

// Book is an e-book to write.
type Book struct {
	ID          string // the unique identifier, such as "urn:uuid:..."
	Title       string
	Language    string // BCP 47, "en-GB"
	Author      string // optional: dc:creator
	Publisher   string // optional
	Description string // optional
	Rights      string // optional
	Modified    time.Time
	Stylesheet  []byte
	Chapters    []Chapter // in reading order
	Resources   []Resource
	Words       Words // the words the book's own pages say
}

// Words are what the book says itself, in its language; the package has
// none of its own, and the caller fills them from its string files (the
// site, from epub.* in themes/default/i18n/<code>.toml).
type Words struct {
	Contents  string // the navigation document's title and heading: "Contents"
	Landmarks string // the heading of its hidden landmarks list
	// Summary is the accessibility summary of the package metadata
	// (schema:accessibilitySummary): how the book is read.
	Summary string
}

// Chapter is one XHTML file of the book.
type Chapter struct {
	File   string // path under EPUB/, "text/01-thank-you.xhtml"
	Title  string // plain text
	Anchor string // the id of its heading
	Body   []byte // XHTML: the chapter after its heading
	TOC    []Entry
	// Plain leaves out the chapter's <h1>: Body has its own (a title page).
	Plain bool
}

// Entry is a heading inside a chapter, for the table of contents.
type Entry struct {
	Level int // 2 for a section, 3 for a subsection
	ID    string
	Text  string
}

// Resource is a file a chapter uses, such as an image.
type Resource struct {
	File      string // path under EPUB/
	MediaType string // "image/png"
	Data      []byte
}

// Write writes the book as an EPUB file.
func Write(w io.Writer, b *Book) error {
	if len(b.Chapters) == 0 {
		return fmt.Errorf("epub: the book has no chapters")
	}
	files := []bundle.File{
		bundle.Store("mimetype", []byte("application/epub+zip")),
		bundle.Store("META-INF/container.xml", []byte(container)),
	}
	add := func(name string, data []byte) error {
		f, err := bundle.Compress("EPUB/"+name, data)
		files = append(files, f)
		return err
	}
	if err := add("package.opf", b.opf()); err != nil {
		return err
	}
	if err := add("nav.xhtml", b.nav()); err != nil {
		return err
	}
	if err := add("css/book.css", b.Stylesheet); err != nil {
		return err
	}
	for _, c := range b.Chapters {
		if err := add(c.File, b.chapter(c)); err != nil {
			return err
		}
	}
	for _, r := range b.Resources {
		files = append(files, bundle.Store("EPUB/"+r.File, r.Data))
	}
	return bundle.Write(w, files, b.Modified, "mimetype", "META-INF/container.xml")
}

const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`

var esc = html.EscapeString

func (b *Book) opf() []byte {
	var o bytes.Buffer
	o.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&o, `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="%s">`+"\n", esc(b.Language))
	o.WriteString(`<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` + "\n")
	fmt.Fprintf(&o, "<dc:identifier id=\"book-id\">%s</dc:identifier>\n<dc:title>%s</dc:title>\n<dc:language>%s</dc:language>\n", esc(b.ID), esc(b.Title), esc(b.Language))
	for _, m := range []struct{ tag, v string }{{"creator", b.Author}, {"publisher", b.Publisher}, {"description", b.Description}, {"rights", b.Rights}} {
		if m.v != "" {
			fmt.Fprintf(&o, "<dc:%s>%s</dc:%s>\n", m.tag, esc(m.v), m.tag)
		}
	}
	modified := b.Modified.UTC()
	fmt.Fprintf(&o, "<dc:date>%s</dc:date>\n<meta property=\"dcterms:modified\">%s</meta>\n", modified.Format("2006-01-02"), modified.Format("2006-01-02T15:04:05Z"))
	// Accessibility metadata (schema.org, as EPUB Accessibility 1.0 asks).
	for _, m := range [][2]string{
		{"accessMode", "textual"}, {"accessModeSufficient", "textual"},
		{"accessibilityFeature", "structuralNavigation"}, {"accessibilityFeature", "tableOfContents"}, {"accessibilityFeature", "readingOrder"},
		{"accessibilityHazard", "none"},
		{"accessibilitySummary", b.Words.Summary},
	} {
		if m[1] != "" {
			fmt.Fprintf(&o, "<meta property=\"schema:%s\">%s</meta>\n", m[0], esc(m[1]))
		}
	}
	o.WriteString("</metadata>\n<manifest>\n")
	o.WriteString(`<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` + "\n")
	o.WriteString(`<item id="css" href="css/book.css" media-type="text/css"/>` + "\n")
	for i, c := range b.Chapters {
		fmt.Fprintf(&o, "<item id=\"c%d\" href=\"%s\" media-type=\"application/xhtml+xml\"/>\n", i+1, esc(c.File))
	}
	for i, r := range b.Resources {
		fmt.Fprintf(&o, "<item id=\"r%d\" href=\"%s\" media-type=\"%s\"/>\n", i+1, esc(r.File), esc(r.MediaType))
	}
	o.WriteString("</manifest>\n<spine>\n")
	for i := range b.Chapters {
		fmt.Fprintf(&o, "<itemref idref=\"c%d\"/>\n", i+1)
		if i == 0 && b.Chapters[0].Plain {
			o.WriteString("<itemref idref=\"nav\"/>\n") // the contents after the title page
		}
	}
	o.WriteString("</spine>\n</package>\n")
	return o.Bytes()
}

// head writes the start of an XHTML document whose stylesheet is at css.
func (b *Book) head(o *bytes.Buffer, title, css string) {
	o.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<!DOCTYPE html>\n")
	fmt.Fprintf(o, `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="%s" xml:lang="%s">`+"\n", esc(b.Language), esc(b.Language))
	fmt.Fprintf(o, "<head>\n<meta charset=\"UTF-8\"/>\n<title>%s</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"%s\"/>\n</head>\n", esc(title), esc(css))
}

func (b *Book) nav() []byte {
	var o bytes.Buffer
	contents := esc(b.Words.Contents)
	b.head(&o, b.Words.Contents, "css/book.css")
	o.WriteString("<body>\n<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n<h1 id=\"toc-title\">" + contents + "</h1>\n<ol>\n")
	for _, c := range b.Chapters {
		if c.Plain {
			continue
		}
		fmt.Fprintf(&o, "<li><a href=\"%s\">%s</a>", esc(c.File), esc(c.Title))
		writeEntries(&o, c)
		o.WriteString("</li>\n")
	}
	o.WriteString("</ol>\n</nav>\n")
	o.WriteString("<nav epub:type=\"landmarks\" aria-labelledby=\"landmarks-title\" hidden=\"hidden\">\n<h2 id=\"landmarks-title\">" + esc(b.Words.Landmarks) + "</h2>\n<ol>\n")
	o.WriteString("<li><a epub:type=\"toc\" href=\"#toc\">" + contents + "</a></li>\n")
	for _, c := range b.Chapters {
		if !c.Plain {
			fmt.Fprintf(&o, "<li><a epub:type=\"bodymatter\" href=\"%s\">%s</a></li>\n", esc(c.File), esc(c.Title))
			break
		}
	}
	o.WriteString("</ol>\n</nav>\n</body>\n</html>\n")
	return o.Bytes()
}

// writeEntries writes a chapter's headings as nested lists: level 3
// entries go inside the level 2 entry before them.
func writeEntries(o *bytes.Buffer, c Chapter) {
	if len(c.TOC) == 0 {
		return
	}
	o.WriteString("\n<ol>")
	open := false // a list of level 3 entries is open inside the last level 2 entry
	for i, e := range c.TOC {
		sub := e.Level > 2 && i > 0
		switch {
		case i == 0:
		case sub && !open:
			o.WriteString("\n<ol>")
			open = true
		case !sub && open:
			o.WriteString("</li></ol></li>")
			open = false
		default:
			o.WriteString("</li>")
		}
		fmt.Fprintf(o, "\n<li><a href=\"%s#%s\">%s</a>", esc(c.File), esc(e.ID), esc(e.Text))
	}
	if open {
		o.WriteString("</li></ol>")
	}
	o.WriteString("</li>\n</ol>\n")
}

func (b *Book) chapter(c Chapter) []byte {
	var o bytes.Buffer
	css := relative(path.Dir(c.File), "css/book.css")
	b.head(&o, c.Title, css)
	o.WriteString("<body>\n")
	if c.Plain {
		o.Write(c.Body)
	} else {
		fmt.Fprintf(&o, "<section epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"%s\">\n<h1 id=\"%s\">%s</h1>\n", esc(c.Anchor), esc(c.Anchor), esc(c.Title))
		o.Write(c.Body)
		o.WriteString("\n</section>\n")
	}
	o.WriteString("</body>\n</html>\n")
	return o.Bytes()
}

// relative returns the path of file (under EPUB/) from the folder dir.
func relative(dir, file string) string {
	if dir == "." {
		return file
	}
	return strings.Repeat("../", strings.Count(dir, "/")+1) + file
}
