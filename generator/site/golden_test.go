package site

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/sites/*.txtar")

// memSink keeps a build's output in memory.
type memSink struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (m *memSink) Write(path string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.files == nil {
		m.files = map[string][]byte{}
	}
	if _, dup := m.files[path]; dup {
		return fmt.Errorf("%s written twice", path)
	}
	m.files[path] = append([]byte(nil), data...)
	return nil
}

// Golden site archives hold an input tree and the expected build:
//
//	-- options --              optional: "drafts", "strict", "base-url https://...", "date 2026-11-20"
//	-- content/_index.md --    the source files...
//	-- files --                every output file; static theme files with a hash
//	-- public/index.html --    the full content of every generated file
//	-- errors --               instead of output: the build's errors, one per line
//	-- warnings --             a successful build's warnings, one per line, and their count
//
// go test ./generator/site -run TestGoldenSites -update rewrites the expected parts.
func TestGoldenSites(t *testing.T) {
	archives, _ := filepath.Glob("testdata/sites/*.txtar")
	if len(archives) == 0 {
		t.Fatal("no golden sites")
	}
	for _, file := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			src, opts := fstest.MapFS{}, Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), SiteName: "site"}
			for _, f := range ar.Files {
				switch {
				case f.Name == "options":
					parseOptions(t, string(f.Data), &opts)
				case expectedPart(f.Name):
				default:
					src[f.Name] = &fstest.MapFile{Data: f.Data}
				}
			}
			sink := &memSink{}
			report, err := Generate(context.Background(), src, opts, sink)
			want := map[string]string{}
			if err != nil {
				want["errors"] = err.Error() + "\n"
			} else {
				if len(report.Warnings) > 0 {
					var b strings.Builder
					for _, w := range report.Warnings {
						b.WriteString(w.Warning() + "\n")
					}
					want["warnings"] = b.String() + report.Warnings.Count() + "\n"
				}
				want["files"] = fileList(sink.files)
				for name, data := range sink.files {
					if generated(name) {
						want["public/"+name] = string(data)
					}
				}
			}
			compareArchive(t, file, ar, want)
		})
	}
}

func parseOptions(t *testing.T, s string, opts *Options) {
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		key, value, _ := strings.Cut(line, " ")
		switch key {
		case "drafts":
			opts.Drafts = true
		case "strict":
			opts.Strict = true
		case "base-url":
			opts.BaseURL = value
		case "date":
			d, err := time.Parse("2006-01-02", value)
			if err != nil {
				t.Fatal(err)
			}
			opts.BuildDate = d
		case "":
		default:
			t.Fatalf("unknown option %q", key)
		}
	}
}

// generated reports whether an output is made by the build rather than
// copied from the theme, so its whole content is compared.
func generated(name string) bool {
	switch filepath.Ext(name) {
	case ".html", ".xml", ".txt", ".ics":
		return true
	}
	return false
}

func fileList(files map[string][]byte) string {
	var lines []string
	for name, data := range files {
		line := name
		if !generated(name) {
			line += fmt.Sprintf(" sha256:%x", sha256.Sum256(data))[:20]
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

// compareArchive checks want against the archive's expected sections, or
// with -update rewrites them.
func compareArchive(t *testing.T, file string, ar *txtar.Archive, want map[string]string) {
	t.Helper()
	var kept []txtar.File
	have := map[string]bool{}
	for _, f := range ar.Files {
		if !expectedPart(f.Name) {
			kept = append(kept, f)
			continue
		}
		have[f.Name] = true
		got, ok := want[f.Name]
		switch {
		case !ok && !*update:
			t.Errorf("%s: expected, but the build did not produce it (errors: %s)", f.Name, want["errors"])
		case ok && string(f.Data) != got && !*update:
			t.Errorf("%s differs:\n--- got ---\n%s\n--- want ---\n%s", f.Name, got, f.Data)
		}
	}
	for name := range want {
		if !have[name] && !*update {
			t.Errorf("%s: produced by the build but missing from %s (run with -update)", name, file)
		}
	}
	if !*update {
		return
	}
	names := make([]string, 0, len(want))
	for name := range want {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return order(names[i]) < order(names[j]) })
	for _, name := range names {
		kept = append(kept, txtar.File{Name: name, Data: []byte(want[name])})
	}
	ar.Files = kept
	if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

// expectedPart reports whether an archive's file is what the build gives,
// rather than its input.
func expectedPart(name string) bool {
	return name == "files" || name == "errors" || name == "warnings" || strings.HasPrefix(name, "public/")
}

// order puts errors, warnings and the file list before the files' contents.
func order(name string) string {
	switch name {
	case "errors", "warnings":
		return "0"
	case "files":
		return "1"
	}
	return "2" + name
}
