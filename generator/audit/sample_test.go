package audit

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
)

func TestFamily(t *testing.T) {
	for file, want := range map[string]string{
		"index.html":                                    "index.html",
		"guides/thank-you-email/index.html":             "guides/thank-you-email/index.html",
		"plan/2026-11-20/by-date/2026-11-26/index.html": "plan/*/by-date/*/index.html",
		"tags/2fa/index.html":                           "tags/*/index.html",
		"404.html":                                      "*",
	} {
		if got := family(file); got != want {
			t.Errorf("family(%q) = %q, want %q", file, got, want)
		}
	}
}

func TestSample(t *testing.T) {
	files := fstest.MapFS{
		"index.html":       htmlPage(`<h1>Home</h1>`),
		"about/index.html": htmlPage(`<h1>About</h1>`),
	}
	// A small family is visited in full; of a large one, the first page of
	// each shape and evenly spaced pages.
	for i := range 3 {
		files[fmt.Sprintf("small/%d/index.html", i)] = htmlPage(`<h1>Small</h1>`)
	}
	for i := range 40 {
		body := `<h1>Plan</h1><ol class="steps"><li>A</li></ol>`
		if i == 17 {
			body += `<div class="callout callout-warning" role="note">Holiday</div>`
		}
		files[fmt.Sprintf("plan/%02d/index.html", i)] = htmlPage(body)
	}
	pages, err := Pages(files)
	if err != nil {
		t.Fatal(err)
	}
	visit, notes, err := sample(files, pages)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"about/index.html", "index.html",
		"plan/00/index.html", "plan/09/index.html", "plan/17/index.html", "plan/19/index.html", "plan/29/index.html", "plan/39/index.html",
		"small/0/index.html", "small/1/index.html", "small/2/index.html"}
	if !slices.Equal(visit, want) {
		t.Errorf("sample visits %q, want %q", visit, want)
	}
	if wantNotes := []string{"/plan/*/ 6 of 40"}; !slices.Equal(notes, wantNotes) {
		t.Errorf("sample notes = %q, want %q", notes, wantNotes)
	}
}
