package audit

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/followup/followup/generator/chromium"
)

// pageTimeout bounds the work on one page in the browser.
const pageTimeout = 60 * time.Second

// browserRun is one run of the checks that need Chromium.
type browserRun struct {
	site       Site
	served     pageSet  // the pages of site.Dir
	disk       pageSet  // the pages of site.DiskDir
	screenshot []string // the files photographed, and clicked through without JavaScript
	sampled    []string // the families of site.Dir sampled, for Report.Sampled
	opts       Options
	logf       func(string, ...any)
	axe, nojs  bool
}

// pageSet is the pages of a folder the browser visits, out of all of them.
type pageSet struct {
	visit []string // sorted
	all   []string // every page but the redirects
}

// newBrowserRun plans the browser's visits of the site, whose pages
// (Pages) the caller has listed.
func newBrowserRun(site Site, pages []string, opts Options) (*browserRun, error) {
	b := &browserRun{site: site, opts: opts, screenshot: screenshotPages(opts.ScreenshotPages, pages)}
	var err error
	if b.served, b.sampled, err = browserPages(site.Dir, slices.Clone(pages), b.screenshot, opts); err != nil {
		return nil, err
	}
	if site.DiskDir != "" {
		disk, err := Pages(os.DirFS(site.DiskDir))
		if err != nil {
			return nil, err
		}
		if b.disk, _, err = browserPages(site.DiskDir, disk, b.screenshot, opts); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// browserPages finds the pages of the folder dir (pages, which it may
// reorder) the browser visits: all but the redirects, or a sample of
// them, and always the pages in keep.
func browserPages(dir string, pages, keep []string, opts Options) (pageSet, []string, error) {
	fsys := os.DirFS(dir)
	redirects, err := Redirects(fsys, pages)
	if err != nil {
		return pageSet{}, nil, err
	}
	set := pageSet{all: slices.DeleteFunc(pages, func(p string) bool { return redirects[p] })}
	set.visit = set.all
	var notes []string
	if !opts.AllPages {
		if set.visit, notes, err = sample(fsys, set.all); err != nil {
			return pageSet{}, nil, err
		}
	}
	for _, p := range keep {
		if !slices.Contains(set.visit, p) && slices.Contains(set.all, p) {
			set.visit = append(set.visit, p)
		}
	}
	slices.Sort(set.visit)
	return set, notes, nil
}

// run serves the site on loopback HTTP, starts Chromium, and runs the axe
// and nojs checks and the screenshots.
func (b *browserRun) run(ctx context.Context) ([]Finding, []string, error) {
	base, stop, err := serve(b.site.Dir, b.site.basePath())
	if err != nil {
		return nil, nil, err
	}
	defer stop()
	bctx, cancel, err := startBrowser(ctx, b.opts.Tools.Chromium)
	if err != nil {
		return nil, nil, err
	}
	defer cancel()

	var findings []Finding
	var shots []string
	if b.axe {
		script, err := os.ReadFile(b.opts.Tools.AxeScript())
		if err != nil {
			return nil, nil, err
		}
		b.logf("running axe-core on %d pages in Chromium (light and dark)", len(b.served.visit))
		fs, err := b.axePages(bctx, base, string(script))
		if err != nil {
			return nil, nil, err
		}
		findings = append(findings, fs...)
	}
	if b.opts.Screenshots != "" {
		b.logf("writing screenshots to %s", b.opts.Screenshots)
		shots, err = b.screenshots(bctx, base)
		if err != nil {
			return nil, nil, err
		}
	}
	if b.nojs {
		b.logf("loading %d pages with JavaScript disabled", len(b.served.visit))
		fs, err := b.noJS(bctx, servedURLs{base}, b.served)
		if err != nil {
			return nil, nil, err
		}
		findings = append(findings, fs...)
		if b.site.DiskDir != "" {
			b.logf("loading %d pages from disk (file://) with JavaScript disabled", len(b.disk.visit))
			dir, err := filepath.Abs(b.site.DiskDir)
			if err != nil {
				return nil, nil, err
			}
			disk, err := b.noJS(bctx, diskURLs{dir}, b.disk)
			if err != nil {
				return nil, nil, err
			}
			for _, f := range disk {
				f.copy = true
				findings = append(findings, f)
			}
			findings = dropRepeats(findings)
		}
	}
	return findings, shots, nil
}

// serve serves dir on a loopback port under basePath ("/", "/guide/")
// and returns its base URL, ending in "/".
func serve(dir, basePath string) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("cannot serve the site on loopback: %w", err)
	}
	handler := http.StripPrefix(strings.TrimSuffix(basePath, "/"), http.FileServer(http.Dir(dir)))
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String() + basePath, func() { srv.Close() }, nil
}

