package decode

import (
	"strings"
	"testing"
	"time"
)

// FuzzParseTime: ParseTime reads what trying each layout in turn reads.
func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"2026-11-20", " 2026-11-20 ", "2026-02-30", "2026-1-020", "20 Nov 2026", "2026-11-20T10:20:30Z", "Nov 2, 2026", "0000-00-00", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want time.Time
		wantOK := false
		for _, layout := range timeLayouts {
			if v, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
				want, wantOK = v, true
				break
			}
		}
		got, err := ParseTime(s)
		if (err == nil) != wantOK || !got.Equal(want) || got.Location().String() != want.Location().String() {
			t.Errorf("ParseTime(%q) = %v, %v; the layouts in turn read %v, %v", s, got, err, want, wantOK)
		}
	})
}
