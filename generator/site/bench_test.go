package site

import (
	"bytes"
	"os"
	"testing"
	"time"
)

// discard is a sink that keeps nothing, to time generation alone.
type discard struct{}

func (discard) Write(string, []byte) error { return nil }

// BenchmarkShippedSite generates the repository's own site into memory.
func BenchmarkShippedSite(b *testing.B) {
	root, err := os.OpenRoot("../..")
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	for b.Loop() {
		if _, err := Generate(root.FS(), opts, discard{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayouts renders one page of each calculator layout, to find
// where template time goes.
func BenchmarkLayouts(b *testing.B) {
	root, err := os.OpenRoot("../..")
	if err != nil {
		b.Fatal(err)
	}
	p, err := load(root.FS(), Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}, nil)
	if err != nil {
		b.Fatal(err)
	}
	p.addJobs()
	byPrefix := map[string]*job{}
	for i := range p.jobs {
		j := &p.jobs[i]
		for _, name := range []string{"plan/2026-11-27/index.html", "plan/2026-11-27/unsaid/index.html", "plan/2026-11-27/by-date/index.html", "plan/2026-11-27/by-date/2026-12-02/index.html", "plan/2026-11-27/unsaid/plan.ics", "plan/index.html", "guides/thank-you-email/index.html"} {
			if j.file == name {
				byPrefix[name] = j
			}
		}
	}
	for name, j := range byPrefix {
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := j.run(&buf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}
