package site

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/outdir"
	"github.com/followup/followup/generator/view"
)

// Builder builds one site into one folder again and again, as a live
// server does after every save. It keeps what it can between builds and
// writes only what changed, yet each build's output is byte for byte what
// Generate makes from the same files; the tests hold it to that.
//
// The caller tells it which source files changed (Changed); each Build
// then does the least work that stays correct:
//
//   - Only the bodies of existing pages changed, and non-markdown files of
//     the content folder were edited in place (the usual save): the last
//     plan is kept, every other output is known to be unchanged, and only
//     the changed pages are converted and rendered, only the changed files
//     copied. Each saved file is read on its own (content.Parse) into a new
//     version of its page, in a site that shares every other page with the
//     last (content.Site.Replace): no page of the last plan is written to.
//     This needs each changed page's own metadata (everything but its body:
//     title, summary, weight, date, tags, slug, ..., key by key:
//     content.Page.SameOutline) to be what it was, so that the section
//     tree, reading order, tag lists and the set of outputs are too; a
//     page's body is seen by no other page's layout.
//   - Anything else (a page's metadata, a file added, deleted or renamed,
//     followup.toml, the theme, layouts, checklists, data): the whole site
//     is planned and rendered again, reusing the parsed theme unless a file
//     outside content/ changed, and every page's converted markdown unless
//     its body, path, or what its links resolve against changed.
//
// Either way a file is written only when its bytes differ from what the
// folder holds, atomically (a temporary file renamed over the old one), and
// files the site no longer has are deleted. A build with errors writes
// nothing: the folder keeps the last good output.
//
// A Builder is not safe for concurrent use. Reading the output folder
// while it builds is: see HoldWhileWriting.
type Builder struct {
	src   fs.FS
	dest  outdir.Dest
	opts  Options
	cache *caches
	gen   uint64      // changes to files outside content/
	hold  sync.Locker // held while the output folder changes; nil for none

	last      *plan               // the plan of the output in dest; nil before the first build
	bodyShown bool                // last's theme has a layout that reads .Body
	jobOf     map[string]*job     // last's jobs by output file
	files     map[string]bool     // last's non-markdown content files
	hashes    map[string][32]byte // the files in dest and their hashes; zero when unknown
	seen      map[string]bool     // every path the loading of last listed in a folder
	dirty     map[string]struct{} // source paths changed since the last good build
	all       bool                // anything may have changed
}

// Update says what one Build did.
type Update struct {
	Report
	Full    bool     // the whole site was planned and rendered again
	Written []string // output files written, sorted
	Removed []string // output files deleted, sorted
}

// Changed reports whether the output folder changed.
func (u *Update) Changed() bool { return len(u.Written)+len(u.Removed) > 0 }

// NewBuilder returns a Builder of the site in src writing into the folder
// dest (see CheckDest).
func NewBuilder(src fs.FS, dest outdir.Dest, opts Options) (*Builder, error) {
	b := &Builder{src: src, dest: dest, opts: opts, cache: newCaches(), hashes: map[string][32]byte{}, all: true}
	files, err := dest.Files()
	for _, f := range files {
		b.hashes[f] = [32]byte{}
	}
	return b, err
}

// Build brings the output folder up to date with the source. When ctx is
// done first it returns ctx's error and writes nothing: the folder keeps
// the last good output, and the next Build redoes the changes.
func (b *Builder) Build(ctx context.Context) (*Update, error) {
	if f, ok := b.src.(forgetter); ok && (b.all || len(b.dirty) > 0) {
		f.Forget() // folders may have been renamed or made again since
	}
	var u *Update
	var err error
	if e, ok := b.bodiesOnly(); ok {
		u, err = b.partial(ctx, e)
	} else {
		u, err = b.full(ctx)
	}
	if err != nil {
		return nil, err
	}
	b.dirty, b.all = nil, false
	return u, nil
}

