package main

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/followup/followup/generator/chromium"
	"github.com/followup/followup/generator/edition/pdf"
	"github.com/followup/followup/internal/testtool"
)

// The print and offline tests build the repository's own site as a user
// would, with followup build --pdf --offline-dir, and look at the result
// with the tools a reader has: Chromium, poppler-utils, zbar-tools and
// epubcheck. Without a tool they are skipped, saying what to install; with
// CI=true they fail instead. Page images go to test-output/print/ (or
// $FOLLOWUP_TEST_OUTPUT/print/), to be looked at.

const testBase = "https://example.org/after-the-interview/"

type editionBuild struct {
	public, offline string
	err             string
}

// builtEditions runs the build once for all the tests below.
var builtEditions = sync.OnceValue(func() *editionBuild {
	dir, err := os.MkdirTemp("", "followup-print-test-")
	if err != nil {
		return &editionBuild{err: err.Error()}
	}
	b := &editionBuild{public: filepath.Join(dir, "public"), offline: filepath.Join(dir, "offline")}
	var stdout, stderr bytes.Buffer
	code := run([]string{"build", "--source", "../..", "--dest", b.public, "--date", "2026-11-23",
		"--base-url", testBase, "--pdf", "--offline-dir", b.offline}, &stdout, &stderr)
	if code != exitOK {
		b.err = "followup build exited with " + strconv.Itoa(code) + ":\n" + stderr.String()
	}
	return b
})

func editions(t *testing.T) *editionBuild {
	t.Helper()
	testtool.Chromium(t)
	b := builtEditions()
	if b.err != "" {
		t.Fatal(b.err)
	}
	return b
}

func runTool(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return string(out)
}

// pdfInfo returns a PDF's page count and page size in points.
func pdfInfo(t *testing.T, file string) (pages int, size string) {
	t.Helper()
	info := runTool(t, testtool.Need(t, "pdfinfo", "poppler-utils"), file)
	if m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info); m != nil {
		pages, _ = strconv.Atoi(m[1])
	}
	if m := regexp.MustCompile(`Page size:\s+([\d.]+ x [\d.]+ pts)`).FindStringSubmatch(info); m != nil {
		size = m[1]
	}
	return pages, size
}

// TestPDFs checks the PDFs --pdf printed: a sane number of A4 pages (the
// site is in en-GB), no navigation, the address of external links printed
// after them, and page images written for people to look at.
func TestPDFs(t *testing.T) {
	b := editions(t)
	pdftotext := testtool.Need(t, "pdftotext", "poppler-utils")
	pdftoppm := testtool.Need(t, "pdftoppm", "poppler-utils")
	images := testtool.OutputDir(t, "print")
	for _, c := range []struct {
		file               string
		minPages, maxPages int
		mustHave           []string
	}{
		{"after-the-interview-guide.pdf", 20, 70, []string{"The whole guide", "Contents", "The thank-you email", "(https://careernetwork.msu.edu/"}},
		{"after-the-interview-handouts.pdf", 12, 40, []string{"Workshop packet", "In this packet", "PART 6", "Checklists", "When to follow up, by weekday", "My follow-up plan", "Who I met", "example.org/after-the-interview/guides/thank-you-email/"}},
	} {
		file := filepath.Join(b.public, "downloads", c.file)
		pages, size := pdfInfo(t, file)
		if pages < c.minPages || pages > c.maxPages {
			t.Errorf("%s has %d pages, want %d to %d", c.file, pages, c.minPages, c.maxPages)
		}
		if !strings.HasPrefix(size, "595") {
			t.Errorf("%s: page size %s, want A4 (595 x 842 pts)", c.file, size)
		}
		text := runTool(t, pdftotext, "-layout", file, "-")
		flat := strings.Join(strings.Fields(text), " ")
		dense := strings.Join(strings.Fields(text), "") // addresses wrap across lines
		for _, nav := range []string{"Skip to content", "Built with", "Print and offline", "All topics", "Atom feed", "Clear ticks", "Breadcrumb"} {
			if strings.Contains(flat, nav) {
				t.Errorf("%s shows %q: navigation must not print", c.file, nav)
			}
		}
		for _, want := range c.mustHave {
			if !strings.Contains(flat, want) && !strings.Contains(dense, want) {
				t.Errorf("%s lacks %q", c.file, want)
			}
		}
		if n := strings.Count(flat, "(https://"); n < 10 {
			t.Errorf("%s prints %d link addresses, want the address after each external link", c.file, n)
		}
		prefix := filepath.Join(images, strings.TrimSuffix(c.file, ".pdf"))
		runTool(t, pdftoppm, "-r", "50", "-png", file, prefix)
		t.Logf("%s: %d pages, %s; page images in %s-*.png", c.file, pages, size, prefix)
	}
}

// TestPaperSizes prints the print edition and the packet on US Letter too.
func TestPaperSizes(t *testing.T) {
	b := editions(t)
	browser, err := chromium.Find()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	jobs := []pdf.Job{
		{Page: filepath.Join(b.public, "print", "index.html"), Out: filepath.Join(dir, "guide.pdf")},
		{Page: filepath.Join(b.public, "handouts", "index.html"), Out: filepath.Join(dir, "handouts.pdf")},
	}
	if err := pdf.Print(context.Background(), browser, pdf.Letter, jobs...); err != nil {
		t.Fatal(err)
	}
	images := testtool.OutputDir(t, "print-letter")
	for _, j := range jobs {
		pages, size := pdfInfo(t, j.Out)
		if size != "612 x 792 pts" || pages < 12 || pages > 70 {
			t.Errorf("%s on Letter: %d pages of %s", filepath.Base(j.Out), pages, size)
		}
		runTool(t, testtool.Need(t, "pdftoppm", "poppler-utils"), "-r", "50", "-png", j.Out, filepath.Join(images, strings.TrimSuffix(filepath.Base(j.Out), ".pdf")))
		t.Logf("%s on Letter: %d pages; page images in %s", filepath.Base(j.Out), pages, images)
	}
}

