// Package site builds a whole site: it loads the configuration, content and
// theme, plans every file of the output, renders them on all cores, checks
// the links between them, and writes the result.
//
// A build is planned as a whole before anything is rendered. The plan lists
// every output file and what claims it (a content file, a tag, an alias, a
// static file); two claims on one file, or on files that differ only in
// case, are an error naming both (claims.go). Knowing
// every output first lets a page's links be checked while it is converted:
// a link to a page or file the build does not write is an error at the
// link's line, and a link to a fragment of another page is checked against
// that page's ids once all pages are converted.
//
// Static files (the theme's, the site's static/, the content folder's
// other files) of 8 MiB or more are copied a piece at a time, never held
// in memory (model.Open), into the Sink, the providers' tees and the
// Builder's folder; so is the offline copy's archive, which holds them
// (model.Output.Stream). A video of 500 MB builds in 27 MB.
//
// Generate renders into any Sink. Build, the command's entry point, renders
// into a fresh staging folder next to the destination and, only when the
// whole build succeeded, swaps it with the destination in one atomic rename
// (outdir.Dest.Replace; the destination is checked once, by CheckDest). A
// failed or killed build therefore never touches the previous output, and
// a file whose source was deleted never survives a build. Builds into one
// destination are serialised with a lock, and a staging folder left by a
// killed build is removed by the next.
//
// A multilingual site ([languages] in followup.toml) is built as one
// sub-site per language with the same providers, each writing under its
// language's prefix, its model that language's (languages.go): claims stay
// global, links may lead to the default language's pages, pages know their
// translations (hreflang, the language switch), and the reports sum.
//
// The output depends only on the input and Options: pages are ordered by
// their metadata, every list is sorted, and the build date comes from
// Options.BuildDate, never from the clock.
//
// The core loads the site into a model.Model and asks each provider
// (package model: one interface, Provide, as goldmark's Extender) for its
// outputs and shortcodes; a provider reads the model and never another
// provider's state. The providers (providers.go), in the order their
// outputs are claimed:
//
//	providers/tags        tags/, tags/<tag>/
//	providers/workbook    workbook/, workbook/<id>/
//	providers/calculator  plan/ and its calendar files; the rule and timeline-table shortcodes
//	providers/feeds       404.html, alias redirects, feed.xml, sitemap.xml, robots.txt
//	(the core)            css/syntax.css, the theme's and the site's static files,
//	                      the non-markdown files of the content folder
//	providers/printed     print/, the print edition
//	providers/packet      handouts/, the workshop packet
//	providers/ebook       downloads/<site>.epub, the EPUB
//	providers/downloads   downloads/ and the offline copy downloads/<site>-offline.zip
//	providers/shortcodes  no outputs: Hugo's built-in shortcodes, and the site's own
//	                      (layouts/shortcodes/NAME.html, layouts/_shortcodes/NAME.html)
//
// providers/edition holds what the editions share (editions.go says how
// they fit together). A new kind of output is a new provider added to the
// list in providers.go.
//
// Besides the content pages and the files above, the core keeps what the
// providers ask of it while they render (model.Pages): which pages show
// which checklist, a checklist rendered for a page (the checklist
// shortcode is the core's, checklists.go), each page's ids and converted
// markdown, links resolved from the content folder. It loads the timeline
// rules (rules.go) and checks links, fragments and the menu (links.go,
// checks.go). The layouts' data is package view's, which is the theme's
// contract. Jobs run in three phases (model.Phase): the content pages and
// what needs nothing else; then what is made of converted pages (the
// workbook, the print edition, the packet, the EPUB); then the offline
// copy, made of what the others wrote.
package site

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/theme"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

// Version is the generator's version, shown by `followup version` and in
// each page's generator meta tag.
const Version = "0.1.0"

// plan is one build: what was loaded, and every output it will write.
type plan struct {
	opts   Options
	src    fs.FS
	cfg    *config.Config
	site   *content.Site
	theme  *theme.Theme
	strs   *i18n.Strings // the language's strings, T in the layouts
	conv   *markdown.Converter
	words  markdown.Words // the converter's and the checklists' words, in the language
	info   *view.SiteInfo
	linker urls.Linker
	model  *model.Model
	lang   *language // the language of this build on a multilingual site, else nil (languages.go)

	shortcodes    map[string]markdown.ShortcodeFunc
	defaultMenu   bool                // neither followup.toml nor the pages' front matter give a menu: providers add to it
	keepConverted bool                // a provider asked for plan.converted
	tees          []tee               // see model.Plan.Tee
	checks        []func()            // see model.Plan.Check
	provided      [][]model.Output    // what each provider added, in the order of providers()
	warn          diag.Warnings       // the kinds of finding that are warnings
	fold          func() *foldedNames // names in lower case, for links that differ only in case

	claims *claims // every output file, what claims it, and the jobs that write them
	cache  *caches // a Builder's; nil in a clean build

	calc       *rules
	checklists *checklist.Set
	shows      map[string][]string // content page's file -> the checklists its content shows (Result.Checklists)
	shown      []model.Shown       // the checklists in workbook order, once the content pages are converted
	editions   *editions
	// editionList is what the providers declared (model.Plan.Edition).
	editionList []model.Edition

	mu   sync.Mutex
	errs diag.List
	ids  map[string][]string // content page site path -> the ids its content defines
	refs []pageRef
	// converted keeps each page's converted markdown for the editions,
	// which hold every page again; nil when no edition is built. By file
	// (content.Page.File): after a partial rebuild the providers hold the
	// versions of the pages the plan was made with (model.Content), whose
	// new versions the plan has rendered since.
	converted map[string]*markdown.Result
}

