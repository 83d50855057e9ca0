package pdf

import (
	"strings"
	"testing"
)

func TestPaperFor(t *testing.T) {
	for lang, want := range map[string]string{"en-US": "Letter", "en-CA": "Letter", "fr-CA": "Letter", "es-MX": "Letter", "en-GB": "A4", "en": "A4", "de-DE": "A4", "fr": "A4", "nonsense!": "A4"} {
		if got := PaperFor(lang).Name; got != want {
			t.Errorf("PaperFor(%q) = %s, want %s", lang, got, want)
		}
	}
	if p, err := ParsePaper("LETTER"); err != nil || p != Letter {
		t.Errorf("ParsePaper(LETTER) = %v, %v", p, err)
	}
	if _, err := ParsePaper("a5"); err == nil || !strings.Contains(err.Error(), "use a4 or letter") {
		t.Errorf("ParsePaper(a5) = %v", err)
	}
}