// edits are the changes a partial build applies: new versions of pages,
// in the new site that holds them, and content files to copy again.
type edits struct {
	site       *content.Site   // the last plan's site with the new versions (content.Site.Replace)
	pages, old []*content.Page // the new versions, in site, and the versions they replace
	files      []string        // non-markdown files of the content folder
}

// bodiesOnly decides whether the changes since the last good build are
// edits of page bodies and content files only, and returns them.
func (b *Builder) bodiesOnly() (*edits, bool) {
	if b.all || b.last == nil || b.bodyShown {
		return nil, false // a layout that reads .Body may show another page's
	}
	e := &edits{}
	var versions []*content.Page
	for p := range b.dirty {
		rel, inContent := strings.CutPrefix(p, content.Dir+"/")
		if !inContent {
			return nil, false
		}
		info, err := fs.Stat(b.src, p)
		if errors.Is(err, fs.ErrNotExist) && !b.seen[p] {
			continue // came and went unseen by the last build: an editor's temporary file
		}
		if err != nil || !info.Mode().IsRegular() {
			return nil, false // deleted, renamed, a folder
		}
		if !strings.HasSuffix(rel, ".md") {
			if !b.files[rel] {
				return nil, false
			}
			e.files = append(e.files, rel)
			continue
		}
		old := b.last.site.ByFile[rel]
		if old == nil {
			return nil, false // a draft, or an ignored file
		}
		now, ok := b.reload(p)
		if !ok {
			return nil, false
		}
		versions, e.old = append(versions, now), append(e.old, old)
	}
	var ok bool
	if e.site, ok = b.last.site.Replace(versions...); !ok {
		return nil, false // metadata changed: the tree, the lists, the outputs may have
	}
	for _, pg := range versions {
		e.pages = append(e.pages, e.site.ByFile[pg.File])
	}
	return e, true
}

// reload reads one content file as the loader would, on its own; false
// when it cannot be read, is a draft, or has findings to report.
func (b *Builder) reload(source string) (*content.Page, bool) {
	data, err := fs.ReadFile(b.src, source)
	if err != nil {
		return nil, false
	}
	pg, err := content.Parse(source, data, b.last.contentOptions())
	return pg, err == nil && pg != nil
}

// contentOptions are the options load passes to content.Load.
func (p *plan) contentOptions() content.Options {
	return content.Options{Drafts: p.opts.Drafts, SiteTitle: cmp.Or(p.cfg.Title, p.opts.SiteName), BuildDate: p.opts.BuildDate, Title: markdown.Title, Links: markdown.Links, Language: p.lang.content()}
}

// partial renders the new versions of the edited pages and copies the
// changed content files, within the last plan. The plan's pages are
// never written to: its site becomes e.site, which shares every page but
// the edited ones with the last, and the providers' outputs, made from the
// pages the plan was made with, find the new versions' conversions by
// file (plan.converted). What rendering recorded of the old versions
// (ids, links, checklists) is forgotten first.
func (b *Builder) partial(ctx context.Context, e *edits) (*Update, error) {
	p := b.last
	var jobs []job
	for _, f := range e.files {
		jobs = append(jobs, *b.jobOf[f])
	}
	for _, pg := range e.pages {
		jobs = append(jobs, p.pageJob(pg))
	}
	p.site, p.errs = e.site, nil
	p.forget(e.old)
	sink := b.newSink()
	report, err := p.render(ctx, sink, jobs)
	if err != nil {
		return nil, err
	}
	return b.commit(sink, report, nil)
}

