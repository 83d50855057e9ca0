package site

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/followup/followup/generator/outdir"
	"github.com/followup/followup/generator/view"
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
		if _, err := Generate(context.Background(), root.FS(), opts, discard{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayouts renders one page of each calculator layout, to find
// where template time goes.
func BenchmarkLayouts(b *testing.B) {
	p := benchPlan(b)
	p.addJobs()
	byPrefix := map[string]*job{}
	for i := range p.claims.jobs {
		j := &p.claims.jobs[i]
		for _, name := range []string{"plan/2026-11-27/index.html", "plan/2026-11-27/unsaid.ics", "plan/decide-by/2026-12-02.ics", "plan/index.html", "guides/thank-you-email/index.html"} {
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
				if _, err := Generate(context.Background(), c.src, opts, discard{}); err != nil {
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

// The stages of a build, each alone, on the repository's own site.

func benchPlan(b *testing.B) *plan {
	b.Helper()
	root, err := os.OpenRoot("../..")
	if err != nil {
		b.Fatal(err)
	}
	p, err := load(root.FS(), Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}, nil)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkLoad reads the configuration, content, checklists, rules and theme.
func BenchmarkLoad(b *testing.B) {
	root, err := os.OpenRoot("../..")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := load(root.FS(), Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConvert converts every content page's markdown.
func BenchmarkConvert(b *testing.B) {
	p := benchPlan(b)
	p.addJobs()
	for b.Loop() {
		for _, pg := range p.site.Pages {
			if pg.Body == nil {
				continue
			}
			ctx := p.pageContext(pg)
			if _, err := p.conv.Convert(pg.Body, ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRender executes the layout of every content page, its markdown
// converted beforehand.
func BenchmarkRender(b *testing.B) {
	p := benchPlan(b)
	p.addJobs()
	var pages []*view.PageData
	for _, pg := range p.site.Pages {
		d := view.PageData{Site: p.info, Page: pg, Kind: pg.Kind.String(), Path: pg.Path}
		r := view.Render{Linker: p.linker}
		if pg.Body != nil {
			res, err := p.conv.Convert(pg.Body, p.pageContext(pg))
			if err != nil {
				b.Fatal(err)
			}
			d.Content, d.TOC, r.Needs = template.HTML(res.HTML), res.TOC, res.Needs
		}
		pages = append(pages, view.New(d, r))
	}
	var buf bytes.Buffer
	for b.Loop() {
		for _, d := range pages {
			buf.Reset()
			if err := p.theme.Execute(&buf, cmp.Or(d.Page.Layout, d.Kind), d, d.Path); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkWrite writes 1,000 pages of 10 KiB into a fresh folder.
func BenchmarkWrite(b *testing.B) {
	page := bytes.Repeat([]byte("<p>Follow up within 24 hours.</p>\n"), 300)
	for b.Loop() {
		sink := outdir.NewSink(b.TempDir())
		for i := range 1000 {
			if err := sink.Write(fmt.Sprintf("s%d/p%d/index.html", i%20, i), page); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkBuild is a whole build of the repository's site onto disk.
func BenchmarkBuild(b *testing.B) {
	dest := b.TempDir() + "/public"
	for b.Loop() {
		if _, err := build("../..", dest, Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuilderSave times what followup serve does after a save of one
// guide's body in the shipped site: the Builder re-renders that page and
// the editions that hold it (print, packet, EPUB, offline copy), and
// writes what changed.
func BenchmarkBuilderSave(b *testing.B) {
	src := b.TempDir()
	for _, dir := range []string{"content", "checklists", "data"} {
		if err := os.CopyFS(src+"/"+dir, os.DirFS("../../"+dir)); err != nil {
			b.Fatal(err)
		}
	}
	cfg, err := os.ReadFile("../../followup.toml")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(src+"/followup.toml", cfg, 0o644); err != nil {
		b.Fatal(err)
	}
	root, err := os.OpenRoot(src)
	if err != nil {
		b.Fatal(err)
	}
	defer root.Close()
	opts := Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	builder, err := NewBuilder(root.FS(), mustDest(b, b.TempDir()+"/public"), opts)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := builder.Build(context.Background()); err != nil {
		b.Fatal(err)
	}
	const page = "content/guides/thank-you-email.md"
	text, err := os.ReadFile(src + "/" + page)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		if err := os.WriteFile(src+"/"+page, fmt.Appendf(bytes.Clone(text), "\nSaved %d times.\n", i), 0o644); err != nil {
			b.Fatal(err)
		}
		builder.Changed(page)
		u, err := builder.Build(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if u.Full {
			b.Fatal("a body edit planned the whole site again")
		}
	}
}
