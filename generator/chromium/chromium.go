// Package chromium finds and launches the Chromium installed on the
// machine: everything in followup that drives a browser (printing PDFs,
// followup check, the tests) starts it here, so that the flags stay one
// list. It is kept apart from the rest so that what does not drive a
// browser (the live server) does not link chromedp.
//
// Find looks for the browser: $CHROMIUM when set (a path, or a name on the
// PATH), then chromium, chromium-browser, google-chrome-stable and
// google-chrome on the PATH, then /usr/bin/chromium. Without one, its error
// says what to install (apt-get install chromium on Debian and Ubuntu).
// followup never downloads a browser.
//
// Start starts it headless through the DevTools protocol (chromedp), with
// a fresh profile that is removed afterwards and flags that keep it off the
// network (no component updates, no background networking).
package chromium

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/chromedp/chromedp"
)

// browserNames are the names Chromium and Chrome go by on the PATH.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"}

// ErrNoBrowser says that no Chromium was found, and what to install.
var ErrNoBrowser = errors.New("Chromium is needed and none was found (looked for $CHROMIUM, " +
	strings.Join(browserNames, ", ") + " on the PATH and /usr/bin/chromium): install it with: apt-get install chromium")

// Find returns the path of a Chromium or Chrome on this machine.
func Find() (string, error) {
	return find(os.Getenv("CHROMIUM"), exec.LookPath, "/usr/bin/chromium")
}

func find(env string, lookPath func(string) (string, error), fallback string) (string, error) {
	names := browserNames
	if env != "" {
		names = append([]string{env}, names...)
	}
	for _, name := range names {
		if p, err := lookPath(name); err == nil {
			return p, nil
		}
	}
	if info, err := os.Stat(fallback); err == nil && !info.IsDir() {
		return fallback, nil
	}
	return "", ErrNoBrowser
}

// Start starts the browser at execPath headless, with a fresh profile, and
// returns a context for its first tab; cancel stops it and removes the
// profile. Besides chromedp's defaults (no first-run, no background
// networking), its flags keep it off the network on its own (no QUIC, no
// component updates), which a closed CI network refuses, and let it run as
// root in a container (no sandbox, no GPU). extra adds options, such as a
// window size. Everything in followup that drives a browser starts it here.
func Start(ctx context.Context, execPath string, extra ...chromedp.ExecAllocatorOption) (context.Context, context.CancelFunc, error) {
	profile, err := os.MkdirTemp("", "followup-chromium-")
	if err != nil {
		return nil, nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, append(opts, extra...)...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	cancel := func() {
		cancelBrowser()
		cancelAlloc()
		os.RemoveAll(profile)
	}
	if err := chromedp.Do(bctx); err != nil {
		cancel()
		return nil, nil, fmt.Errorf("cannot start %s: %w", execPath, err)
	}
	return bctx, cancel, nil
}
