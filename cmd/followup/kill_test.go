package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// digest summarises a folder: every file's path and content hash.
func digest(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		lines = append(lines, fmt.Sprintf("%s %x", rel, sha256.Sum256(data)))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// writeVersion writes one of two versions of a site big enough that a
// build takes a while: the versions differ in every page and in the set of
// pages.
func writeVersion(t *testing.T, src string, version int) {
	t.Helper()
	os.RemoveAll(filepath.Join(src, "content"))
	for i := range 300 + version*20 {
		body := fmt.Sprintf("---\ntitle: Page %d, version %d\nweight: %d\ntags: [t%d]\n---\n## Part one\n\n%s\n\n## Part two\n\n- [ ] step %d\n",
			i, version, i+1, i%7, strings.Repeat(fmt.Sprintf("Version %d text. ", version), 40), i)
		p := filepath.Join(src, "content", fmt.Sprintf("s%d", i%10), fmt.Sprintf("p%d.md", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestKilledBuildsLeaveACompleteOutput kills builds with SIGKILL at random
// moments, 50 times: public/ must always be one complete earlier build,
// and the next build must clean up what the killed one left.
func TestKilledBuildsLeaveACompleteOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs 50 builds")
	}
	bin := followupBinary(t)
	src := t.TempDir()
	dest := filepath.Join(src, "public")
	build := func() *exec.Cmd {
		return exec.Command(bin, "build", "--source", src, "--date", "2026-11-27")
	}
	complete := map[string]int{}
	var took time.Duration
	for v := range 2 {
		writeVersion(t, src, v)
		start := time.Now()
		if out, err := build().CombinedOutput(); err != nil {
			t.Fatalf("build of version %d: %v\n%s", v, err, out)
		}
		took = max(took, time.Since(start))
		complete[digest(t, dest)] = v
	}
	if len(complete) != 2 {
		t.Fatal("the two versions build to the same output")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	killedMidway := 0
	for i := range 50 {
		writeVersion(t, src, i%2)
		cmd := build()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(took))))
		cmd.Process.Signal(syscall.SIGKILL)
		if err := cmd.Wait(); err != nil {
			killedMidway++
		}
		if _, ok := complete[digest(t, dest)]; !ok {
			t.Fatalf("kill %d: public/ is not a complete earlier build", i+1)
		}
	}
	t.Logf("%d of 50 builds were killed before they finished (a build takes up to %v)", killedMidway, took)
	if killedMidway < 10 {
		t.Errorf("only %d builds were killed midway: the test did not exercise interrupted builds", killedMidway)
	}
	if out, err := build().CombinedOutput(); err != nil {
		t.Fatalf("the build after the kills: %v\n%s", err, out)
	}
	leftovers, _ := filepath.Glob(filepath.Join(src, ".public.staging-*"))
	if len(leftovers) > 0 {
		t.Errorf("staging folders left after a successful build: %v", leftovers)
	}
}
