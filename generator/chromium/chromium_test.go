package chromium

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	none := func(string) (string, error) { return "", exec.ErrNotFound }
	_, err := find("", none, "/nonexistent/chromium")
	if !errors.Is(err, ErrNoBrowser) || !strings.Contains(err.Error(), "install it with: apt-get install chromium") {
		t.Errorf("find without a browser = %v, want the message saying what to install", err)
	}
	second := func(name string) (string, error) {
		if name == "chromium-browser" {
			return "/opt/bin/chromium-browser", nil
		}
		return "", exec.ErrNotFound
	}
	if p, err := find("", second, "/nonexistent/chromium"); p != "/opt/bin/chromium-browser" || err != nil {
		t.Errorf("find = %q, %v", p, err)
	}
	env := func(name string) (string, error) {
		if name == "/opt/chrome-dev/chrome" || name == "chromium-browser" {
			return name, nil
		}
		return "", exec.ErrNotFound
	}
	if p, err := find("/opt/chrome-dev/chrome", env, "/nonexistent/chromium"); p != "/opt/chrome-dev/chrome" || err != nil {
		t.Errorf("find with $CHROMIUM = %q, %v; want $CHROMIUM first", p, err)
	}
	if p, err := find("/opt/no-such/chrome", env, "/nonexistent/chromium"); p != "chromium-browser" || err != nil {
		t.Errorf("find with a $CHROMIUM that is not there = %q, %v; want the next one found", p, err)
	}
}
