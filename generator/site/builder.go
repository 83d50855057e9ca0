package site

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sync"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
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
// A site in several languages has a plan per language, each kept; a saved
// page is in one of them (content.Parse places it), and only that
// language's plan renders it again.
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

	plans     []built             // the plans of the output in dest, one a language; nil before the first build
	bodyShown bool                // a plan's theme has a layout that reads .Body
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
func (b *Builder) partial(ctx context.Context, es []*edits) (*Update, error) {
	sink := b.newSink()
	total := &Report{}
	for i, e := range es {
		p := e.plan.p
		var jobs []job
		for _, f := range e.files {
			jobs = append(jobs, *e.plan.jobOf[f])
		}
		for _, pg := range e.pages {
			jobs = append(jobs, pageJob(p, pg))
		}
		p.site, p.errs = e.site, nil
		p.forget(e.old)
		var into Sink = sink
		if e.plan.prefix != "" {
			into = prefixSink{sink, e.plan.prefix}
		}
		report, err := p.render(ctx, into, jobs)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			*total = *report
		} else { // another language's pages: the report sums them
			total.Pages, total.Files = total.Pages+report.Pages, total.Files+report.Files
			total.Warnings = append(total.Warnings, report.Warnings...)
		}
	}
	return b.commit(sink, total, nil)
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
	b.keep(rec.seen, p)
	return u, nil
}

// keep records the plans of a full build, one a language, for the partial
// builds after it, and every path their loading listed.
func (b *Builder) keep(seen map[string]bool, plans ...*plan) {
	b.plans, b.seen, b.bodyShown = nil, seen, false
	for _, p := range plans {
		bt := built{p: p, prefix: p.lang.view(p.cfg).Prefix, jobOf: map[string]*job{}, files: map[string]string{}}
		for i := range p.claims.jobs {
			bt.jobOf[p.claims.jobs[i].file] = &p.claims.jobs[i]
		}
		for _, f := range p.site.Files {
			bt.files[p.site.FileSource(f)] = f
		}
		b.plans = append(b.plans, bt)
		b.bodyShown = b.bodyShown || p.theme.Mentions("Body")
	}
}

// built is one plan of the output in dest (a language's) and what a
// partial build of it needs.
type built struct {
	p      *plan
	prefix string            // the language's folder, "" at the root
	jobOf  map[string]*job   // its jobs by output file
	files  map[string]string // its non-markdown content files: source path -> file
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
	if err := b.copyLarge(s, u); err != nil {
		return nil, err
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

// diffSink keeps the outputs that differ from the folder's files; of a
// large file, where to copy it from (builder_large.go).
type diffSink struct {
	hashes  map[string][32]byte // read-only while rendering
	mu      sync.Mutex
	changed map[string][]byte
	large   map[string]model.Open
	limit   int64 // the size from which a streamed file is read twice (streamHead)
}

func (b *Builder) newSink() *diffSink {
	return &diffSink{hashes: b.hashes, changed: map[string][]byte{}, large: map[string]model.Open{}, limit: cmp.Or(b.opts.largeFile, streamHead)}
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
