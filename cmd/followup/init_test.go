package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// binDir holds the binary the tests build (followupBinary), removed when
// they end.
var binDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "followup-bin-")
	if err != nil {
		panic(err)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// binary builds followup once, for the tests that run it as a user does.
var binary = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(binDir, "followup")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", &exec.ExitError{Stderr: out}
	}
	return bin, nil
})

func followupBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the followup binary")
	}
	bin, err := binary()
	if err != nil {
		t.Fatalf("go build: %v %s", err, err.(*exec.ExitError).Stderr)
	}
	return bin
}

func TestInitAndNewCommands(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my guide")
	runCases(t, []cliCase{
		{"init without a folder", []string{"init"}, 2, "", "followup init: name the folder"},
		{"init", []string{"init", dir}, 0, "cd '" + dir + "'", ""},
		{"init into a folder that is not empty", []string{"init", "--blank", dir}, 2, "", "is not empty"},
		{"init, the flag after the folder", []string{"init", filepath.Join(dir, "blank"), "--blank"}, 0, "wrote a blank site", ""},
		{"init, two folders", []string{"init", "a", "b"}, 2, "", `unexpected argument "b"`},
		{"init -h", []string{"init", "-h"}, 0, "Usage: followup init [--blank] FOLDER", ""},
		{"new", []string{"new", "--source", dir, "content/guides/salary-talk.md"}, 0, "followup: wrote " + filepath.Join(dir, "content/guides/salary-talk.md"), ""},
		{"new, again", []string{"new", "--source", dir, "guides/salary-talk.md"}, 1, "", "content/guides/salary-talk.md exists"},
		{"new, not markdown", []string{"new", "--source", dir, "notes.txt"}, 2, "", "not a markdown file"},
		{"new without a page", []string{"new"}, 2, "", "followup new: name the page"},
	})
	if code, stdout, stderr := runCLI(t, "build", "--source", dir, "--date", "2026-11-27"); code != 0 {
		t.Fatalf("the new site with a new page does not build: %s%s", stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "guides", "salary-talk", "index.html")); err != nil {
		t.Errorf("the new page is not in the site: %v", err)
	}
}

// TestFirstHour does what the README tells a new user to do, with the
// binary: followup init, then build and serve in the new folder, and asks
// the server for a page.
func TestFirstHour(t *testing.T) {
	bin := followupBinary(t)
	dir := filepath.Join(t.TempDir(), "guide")
	if out, err := exec.Command(bin, "init", dir).CombinedOutput(); err != nil {
		t.Fatalf("followup init: %v\n%s", err, out)
	}
	build := exec.Command(bin, "build")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil || !strings.Contains(string(out), "followup: built ") {
		t.Fatalf("followup build: %v\n%s", err, out)
	}
	serve := exec.Command(bin, "serve", "--port", "0")
	serve.Dir = dir
	stdout, err := serve.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	serve.Stderr = serve.Stdout
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	t.Cleanup(func() {
		serve.Process.Signal(syscall.SIGINT)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			serve.Process.Kill()
			<-done
		}
	})
	addr := make(chan string, 1)
	go func() {
		at := regexp.MustCompile(`serving .* at (http://\S+/) `)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := at.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
		close(addr)
		done <- serve.Wait()
	}()
	base, ok := <-addr
	if !ok {
		t.Fatal("followup serve stopped without saying where it serves")
	}
	for _, page := range []string{"", "guides/thank-you-email/", "plan/"} {
		resp, err := http.Get(base + page)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), "<h1") {
			t.Errorf("GET %s%s = %d\n%.300s", base, page, resp.StatusCode, body)
		}
	}
}