// startBrowser starts headless Chromium (chromium.Start) without scrollbars,
// which would differ between machines in screenshots.
func startBrowser(ctx context.Context, execPath string) (context.Context, context.CancelFunc, error) {
	return chromium.Start(ctx, execPath, chromedp.Flag("hide-scrollbars", true))
}

// inTabs runs work on every page, spread over tabs of the browser, and
// returns the findings. setup prepares each new tab. A long run logs its
// progress, naming it what.
func (b *browserRun) inTabs(bctx context.Context, what string, pages []string, setup func(tab context.Context) error,
	work func(tab context.Context, file string) ([]Finding, error)) ([]Finding, error) {
	tabs := min(runtime.GOMAXPROCS(0), 4, len(pages))
	files := make(chan string)
	var (
		mu       sync.Mutex
		findings []Finding
		errs     []error
		wg       sync.WaitGroup
		done     int
	)
	step := max(len(pages)/10, 100)
	for range tabs {
		wg.Go(func() {
			tab, cancel := chromedp.NewContext(bctx)
			defer cancel()
			err := chromedp.Do(tab)
			if err == nil && setup != nil {
				err = setup(tab)
			}
			for file := range files {
				if err != nil {
					continue // drain
				}
				pctx, cancelPage := context.WithTimeout(tab, pageTimeout)
				fs, perr := work(pctx, file)
				cancelPage()
				mu.Lock()
				findings = append(findings, fs...)
				if perr != nil {
					errs = append(errs, fmt.Errorf("%s: %w", SitePath(file), perr))
				}
				if done++; done%step == 0 {
					b.logf("%s: %d of %d pages", what, done, len(pages))
				}
				mu.Unlock()
			}
			if err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		})
	}
	for _, f := range pages {
		files <- f
	}
	close(files)
	wg.Wait()
	return findings, errors.Join(errs...)
}

// screenshotPages returns the files to photograph, out of pages: those
// asked for, else the home page and the first page two folders deep.
func screenshotPages(asked, pages []string) []string {
	if len(asked) > 0 {
		var files []string
		for _, p := range asked {
			files = append(files, fileOf(p))
		}
		return files
	}
	files := []string{"index.html"}
	for _, p := range pages {
		if strings.Count(p, "/") == 2 && strings.HasSuffix(p, "/index.html") {
			return append(files, p)
		}
	}
	return files
}

// fileOf returns the file a site path is written to: "/" is index.html.
func fileOf(sitePath string) string {
	p := strings.TrimPrefix(sitePath, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		return p + "index.html"
	}
	return p
}

// screenshotWidths are the widths of the screenshots, a phone and a laptop.
var screenshotWidths = []int64{375, 1280}

// screenshots writes full-page PNGs of the screenshot pages, at each width
// in the light and the dark scheme.
func (b *browserRun) screenshots(bctx context.Context, base string) ([]string, error) {
	if err := os.MkdirAll(b.opts.Screenshots, 0o755); err != nil {
		return nil, err
	}
	tab, cancel := chromedp.NewContext(bctx)
	defer cancel()
	var written []string
	for _, file := range b.screenshot {
		if !slices.Contains(b.served.all, file) {
			return nil, fmt.Errorf("cannot photograph %s: the site has no such page", SitePath(file))
		}
		name := strings.Trim(strings.ReplaceAll(strings.TrimSuffix(SitePath(file), "index.html"), "/", "-"), "-")
		if name == "" {
			name = "home"
		}
		for _, scheme := range []string{"light", "dark"} {
			for _, w := range screenshotWidths {
				v := view{scheme: scheme, width: w}
				if err := chromedp.Do(tab, v.apply(), chromedp.Navigate(base+strings.TrimSuffix(file, "index.html"))); err != nil {
					return nil, err
				}
				png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
				if err != nil {
					return nil, err
				}
				out := filepath.Join(b.opts.Screenshots, fmt.Sprintf("%s-%d-%s.png", name, w, scheme))
				if err := os.WriteFile(out, png, 0o644); err != nil {
					return nil, err
				}
				written = append(written, out)
			}
		}
	}
	return written, nil
}
