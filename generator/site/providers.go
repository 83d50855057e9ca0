package site

import (
	"bytes"
	"cmp"
	"html/template"
	"io/fs"
	"slices"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/providers/calculator"
	"github.com/followup/followup/generator/providers/downloads"
	"github.com/followup/followup/generator/providers/ebook"
	"github.com/followup/followup/generator/providers/feeds"
	"github.com/followup/followup/generator/providers/packet"
	"github.com/followup/followup/generator/providers/printed"
	"github.com/followup/followup/generator/providers/shortcodes"
	tagpages "github.com/followup/followup/generator/providers/tags"
	"github.com/followup/followup/generator/providers/workbook"
	"github.com/followup/followup/generator/timeline"
	"github.com/followup/followup/generator/view"
)

// providers are the providers of a build's outputs, in the order their
// outputs are claimed (which names the first of two claims in a clash):
// plan.provided holds what each added at these indexes.
func providers() []model.Provider {
	return []model.Provider{tagpages.New(), calculator.New(), workbook.New(), feeds.New(), printed.New(), packet.New(), ebook.New(), downloads.New(), shortcodes.New()}
}

const (
	byTags = iota
	byCalculator
	byWorkbook
	byFeeds
	byPrinted
	byPacket
	byEbook
	byDownloads
	byShortcodes
)

// provide makes the model of the loaded site and asks every provider for
// its outputs and shortcodes; the outputs are claimed later, by addJobs.
func (p *plan) provide(src fs.FS) {
	if p.lang != nil {
		p.info.Languages = p.lang.set.info(p)
	}
	p.model = &model.Model{Lang: p.lang.view(p.cfg), Languages: p.lang.all(), Config: p.cfg, Content: p.site, Theme: p.theme, Strings: p.strs, Info: p.info, Linker: p.linker, BuildDate: p.opts.BuildDate,
		Lists: p.checklists, Rules: p.calc.rules, HasCalculator: p.calc.enabled, Source: src, PDF: p.opts.PDF, Offline: p.opts.Offline, Pages: pages{p}}
	p.shortcodes = p.coreShortcodes()
	for _, pr := range providers() {
		r := &registrar{p: p}
		pr.Provide(p.model, r)
		p.provided = append(p.provided, r.outputs)
		if p.defaultMenu {
			p.info.Menu = append(p.info.Menu, r.menu...)
		}
	}
	if downloads.Has(p.model, p.editionList) {
		p.info.Downloads = downloads.Path
	}
}

// siteInfo is .Site of every layout; the providers add their entries to
// the default menu.
func (p *plan) siteInfo() *view.SiteInfo {
	cfg, home := p.cfg, p.site.Home
	info := view.SiteInfo{
		Title: cmp.Or(cfg.Title, home.Title), Description: cmp.Or(cfg.Description, home.Description),
		Language: cfg.Language, BaseURL: cfg.BaseURL, Author: cfg.Author,
		Organisation: cfg.Organisation, Copyright: cfg.Copyright, Menu: cfg.Menu,
		Home: home, BuildDate: p.opts.BuildDate, Generator: "Followup " + Version,
		HasFeed: cfg.Outputs.Feed, HasTags: cfg.Outputs.Tags && len(p.site.Tags) > 0,
	}
	if info.HasTags {
		info.Tags = p.site.Tags
	}
	if p.calc.enabled {
		info.Calculator = planPath
	}
	for _, pg := range p.site.Pages {
		if pg.Kind == content.KindPage {
			info.Start = pg
			break
		}
	}
	if len(info.Menu) == 0 {
		info.Menu = hugoMenu(p.site)
	}
	if len(info.Menu) == 0 {
		p.defaultMenu = true
		for _, c := range home.Children {
			info.Menu = append(info.Menu, config.MenuItem{Name: c.LinkTitle(), URL: c.Path})
		}
	}
	return view.NewSite(info)
}

// coreShortcodes returns the shortcodes the core gives itself: the
// checklist shortcode (checklists.go).
func (p *plan) coreShortcodes() map[string]markdown.ShortcodeFunc {
	return map[string]markdown.ShortcodeFunc{"checklist": p.checklistShortcode}
}

// registrar is the model.Plan one provider adds to.
type registrar struct {
	p       *plan
	outputs []model.Output
	menu    []config.MenuItem
}

