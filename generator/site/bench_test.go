package site

import (
	"bytes"
	"io/fs"
	"os"
	"syscall"
	"testing"
	"testing/fstest"
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

// BenchmarkEditions generates the shipped site with and without the
// editions (print, handouts, EPUB, offline copy), to see what they cost.
func BenchmarkEditions(b *testing.B) {
	root, err := os.OpenRoot("../..")
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := fs.ReadFile(root.FS(), "followup.toml")
	if err != nil {
		b.Fatal(err)
	}
	cfg = bytes.ReplaceAll(cfg, []byte(`"downloads/"`), []byte(`"about/"`)) // the menu entry of the editions
	off := overlay{root.FS(), "followup.toml", append(cfg, "\n[outputs]\nprint = false\nhandouts = false\nepub = false\noffline = false\n"...)}
	opts := Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		name string
		src  fs.FS
	}{{"off", off}, {"on", root.FS()}} {
		b.Run(c.name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				if _, err := Generate(c.src, opts, discard{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// overlay is a file system with one file replaced.
type overlay struct {
	fs.FS
	name string
	data []byte
}

func (o overlay) Open(name string) (fs.File, error) {
	if name != o.name {
		return o.FS.Open(name)
	}
	return fstest.MapFS{name: {Data: o.data}}.Open(name)
}

// cpuTime is the processor time the process has used, which the load of
// other processes on the machine disturbs less than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
