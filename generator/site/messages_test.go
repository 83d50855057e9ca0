package site

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOneMessage: a mistake the catalogue lists is reported once, with no
// second message that contradicts or repeats it.
func TestOneMessage(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // the whole error, one line
	}{
		{"a theme that is not a folder name", map[string]string{"followup.toml": "title = \"Guide\"\ntheme = \"../../../etc\"\n"},
			`followup.toml:2: theme: must be the name of a folder under themes/: "../../../etc" contains '/'; use letters, digits and hyphens`},
		{"a YAML alias bomb", map[string]string{"content/guides/a.md": aliasBomb},
			`content/guides/a.md:6: the aliases (*name) in this value expand to too many values: write the values out, or refer to fewer anchors`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := t.TempDir()
			writeTree(t, src, goodSite)
			writeTree(t, src, tt.files)
			_, err := build(src, filepath.Join(src, "public"), testOpts)
			if err == nil {
				t.Fatal("the build succeeded")
			}
			if got := strings.TrimSpace(err.Error()); got != tt.want {
				t.Errorf("build error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestByteOrderMark: followup.toml and a checklist saved with a byte order
// mark (as Windows editors do) build, as pages do (the timeline rules: in
// package timeline).
func TestByteOrderMark(t *testing.T) {
	const bom = "\xef\xbb\xbf"
	for name, data := range map[string]string{
		"followup.toml":         "title = \"Guide\"\n",
		"checklists/email.yaml": goodSite["checklists/email.yaml"],
	} {
		t.Run(name, func(t *testing.T) {
			src := t.TempDir()
			writeTree(t, src, goodSite)
			writeTree(t, src, map[string]string{name: bom + data})
			if _, err := build(src, filepath.Join(src, "public"), testOpts); err != nil {
				t.Errorf("%s with a BOM: %v", name, err)
			}
		})
	}
}
