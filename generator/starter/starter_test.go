package starter

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rhysd/actionlint"
	"go.yaml.in/yaml/v3"

	"github.com/followup/followup/generator/config"
)

var date = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

func file(t *testing.T, list []File, name string) []byte {
	t.Helper()
	for _, f := range list {
		if f.Path == name {
			return f.Data
		}
	}
	t.Fatalf("no %s among the files", name)
	return nil
}

// yamlKeys returns the yaml names of a struct's fields.
func yamlKeys(v any) []string {
	var keys []string
	typ := reflect.TypeOf(v)
	for i := range typ.NumField() {
		if k, _, _ := strings.Cut(typ.Field(i).Tag.Get("yaml"), ","); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}

// commented matches a commented-out key or table of followup.toml.
var commented = regexp.MustCompile(`(?m)^# ((\[\[?[a-z_]+\]\]?)|([a-z_]+ = .*))$`)

// TestConfigHasEveryKey checks that followup.toml names every key config
// knows, for the guide and the blank site, and that it loads both as
// written and with every commented-out key switched on.
func TestConfigHasEveryKey(t *testing.T) {
	for _, blank := range []bool{false, true} {
		list, err := Files(Options{Blank: blank, Date: date})
		if err != nil {
			t.Fatal(err)
		}
		src := file(t, list, "followup.toml")
		for _, v := range []any{config.Config{}, config.MenuItem{}, config.Outputs{}, config.Handouts{}, config.Checks{}} {
			for _, key := range yamlKeys(v) {
				if !regexp.MustCompile(`(?m)^(# )?(` + key + ` = |\[\[?` + key + `\]\]?$)`).Match(src) {
					t.Errorf("blank=%v: followup.toml has no key %s (%T)", blank, key, v)
				}
			}
		}
		if _, err := config.Parse(src); err != nil {
			t.Errorf("blank=%v: followup.toml does not load: %v", blank, err)
		}
		on := commented.ReplaceAll(src, []byte("$1"))
		if bytes.Equal(on, src) {
			t.Fatalf("blank=%v: no commented-out key found", blank)
		}
		if _, err := config.Parse(on); err != nil {
			t.Errorf("blank=%v: followup.toml with every key switched on does not load: %v\n%s", blank, err, on)
		}
	}
}

func TestInit(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	for _, blank := range []bool{false, true} {
		dir := filepath.Join(t.TempDir(), "site")
		written, err := Init(dir, Options{Blank: blank, Date: date})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{".github/workflows/publish.yml", ".gitignore", ".gitlab-ci.yml", "followup.toml", "publish.sh"}
		if blank {
			want = append(want, "content/_index.md")
		} else {
			want = append(want, "content/_index.md", "content/guides/thank-you-email.md", "checklists/thank-you-email.yaml", "data/timeline.toml")
		}
		for _, name := range want {
			info, err := os.Stat(filepath.Join(dir, name))
			if err != nil {
				t.Errorf("blank=%v: %v", blank, err)
				continue
			}
			perm := os.FileMode(0o644)
			if name == "publish.sh" {
				perm = 0o755
			}
			if info.Mode().Perm() != perm {
				t.Errorf("blank=%v: %s is %v, want %v", blank, name, info.Mode().Perm(), perm)
			}
		}
		if blank && len(written) != len(want) {
			t.Errorf("blank site: wrote %d files, want %d", len(written), len(want))
		}
		if info, err := os.Stat(filepath.Join(dir, "content")); err != nil || info.Mode().Perm() != 0o755 {
			t.Errorf("blank=%v: content/ is %v (%v), want 0755", blank, info.Mode().Perm(), err)
		}
		if _, err := Init(dir, Options{Blank: blank}); err == nil || !strings.Contains(err.Error(), "is not empty") {
			t.Errorf("blank=%v: init into the written folder: %v, want a refusal", blank, err)
		}
	}
}

func TestInitRefusesAFolderThatIsNotEmpty(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "notes.txt")
	os.WriteFile(keep, []byte("mine"), 0o644)
	if _, err := Init(dir, Options{}); err == nil || !strings.Contains(err.Error(), dir+" is not empty") {
		t.Fatalf("Init(non-empty folder) = %v, want an error saying it is not empty", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries after the refusal, want 1", len(entries))
	}
	if _, err := Init(keep, Options{}); err == nil || !strings.Contains(err.Error(), "is a file") {
		t.Errorf("Init(a file) = %v, want an error saying it is a file", err)
	}
	empty := t.TempDir()
	if _, err := Init(empty, Options{Blank: true}); err != nil {
		t.Errorf("Init(an empty folder) = %v, want success", err)
	}
}

// TestGitHubWorkflowLints runs actionlint over the GitHub Actions workflow
// Init writes.
func TestGitHubWorkflowLints(t *testing.T) {
	list, err := Files(Options{})
	if err != nil {
		t.Fatal(err)
	}
	const name = ".github/workflows/publish.yml"
	src := file(t, list, name)
	linter, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{Color: actionlint.ColorOptionKindNever})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := linter.Lint(name, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("%s:%d:%d: %s [%s]", name, e.Line, e.Column, e.Message, e.Kind)
	}
	for _, want := range []string{"schedule:", "push:", "actions/deploy-pages", "followup build --base-url"} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("%s has no %q", name, want)
		}
	}
}

