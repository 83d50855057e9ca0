package site

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/outdir"
)

var editSeeds = flag.Int("edit-seeds", 4, "random edit sequences TestBuilderEqualsGenerate runs")

// readTree returns every file under dir by slash path, leaving out the marker.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := snapshot(t, dir)
	delete(files, outdir.Marker)
	return files
}

// texts turns a memSink's files into text, to compare with readTree.
func texts(files map[string][]byte) map[string]string {
	out := make(map[string]string, len(files))
	for name, data := range files {
		out[name] = string(data)
	}
	return out
}

// site is a source folder the test edits at random.
type randomSite struct {
	t    *testing.T
	dir  string
	rng  *rand.Rand
	step int
	// langs ends every followup.toml the test writes: the [languages]
	// tables of a multilingual site, or "".
	langs string
}

func (s *randomSite) write(name, text string) {
	full := filepath.Join(s.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		s.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

func (s *randomSite) files(under, suffix string) []string {
	var out []string
	filepath.WalkDir(filepath.Join(s.dir, under), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, suffix) {
			rel, _ := filepath.Rel(s.dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	slices.Sort(out)
	return out
}

func (s *randomSite) pick(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[s.rng.IntN(len(list))]
}

var (
	words    = []string{"thanks", "call", "email", "note", "offer", "panel", "recruiter", "wait"}
	sections = []string{"guides", "guides/deep", "notes", "extra"}
)

func (s *randomSite) word() string { return words[s.rng.IntN(len(words))] }

// page returns a markdown file with random front matter and body.
func (s *randomSite) page(broken bool) string {
	var b strings.Builder
	b.WriteString("---\n")
	if s.rng.IntN(4) > 0 {
		fmt.Fprintf(&b, "title: %s %s\n", strings.ToUpper(s.word()[:1]), s.word())
	}
	if s.rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "weight: %d\n", s.rng.IntN(5))
	}
	if s.rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "tags: [%s, %s]\n", s.word(), s.word())
	}
	if s.rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "summary: About %s.\n", s.word())
	}
	if s.rng.IntN(3) == 0 {
		fmt.Fprintf(&b, "date: 2026-0%d-1%d\n", 1+s.rng.IntN(9), s.rng.IntN(10))
	}
	if broken {
		b.WriteString("titel: typo\n")
	}
	if s.rng.IntN(10) == 0 {
		b.WriteString("draft: true\n")
	}
	b.WriteString("---\n\n")
	s.body(&b)
	return b.String()
}

func (s *randomSite) body(b *strings.Builder) {
	if s.rng.IntN(4) == 0 {
		fmt.Fprintf(b, "# Heading %s\n\n", s.word())
	}
	for range 1 + s.rng.IntN(3) {
		fmt.Fprintf(b, "## Part %s\n\nSome %s and %s.\n\n", s.word(), s.word(), s.word())
	}
	if s.rng.IntN(3) == 0 {
		if md := s.pick(s.files("content", ".md")); md != "" {
			fmt.Fprintf(b, "See [another page](/%s).\n\n", strings.TrimPrefix(md, "content/"))
		}
	}
	if s.rng.IntN(12) == 0 {
		b.WriteString("A [broken link](/no/such/page/).\n\n")
	}
	if s.rng.IntN(3) == 0 {
		b.WriteString("Some <b>raw</b> HTML.\n\n")
	}
	if s.rng.IntN(3) == 0 { // the workbook gathers the checklists pages show
		fmt.Fprintf(b, "{{< checklist %q >}}\n\n", []string{"calls", "notes"}[s.rng.IntN(2)])
	}
	if s.rng.IntN(4) == 0 {
		b.WriteString("![chart](/img/chart.png)\n\n")
	}
	if s.rng.IntN(4) == 0 { // a shortcode that renders a theme partial
		b.WriteString("{{< timeline-table \"unsaid\" >}}\n\n")
	}
}

// repair rewrites the files that err blames, without links.
func (s *randomSite) repair(err error) (string, []string) {
	var paths []string
	for _, e := range diag.Errors(err) {
		if strings.HasPrefix(e.Path, "content/") && strings.HasSuffix(e.Path, ".md") {
			s.write(e.Path, "---\ntitle: Repaired\n---\n\nFixed.\n")
			paths = append(paths, e.Path)
		}
	}
	return fmt.Sprint("repair ", paths), paths
}