// job renders one output file into a buffer.
type job struct {
	file  string
	claim string
	html  bool
	run   func(buf *bytes.Buffer) error
	// A job that copies a file (static) or streams one (stream, see
	// model.Output.Stream) writes a large file without holding it (write).
	static *staticFile
	stream func(w io.Writer) error
	// The source file and line a writer changes to move this output, when
	// there is one: where a clash with another output is reported.
	src  string
	line int
}

type pageRef struct {
	source string
	ref    markdown.Ref
}

// Generate builds the site in src (the source folder) into sink. When ctx
// is done it stops starting jobs and returns ctx's error, with what it
// wrote so far incomplete.
func Generate(ctx context.Context, src fs.FS, opts Options, sink Sink) (*Report, error) {
	cfg, err := loadConfig(src, opts)
	if cfg.Multilingual() {
		return generateLanguages(ctx, src, opts, sink, cfg, err)
	}
	p, err := loadLanguage(src, opts, nil, cfg, err, nil)
	opts.loaded()
	if err != nil {
		return nil, err
	}
	p.addJobs()
	return p.render(ctx, sink, p.claims.jobs)
}

// render runs jobs (all of p.claims.jobs, or those a Builder picked), then the
// late jobs, which use what the first ones found, and checks the links to
// fragments. The error is ctx's when it was done before the end, else the
// build's errors.
func (p *plan) render(ctx context.Context, sink Sink, jobs []job) (*Report, error) {
	if len(p.tees) > 0 {
		sink = teeSink{Sink: sink, tees: p.tees}
	}
	report := p.run(ctx, sink, jobs)
	p.shown = orderChecklists(p.model.Content.Pages, p.checklists.Lists, p.shows) // the providers' versions of the pages
	late := p.run(ctx, sink, p.claims.late)
	final := p.run(ctx, untee(sink), p.claims.final)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	report.Pages, report.Files = report.Pages+late.Pages+final.Pages, report.Files+late.Files+final.Files
	report.Offline, report.Print, report.Language = p.editions.zip, p.editions.pdfs, p.cfg.Language
	p.checkRefs()
	return report, p.outcome(report)
}

// load reads the configuration, content and theme. Content errors are kept
// and the build goes on, so that one run reports as much as it can.
// A Builder passes its caches; Generate passes nil.
func load(src fs.FS, opts Options, c *caches) (*plan, error) {
	cfg, err := loadConfig(src, opts)
	return loadLanguage(src, opts, c, cfg, err, nil)
}

// loadConfig reads followup.toml, with opts' base URL.
func loadConfig(src fs.FS, opts Options) (*config.Config, error) {
	cfg, err := config.Load(src)
	if opts.BaseURL != "" {
		cfg.BaseURL = opts.BaseURL
	}
	return cfg, err
}

// loadLanguage is load with the configuration read (cfgErr its errors),
// for the language lang of a multilingual site (nil on a site of one).
func loadLanguage(src fs.FS, opts Options, c *caches, cfg *config.Config, cfgErr error, lang *language) (*plan, error) {
	var errs diag.List
	errs.Add(cfgErr) // the build goes on with what could be read, to report more
	p := &plan{opts: opts, src: src, cfg: cfg, errs: errs, warn: cfg.Warnings(opts.Strict), ids: map[string][]string{}, shows: map[string][]string{}, cache: c, lang: lang}
	if lang != nil {
		p.cfg = cfg.For(lang.conf)
	}
	p.claims = newClaims(&p.errs)
	p.errs.Add(checkContentDir(src))
	// The theme and its strings do not depend on the content: they are
	// parsed while the content is read, and their errors reported after
	// the content's, as if in turn.
	loaded := make(chan themeLoad, 1)
	go func() {
		t, s, err := c.loadTheme(src, cfg.Theme, p.cfg.Language, func() (*i18n.Strings, error) {
			return loadStrings(src, p.cfg, p.lang.ref(p.cfg), p.cfg.Language)
		})
		loaded <- themeLoad{t, s, err}
	}()
	var err error
	p.site, err = content.Load(src, p.contentOptions())
	p.errs.Add(err)
	if p.site == nil {
		<-loaded // the caches are not left to a goroutine still writing them
		return nil, p.errs.Err()
	}
	p.checklists, err = p.loadChecklists(src)
	p.errs.Add(err)
	p.errs.Add(p.loadCalculator())
	p.errs.Add(p.translateRules())
	tl := <-loaded
	p.theme, p.strs, err = tl.theme, tl.strs, tl.err
	if err != nil {
		var e *diag.Error
		if line := cfg.Line("theme"); line > 0 && errors.As(err, &e) && e.Path == "" {
			located := *e // a theme that is not there: the line that names it
			located.Path, located.Line = config.File, line
			err = &located
		}
		p.errs.Add(err)
		return nil, p.errs.Err()
	}
	p.info = p.siteInfo()
	p.words, err = markdownWords(p.strs)
	p.errs.Add(err)
	p.provide(src)
	p.conv = markdown.New(markdown.Options{AllowHTML: cfg.AllowHTML, ReservedIDs: p.theme.ReservedIDs(), Shortcodes: p.shortcodes, Words: p.words})
	p.fold = newFold(p.site.ByFile, p.claims.outputs)
	return p, nil
}

