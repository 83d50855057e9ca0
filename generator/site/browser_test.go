package site

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/followup/followup/internal/testtool"
)

// The shipped site, built once for the browser tests of this file, with a
// build date that puts Friday 27 November 2026 in the calculator's window.
var shippedOnDisk = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "followup-browser-")
	if err != nil {
		return "", err
	}
	dir = filepath.Join(dir, "public")
	_, err = build("../..", dir, Options{BuildDate: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	return dir, err
})

func shippedSite(t *testing.T) string {
	t.Helper()
	dir, err := shippedOnDisk()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// browser starts headless Chromium (or skips, or fails under CI) and
// returns a tab; scripts are off when noJS is set. Motion is reduced: the
// site scrolls smoothly otherwise, and a click aimed at an element that is
// still scrolling into view lands elsewhere.
func browser(t *testing.T, noJS bool) context.Context {
	t.Helper()
	ctx, cancelTimeout := context.WithTimeout(testtool.Browser(t, chromedp.WindowSize(1280, 900)), 2*time.Minute)
	t.Cleanup(cancelTimeout)
	reduce := []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}}
	if _, err := call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: reduce}); err != nil {
		t.Fatal(err)
	}
	if noJS {
		if _, err := call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
	}
	return ctx
}

// call sends one DevTools command: no page script is involved, so it works
// with JavaScript disabled.
func call[P, R any](ctx context.Context, c cdp.Command[P, R], p P) (R, error) {
	return chromedp.Run(ctx, chromedp.Action[R](func(ctx context.Context, tgt *chromedp.Target) (R, error) {
		return cdp.Call(ctx, tgt, c, p)
	}))
}

func serveDir(t *testing.T, dir string) string {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}

func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
}

// axNodes returns the page's accessibility tree: what a screen reader gets,
// CSS-generated text included.
func axNodes(t *testing.T, ctx context.Context) []*accessibility.Node {
	t.Helper()
	res, err := call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Nodes
}

func axValue(v *accessibility.Value) string {
	if v == nil {
		return ""
	}
	return strings.Trim(string(v.Value), `"`)
}

func axProperty(n *accessibility.Node, name string) string {
	for _, p := range n.Properties {
		if string(p.Name) == name {
			return axValue(p.Value)
		}
	}
	return ""
}

var progressRE = regexp.MustCompile(`^(\d+ of \d+|All \d+) done$`)

// progress returns the checklists' progress lines as a reader hears them:
// the text of each paragraph, whose CSS-generated content arrives in
// pieces (each counter is a text node of its own).
func progress(t *testing.T, ctx context.Context) []string {
	t.Helper()
	nodes := axNodes(t, ctx)
	byID := map[accessibility.NodeID]*accessibility.Node{}
	for _, n := range nodes {
		byID[n.NodeID] = n
	}
	var lines []string
	for _, n := range nodes {
		if axValue(n.Role) != "paragraph" {
			continue
		}
		var text strings.Builder
		var collect func(id accessibility.NodeID)
		collect = func(id accessibility.NodeID) {
			c := byID[id]
			if c == nil {
				return
			}
			if axValue(c.Role) == "StaticText" {
				text.WriteString(axValue(c.Name))
				return
			}
			for _, g := range c.ChildIDs {
				collect(g)
			}
		}
		for _, c := range n.ChildIDs {
			collect(c)
		}
		if line := text.String(); progressRE.MatchString(line) {
			lines = append(lines, line)
		}
	}
	return lines
}

// focused returns the role and name of the element that has the focus.
func focused(t *testing.T, ctx context.Context) (role, name string) {
	t.Helper()
	for _, n := range axNodes(t, ctx) {
		if axProperty(n, "focused") == "true" && axValue(n.Role) != "RootWebArea" {
			return axValue(n.Role), axValue(n.Name)
		}
	}
	return "", ""
}

func key(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(keys)); err != nil {
		t.Fatal(err)
	}
}

// tabTo presses Tab until an element of the role has the focus.
func tabTo(t *testing.T, ctx context.Context, role string) string {
	t.Helper()
	for range 40 {
		key(t, ctx, "\t")
		if r, name := focused(t, ctx); r == role {
			return name
		}
	}
	t.Fatalf("pressing Tab never reached a %s", role)
	return ""
}

// TestChecklistByKeyboardWithoutJavaScript: with scripts off, two boxes
// ticked with Tab and Space make the progress read "2 of N"; the reset
// button, pressed with the keyboard, clears them.
func TestChecklistByKeyboardWithoutJavaScript(t *testing.T) {
	base := serveDir(t, shippedSite(t))
	ctx := browser(t, true)
	open(t, ctx, base+"workbook/thank-you-email/")
	before := progress(t, ctx)
	if len(before) != 1 || !strings.HasPrefix(before[0], "0 of ") {
		t.Fatalf("progress before = %q, want one line \"0 of N done\"", before)
	}
	total := strings.TrimSuffix(strings.TrimPrefix(before[0], "0 of "), " done")
	first := tabTo(t, ctx, "checkbox")
	key(t, ctx, " ")
	second := tabTo(t, ctx, "checkbox")
	key(t, ctx, " ")
	if got := progress(t, ctx); len(got) != 1 || got[0] != "2 of "+total+" done" {
		t.Fatalf("after ticking %q and %q: progress = %q, want \"2 of %s done\"", first, second, got, total)
	}
	tabTo(t, ctx, "button")
	key(t, ctx, " ")
	if got := progress(t, ctx); len(got) != 1 || got[0] != "0 of "+total+" done" {
		t.Fatalf("after the reset button: progress = %q, want \"0 of %s done\"", got, total)
	}
}

