package main

import (
	"bytes"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func makeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExitCodes(t *testing.T) {
	good := makeSite(t, map[string]string{"content/a.md": "# A\n"})
	bad := makeSite(t, map[string]string{"content/a.md": "---\ntitle: [\n---\n"})
	runCases(t, []cliCase{
		{"no arguments", nil, 2, "", "Usage:"},
		{"unknown command", []string{"bild"}, 2, "", `unknown command "bild"`},
		{"help", []string{"help"}, 0, "followup <command>", ""},
		{"help build", []string{"help", "build"}, 0, "-base-url", ""},
		{"help unknown", []string{"help", "nope"}, 2, "", `unknown command "nope"`},
		{"version", []string{"version"}, 0, "followup 0.1.0", ""},
		{"bad flag", []string{"build", "--nope"}, 2, "", "flag provided but not defined: -nope"},
		{"stray argument", []string{"build", "content"}, 2, "", `unexpected argument "content"`},
		{"bad date", []string{"build", "--source", good, "--date", "27/11/2026"}, 2, "", `--date "27/11/2026" is not a date`},
		{"bad base url", []string{"build", "--source", good, "--base-url", "example.org"}, 2, "", "--base-url:"},
		{"missing source", []string{"build", "--source", filepath.Join(good, "nope")}, 2, "", "does not exist"},
		{"content error", []string{"build", "--source", bad}, 1, "", "content/a.md:2: invalid YAML"},
		{"success", []string{"build", "--source", good, "--date", "2026-11-27"}, 0, "followup: built", ""},
		{"source is a file", []string{"build", "--source", filepath.Join(good, "content", "a.md")}, 2, "", "--source: " + filepath.Join(good, "content", "a.md") + " is a file, not a folder"},
		{"missing content folder", []string{"build", "--source", good, "--content", filepath.Join(good, "nope")}, 2, "", "--content: folder " + filepath.Join(good, "nope") + " does not exist"},
		{"dest is the source", []string{"build", "--source", good, "--dest", good}, 2, "", "--dest: destination " + good + " contains the source folder"},
		{"dest holds other files", []string{"build", "--source", good, "--dest", filepath.Join(good, "content")}, 2, "", "--dest: destination"},
		{"build -h", []string{"build", "-h"}, 0, "Usage: followup build [flags]", ""},
		{"serve --help", []string{"serve", "--help"}, 0, "Usage: followup serve [flags]", ""},
		{"check -h", []string{"check", "-h"}, 0, "Usage: followup check", ""},
		{"bad flag says where help is", []string{"serve", "--nope"}, 2, "", "Run 'followup help serve' for its flags."},
		{"bad bind address", []string{"serve", "--source", good, "--bind", "999.1.1.1"}, 2, "", `--bind "999.1.1.1" is not an address of this machine`},
		{"bad port", []string{"serve", "--source", good, "--port", "70000"}, 2, "", "--port 70000 is not a port number"},
	})
}

// cliCase is a command line and what it must give: the exit code, and
// text that stdout and stderr must hold.
type cliCase struct {
	name           string
	args           []string
	code           int
	stdout, stderr string
}

// runCases runs each command line, in order, as a subtest.
func runCases(t *testing.T, tests []cliCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("followup %s = exit %d\nstdout: %s\nstderr: %s\nwant exit %d, stdout with %q, stderr with %q",
					strings.Join(tt.args, " "), code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestContentErrorSummary(t *testing.T) {
	bad := makeSite(t, map[string]string{"content/a.md": "---\nweight: x\n---\n", "content/b.md": "---\ndraft: maybe\n---\n"})
	code, _, stderr := runCLI(t, "build", "--source", bad)
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if code != 1 || len(lines) != 3 || !strings.HasPrefix(lines[0], "content/a.md:2:") || !strings.HasPrefix(lines[1], "content/b.md:2:") || !strings.Contains(lines[2], "build failed with 2 errors") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

func TestWarningsAndStrict(t *testing.T) {
	src := makeSite(t, map[string]string{"content/a.md": "---\ntitle: A\nfavourite: x\n---\nSee [B](B.md).\n", "content/b.md": "# B\n"})
	code, stdout, stderr := runCLI(t, "build", "--source", src, "--date", "2026-11-27")
	wantErr := "content/a.md:3: warning: unknown key \"favourite\""
	if code != 0 || !strings.Contains(stderr, wantErr) || !strings.Contains(stdout, "; 2 warnings (1 link_case, 1 unknown_keys)") {
		t.Errorf("build = exit %d\nstdout: %s\nstderr: %s\nwant exit 0, %q and a count by kind", code, stdout, stderr, wantErr)
	}
	code, _, stderr = runCLI(t, "build", "--strict", "--source", src, "--date", "2026-11-27")
	if code != 1 || !strings.Contains(stderr, "content/a.md:3: unknown key \"favourite\"") || !strings.Contains(stderr, "build failed with 2 errors") {
		t.Errorf("build --strict = exit %d\nstderr: %s\nwant exit 1 with both warnings as errors", code, stderr)
	}
}

func TestBuildDate(t *testing.T) {
	now := time.Date(2026, 11, 23, 15, 4, 5, 0, time.UTC)
	tests := []struct {
		flag, epoch string
		want        string
	}{
		{"2026-11-27", "1700000000", "2026-11-27"},
		{"", "1700000000", "2023-11-14"},
		{"", "", "2026-11-23"},
	}
	for _, tt := range tests {
		got, err := buildDate(tt.flag, tt.epoch, now)
		if err != nil || got.Format("2006-01-02") != tt.want || got.Hour() != 0 {
			t.Errorf("buildDate(%q, %q) = %v, %v; want %s at midnight", tt.flag, tt.epoch, got, err, tt.want)
		}
	}
	if _, err := buildDate("", "soon", now); err == nil {
		t.Error("a SOURCE_DATE_EPOCH that is not a number was accepted")
	}
	for flag, ok := range map[string]bool{"1900-01-01": true, "2200-12-31": true, "1899-12-31": false, "2201-01-01": false, "9999-12-01": false, "0001-01-01": false} {
		_, err := buildDate(flag, "", now)
		var usage usageError
		if ok != (err == nil) || (err != nil && !errors.As(err, &usage)) {
			t.Errorf("buildDate(%q) error = %v; want a usage error only outside 1900-2200", flag, err)
		}
	}
}

// TestOfflineDirOverlap: an offline folder that is, holds or lies inside
// the output folder, or holds the source, is a usage error found before
// building, and the last output stays as it was.
func TestOfflineDirOverlap(t *testing.T) {
	src := makeSite(t, map[string]string{"content/a.md": "# A\n"})
	public := filepath.Join(src, "public")
	if code, _, stderr := runCLI(t, "build", "--source", src, "--date", "2026-11-27"); code != 0 {
		t.Fatal(stderr)
	}
	before, err := os.ReadFile(filepath.Join(public, "a", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(src, "content", "a.md"), []byte("# Changed\n"), 0o644)
	tests := []struct {
		name, dir, want string
	}{
		{"the output folder", public, "overlaps the output folder"},
		{"inside it", filepath.Join(public, "offline"), "overlaps the output folder"},
		{"around the source", filepath.Dir(src), "contains the source folder"},
		{"the source's content", filepath.Join(src, "content", "offline"), "inside content/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "build", "--source", src, "--date", "2026-11-27", "--offline-dir", tt.dir)
			if code != 2 || !strings.Contains(stderr, "--offline-dir: ") || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %s; want exit 2 and %q", code, stderr, tt.want)
			}
			if after, _ := os.ReadFile(filepath.Join(public, "a", "index.html")); !bytes.Equal(after, before) {
				t.Error("the refused build changed the output folder")
			}
		})
	}
	outside := filepath.Join(t.TempDir(), "offline")
	if code, _, stderr := runCLI(t, "build", "--source", src, "--date", "2026-11-27", "--offline-dir", outside); code != 0 {
		t.Fatalf("an offline folder beside the output: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(outside, "index.html")); err != nil {
		t.Fatal(err)
	}
}

// TestServePortInUse: a port another program holds is an error that says
// what to do, not a bare system message.
func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	site := makeSite(t, map[string]string{"content/a.md": "# A\n"})
	code, _, stderr := runCLI(t, "serve", "--source", site, "--port", port)
	if code != 1 || !strings.Contains(stderr, "cannot listen on 127.0.0.1:"+port) || !strings.Contains(stderr, "--port 0 picks a free one") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
}
