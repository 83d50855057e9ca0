package epub

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followup/followup/internal/testtool"
)

func book() *Book {
	return &Book{
		ID: "urn:uuid:5c2b8f0e-0000-5000-8000-000000000001", Title: "After the Interview", Language: "en-GB",
		Author: "The authors", Publisher: "Followup", Description: "A guide & a workbook.",
		Modified:   time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC),
		Stylesheet: []byte("body { font-family: serif; }\n"),
		Chapters: []Chapter{
			{File: "text/00-title.xhtml", Title: "After the Interview", Plain: true, Body: []byte(`<section epub:type="titlepage"><h1>After the Interview</h1></section>`)},
			{File: "text/01-email.xhtml", Title: "The thank-you email", Anchor: "chapter-email",
				Body: []byte(`<h2 id="when">When</h2><p>See <a href="02-call.xhtml#why">why</a>.</p><h3 id="late">Late</h3><p>x</p><h2 id="what">What</h2>`),
				TOC:  []Entry{{2, "when", "When"}, {3, "late", "Late"}, {2, "what", "What"}}},
			{File: "text/02-call.xhtml", Title: "The call", Anchor: "chapter-call", Body: []byte(`<h2 id="why">Why</h2><p><img src="../images/a.png" alt="A chart"/></p>`),
				TOC: []Entry{{2, "why", "Why"}}},
		},
		Resources: []Resource{{File: "images/a.png", MediaType: "image/png", Data: png()}},
		Words:     Words{Contents: "Índice", Landmarks: "Puntos de referencia", Summary: "Texto con encabezados & tablas."},
	}
}

// png is a 1×1 white PNG.
func png() []byte {
	return []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU\x00\x00\x00\nIDATx\x9cc\xf8\x0f\x00\x01\x01\x01\x00\x18\xdd\x8d\xb0\x00\x00\x00\x00IEND\xaeB`\x82")
}

func write(t *testing.T, b *Book) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := Write(&out, b); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestStructure(t *testing.T) {
	data := write(t, book())
	if !bytes.Equal(data, write(t, book())) {
		t.Error("the same book gave other bytes")
	}
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	files := map[string]string{}
	for _, f := range r.File {
		names = append(names, f.Name)
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		files[f.Name] = string(b)
	}
	want := "mimetype META-INF/container.xml EPUB/css/book.css EPUB/images/a.png EPUB/nav.xhtml EPUB/package.opf EPUB/text/00-title.xhtml EPUB/text/01-email.xhtml EPUB/text/02-call.xhtml"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("entries:\n got %s\nwant %s", got, want)
	}
	if r.File[0].Method != zip.Store || files["mimetype"] != "application/epub+zip" || len(r.File[0].Extra) != 0 {
		t.Error("mimetype must come first, stored, with no extra field")
	}
	for name, text := range files {
		if strings.HasSuffix(name, ".xhtml") || strings.HasSuffix(name, ".opf") || strings.HasSuffix(name, ".xml") {
			d := xml.NewDecoder(strings.NewReader(text))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Errorf("%s is not well-formed XML: %v", name, err)
					break
				}
			}
		}
	}
	opf := files["EPUB/package.opf"]
	for _, want := range []string{`<meta property="dcterms:modified">2026-11-23T00:00:00Z</meta>`, `<dc:description>A guide &amp; a workbook.</dc:description>`,
		`properties="nav"`, `<itemref idref="c1"/>` + "\n" + `<itemref idref="nav"/>`, `href="images/a.png" media-type="image/png"`} {
		if !strings.Contains(opf, want) {
			t.Errorf("package.opf lacks %s", want)
		}
	}
	nav := files["EPUB/nav.xhtml"]
	if want := `<li><a href="text/01-email.xhtml">The thank-you email</a>
<ol>
<li><a href="text/01-email.xhtml#when">When</a>
<ol>
<li><a href="text/01-email.xhtml#late">Late</a></li></ol></li>
<li><a href="text/01-email.xhtml#what">What</a></li>
</ol>
</li>`; !strings.Contains(nav, want) {
		t.Errorf("nav.xhtml lacks the nested contents:\n%s", nav)
	}
	for _, want := range []string{"<title>Índice</title>", `<h1 id="toc-title">Índice</h1>`, `<h2 id="landmarks-title">Puntos de referencia</h2>`, `href="#toc">Índice</a>`} {
		if !strings.Contains(nav, want) {
			t.Errorf("nav.xhtml lacks the book's words %s:\n%s", want, nav)
		}
	}
	if want := `<meta property="schema:accessibilitySummary">Texto con encabezados &amp; tablas.</meta>`; !strings.Contains(opf, want) {
		t.Errorf("package.opf lacks %s", want)
	}
	if strings.Contains(nav, "00-title") {
		t.Error("the title page is listed in the contents")
	}
	if ch := files["EPUB/text/01-email.xhtml"]; !strings.Contains(ch, `href="../css/book.css"`) || !strings.Contains(ch, `<h1 id="chapter-email">The thank-you email</h1>`) {
		t.Errorf("chapter:\n%s", ch)
	}
}

// TestEPUBCheck runs EPUBCheck (Debian's epubcheck) on the book.
func TestEPUBCheck(t *testing.T) {
	file := filepath.Join(t.TempDir(), "book.epub")
	if err := os.WriteFile(file, write(t, book()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log(testtool.EPUBCheck(t, file))
}