// full plans and renders the whole site.
func (b *Builder) full(ctx context.Context) (*Update, error) {
	if u, multi, err := b.fullLanguages(ctx); multi {
		return u, err
	}
	rec := &recordFS{FS: b.src, seen: map[string]bool{}}
	p, err := load(rec, b.opts, b.cache)
	if err != nil {
		return nil, err
	}
	p.src = b.src
	p.addJobs()
	b.cache.setEpoch(p, b.gen)
	sink := b.newSink()
	report, err := p.render(ctx, sink, p.claims.jobs)
	if err != nil {
		return nil, err
	}
	b.cache.sweep()
	u, err := b.commit(sink, report, p)
	if err != nil {
		return nil, err
	}
	b.last, b.seen = p, rec.seen
	b.bodyShown = p.theme.Mentions("Body")
	b.jobOf = map[string]*job{}
	for i := range p.claims.jobs {
		b.jobOf[p.claims.jobs[i].file] = &p.claims.jobs[i]
	}
	b.files = map[string]bool{}
	for _, f := range p.site.Files {
		b.files[f] = true
	}
	return u, nil
}

// HoldWhileWriting makes each Build hold l while it changes the output
// folder, and only then: loading, planning and rendering, however slow,
// happen before, so that a reader taking l (a live server answering a
// request) waits only for the files to be written, and never sees the
// folder half updated.
func (b *Builder) HoldWhileWriting(l sync.Locker) { b.hold = l }

// commit writes the files that changed and, after a full build (p, the
// new plan, set), deletes those the site no longer has.
func (b *Builder) commit(s *diffSink, report *Report, p *plan) (*Update, error) {
	if b.hold != nil {
		b.hold.Lock()
		defer b.hold.Unlock()
	}
	u := &Update{Report: *report, Full: p != nil}
	if p != nil {
		if _, ok := b.hashes[outdir.Marker]; !ok {
			s.Write(outdir.Marker, []byte(outdir.MarkerText))
		}
		for f := range b.hashes {
			if _, keep := p.claims.outputs[f]; !keep && f != outdir.Marker {
				u.Removed = append(u.Removed, f)
			}
		}
	}
	for f, data := range s.changed {
		if err := b.dest.WriteFile(f, data); err != nil {
			return nil, fmt.Errorf("writing %s: %w", f, err)
		}
		b.hashes[f] = sha256.Sum256(data)
		u.Written = append(u.Written, f)
	}
	for _, f := range u.Removed {
		if err := b.dest.Remove(f); err != nil {
			return nil, err
		}
		delete(b.hashes, f)
	}
	slices.Sort(u.Written)
	slices.Sort(u.Removed)
	return u, nil
}

// diffSink keeps the outputs that differ from the folder's files.
type diffSink struct {
	hashes  map[string][32]byte // read-only while rendering
	mu      sync.Mutex
	changed map[string][]byte
}

func (b *Builder) newSink() *diffSink {
	return &diffSink{hashes: b.hashes, changed: map[string][]byte{}}
}

func (s *diffSink) Write(path string, data []byte) error {
	if h, ok := s.hashes[path]; ok && h == sha256.Sum256(data) {
		return nil
	}
	s.mu.Lock()
	s.changed[path] = bytes.Clone(data)
	s.mu.Unlock()
	return nil
}

// forget drops what rendering the pages found, before new versions of
// them are rendered: their ids, their links to fragments, the checklists
// they show, their converted markdown; and the cache of partialCached,
// which starts empty in every build.
func (p *plan) forget(pages []*content.Page) {
	sources := map[string]bool{}
	for _, pg := range pages {
		sources[pg.Source] = true
		delete(p.ids, pg.Path)
		delete(p.shows, pg.File)
		delete(p.converted, pg.File)
	}
	p.refs = slices.DeleteFunc(p.refs, func(r pageRef) bool { return sources[r.source] })
	view.ResetPartials(p.info)
}

// recordFS notes every name its folders list, so that the Builder knows
// which paths the loading of a plan could have seen.
type recordFS struct {
	fs.FS
	mu   sync.Mutex
	seen map[string]bool
}

func (r *recordFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(r.FS, name)
	r.mu.Lock()
	for _, e := range entries {
		r.seen[path.Join(name, e.Name())] = true
	}
	r.mu.Unlock()
	return entries, err
}

func (r *recordFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(r.FS, name) }
func (r *recordFS) ReadFile(name string) ([]byte, error)  { return fs.ReadFile(r.FS, name) }
