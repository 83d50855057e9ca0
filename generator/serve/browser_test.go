package serve

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/followup/followup/generator/site"
	"github.com/followup/followup/internal/testtool"
)

// syncBuffer is a log the server writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestBrowser runs the live server and a headless Chromium: the open page
// shows an edit without any action, shows a broken front matter's error
// over the page, and loses it when the file is fixed; a stylesheet change
// is swapped in without a reload.
func TestBrowser(t *testing.T) {
	tab := testtool.Browser(t) // first: skips before the server starts
	src := t.TempDir()
	call := filepath.Join(src, "content/guides/call.md")
	front := "---\ntitle: The follow-up call\n---\n\n"
	write(t, filepath.Join(src, "content/_index.md"), "---\ntitle: After the interview\n---\n\nWelcome.\n")
	write(t, call, front+"Call after five business days.\n")
	write(t, filepath.Join(src, "static/css/extra.css"), "p { color: black }\n")

	ctx, stop := context.WithCancel(context.Background())
	log := &syncBuffer{}
	done := make(chan error)
	opts := site.Options{SiteName: "test", BuildDate: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}
	dest := mustDest(t, src, filepath.Join(src, "public"), opts)
	go func() {
		done <- Run(ctx, Config{Source: src, Dest: dest, Addr: "127.0.0.1:0", Log: log, Options: opts})
	}()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	addr := regexp.MustCompile(`at (http://127\.0\.0\.1:\d+/)`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == ""; time.Sleep(10 * time.Millisecond) {
		if m := addr.FindStringSubmatch(log.String()); m != nil {
			base = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("the server did not start:\n%s", log.String())
		}
	}

	bctx, cancelTimeout := context.WithTimeout(tab, 60*time.Second)
	defer cancelTimeout()

	// waitFor polls a JavaScript condition in the page until it holds.
	waitFor := func(what, js string) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			ok, err := chromedp.Run(bctx, chromedp.Evaluate[bool](js))
			if err == nil && ok {
				return
			}
			if time.Now().After(deadline) {
				body, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
				t.Fatalf("%s: %s never held (err %v); page text:\n%.600s\nserver log:\n%s", what, js, err, body, log.String())
			}
		}
	}

	// Every page records what the Content-Security-Policy refused.
	if _, err := chromedp.Call(bctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.refused = []; document.addEventListener("securitypolicyviolation", e => window.refused.push(e.violatedDirective + " " + e.blockedURI));`}); err != nil {
		t.Fatal(err)
	}
	refused := func(when string) {
		t.Helper()
		if got, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`window.refused || []`)); err != nil || len(got) > 0 {
			t.Errorf("%s: the Content-Security-Policy refused %q (err %v)", when, got, err)
		}
	}

	if _, err := chromedp.Run(bctx, chromedp.Navigate(base+"guides/call/")); err != nil {
		t.Fatal(err)
	}
	waitFor("the page", `document.body.innerText.includes("Call after five business days.")`)
	// A mark that survives only as long as the page is not reloaded.
	chromedp.Run(bctx, chromedp.Evaluate[bool](`window.notReloaded = true`))

	write(t, call, front+"Call after five business days, in the morning.\n")
	waitFor("the edit", `document.body.innerText.includes("in the morning.")`)
	waitFor("a reload", `window.notReloaded !== true`)

	chromedp.Run(bctx, chromedp.Evaluate[bool](`window.notReloaded = true`))
	write(t, filepath.Join(src, "static/css/extra.css"), "p { color: navy }\n")
	waitFor("the stylesheet swap", `[...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.href.includes("followup="))`)
	waitFor("no reload for CSS", `window.notReloaded === true`)

	// A broken value (an unknown key would only be a warning).
	write(t, call, "---\nweight: heavy\n---\n\nCall after five business days, in the morning.\n")
	waitFor("the error overlay", `!!document.getElementById("followup-error") &&
		document.getElementById("followup-error").innerText.includes("content/guides/call.md:2") &&
		document.getElementById("followup-error").innerText.includes("weight: heavy")`)
	if dir := os.Getenv("FOLLOWUP_SCREENSHOTS"); dir != "" {
		if png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(filepath.Join(dir, "overlay.png"), png, 0o644)
		}
	}

	refused("with the overlay")
	write(t, call, front+"Call after five business days, in the morning. Fixed.\n")
	waitFor("the overlay going away", `!document.getElementById("followup-error") && document.body.innerText.includes("Fixed.")`)
	refused("after the reloads")

	for _, line := range []string{"rebuilt in", "content/guides/call.md changed, 2 pages written" /* the page and the print edition */, "rebuild failed in", "content/guides/call.md:2: weight must be a whole number"} {
		if !strings.Contains(log.String(), line) {
			t.Errorf("server log lacks %q:\n%s", line, log.String())
		}
	}
}