func (s *randomSite) checklist(text string) {
	s.write("checklists/calls.yaml", fmt.Sprintf("id: calls\ntitle: Calls\nitems:\n  - id: one\n    text: %q\n", text))
	s.write("checklists/notes.yaml", "id: notes\ntitle: Notes\nitems:\n  - id: write\n    text: Write it\n")
	if s.langs != "" { // every checklist in the other language too
		s.write("checklists/calls.es.yaml", fmt.Sprintf("id: calls\ntitle: Llamadas\nitems:\n  - id: one\n    text: %q\n", "Paso: "+text))
		s.write("checklists/notes.es.yaml", "id: notes\ntitle: Notas\nitems:\n  - id: write\n    text: Escríbela\n")
	}
}

// edit makes one random change and returns the paths it touched.
func (s *randomSite) edit() (string, []string) {
	s.step++
	pages := s.files("content", ".md")
	switch n := s.rng.IntN(20); {
	case n < 8 && len(pages) > 0: // body only: append a sentence
		p := s.pick(pages)
		data, _ := os.ReadFile(filepath.Join(s.dir, p))
		text := string(data) + fmt.Sprintf("\nEdit %d about %s.\n", s.step, s.word())
		if front, _, ok := strings.Cut(strings.TrimPrefix(string(data), "---\n"), "\n---\n"); ok && s.rng.IntN(3) == 0 {
			var b strings.Builder // the same front matter, a new body
			if s.rng.IntN(3) > 0 {
				s.body(&b)
			} else {
				b.WriteString("\n") // or none: a page with no content is left out of the editions
			}
			text = "---\n" + front + "\n---\n\n" + b.String()
		}
		if s.rng.IntN(2) == 0 { // saved as editors and sed -i do: a new file renamed over the old
			tmp := path.Join(path.Dir(p), fmt.Sprintf("sed%d", s.step))
			s.write(tmp, text)
			os.Rename(filepath.Join(s.dir, tmp), filepath.Join(s.dir, p))
			return "rename-over save of " + p, []string{tmp, p}
		}
		s.write(p, text)
		return "append to " + p, []string{p}
	case n < 9 && len(pages) > 0: // the front matter touched, the body kept: each must be a full build
		p := s.pick(pages)
		data, _ := os.ReadFile(filepath.Join(s.dir, p))
		front, body, ok := strings.Cut(strings.TrimPrefix(string(data), "---\n"), "\n---\n")
		if !ok {
			return "nothing", nil
		}
		lines := strings.Split(front, "\n")
		what := ""
		switch s.rng.IntN(3) {
		case 0:
			slices.Reverse(lines)
			what = "keys moved to other lines in "
		case 1:
			lines = append(lines, "toc: false")
			what = "toc off in "
		default:
			lines = append(lines, fmt.Sprintf("extra: {n: %d, list: [a, %s]}", s.step, s.word()))
			what = "extra values in "
		}
		s.write(p, "---\n"+strings.Join(lines, "\n")+"\n---\n"+body)
		return what + p, []string{p}
	case n < 10 && len(pages) > 0: // rewrite a page
		p := s.pick(pages)
		s.write(p, s.page(s.rng.IntN(8) == 0))
		return "rewrite " + p, []string{p}
	case n < 13: // add a page
		p := fmt.Sprintf("content/%s/%s-%d.md", sections[s.rng.IntN(len(sections))], s.word(), s.step)
		if s.rng.IntN(5) == 0 {
			p = fmt.Sprintf("content/%s/_index.md", sections[s.rng.IntN(len(sections))])
		}
		s.write(p, s.page(false))
		return "add " + p, []string{p}
	case n < 15 && len(pages) > 1: // delete a page
		p := s.pick(pages)
		os.Remove(filepath.Join(s.dir, p))
		return "delete " + p, []string{p}
	case n < 16 && s.rng.IntN(3) == 0: // rename a section folder, and make one of that name again
		from := "content/" + sections[s.rng.IntN(len(sections))]
		if _, err := os.Stat(filepath.Join(s.dir, from)); err != nil {
			return "nothing", nil
		}
		to := fmt.Sprintf("content/moved-%d", s.step)
		os.Rename(filepath.Join(s.dir, from), filepath.Join(s.dir, to))
		again := from + "/" + s.word() + ".md"
		s.write(again, s.page(false))
		return "rename " + from + " to " + to + " and write " + again, []string{from, to, again}
	case n < 16 && len(pages) > 1: // rename a page
		p := s.pick(pages)
		to := fmt.Sprintf("content/%s/moved-%d.md", sections[s.rng.IntN(len(sections))], s.step)
		os.MkdirAll(filepath.Dir(filepath.Join(s.dir, to)), 0o755)
		os.Rename(filepath.Join(s.dir, p), filepath.Join(s.dir, to))
		return "rename " + p + " to " + to, []string{p, to}
	case n < 17: // a content file
		p := "content/img/chart.png"
		if s.rng.IntN(3) == 0 {
			os.Remove(filepath.Join(s.dir, p))
			return "delete " + p, []string{p}
		}
		s.write(p, fmt.Sprintf("PNG %d", s.step))
		return "write " + p, []string{p}
	case n < 18 && s.rng.IntN(3) == 0: // a checklist
		s.checklist(fmt.Sprintf("Step %d", s.step))
		return "write checklists/calls.yaml", []string{"checklists/calls.yaml"}
	case n < 18: // configuration
		s.write("followup.toml", fmt.Sprintf("title = %q\nallow_html = %v\n", "Site "+s.word(), s.rng.IntN(2) == 0)+s.langs)
		return "followup.toml", []string{"followup.toml"}
	case n < 19 && s.rng.IntN(2) == 0: // the partial a shortcode renders
		p := "layouts/partials/evergreen.html"
		if s.rng.IntN(3) == 0 {
			os.Remove(filepath.Join(s.dir, p))
			return "delete " + p, []string{p}
		}
		s.write(p, fmt.Sprintf("<table><caption>%s %d</caption>{{range .Rows}}<tr><td>{{.Title}}</td></tr>{{end}}</table>\n", s.word(), s.step))
		return "write " + p, []string{p}
	case n < 19: // a layout override
		p := "layouts/page.html"
		if s.rng.IntN(2) == 0 {
			os.Remove(filepath.Join(s.dir, p))
			return "delete " + p, []string{p}
		}
		s.write(p, fmt.Sprintf("{{define \"main\"}}<h1>{{.Page.Title}}</h1>{{.Content}}<p>%s</p>{{end}}\n", s.word()))
		return "write " + p, []string{p}
	case s.rng.IntN(3) == 0: // the site's strings
		p := "i18n/en.toml"
		if s.rng.IntN(3) == 0 {
			os.Remove(filepath.Join(s.dir, p))
			return "delete " + p, []string{p}
		}
		s.write(p, fmt.Sprintf("[nav]\nskip = %q\n", "Skip to "+s.word()))
		return "write " + p, []string{p}
	default: // a static file
		s.write("static/css/extra.css", fmt.Sprintf("p { margin: %dpx }\n", s.step))
		return "write static/css/extra.css", []string{"static/css/extra.css"}
	}
}

