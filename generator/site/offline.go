package site

import (
	"bytes"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/edition/bundle"
	"github.com/followup/followup/generator/edition/rewrite"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

// The offline copy, downloads/<site>-offline.zip, is the site to read
// without a connection: unzipped, its <site>/index.html opens in any
// browser from disk (file://). Every link in it is relative and names a
// file ("../about/index.html"), since a browser reading from disk shows a
// folder listing for a link to a folder; it has no module scripts, fetches
// nothing and loads nothing from another site.
//
// It holds every page and file of the site except
//
//   - the dated calculator (plan/<date>/..., its calendar plan/ and the
//     .ics files): some 2,600 pages and 40 MB that go out of date within
//     days, while a copy is kept for weeks. The evergreen plans by weekday,
//     plan/by-weekday/, never go stale and are in; plan/index.html is a
//     page of its own that leads to them and, with a base URL, to the
//     calculator online;
//   - what only a web server uses: 404.html, the alias redirect pages,
//     sitemap.xml, robots.txt;
//   - the copy itself: downloads/index.html is a version of its own that
//     offers what the copy holds.
//
// A link to something the copy leaves out leads online with a base URL,
// else to the nearest page above it that the copy has.
//
// The copy is not rendered again: each page it holds is taken as the build
// writes it (offlineTee, the sink the build renders into, passes it on),
// its links rewritten (package rewrite) and compressed on the worker that
// rendered it, so the build keeps only compressed bytes until
// the archive is written, last. The archive is deterministic (package
// bundle): its entries are sorted and dated with the build date.
// followup build --offline-dir DIR unpacks the same files into a folder.

// offlineCopy gathers the copy's files as the build renders them.
type offlineCopy struct {
	has   map[string]bool // output files the copy holds
	mu    sync.Mutex
	files map[string]bundle.File // by output file; a Builder's partial rebuild replaces what it renders again
}

// offlineLinker writes the copy's links.
var offlineLinker = urls.Linker{Offline: true}

// planOffline plans the offline copy: it holds what the jobs that produce
// its files write, which the build's sink passes on to it (offlineTee).
func (p *plan) planOffline() {
	e := p.editions
	e.zip = downloadsPath + e.slug + "-offline.zip"
	oc := &offlineCopy{has: map[string]bool{}, files: map[string]bundle.File{}}
	e.offline = oc
	left := p.offlineLeavesOut()
	for _, jobs := range [][]job{p.jobs, p.late} {
		for _, j := range jobs {
			if !left(j.file) {
				oc.has[j.file] = true
			}
		}
	}
	oc.has[downloadsPath+"index.html"] = true
	if p.calc.enabled {
		oc.has[planPath+"index.html"] = true
	}
	p.addFinal(job{file: e.zip, claim: "the offline copy", run: p.renderOffline})
}

// offlineTee is the sink a build with an offline copy renders into: it
// writes every file to the build's sink and keeps those the copy holds.
// The pages of the copy's own (downloads/, plan/) are not the build's: the
// build renders them into the copy alone (renderOffline), so the site's
// versions pass through untouched.
type offlineTee struct {
	Sink
	p *plan
}

func (t offlineTee) Write(path string, data []byte) error {
	if oc := t.p.editions.offline; oc.has[path] && !oc.own(path) {
		if err := t.p.keepOffline(path, data); err != nil {
			return err
		}
	}
	return t.Sink.Write(path, data)
}

// own reports whether the copy has its own version of an output file.
func (oc *offlineCopy) own(file string) bool {
	return file == downloadsPath+"index.html" || file == planPath+"index.html"
}

// teeOffline returns the sink to render into: sink, and the offline copy
// when the site has one.
func (p *plan) teeOffline(sink Sink) Sink {
	if p.editions == nil || p.editions.offline == nil {
		return sink
	}
	return offlineTee{Sink: sink, p: p}
}

// offlineLeavesOut returns what the copy leaves out, by output file.
func (p *plan) offlineLeavesOut() func(file string) bool {
	aliases := map[string]bool{}
	for _, pg := range p.site.Pages {
		for _, a := range pg.Aliases {
			aliases[urls.File(a)] = true
		}
	}
	return func(file string) bool {
		switch {
		case strings.HasPrefix(file, planPath):
			return !strings.HasPrefix(file, planPath+"by-weekday/")
		case file == "404.html", file == "sitemap.xml", file == "robots.txt", file == downloadsPath+"index.html":
			return true
		}
		return aliases[file]
	}
}

// keepOffline adds one file to the copy: a page with its links rewritten,
// compressed unless it is compressed already.
func (p *plan) keepOffline(file string, data []byte) error {
	name := p.editions.slug + "/" + file
	var f bundle.File
	var err error
	switch ext := path.Ext(file); {
	case ext == ".html":
		var out bytes.Buffer
		out.Grow(len(data) + len(data)/16)
		if err := rewrite.Rewrite(&out, data, &rewrite.Rules{Base: sitePathOf(file), Link: p.offlineLink(sitePathOf(file))}); err != nil {
			return err
		}
		f, err = bundle.Compress(name, out.Bytes())
	case compressed[ext]:
		f = bundle.Store(name, bytes.Clone(data))
	default:
		f, err = bundle.Compress(name, data)
	}
	if err != nil {
		return err
	}
	oc := p.editions.offline
	oc.mu.Lock()
	oc.files[file] = f
	oc.mu.Unlock()
	return nil
}

// compressed are the file types deflate cannot shrink.
var compressed = map[string]bool{".zip": true, ".epub": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".pdf": true, ".woff2": true, ".woff": true}

// sitePathOf is the site path of an output file: "x/index.html" -> "x/".
func sitePathOf(file string) string {
	if file == "index.html" || strings.HasSuffix(file, "/index.html") {
		return strings.TrimSuffix(file, "index.html")
	}
	return file
}

// offlineLink writes a link of the copy's page at site path from.
func (p *plan) offlineLink(from string) func(rewrite.Target) (string, bool) {
	has := p.editions.offline.has
	return func(t rewrite.Target) (string, bool) {
		if t.External {
			return t.Raw, true
		}
		if has[urls.File(t.Path)] {
			return href(offlineLinker, from, t.Path, t.Fragment), true
		}
		if p.cfg.BaseURL != "" {
			return p.absolute(t.Path, t.Fragment), true
		}
		up := t.Path
		for up != "" && !has[urls.File(up)] {
			up = parentOf(up)
		}
		return href(offlineLinker, from, up, ""), true
	}
}

// parentOf is the folder above a site path: "a/b/" -> "a/", "a/" -> "".
func parentOf(sitePath string) string {
	dir := path.Dir(strings.TrimSuffix(sitePath, "/"))
	if dir == "." {
		return ""
	}
	return dir + "/"
}

// renderOffline renders the copy's own pages and writes the archive.
func (p *plan) renderOffline(b *bytes.Buffer) error {
	var page bytes.Buffer
	if err := p.renderDownloads(&page, true); err != nil {
		return err
	}
	if err := p.keepOffline(downloadsPath+"index.html", page.Bytes()); err != nil {
		return err
	}
	if p.calc.enabled {
		page.Reset()
		pg := &content.Page{Kind: content.KindSection, Title: "Plan your follow-up", Path: planPath, Parent: p.site.Home,
			Description: "The plans by weekday of the interview work in this copy; the calculator with dated plans is on the website."}
		data := view.PageData{Page: pg, Kind: "plan-offline", Data: p.cfg.BaseURL}
		if err := p.renderGenerated(&page, "plan-offline", data, needPlan); err != nil {
			return err
		}
		if err := p.keepOffline(planPath+"index.html", page.Bytes()); err != nil {
			return err
		}
	}
	oc := p.editions.offline
	oc.mu.Lock()
	files := slices.Collect(maps.Values(oc.files))
	oc.mu.Unlock()
	return bundle.Write(b, files, p.opts.BuildDate)
}