// TestGitLabPipeline checks .gitlab-ci.yml's shape: a job named pages that
// builds and keeps public/ (what GitLab Pages publishes).
func TestGitLabPipeline(t *testing.T) {
	list, err := Files(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ci struct {
		Pages struct {
			Image     string   `yaml:"image"`
			Script    []string `yaml:"script"`
			Artifacts struct {
				Paths []string `yaml:"paths"`
			} `yaml:"artifacts"`
			Rules []map[string]string `yaml:"rules"`
		} `yaml:"pages"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(file(t, list, ".gitlab-ci.yml")))
	dec.KnownFields(true)
	if err := dec.Decode(&ci); err != nil {
		t.Fatal(err)
	}
	p := ci.Pages
	if p.Image == "" || len(p.Script) != 2 || !strings.HasPrefix(p.Script[1], "followup build") ||
		len(p.Artifacts.Paths) != 1 || p.Artifacts.Paths[0] != "public" || len(p.Rules) != 2 {
		t.Errorf(".gitlab-ci.yml: pages job = %+v, want an image, an install and a build, artifacts public and two rules", p)
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ path, want string }{
		{"content/guides/thank-you-email.md", "Thank you email"},
		{"content/salary_talk.md", "Salary talk"},
		{"content/guides/call/index.md", "Call"},
		{"content/guides/_index.md", "Guides"},
		{"content/_index.md", "My folder"},
		{"content/ème-page.md", "Ème page"},
		{"content/--.md", "Untitled"},
	}
	for _, tt := range tests {
		if got := Title(tt.path, "My-folder"); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestPagePath(t *testing.T) {
	tests := []struct{ arg, want, err string }{
		{"content/guides/x.md", "content/guides/x.md", ""},
		{"guides/x.md", "content/guides/x.md", ""},
		{"./content//a.md", "content/a.md", ""},
		{"", "", "name the page"},
		{"../x.md", "", "outside the site"},
		{"/tmp/x.md", "", "outside the site"},
		{"content/x.txt", "", "not a markdown file"},
	}
	for _, tt := range tests {
		got, err := PagePath(tt.arg)
		if got != tt.want || (err == nil) != (tt.err == "") || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("PagePath(%q) = %q, %v; want %q, %q", tt.arg, got, err, tt.want, tt.err)
		}
	}
}

func TestNewPage(t *testing.T) {
	dir := t.TempDir()
	if err := NewPage(dir, "content/guides/salary-talk.md", date); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "content", "guides", "salary-talk.md"))
	want := "---\ntitle: Salary talk\ndescription: \"\"\ndate: 2026-11-27\n---\n\nWrite the page here, in markdown.\n"
	if string(got) != want {
		t.Errorf("the new page is\n%s\nwant\n%s", got, want)
	}
	os.WriteFile(filepath.Join(dir, "content", "guides", "salary-talk.md"), []byte("mine"), 0o644)
	err := NewPage(dir, "content/guides/salary-talk.md", date)
	if err == nil || !strings.Contains(err.Error(), "content/guides/salary-talk.md exists") {
		t.Errorf("NewPage over a page = %v, want a refusal naming it", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "content", "guides", "salary-talk.md")); string(got) != "mine" {
		t.Errorf("the page was overwritten: %q", got)
	}
	if err := NewPage(dir, "content/a: b.md", date); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "content", "a: b.md")); !bytes.Contains(got, []byte(`title: "A: b"`)) {
		t.Errorf("a title with a colon is not quoted: %s", got)
	}
}
