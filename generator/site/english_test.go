package site

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// wordsSite is a site in English and Spanish whose home page, in each
// language, shows everything the generator and the theme write words for
// themselves: a checklist file with a link to its explanation, a task list
// made a checklist under no heading, a static one, every callout, a
// heading, tables with and without a header, an embed without a title, the
// rule shortcode's words and the tables by weekday; with a base URL, so
// that the packet has QR codes, and every edition on.
func wordsSite() fstest.MapFS {
	page := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	body := func(title, heading, item, wait string) string {
		return "---\ntitle: " + title + "\n---\n" + `{{< checklist "call" >}}

- [ ] ` + item + ` uno
- [x] ` + item + ` dos

Lista:

- [ ] ` + item + `
  - [x] ` + item + ` dentro

> [!NOTE]
> Uno.

> [!TIP]
> Dos.

> [!IMPORTANT]
> Tres.

> [!WARNING]
> Cuatro.

> [!CAUTION]
> Cinco.

## ` + heading + `

| A | B |
|---|---|
| 1 | 2 |

|   |   |
|---|---|
| 1 | 2 |

{{< youtube "abc" >}}

` + wait + ` {{< rule "move-on.weeks" "words" >}} {{< rule "first-call.unsaid.business-days" "words" >}}.

{{< timeline-table "by-date" >}}
`
	}
	return fstest.MapFS{
		"followup.toml":               page("title = 'Guide'\ndefault_language = 'en'\n[languages.en]\nweight = 1\n[languages.es]\ntag = 'es-ES'\nname = 'Español'\nweight = 2\ntitle = 'Guía'\n"),
		"content/_index.md":           page("---\ntitle: Home\n---\nHello.\n"),
		"content/_index.es.md":        page("---\ntitle: Inicio\n---\nHola.\n"),
		"content/guides/a.md":         page(body("The call", "When", "Item", "Wait")),
		"content/es/guides/a.md":      page(body("La llamada", "Cuándo", "Punto", "Espera")),
		"checklists/call.yaml":        page("id: call\ntitle: Your call\nitems:\n  - id: ring\n    text: Ring them\n    link: guides/a.md#when\n"),
		"checklists/call.es.yaml":     page("id: call\ntitle: Tu llamada\nitems:\n  - id: ring\n    text: Llámales\n    link: guides/a.md#cuándo\n"),
		"content/guides/_index.md":    page("---\ntitle: Guides\n---\n"),
		"content/es/guides/_index.md": page("---\ntitle: Guías\n---\n"),
	}
}

// english are words the generator and the theme wrote in English on every
// page, whatever its language: each must be in the English build, and
// none in the Spanish one.
var english = []string{
	">Why and how<", ">Clear ticks<", "> in Your call<", "(1 item)", "(2 items)",
	`<span class="checklist-title">Checklist</span>`, `aria-label="Done"`, `aria-label="Not done"`,
	`<p class="callout-title">Note</p>`, `<p class="callout-title">Tip</p>`, `<p class="callout-title">Important</p>`,
	`<p class="callout-title">Warning</p>`, `<p class="callout-title">Caution</p>`,
	`aria-label="Link to this section: `, `aria-label="Table: A, B"`, `aria-label="Table"`,
	`counter(done) " of " counter(total) " done"`, `"All " counter(total) " done"`,
	">Video on YouTube<", "four", "two to three",
	"The first working day after the date they named", "7 days after the first follow-up call",
	"Find the column for the weekday of your interview",
	"Workshop packet", `aria-label="QR code: `,
	"<title>Contents</title>", `<h1 id="toc-title">Contents</h1>`, ">Landmarks<", "Text with headings, lists and data tables",
	`class="edition">Edition of 23 November 2026.`,
}

// spanish are their translations, which the Spanish build must have.
var spanish = []string{
	">Por qué y cómo<", ">Borrar marcas<", "> de la lista «Tu llamada»<", "(1 punto)", "(2 puntos)",
	`<span class="checklist-title">Lista de comprobación</span>`, `aria-label="Hecho"`, `aria-label="Sin hacer"`,
	`<p class="callout-title">Nota</p>`, `<p class="callout-title">Consejo</p>`, `<p class="callout-title">Importante</p>`,
	`<p class="callout-title">Advertencia</p>`, `<p class="callout-title">Precaución</p>`,
	`aria-label="Enlace a esta sección: Cuándo"`, `aria-label="Tabla: A, B"`, `aria-label="Tabla"`,
	`counter(done) " de " counter(total) " hechos"`, `"Hechos los " counter(total)`,
	">Vídeo en YouTube<", "Espera cuatro dos o tres.",
	"El primer día laborable después de la fecha que te dieron", "7 días después de «First follow-up call»",
	"Busca la columna del día de la semana de tu entrevista",
	"Dossier del taller", `aria-label="Código QR: `,
	"<title>Índice</title>", `<h1 id="toc-title">Índice</h1>`, ">Puntos de referencia<", "Texto con encabezados, listas y tablas de datos",
	`class="edition">Edición del 23 de noviembre de 2026.`,
}

// TestNoEnglishInSpanish builds wordsSite and reads every file of each
// language, the EPUB's unzipped: the English words are all in the English
// pages, none in the Spanish ones, which have the Spanish words instead.
func TestNoEnglishInSpanish(t *testing.T) {
	sink := &memSink{}
	opts := Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), BaseURL: "https://example.org/"}
	if _, err := Generate(context.Background(), wordsSite(), opts, sink); err != nil {
		t.Fatal(err)
	}
	en, es := outputText(t, sink.files, false), outputText(t, sink.files, true)
	for _, w := range english {
		if !strings.Contains(en, w) {
			t.Errorf("the English build lacks %q: the test no longer sees it", w)
		}
		if strings.Contains(es, w) {
			t.Errorf("the Spanish build writes %q in English", w)
		}
	}
	for _, w := range spanish {
		if !strings.Contains(es, w) {
			t.Errorf("the Spanish build lacks %q", w)
		}
	}
}

// outputText is every file of one language's output (the Spanish one
// under es/, when es), an EPUB's files in place of the archive.
func outputText(t *testing.T, files map[string][]byte, es bool) string {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if strings.HasPrefix(name, "es/") != es || strings.HasSuffix(name, ".zip") || strings.HasPrefix(name, "css/") || strings.HasPrefix(name, "es/css/") {
			continue // the offline copy holds the same pages; the stylesheets' rules are for a head without words
		}
		data := files[name]
		if !strings.HasSuffix(name, ".epub") {
			b.Write(data)
			continue
		}
		z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, f := range z.File {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(&b, r)
			r.Close()
		}
	}
	return b.String()
}

// TestPacketTitleConfigured: a title in followup.toml's [handouts] wins
// over the string files' in every language.
func TestPacketTitleConfigured(t *testing.T) {
	src := wordsSite()
	src["followup.toml"] = &fstest.MapFile{Data: append(src["followup.toml"].Data, "[handouts]\ntitle = 'Session packet'\n"...)}
	sink := &memSink{}
	if _, err := Generate(context.Background(), src, Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}, sink); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"handouts/index.html", "es/handouts/index.html"} {
		page := string(sink.files[file])
		if !strings.Contains(page, `<h1 id="packet-title">Session packet</h1>`) || strings.Contains(page, "Workshop packet") || strings.Contains(page, "Dossier del taller") {
			t.Errorf("%s does not have the configured title:\n%.600s", file, page)
		}
	}
}