// TestQRCodes reads the packet's QR codes with zbarimg, an independent
// decoder, from the pages Chromium printed.
func TestQRCodes(t *testing.T) {
	b := editions(t)
	zbar := testtool.Need(t, "zbarimg", "zbar-tools")
	dir := t.TempDir()
	runTool(t, testtool.Need(t, "pdftoppm", "poppler-utils"), "-r", "150", "-png", filepath.Join(b.public, "downloads", "after-the-interview-handouts.pdf"), filepath.Join(dir, "page"))
	pages, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
	var found []string
	for _, page := range pages {
		out, _ := exec.Command(zbar, "--quiet", "--raw", page).Output() // exit status 4: no code on the page
		found = append(found, strings.Fields(string(out))...)
	}
	slices.Sort(found)
	want := []string{testBase, testBase + "guides/before-you-leave/", testBase + "guides/follow-up-call/", testBase + "guides/moving-on/",
		testBase + "guides/thank-you-email/", testBase + "guides/when-you-hear-nothing/", testBase + "plan/", testBase + "plan/by-weekday/", testBase + "workbook/"}
	if !slices.Equal(found, want) {
		t.Errorf("zbarimg read\n%s\nwant\n%s", strings.Join(found, "\n"), strings.Join(want, "\n"))
	}
	t.Logf("zbarimg decoded %d QR codes from %d printed pages", len(found), len(pages))
}

// TestEPUBCheck runs EPUBCheck on the EPUB edition.
func TestEPUBCheck(t *testing.T) {
	b := editions(t)
	t.Log(testtool.EPUBCheck(t, filepath.Join(b.public, "downloads", "after-the-interview.epub")))
}

// TestOfflineFromDisk opens the offline copy from file:// in Chromium and
// follows every link from its home page: each page loads, none is a
// folder listing, every fragment finds its element, and nothing is loaded
// from anywhere but the copy.
func TestOfflineFromDisk(t *testing.T) {
	b := editions(t)
	root, err := filepath.Abs(b.offline)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(testtool.Browser(t), 5*time.Minute)
	defer cancel()

	type visit struct {
		Title     string   `json:"title"`
		Listing   bool     `json:"listing"`
		Links     []string `json:"links"`
		IDs       []string `json:"ids"`
		Resources []string `json:"resources"`
	}
	const probe = `({
		title: document.title,
		listing: document.title.startsWith("Index of ") || !!document.querySelector("#parentDirLinkBox, table#table"),
		links: [...document.querySelectorAll("a[href], link[href], script[src], img[src]")].map(e => e.href || e.src),
		ids: [...document.querySelectorAll("[id]")].map(e => e.id),
		resources: performance.getEntriesByType("resource").map(r => r.name),
	})`
	home := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(root, "index.html"))}).String()
	queue, seen := []string{home}, map[string]bool{home: true}
	ids := map[string][]string{}
	type ref struct{ from, to, frag string }
	var frags []ref
	for len(queue) > 0 {
		page := queue[0]
		queue = queue[1:]
		if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
			t.Errorf("%s does not load: %v", page, err)
			continue
		}
		v, err := chromedp.Run(ctx, chromedp.Evaluate[visit](probe))
		if err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		if v.Listing || v.Title == "" {
			t.Errorf("%s shows a folder listing or has no title (%q)", page, v.Title)
		}
		ids[page] = v.IDs
		for _, r := range v.Resources {
			if !strings.HasPrefix(r, "file://"+root) {
				t.Errorf("%s loads %s, from outside the copy", page, r)
			}
		}
		for _, l := range v.Links {
			u, err := url.Parse(l)
			if err != nil || u.Scheme != "file" {
				continue // links to other sites are not followed
			}
			frag := u.Fragment
			u.Fragment = ""
			target := u.String()
			file, _ := url.PathUnescape(u.Path)
			info, err := os.Stat(file)
			switch {
			case err != nil:
				t.Errorf("%s: link to %s, which does not exist", page, l)
				continue
			case info.IsDir():
				t.Errorf("%s: link to the folder %s: from disk it shows a listing", page, l)
				continue
			}
			if frag != "" {
				frags = append(frags, ref{page, target, frag})
			}
			if strings.HasSuffix(target, ".html") && !seen[target] {
				seen[target] = true
				queue = append(queue, target)
			}
		}
	}
	for _, f := range frags {
		if !slices.Contains(ids[f.to], f.frag) {
			t.Errorf("%s: link to %s#%s finds no element with that id", f.from, f.to, f.frag)
		}
	}
	var all []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") {
			all = append(all, p)
		}
		return err
	})
	if len(seen) != len(all) || len(all) < 30 {
		t.Errorf("%d pages reached from the home page, of the copy's %d", len(seen), len(all))
	}
	t.Logf("followed the links of %d pages of the offline copy from file://, %d to fragments", len(seen), len(frags))
}
