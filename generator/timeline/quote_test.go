package timeline

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

func TestQuote(t *testing.T) {
	r := Default(testHelpers)
	tests := map[string]string{
		"thank-you-email.hours":           "24",
		"first-call.unsaid.business-days": "2–3",
		"first-call.weeks.days":           "14",
		"follow-up-email.days":            "7",
		"last-try.days":                   "14",
		"move-on.days":                    "28",
		"window.named":                    "28",
	}
	for key, want := range tests {
		if got, err := r.Quote(key); err != nil || got != want {
			t.Errorf("Quote(%q) = %q, %v; want %q", key, got, err, want)
		}
	}
	_, err := r.Quote("follow-up-email.dayz")
	want := `unknown timeline number "follow-up-email.dayz": did you mean "follow-up-email.days"? (the numbers are ` + strings.Join(r.QuoteKeys(), ", ") + ")"
	if err == nil || err.Error() != want {
		t.Errorf("Quote of an unknown key: error = %v\nwant %s", err, want)
	}
}

// TestQuoteKeysDocumented checks that the package doc lists exactly the
// quote keys and values of the shipped rules.
func TestQuoteKeysDocumented(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(src), "rules the keys and values are:\n//\n")
	if !ok {
		t.Fatal("doc.go: no list of quote keys")
	}
	block, _, _ = strings.Cut(block, "\n//\n")
	var documented []string
	for _, line := range strings.Split(block, "\n") {
		documented = append(documented, strings.Join(strings.Fields(strings.TrimPrefix(line, "//\t")), " "))
	}
	r := Default(testHelpers)
	var actual []string
	for _, k := range r.QuoteKeys() {
		v, _ := r.Quote(k)
		actual = append(actual, k+" "+v)
	}
	if got, want := strings.Join(documented, "\n"), strings.Join(actual, "\n"); got != want {
		t.Errorf("doc.go lists the quote keys\n%s\nbut the shipped rules have\n%s", got, want)
	}
}

func TestDefaultFileInSync(t *testing.T) {
	data, err := os.ReadFile("../../data/timeline.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, defaultFile) {
		t.Error("generator/timeline/default.toml differs from data/timeline.toml; run go generate ./generator/timeline")
	}
	if _, err := Load(DefaultPath, data, testHelpers); err != nil {
		t.Errorf("data/timeline.toml does not load:\n%v", err)
	}
}

func TestDefaultRules(t *testing.T) {
	r := Default(testHelpers)
	if r.Path() != "data/timeline.toml" {
		t.Errorf("Path() = %q", r.Path())
	}
	var ids []string
	for _, k := range r.Kinds() {
		ids = append(ids, k.ID)
		if k.Label == "" || k.Sentence == "" {
			t.Errorf("kind %s has no label or sentence", k.ID)
		}
	}
	if got := strings.Join(ids, " "); got != "soon by-date week weeks unsaid" {
		t.Errorf("kinds = %s", got)
	}
	if got, want := r.Counts(), "England and Wales bank holidays"; got != want {
		t.Errorf("the shipped rules count %q, want %q", got, want)
	}
	if name, ok := r.Holiday(NewDate(2026, time.December, 28)); !ok || name != "Boxing Day (substitute day)" {
		t.Errorf("Holiday(2026-12-28) = %q, %v; want Boxing Day (substitute day)", name, ok)
	}
	for w := time.Sunday; w <= time.Saturday; w++ {
		if want := w != time.Saturday && w != time.Sunday; r.IsWorkday(w) != want {
			t.Errorf("IsWorkday(%v) = %v", w, !want)
		}
	}
	// Every step of every kind has a guide link and some text.
	for _, k := range r.Kinds() {
		p, err := r.Evergreen(time.Monday, k.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range p.Steps {
			if s.What == "" || s.Guide == "" || s.Title == "" {
				t.Errorf("%s/%s: empty title, what or guide", k.ID, s.ID)
			}
		}
	}
}