// TestChecklistRemembersTicks: with scripts on, ticks survive a reload
// (localStorage, by page, checklist and item id), and reset forgets them.
func TestChecklistRemembersTicks(t *testing.T) {
	base := serveDir(t, shippedSite(t))
	ctx := browser(t, false)
	url := base + "guides/thank-you-email/"
	open(t, ctx, url)
	ticked := func() int {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("form.checklist input:checked").length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, id := range []string{"cl-thank-you-email-send-within-24h", "cl-thank-you-email-recall-something-specific"} {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#"+id))); err != nil {
			t.Fatal(err)
		}
	}
	if n := ticked(); n != 2 {
		t.Fatalf("%d boxes ticked after two clicks", n)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if n := ticked(); n != 2 {
		t.Fatalf("after a reload %d boxes are ticked, want the 2 remembered", n)
	}
	stored, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`localStorage.getItem("followup:guides/thank-you-email/:thank-you-email")`))
	if !strings.Contains(stored, `"send-within-24h":true`) {
		t.Errorf("stored ticks = %s, want them by item id", stored)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#checklist-thank-you-email button[type=reset]"))); err != nil {
		t.Fatal(err)
	}
	// The reset has run once the boxes are clear and the key is gone; only
	// then reload, so a slow machine cannot reload before the click lands.
	forgot := `document.querySelectorAll("form.checklist input:checked").length === 0 &&
		localStorage.getItem("followup:guides/thank-you-email/:thank-you-email") === null`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](forgot, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("the reset button did not clear the boxes and forget the stored ticks: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if n := ticked(); n != 0 {
		t.Fatalf("after reset and a reload %d boxes are ticked, want none", n)
	}
}

// TestChecklistPrintsOnOnePage prints a checklist's own page: one page,
// no site navigation, and empty boxes whatever was ticked on screen (the
// print with ticks looks exactly like the print without).
func TestChecklistPrintsOnOnePage(t *testing.T) {
	pdfinfo := testtool.Need(t, "pdfinfo", "poppler-utils")
	pdftotext := testtool.Need(t, "pdftotext", "poppler-utils")
	pdftoppm := testtool.Need(t, "pdftoppm", "poppler-utils")
	base := serveDir(t, shippedSite(t))
	ctx := browser(t, false)
	open(t, ctx, base+"workbook/thank-you-email/")
	dir := t.TempDir()
	print := func(name string) string {
		res, err := call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, name+".pdf")
		if err := os.WriteFile(file, res.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		return file
	}
	empty := print("empty")
	for _, id := range []string{"cl-thank-you-email-send-within-24h", "cl-thank-you-email-one-per-interviewer", "cl-thank-you-email-restate-interest"} {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#"+id))); err != nil {
			t.Fatal(err)
		}
	}
	ticked := print("ticked")
	info, _ := exec.Command(pdfinfo, empty).Output()
	if !regexp.MustCompile(`(?m)^Pages:\s+1$`).Match(info) {
		t.Errorf("the checklist prints on more than one page:\n%s", info)
	}
	text, _ := exec.Command(pdftotext, empty, "-").Output()
	for _, nav := range []string{"Skip to content", "Plan your follow-up", "Print and offline", "Clear ticks", "Why and how"} {
		if strings.Contains(string(text), nav) {
			t.Errorf("the printed checklist shows %q", nav)
		}
	}
	if !strings.Contains(string(text), "Your thank-you email") || !strings.Contains(string(text), "workbook/thank-you-email/") {
		t.Errorf("the print lacks the title or the page's address:\n%s", text)
	}
	images := map[string][]byte{}
	for _, f := range []string{empty, ticked} {
		out, err := exec.Command(pdftoppm, "-r", "60", "-gray", f).Output()
		if err != nil {
			t.Fatal(err)
		}
		images[f] = out
	}
	if string(images[empty]) != string(images[ticked]) {
		t.Error("the print with three ticked boxes differs from the print without: boxes do not print empty")
	}
	if out := os.Getenv("FOLLOWUP_TEST_OUTPUT"); out != "" {
		os.MkdirAll(out, 0o755)
		exec.Command(pdftoppm, "-r", "60", "-png", ticked, filepath.Join(out, "checklist-print")).Run()
	}
}

