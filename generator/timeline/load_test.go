package timeline

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestLoadErrors loads each testdata/load/*.txtar's timeline.toml as
// data/timeline.toml and compares the error with its error section (empty:
// the file is valid). The messages are the spec: they are written by hand.
func TestLoadErrors(t *testing.T) {
	files, err := filepath.Glob("testdata/load/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			src, want := section(t, a, "timeline.toml"), strings.TrimSpace(string(section(t, a, "error")))
			_, err = Load("data/timeline.toml", src, testHelpers)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != want {
				t.Errorf("Load error =\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func section(t *testing.T, a *txtar.Archive, name string) []byte {
	t.Helper()
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data
		}
	}
	t.Fatalf("no -- %s -- section", name)
	return nil
}

func TestLoadReportsEveryError(t *testing.T) {
	src := bytes.Replace(defaultFile, []byte(`id = "last-try"`), []byte(`id = "last-tri"`), 1)
	src = bytes.Replace(src, []byte(`named = 28`), []byte(`named = 0`), 1)
	_, err := Load("data/timeline.toml", src, testHelpers)
	if err == nil {
		t.Fatal("Load succeeded")
	}
	msg := err.Error()
	for _, want := range []string{"window.named must be", `unknown step id "last-tri"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
	for _, line := range strings.Split(msg, "\n") {
		if !strings.HasPrefix(line, "data/timeline.toml:") {
			t.Errorf("error line %q has no path:line", line)
		}
	}
}

// TestLoadByteOrderMark: rules saved with a byte order mark load as without.
func TestLoadByteOrderMark(t *testing.T) {
	if _, err := Load("data/timeline.toml", append([]byte("\xef\xbb\xbf"), defaultFile...), testHelpers); err != nil {
		t.Errorf("Load with a BOM: %v", err)
	}
}
