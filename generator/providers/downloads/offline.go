package downloads

import (
	"bytes"
	"errors"
	"io"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/edition/bundle"
	"github.com/followup/followup/generator/edition/rewrite"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/edition"
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
// writes it (the core tees it every file it writes: model.Plan.Tee),
// its links rewritten (package rewrite) and compressed on the worker that
// rendered it, so the build keeps only compressed bytes until
// the archive is written, last. A large file (model.Open: a static file
// of 8 MiB or more) is not kept: it is read (and compressed) once for its
// checksum and size, and copied (and compressed again) into the archive
// from its source, which makes the same entry; the archive itself is
// streamed (model.Output.Stream). The archive is deterministic (package
// bundle): its entries are sorted and dated with the build date.
// With followup build --offline-dir DIR, each file is also written, as it
// is kept, into a folder (model.Model.Offline), as the archive holds it.

// planPath is the calculator's folder, which the copy leaves out but for
// its plans by weekday and a page of its own.
const planPath = "plan/"

// offlineCopy gathers the copy's files as the build renders them.
type offlineCopy struct {
	slug  string
	once  sync.Once
	has   map[string]bool // output files the copy holds, known once every output is claimed
	mu    sync.Mutex
	files map[string]bundle.File // by output file; a Builder's partial rebuild replaces what it renders again
}

// offlineLinker writes the copy's links.
var offlineLinker = urls.Linker{Offline: true}

// planOffline plans the offline copy: it holds what the outputs of the
// First and Late phases write, which the core tees it.
func (d *provider) planOffline(p model.Plan) {
	d.offline = &offlineCopy{slug: edition.Slug(d.m), files: map[string]bundle.File{}}
	p.Tee(d.tee, d.teeLarge)
	p.Add(model.Output{File: Zip(d.m), Claim: "the offline copy", Phase: model.Final, Stream: d.writeOffline})
}

// holds returns the files the copy holds; the core has claimed every
// output by the time the first is written.
func (d *provider) holds() map[string]bool {
	oc := d.offline
	oc.once.Do(func() {
		oc.has = map[string]bool{}
		left := d.leavesOut()
		for _, f := range d.m.Pages.Outputs() {
			if !left(f) {
				oc.has[f] = true
			}
		}
		oc.has[Path+"index.html"] = true
		if d.m.HasCalculator {
			oc.has[planPath+"index.html"] = true
		}
	})
	return oc.has
}

// tee keeps a file the build writes when the copy holds it. The pages of
// the copy's own (downloads/, plan/) are not the site's: writeOffline
// renders them into the copy alone.
func (d *provider) tee(file string, data []byte) error {
	if !d.holds()[file] || file == Path+"index.html" || file == planPath+"index.html" {
		return nil
	}
	return d.keep(file, data)
}

// teeLarge keeps a large file the build copies when the copy holds it:
// a page, whose links the copy rewrites, whole; any other file by where to
// copy it from.
func (d *provider) teeLarge(file string, open model.Open) error {
	if !d.holds()[file] {
		return nil
	}
	if path.Ext(file) == ".html" {
		r, err := open()
		if err != nil {
			return err
		}
		defer r.Close()
		data, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		return d.tee(file, data)
	}
	from := bundle.CompressFrom
	if compressed[path.Ext(file)] {
		from = bundle.StoreFrom
	}
	f, err := from(d.offline.slug+"/"+file, open)
	if err != nil {
		return err
	}
	if d.m.Offline != nil {
		if err := model.CopyTo(d.m.Offline, file, open); err != nil {
			return err
		}
	}
	d.store(file, f)
	return nil
}

// leavesOut returns what the copy leaves out, by output file.
func (d *provider) leavesOut() func(file string) bool {
	aliases := map[string]bool{}
	for _, pg := range d.m.Content.Pages {
		for _, a := range pg.Aliases {
			aliases[urls.File(a)] = true
		}
	}
	return func(file string) bool {
		switch {
		case strings.HasPrefix(file, planPath):
			return !strings.HasPrefix(file, edition.Evergreen)
		case file == "404.html", file == "sitemap.xml", file == "robots.txt", file == Path+"index.html":
			return true
		}
		return aliases[file]
	}
}

// keep adds one file to the copy: a page with its links rewritten,
// compressed unless it is compressed already.
func (d *provider) keep(file string, data []byte) error {
	name := d.offline.slug + "/" + file
	var f bundle.File
	var err error
	switch ext := path.Ext(file); {
	case ext == ".html":
		var out bytes.Buffer
		out.Grow(len(data) + len(data)/16)
		if err := rewrite.Rewrite(&out, data, &rewrite.Rules{Base: sitePathOf(file), Root: d.m.Lang.Prefix, Link: d.offlineLink(sitePathOf(file)), Drop: translationLink}); err != nil {
			return err
		}
		data = out.Bytes()
		f, err = bundle.Compress(name, data)
	case compressed[ext]:
		f = bundle.Store(name, bytes.Clone(data))
	default:
		f, err = bundle.Compress(name, data)
	}
	if err != nil {
		return err
	}
	if d.m.Offline != nil { // followup build --offline-dir: the same file, unpacked
		if err := d.m.Offline.Write(file, data); err != nil {
			return err
		}
	}
	d.store(file, f)
	return nil
}

// store keeps a file of the copy, made on any goroutine, for the zip.
func (d *provider) store(file string, f bundle.File) {
	oc := d.offline
	oc.mu.Lock()
	oc.files[file] = f
	oc.mu.Unlock()
}

// translationLink reports a page's <link rel="alternate" hreflang>: it
// names the page's versions online for search engines, which read the
// site, not the copy (whose other languages are copies of their own).
func translationLink(tag string, attrs []rewrite.Attr) bool {
	return tag == "link" && rewrite.Get(attrs, "rel") == "alternate" && rewrite.Get(attrs, "hreflang") != ""
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
func (d *provider) offlineLink(from string) func(rewrite.Target) (string, bool) {
	has := d.holds()
	return func(t rewrite.Target) (string, bool) {
		switch {
		case t.External:
			return t.Raw, true
		case t.Outside && d.m.Config.BaseURL != "": // another language's page: online
			return edition.FromRoot(d.m, t.Path, t.Fragment), true
		case t.Outside: // without an address to go online to: this copy's home
			return edition.Href(offlineLinker, from, "", ""), true
		}
		if has[urls.File(t.Path)] {
			return edition.Href(offlineLinker, from, t.Path, t.Fragment), true
		}
		if d.m.Config.BaseURL != "" {
			return edition.Absolute(d.m, t.Path, t.Fragment), true
		}
		up := t.Path
		for up != "" && !has[urls.File(up)] {
			up = parentOf(up)
		}
		return edition.Href(offlineLinker, from, up, ""), true
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

// writeOffline renders the copy's own pages and writes the archive to w.
func (d *provider) writeOffline(w io.Writer) error {
	var page bytes.Buffer
	if err := d.render(&page, true); err != nil {
		return err
	}
	if err := d.keep(Path+"index.html", page.Bytes()); err != nil {
		return err
	}
	if d.m.HasCalculator {
		page.Reset()
		title, err1 := d.m.Strings.T("plan.title")
		desc, err2 := d.m.Strings.T("offline.description")
		if err := errors.Join(err1, err2); err != nil {
			return err
		}
		pg := &content.Page{Kind: content.KindSection, Title: title, Path: planPath, Parent: d.m.Content.Home, Description: desc}
		data := view.PageData{Page: pg, Kind: "plan-offline", Data: d.m.Config.BaseURL}
		if err := d.m.Render(&page, "plan-offline", data, view.Render{Needs: []string{edition.NeedPlan}}); err != nil {
			return err
		}
		if err := d.keep(planPath+"index.html", page.Bytes()); err != nil {
			return err
		}
	}
	oc := d.offline
	oc.mu.Lock()
	files := slices.Collect(maps.Values(oc.files))
	oc.mu.Unlock()
	return bundle.Write(w, files, d.m.BuildDate)
}