// TestCalculatorByLinksWithoutJavaScript goes from the home page to three
// plans by clicking links found by their accessible names, scripts off, and
// reads the dates off each plan's section: a dated plan is three clicks from
// the home page.
func TestCalculatorByLinksWithoutJavaScript(t *testing.T) {
	base := serveDir(t, shippedSite(t))
	ctx := browser(t, true)
	open(t, ctx, base)
	clickLink(t, ctx, "Plan your follow-up")
	clickLink(t, ctx, "Interview on Friday 27 November 2026")
	clickLink(t, ctx, "They did not say They did not say when they would decide.")
	if got := location(t, ctx); got != base+"plan/2026-11-27/#unsaid" {
		t.Fatalf("three clicks from the home page led to %s", got)
	}
	// Worked out by hand: a Friday interview; the email within 24 hours;
	// the call 2-3 working days after; the email a week after the call;
	// the last try two weeks after that; moving on four weeks after the
	// call.
	wantIn(t, section(t, outerHTML(t, ctx), `id="unsaid"`),
		"Tuesday 1 to Wednesday 2 December 2026",
		"Tuesday 8 to Wednesday 9 December 2026",
		"Tuesday 22 to Wednesday 23 December 2026",
		"Tuesday 29 to Wednesday 30 December 2026")
	clickLink(t, ctx, "Within a day or two They said they would decide within a day or two.")
	if got := location(t, ctx); got != base+"plan/2026-11-27/#soon" {
		t.Fatalf("the soon link led to %s", got)
	}
	// The third working day after Friday 27 November.
	wantIn(t, section(t, outerHTML(t, ctx), `id="soon"`), "Wednesday 2 December 2026")
	clickLink(t, ctx, "By a date they named They named a date by which they would decide.")
	clickLink(t, ctx, "They decide by Wednesday 2 December 2026")
	if got := location(t, ctx); got != base+"plan/2026-11-27/#by-date-2026-12-02" {
		t.Fatalf("the named-date links led to %s", got)
	}
	wantIn(t, section(t, outerHTML(t, ctx), `id="by-date-2026-12-02"`), "Thu 3 Dec</time>: First follow-up call")
}

// section returns the element of html that opens with the attribute attr,
// up to the end of the page: enough to read the plan it starts.
func section(t *testing.T, html, attr string) string {
	t.Helper()
	i := strings.Index(html, attr)
	if i < 0 {
		t.Fatalf("the page has no element with %s", attr)
	}
	end := strings.Index(html[i:], "</section>")
	if end < 0 {
		end = len(html) - i
	}
	return html[i : i+end]
}

func wantIn(t *testing.T, html string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(html, w) {
			t.Errorf("the plan lacks %q:\n%s", w, html)
		}
	}
}

// clickLink clicks the link whose accessible name is name, as a screen
// reader user would find it, and waits for the next page.
func clickLink(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	// The document's node can be replaced while the page settles: ask
	// again, by its backend id, for a moment.
	var res accessibility.QueryAXTreeResult
	var err error
	for try := 0; try < 20; try++ {
		var doc dom.GetDocumentResult
		if doc, err = call(ctx, dom.GetDocument, dom.GetDocumentParams{}); err == nil {
			res, err = call(ctx, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{BackendNodeID: doc.Root.BackendNodeID, AccessibleName: name, Role: "link"})
			if err == nil && len(res.Nodes) > 0 {
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil || len(res.Nodes) == 0 {
		t.Fatalf("no link named %q on %s (%v)", name, location(t, ctx), err)
	}
	node := res.Nodes[0].BackendDOMNodeID
	if _, err := call(ctx, dom.ScrollIntoViewIfNeeded, dom.ScrollIntoViewIfNeededParams{BackendNodeID: node}); err != nil {
		t.Fatal(err)
	}
	quads, err := call(ctx, dom.GetContentQuads, dom.GetContentQuadsParams{BackendNodeID: node})
	if err != nil || len(quads.Quads) == 0 {
		t.Fatalf("link %q has no box: %v", name, err)
	}
	q := quads.Quads[0]
	x, y := (q[0]+q[4])/2, (q[1]+q[5])/2
	before := location(t, ctx)
	for _, kind := range []input.DispatchMouseEventType{input.DispatchMouseEventTypeMousePressed, input.DispatchMouseEventTypeMouseReleased} {
		if _, err := call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: kind, X: x, Y: y, Button: input.MouseButtonLeft, ClickCount: 1}); err != nil {
			t.Fatal(err)
		}
	}
	for range 100 {
		if now, err := currentURL(ctx); err == nil && now != before {
			time.Sleep(100 * time.Millisecond) // let the new page finish loading
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("clicking %q did not leave %s", name, before)
}

func location(t *testing.T, ctx context.Context) string {
	t.Helper()
	url, err := currentURL(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return url
}

// currentURL fails while a navigation swaps the page.
func currentURL(ctx context.Context) (string, error) {
	h, err := call(ctx, page.GetNavigationHistory, cdp.Empty{})
	if err != nil {
		return "", err
	}
	return h.Entries[h.CurrentIndex].URL, nil
}

func outerHTML(t *testing.T, ctx context.Context) string {
	t.Helper()
	doc, err := call(ctx, dom.GetDocument, dom.GetDocumentParams{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := call(ctx, dom.GetOuterHTML, dom.GetOuterHTMLParams{BackendNodeID: doc.Root.BackendNodeID})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(res.OuterHTML)
}
