package site

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	xhtml "golang.org/x/net/html"

	"github.com/followup/followup/internal/testtool"
)

// shipped builds the repository's own site into memory, once per base URL.
var shipped = sync.OnceValue(func() map[string]map[string][]byte {
	builds := map[string]map[string][]byte{}
	root, err := os.OpenRoot("../..")
	if err != nil {
		panic(err)
	}
	for _, base := range []string{"", "https://example.org/after-the-interview/"} {
		sink := &memSink{}
		opts := Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), BaseURL: base}
		if _, err := Generate(context.Background(), root.FS(), opts, sink); err != nil {
			panic(err)
		}
		builds[base] = sink.files
	}
	return builds
})

// unzip reads an archive into a map of its files.
func unzip(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// tag is a start tag of a page.
type tag struct {
	name  string
	attrs map[string]string
	main  bool // inside <main>
}

func tags(page []byte) []tag {
	var ts []tag
	inMain := false
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			return ts
		case xhtml.EndTagToken:
			if name, _ := z.TagName(); string(name) == "main" {
				inMain = false
			}
			continue
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
		default:
			continue
		}
		t := z.Token()
		a := map[string]string{}
		for _, at := range t.Attr {
			a[at.Key] = at.Val
		}
		inMain = inMain || t.Data == "main"
		ts = append(ts, tag{t.Data, a, inMain})
	}
}

// idsOf returns a page's ids, failing the test on a duplicate.
func idsOf(t *testing.T, name string, page []byte) map[string]bool {
	t.Helper()
	ids := map[string]bool{}
	for _, tg := range tags(page) {
		if id, ok := tg.attrs["id"]; ok {
			if ids[id] {
				t.Errorf("%s: id %q appears twice", name, id)
			}
			ids[id] = true
		}
	}
	return ids
}

// TestOfflineCopy opens the offline copy of the shipped site and follows
// every link of every page: each leads to a file of the copy (never to a
// folder) and to an id that file has.
func TestOfflineCopy(t *testing.T) {
	for base, files := range shipped() {
		t.Run("base="+base, func(t *testing.T) {
			copy := unzip(t, files["downloads/after-the-interview-offline.zip"])
			const top = "after-the-interview/"
			ids := map[string]map[string]bool{}
			for name, data := range copy {
				if !strings.HasPrefix(name, top) {
					t.Fatalf("entry %s is outside the folder %s", name, top)
				}
				if strings.HasSuffix(name, ".html") {
					ids[name] = idsOf(t, name, data)
				}
			}
			for _, want := range []string{"index.html", "plan/index.html", "plan/by-weekday/index.html", "print/index.html", "handouts/index.html", "downloads/index.html", "downloads/after-the-interview.epub", "css/site.css", "workbook/thank-you-email/index.html"} {
				if copy[top+want] == nil {
					t.Errorf("the copy lacks %s", want)
				}
			}
			for name := range copy {
				if strings.HasPrefix(name, top+"plan/20") || strings.HasSuffix(name, ".ics") || strings.HasSuffix(name, ".zip") || name == top+"404.html" {
					t.Errorf("the copy holds %s, which it leaves out", name)
				}
			}
			links := 0
			for name, page := range copy {
				if !strings.HasSuffix(name, ".html") {
					continue
				}
				for _, tg := range tags(page) {
					if tg.name == "script" && (tg.attrs["type"] == "module" || strings.Contains(tg.attrs["src"], "//")) {
						t.Errorf("%s: script %v: the copy has no modules and loads nothing from elsewhere", name, tg.attrs)
					}
					if tg.name == "link" && tg.attrs["rel"] == "stylesheet" && strings.Contains(tg.attrs["href"], "//") {
						t.Errorf("%s: a stylesheet from elsewhere: %s", name, tg.attrs["href"])
					}
					for _, attr := range []string{"href", "src"} {
						ref, ok := tg.attrs[attr]
						if !ok || (tg.name == "link" && tg.attrs["rel"] == "canonical") {
							continue
						}
						links++
						if !strings.Contains(tg.attrs["class"], "bare") { // bare links show their address: online on purpose
							checkOfflineLink(t, name, ref, copy, ids, base)
						}
					}
				}
			}
			if links < 1000 {
				t.Errorf("only %d links followed", links)
			}
		})
	}
}

func checkOfflineLink(t *testing.T, page, ref string, copy map[string][]byte, ids map[string]map[string]bool, base string) {
	t.Helper()
	u, err := url.Parse(ref)
	if err != nil {
		t.Errorf("%s: link %q does not parse", page, ref)
		return
	}
	if u.Scheme != "" {
		// The dated plans and the Spanish guide (a copy of its own) are online only.
		if base != "" && strings.HasPrefix(ref, base) && !strings.HasPrefix(ref, base+"plan/") && !strings.HasPrefix(ref, base+"es/") {
			t.Errorf("%s: link %q leads online to a page the copy has", page, ref)
		}
		return
	}
	target := page
	if u.Path != "" {
		if strings.HasSuffix(u.Path, "/") || path.Base(u.Path) == ".." || path.Base(u.Path) == "." {
			t.Errorf("%s: link %q leads to a folder: from disk it shows a listing", page, ref)
			return
		}
		target = path.Join(path.Dir(page), u.Path)
	}
	if copy[target] == nil {
		t.Errorf("%s: link %q leads to %s, which the copy does not have", page, ref, target)
		return
	}
	if u.Fragment != "" && strings.HasSuffix(target, ".html") && !ids[target][u.Fragment] {
		t.Errorf("%s: link %q: %s has no id %q", page, ref, target, u.Fragment)
	}
}

