package main

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestStopSignals stops builds part way with each of the stop signals
// (the site of TestKilledBuildsLeaveACompleteOutput, 300 pages): the build
// says that it stopped and that the output was left as it was, exits with
// 128 + the signal's number, leaves no staging folder, and the output is
// the previous build, byte for byte.
func TestStopSignals(t *testing.T) {
	bin := followupBinary(t)
	src := t.TempDir()
	writeVersion(t, src, 0)
	dest := filepath.Join(src, "public")
	build := func() *exec.Cmd {
		return exec.Command(bin, "build", "--source", src, "--date", "2026-11-27")
	}
	if out, err := build().CombinedOutput(); err != nil {
		t.Fatalf("the first build: %v\n%s", err, out)
	}
	before := digest(t, dest)
	tests := []struct {
		sig  syscall.Signal
		code int
		name string
	}{
		{syscall.SIGINT, 130, "Ctrl+C (SIGINT)"},
		{syscall.SIGTERM, 143, "SIGTERM"},
		{syscall.SIGHUP, 129, "SIGHUP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := build()
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			staging := filepath.Join(filepath.Dir(dest), ".public.staging-*")
			for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(5 * time.Millisecond) {
				if m, _ := filepath.Glob(staging); len(m) > 0 {
					break // the build is writing its staging folder
				}
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatal("the build made no staging folder within 30 s")
				}
			}
			cmd.Process.Signal(tt.sig)
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != tt.code {
				t.Fatalf("build stopped by %s: %v, want exit status %d\n%s", tt.name, err, tt.code, stderr.String())
			}
			want := "followup build: stopped by " + tt.name + "; " + dest + " was left as it was"
			if !strings.Contains(stderr.String(), want) {
				t.Errorf("stderr:\n%s\nwant %q", stderr.String(), want)
			}
			if m, _ := filepath.Glob(staging); len(m) > 0 {
				t.Errorf("the stopped build left %s", m)
			}
			if digest(t, dest) != before {
				t.Error("the stopped build changed the output")
			}
		})
	}
}