// TestBuilderEqualsGenerate applies random sequences of edits, adds,
// deletes and renames to a site and checks after each that the Builder's
// folder holds exactly what a clean Generate of the same files makes, or
// that both fail with the same errors.
func TestBuilderEqualsGenerate(t *testing.T) {
	opts := Options{BuildDate: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), SiteName: "test"}
	for seed := range *editSeeds * 2 {
		// Odd seeds: a site in two languages, Spanish pages in content/es/ and
		// beside the English ones (x.es.md), each language a plan of its own.
		multi := seed%2 == 1
		t.Run(fmt.Sprint("seed", seed/2, map[bool]string{true: "-two-languages"}[multi]), func(t *testing.T) {
			s := &randomSite{t: t, dir: t.TempDir(), rng: rand.New(rand.NewPCG(uint64(seed/2), 7))}
			if multi {
				s.langs = "[languages.en]\nweight = 1\n[languages.es]\nweight = 2\n"
				s.write("followup.toml", s.langs)
				s.write("content/es/_index.md", "---\ntitle: Inicio\n---\n\nBienvenido.\n")
				s.write("content/es/guia.md", "---\ntitle: Guía\n---\n\nTexto.\n")
				s.write("content/nota.es.md", "---\ntitle: Nota\n---\n\nOtra.\n")
			}
			s.write("content/_index.md", "---\ntitle: Home\n---\n\nWelcome.\n")
			s.write("content/img/chart.png", "PNG")
			s.checklist("Call")
			for range 6 {
				s.edit()
			}
			dest := filepath.Join(t.TempDir(), "public")
			root, err := os.OpenRoot(s.dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			src, closeSrc, err := OpenSource(s.dir, "") // as serve reads: folders kept open
			if err != nil {
				t.Fatal(err)
			}
			defer closeSrc()
			b, err := NewBuilder(src, mustDest(t, dest), opts)
			if err != nil {
				t.Fatal(err)
			}
			partial, failed := 0, 0
			var lastErr error
			for step := range 60 {
				what, paths := "initial build", []string{}
				switch {
				case step > 0 && lastErr != nil && s.rng.IntN(3) > 0:
					what, paths = s.repair(lastErr)
				case step > 0:
					what, paths = s.edit()
				}
				b.Changed(paths...)
				u, err := b.Build(context.Background())
				want := &memSink{}
				_, wantErr := Generate(context.Background(), root.FS(), opts, want)
				lastErr = wantErr
				if fmt.Sprint(err) != fmt.Sprint(wantErr) {
					t.Fatalf("step %d (%s): Build error %v, Generate error %v", step, what, err, wantErr)
				}
				if err != nil {
					failed++
					if step == 0 {
						t.Logf("initial build: %v", err)
					}
					continue
				}
				if !u.Full {
					partial++
				}
				got := readTree(t, dest)
				if diff := treeDiff(got, texts(want.files)); diff != "" {
					t.Fatalf("step %d (%s, full=%v): Builder output differs from Generate: %s", step, what, u.Full, diff)
				}
			}
			t.Logf("%d builds, %d partial, %d failed as Generate did", 60, partial, failed)
			if partial == 0 {
				t.Errorf("no build took the partial path")
			}
		})
	}
}