// TestEditionPages checks the print edition and the packet: ids are
// unique and every link within the page finds its id.
func TestEditionPages(t *testing.T) {
	for base, files := range shipped() {
		for _, name := range []string{"print/index.html", "handouts/index.html"} {
			page := files[name]
			ids := idsOf(t, name, page)
			within := 0
			for _, tg := range tags(page) {
				if ref := tg.attrs["href"]; strings.HasPrefix(ref, "#") {
					within++
					if !ids[strings.TrimPrefix(ref, "#")] {
						t.Errorf("%s (base %q): link %s finds no id", name, base, ref)
					}
				}
				held := "guides/" // the print edition holds every guide, the packet some
				if name == "handouts/index.html" {
					held = "guides/thank-you-email/"
				}
				if ref := tg.attrs["href"]; tg.main && tg.name == "a" && strings.Contains(ref, held) && !strings.Contains(ref, "//") {
					t.Errorf("%s: link %s leads out of the page to a guide it holds", name, ref)
				}
			}
			if within < 50 {
				t.Errorf("%s: only %d links within the page", name, within)
			}
			qrs := bytes.Count(page, []byte(`<svg xmlns="http://www.w3.org/2000/svg"`))
			switch {
			case name == "print/index.html" && qrs != 0:
				t.Errorf("%s has %d QR codes", name, qrs)
			case name == "handouts/index.html" && base == "" && qrs != 0:
				t.Errorf("%s has QR codes without a base URL", name)
			case name == "handouts/index.html" && base != "" && qrs != 10: // the cover and 9 parts
				t.Errorf("%s has %d QR codes, want 10", name, qrs)
			}
		}
	}
	packet := string(shipped()["https://example.org/after-the-interview/"]["handouts/index.html"])
	for _, want := range []string{
		`aria-label="QR code: https://example.org/after-the-interview/guides/thank-you-email/"`,
		`<span class="qr-address"><span>example.org/</span><wbr><span>after-the-interview/</span><wbr><span>guides/</span><wbr><span>thank-you-email/</span></span>`,
		`<span class="qr-address"><span>example.org/</span><wbr><span>after-the-interview/</span><wbr><span>plan/</span></span>`,
		`<h2 id="chapter-guides-after-the-interview">What to do after the interview</h2>`,
		`The checklist “Your thank-you email” is in <a href="#checklist-thank-you-email-2">part 7, Checklists</a>`,
		`<h2 id="part-worksheet">My follow-up plan</h2>`,
	} {
		if !strings.Contains(packet, want) {
			t.Errorf("the packet lacks %s", want)
		}
	}
}

// TestEditionsDeterministic builds twice: the editions are the same bytes.
func TestEditionsDeterministic(t *testing.T) {
	root, err := os.OpenRoot("../..")
	if err != nil {
		t.Fatal(err)
	}
	sink := &memSink{}
	if _, err := Generate(context.Background(), root.FS(), Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}, sink); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"downloads/after-the-interview-offline.zip", "downloads/after-the-interview.epub", "print/index.html", "handouts/index.html"} {
		if !bytes.Equal(sink.files[name], shipped()[""][name]) {
			t.Errorf("%s differs from one build to the next", name)
		}
	}
}

// TestShippedEPUB checks the EPUB of the shipped site: every page is a
// chapter, checklists are printed boxes, the appendix has the evergreen
// tables, and EPUBCheck finds no error.
func TestShippedEPUB(t *testing.T) {
	data := shipped()[""]["downloads/after-the-interview.epub"]
	book := unzip(t, data)
	var chapters []string
	for name := range book {
		if strings.HasPrefix(name, "EPUB/text/") {
			chapters = append(chapters, name)
		}
	}
	slices.Sort(chapters)
	if len(chapters) != 13 { // the title page, 11 pages and the appendix
		t.Errorf("chapters: %v", chapters)
	}
	email := string(book["EPUB/text/05-guides-thank-you-email.xhtml"])
	for _, want := range []string{`<span class="box" aria-hidden="true">☐</span>`, `<p class="legend"><span class="checklist-title">Your thank-you email</span>`, `href="08-guides-follow-up-call.xhtml#when-to-call"`, `<h1 id="chapter-guides-thank-you-email">The thank-you email</h1>`} {
		if !strings.Contains(email, want) {
			t.Errorf("the thank-you email chapter lacks %s", want)
		}
	}
	if strings.Contains(email, "<input") || strings.Contains(email, "<button") || strings.Contains(email, `class="anchor"`) {
		t.Error("the thank-you email chapter has form controls or heading anchors")
	}
	if appendix := string(book[chapters[len(chapters)-1]]); !strings.Contains(appendix, `<table class="evergreen">`) || strings.Count(appendix, "<table") != 5 {
		t.Errorf("the appendix lacks the five evergreen tables")
	}
	file := filepath.Join(t.TempDir(), "book.epub")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log(testtool.EPUBCheck(t, file))
}