func (r *registrar) Add(o model.Output)        { r.outputs = append(r.outputs, o) }
func (r *registrar) Menu(item config.MenuItem) { r.menu = append(r.menu, item) }
func (r *registrar) KeepConverted()            { r.p.keepConverted = true }
func (r *registrar) Edition(e model.Edition)   { r.p.editionList = append(r.p.editionList, e) }
func (r *registrar) Editions() []model.Edition { return slices.Clone(r.p.editionList) }

func (r *registrar) Tee(f func(file string, data []byte) error, large func(file string, open model.Open) error) {
	r.p.tees = append(r.p.tees, tee{f, large})
}

func (r *registrar) Check(f func()) { r.p.checks = append(r.p.checks, f) }
func (r *registrar) CheckInline(source string, line int, text string) {
	r.p.addInlineRefs(source, line, text)
}

func (r *registrar) CheckRef(source string, ref markdown.Ref) {
	r.p.refs = append(r.p.refs, pageRef{source: source, ref: ref})
}

func (r *registrar) Error(err error) { r.p.errs.Add(err) }

func (r *registrar) Shortcode(name string, f markdown.ShortcodeFunc) {
	if _, taken := r.p.shortcodes[name]; taken {
		panic("site: two providers define the shortcode " + name) // the providers are fixed: a programming error
	}
	r.p.shortcodes[name] = f
}

// addProvided claims and plans what a provider added.
func (p *plan) addProvided(outputs []model.Output) {
	for _, o := range outputs {
		j := job{file: o.File, claim: o.Claim, html: o.HTML, run: o.Run, stream: o.Stream, src: o.Src, line: o.Line}
		switch o.Phase {
		case model.First:
			p.claims.add(j)
		case model.Late:
			p.claims.addLate(j)
		case model.Final:
			p.claims.addFinal(j)
		}
	}
}

// tee is what a provider asked to be given of the files the build writes
// (model.Plan.Tee): the files, and the large files.
type tee struct {
	file  func(file string, data []byte) error
	large func(file string, open model.Open) error
}

// teeSink writes to a Sink and first passes every file to the providers
// that asked for it (model.Plan.Tee).
type teeSink struct {
	Sink
	tees []tee
}

func (t teeSink) Write(path string, data []byte) error {
	for _, f := range t.tees {
		if err := f.file(path, data); err != nil {
			return err
		}
	}
	return t.Sink.Write(path, data)
}

// Copy passes a large file to the providers, then copies it into the sink.
func (t teeSink) Copy(path string, open model.Open) error {
	for _, f := range t.tees {
		if err := f.large(path, open); err != nil {
			return err
		}
	}
	return model.CopyTo(t.Sink, path, open)
}

// untee returns the sink under a teeSink: the Final phase is not teed.
func untee(s Sink) Sink {
	if t, ok := s.(teeSink); ok {
		return t.Sink
	}
	return s
}

// pages is the core's model.Pages.
type pages struct{ p *plan }

func (v pages) Checklists() []model.Shown                   { return v.p.shown }
func (v pages) IDs(sitePath string) []string                { return v.p.ids[sitePath] }
func (v pages) Converted(pg *content.Page) *markdown.Result { return v.p.convertedPage(pg) }

func (v pages) Outputs() []string {
	files := make([]string, 0, len(v.p.claims.jobs)+len(v.p.claims.late))
	for _, jobs := range [][]job{v.p.claims.jobs, v.p.claims.late} {
		for _, j := range jobs {
			files = append(files, j.file)
		}
	}
	return files
}

func (v pages) Evergreen(kinds []timeline.Kind, pagePath, open, who string) ([]byte, error) {
	return calculator.Sections(v.p.model, kinds, pagePath, open, who)
}

func (v pages) Resolver(pagePath string) markdown.LinkResolver {
	return pageLinks{plan: v.p, fromDir: ".", pagePath: pagePath}
}

func (v pages) Inline(src []byte, pagePath string) (*markdown.InlineResult, error) {
	return v.p.conv.Inline(src, &markdown.Context{Links: v.Resolver(pagePath), PagePath: pagePath})
}

func (v pages) Checklist(c *checklist.Checklist, pagePath string) (template.HTML, error) {
	view, err := v.p.checklistView(c, pagePath)
	if err != nil {
		return "", err
	}
	var html bytes.Buffer
	if err := checklist.Render(&html, view); err != nil {
		return "", err
	}
	return template.HTML(html.String()), nil
}