func treeDiff(got, want map[string]string) string {
	for f, w := range want {
		g, ok := got[f]
		switch {
		case !ok:
			return "missing " + f
		case g != w:
			return fmt.Sprintf("%s = %.300q, want %.300q", f, firstDiff(g, w), firstDiff(w, g))
		}
	}
	for f := range got {
		if _, ok := want[f]; !ok {
			return "extra file " + f
		}
	}
	return ""
}

// firstDiff returns a from a little before where it starts to differ from b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[max(0, i-80):]
}

// TestBuilderWritesOnlyChanges checks that a body edit rewrites one page
// and a no-op build writes nothing.
func TestBuilderWritesOnlyChanges(t *testing.T) {
	src := t.TempDir()
	s := &randomSite{t: t, dir: src}
	s.write("content/guides/a.md", "---\ntitle: A\n---\n\nAlpha.\n")
	s.write("content/guides/b.md", "---\ntitle: B\n---\n\nBeta.\n")
	root, _ := os.OpenRoot(src)
	defer root.Close()
	dest := filepath.Join(t.TempDir(), "public")
	b, err := NewBuilder(root.FS(), mustDest(t, dest), Options{SiteName: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	u, err := b.Build(context.Background())
	if err != nil || u.Changed() {
		t.Fatalf("Build with no change = %+v, %v; want nothing written", u, err)
	}
	s.write("content/guides/a.md", "---\ntitle: A\n---\n\nAlpha, edited.\n")
	b.Changed("content/guides/a.md")
	u, err = b.Build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The editions hold every page, and the packet the first guide (the
	// overview): they change with it.
	if want := []string{"downloads/x-offline.zip", "downloads/x.epub", "guides/a/index.html", "handouts/index.html", "print/index.html"}; u.Full || !slices.Equal(u.Written, want) || len(u.Removed) > 0 {
		t.Errorf("body edit: Full=%v Written=%v Removed=%v, want a partial build writing %v", u.Full, u.Written, u.Removed, want)
	}
	got, _ := os.ReadFile(filepath.Join(dest, "guides/a/index.html"))
	if !bytes.Contains(got, []byte("Alpha, edited.")) {
		t.Errorf("guides/a/index.html lacks the edit")
	}
	os.Remove(filepath.Join(src, "content/guides/b.md"))
	b.Changed("content/guides/b.md")
	if u, err = b.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(u.Removed, "guides/b/index.html") {
		t.Errorf("delete: Removed = %v, want guides/b/index.html", u.Removed)
	}
	if _, err := os.Stat(filepath.Join(dest, "guides/b")); err == nil {
		t.Errorf("guides/b/ still exists after its page was deleted")
	}
}

// TestBuilderBodyEmptied: emptying or filling a page's body, front matter
// unchanged, can change what the site plans (the editions hold only pages
// with content; a handout must have some), so the Builder's output and
// errors after it are Generate's.
func TestBuilderBodyEmptied(t *testing.T) {
	const page = "content/guides/email.md"
	tests := []struct {
		name   string
		config string
		other  string // another page, "" for none
	}{
		{"the only page with content", "title = \"T\"\n", ""},
		{"a handout", "title = \"T\"\n[handouts]\nguides = [\"guides/email.md\"]\n", "---\ntitle: Call\n---\n\nRing them.\n"},
	}
	opts := Options{BuildDate: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), SiteName: "test"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := t.TempDir()
			files := map[string]string{"followup.toml": tt.config, "content/_index.md": "---\ntitle: Home\n---\n", page: "---\ntitle: Email\n---\n\nSend it.\n"}
			if tt.other != "" {
				files["content/guides/call.md"] = tt.other
			}
			writeTree(t, src, files)
			root, err := os.OpenRoot(src)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			dest := filepath.Join(t.TempDir(), "public")
			b, err := NewBuilder(root.FS(), mustDest(t, dest), opts)
			if err != nil {
				t.Fatal(err)
			}
			for i, body := range []string{"Send it.\n", "\n", "Send it again.\n", "\n"} {
				writeTree(t, src, map[string]string{page: "---\ntitle: Email\n---\n\n" + body})
				b.Changed(page)
				_, err := b.Build(context.Background())
				want := &memSink{}
				_, wantErr := Generate(context.Background(), root.FS(), opts, want)
				if fmt.Sprint(err) != fmt.Sprint(wantErr) {
					t.Fatalf("save %d (body %q): Build error %v, Generate error %v", i, body, err, wantErr)
				}
				if err == nil {
					if diff := treeDiff(readTree(t, dest), texts(want.files)); diff != "" {
						t.Fatalf("save %d (body %q): Builder output differs from Generate: %s", i, body, diff)
					}
				}
			}
		})
	}
}

// TestBuilderIgnoresWhatNoBuildReads: saving a file outside the folders a
// build reads (the README, a profile, test output) plans nothing again and
// writes nothing; followup.toml still replans the whole site.
func TestBuilderIgnoresWhatNoBuildReads(t *testing.T) {
	src := t.TempDir()
	writeTree(t, src, map[string]string{"content/a.md": "---\ntitle: A\n---\nText.\n", "README.md": "# Notes\n"})
	root, err := os.OpenRoot(src)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	b, err := NewBuilder(root.FS(), mustDest(t, filepath.Join(t.TempDir(), "public")), testOpts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, changed := range []string{"README.md", "cpu.prof", "test-output/print/page-1.png", "node_modules/axe-core/axe.min.js"} {
		b.Changed(changed)
		u, err := b.Build(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if u.Full || u.Changed() {
			t.Errorf("after a change to %s: full=%v, written %v, removed %v; want nothing done", changed, u.Full, u.Written, u.Removed)
		}
	}
	b.Changed("followup.toml")
	if u, err := b.Build(context.Background()); err != nil || !u.Full {
		t.Errorf("after a change to followup.toml: %v, want the site planned again", err)
	}
}