// themeLoad is what loading the theme gave (caches.loadTheme).
type themeLoad struct {
	theme *theme.Theme
	strs  *i18n.Strings
	err   error
}

// sourceAt is a place in a source file; line 0 for the whole file.
type sourceAt struct {
	path string
	line int
}

// run renders jobs on all cores and writes each result to sink.
func (p *plan) run(ctx context.Context, sink Sink, jobs []job) *Report {
	var next atomic.Int64 // the next job: each worker takes one, none waits for another
	var wg sync.WaitGroup
	var mu sync.Mutex
	report := &Report{}
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			var buf bytes.Buffer
			for {
				i := int(next.Add(1)) - 1
				if i >= len(jobs) || ctx.Err() != nil {
					return // all taken, or stopped: the rest is not started
				}
				j := &jobs[i]
				if err := writeJob(sink, j, &buf, cmp.Or(p.opts.largeFile, largeFile)); err != nil {
					p.fail(err)
					continue
				}
				mu.Lock()
				report.Files++
				if j.html {
					report.Pages++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return report
}

// writeJob renders a job into buf and writes it to sink, or copies it when
// it is a large file (model.Open): a static file of large bytes or more.
func writeJob(sink Sink, j *job, buf *bytes.Buffer, large int64) error {
	var open model.Open
	switch {
	case j.stream != nil:
		open = model.Streamed(j.stream)
	case j.static != nil:
		open = j.static.large(large)
	}
	if open != nil {
		err := model.CopyTo(sink, j.file, open)
		if e := (*diag.Error)(nil); errors.As(err, &e) && e.Path != "" {
			return e // the source's, at the source
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", j.file, err)
		}
		return nil
	}
	buf.Reset()
	if err := j.run(buf); err != nil {
		return err
	}
	if err := sink.Write(j.file, buf.Bytes()); err != nil {
		return fmt.Errorf("writing %s: %w", j.file, err)
	}
	return nil
}

func (p *plan) fail(err error) {
	p.mu.Lock()
	p.errs.Add(err)
	p.mu.Unlock()
}

// pageContext is what converting a content page's markdown is given.
func (p *plan) pageContext(pg *content.Page) *markdown.Context {
	return &markdown.Context{Links: p.linksFor(pg), DropTitle: pg.TitleFromHeading, Page: pg, PagePath: pg.Path, TaskLists: taskLists(pg, p.cfg.TaskLists)}
}

// renderPage converts a content page and renders it with its layout.
func (p *plan) renderPage(pg *content.Page, buf *bytes.Buffer) error {
	data := view.PageData{Site: p.info, Page: pg, Kind: pg.Kind.String(), Path: pg.Path}
	var needs []string
	if pg.Body != nil {
		res, err := p.cache.convert(p, pg, p.pageContext(pg))
		if err != nil && diag.Findings(err) { // the page is built; the build decides
			p.fail(diag.Locate(err, pg.Source, 0))
			err = nil
		}
		p.mu.Lock()
		if p.converted != nil && err == nil {
			p.converted[pg.File] = res
		}
		p.ids[pg.Path], p.shows[pg.File] = res.IDs, res.Checklists
		for _, r := range res.Refs {
			p.refs = append(p.refs, pageRef{source: pg.Source, ref: r})
		}
		p.mu.Unlock()
		if err != nil {
			return diag.Locate(err, pg.Source, 0)
		}
		data.Content, data.TOC, needs = template.HTML(res.HTML), res.TOC, res.Needs
	}
	if pg.Front.RedirectTo != "" {
		return p.redirect(buf, pg)
	}
	layout := p.layoutOf(pg)
	if !p.theme.Has(layout) {
		return diag.Errorf(pg.Source, pg.Front.LayoutLine, "layout %q not found: add layouts/%s.html to the site, or use one of: %s", layout, layout, strings.Join(p.theme.Layouts(), ", "))
	}
	return p.theme.Execute(buf, layout, view.New(data, view.Render{Linker: p.linker, Needs: needs}), cmp.Or(pg.Source, "section /"+pg.Path))
}
