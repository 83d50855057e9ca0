package site

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"strings"

	"github.com/followup/followup/generator/config"
	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/urls"
	"github.com/followup/followup/generator/view"
)

// A multilingual site ([languages] in followup.toml) is built as one
// sub-site per language with the same providers: a plan each, loaded
// with the language's effective configuration (config.Config.For) and its
// content (content.Language), its outputs written under its prefix ("" for
// the default language, "es/" for the others; every language under its
// code with default_language_in_subdir, the root then holding a page that
// links to each). The plans are held together here:
//
//   - claims stay global: an output of one language that is also one of
//     another's (a folder content/es/ of the default language, say) is an
//     error naming both;
//   - a link in one language's content to a page or file only the default
//     language has leads to it, across the prefix, and is a warning
//     (diag.LinkLanguage) for a page: "not translated into es";
//   - every page knows its versions in the other languages (view.Languages):
//     a content page by its translation key (translationKey, else its file
//     inside its language), any other page by its site path;
//   - each page of the default language without a version in another
//     language is listed (Report.Untranslated), and reported as [checks]
//     translations says;
//   - the reports sum.

// language is one language of a multilingual site, as its plan knows it.
type language struct {
	view.Language
	conf config.Language
	set  *langSet
}

// content is what content.Load is told of the language; nil on a site of
// one language.
func (l *language) content() *content.Language {
	if l == nil {
		return nil
	}
	codes := make([]string, len(l.set.all))
	for i, o := range l.set.all {
		codes[i] = o.Code
	}
	return &content.Language{Code: l.Code, Default: l.Code == l.set.cfg.DefaultLanguage, Codes: codes}
}

// all returns every language of the site; nil on a site of one language.
func (l *language) all() []view.Language {
	if l == nil {
		return nil
	}
	return l.set.all
}

// view is the language of the build of l, as the model gives it: on a
// site of one language (l nil), cfg's.
func (l *language) view(cfg *config.Config) view.Language {
	if l != nil {
		return l.Language
	}
	return view.Language{Code: cfg.Language, Tag: cfg.Language, Name: cfg.Language}
}

// langSet is the languages of one multilingual build and their plans.
type langSet struct {
	cfg    *config.Config // the top-level configuration
	all    []view.Language
	plans  []*plan                     // in the order of all
	def    *plan                       // the default language's
	keys   map[*plan]map[string]string // each plan's pages: translation key -> site path
	claims *claims                     // every language's outputs, under its prefix
	root   []job                       // with default_language_in_subdir: the root's index.html and robots.txt
	errs   diag.List                   // clashes across languages; untranslated pages
	// untranslated lists the default language's pages some language has
	// no version of, as findings of kind diag.Translations.
	untranslated diag.List
}

// generateLanguages is Generate for a multilingual site.
func generateLanguages(ctx context.Context, src fs.FS, opts Options, sink Sink, cfg *config.Config, cfgErr error) (*Report, error) {
	s, err := loadLanguages(src, opts, cfg, cfgErr)
	opts.loaded()
	if err != nil {
		return nil, err
	}
	return s.render(ctx, sink)
}

// loadLanguages loads every language of the multilingual site whose
// configuration is cfg (cfgErr its errors) and plans their outputs.
func loadLanguages(src fs.FS, opts Options, cfg *config.Config, cfgErr error) (*langSet, error) {
	s := &langSet{cfg: cfg, keys: map[*plan]map[string]string{}}
	s.claims = newClaims(&s.errs)
	for _, l := range cfg.Languages {
		s.all = append(s.all, view.Language{Code: l.Code, Tag: l.Tag, Name: l.Name, Prefix: cfg.Prefix(l.Code)})
	}
	var errs diag.List
	for i, l := range cfg.Languages {
		lang := &language{Language: s.all[i], conf: l, set: s}
		o := opts
		if l.Code != cfg.DefaultLanguage {
			// --offline-dir is the default language's copy, as Report.Offline
			// is its zip: a copy links only within its language (another
			// language's page leads online), so each other language's copy
			// is its own zip, <code>/downloads/<site>-offline.zip.
			o.Offline = nil
		}
		p, err := loadLanguage(src, o, nil, cfg, cfgErr, lang)
		cfgErr = nil // reported once
		if p == nil {
			errs.Add(err)
			continue
		}
		s.plans = append(s.plans, p)
		if l.Code == cfg.DefaultLanguage {
			s.def = p
		}
	}
	if len(s.plans) < len(cfg.Languages) {
		return nil, errs.Err()
	}
	s.def.addJobs() // first: the others' links may lead to its pages
	for _, p := range s.plans {
		if p != s.def {
			p.addJobs()
		}
		keys := map[string]string{}
		for _, pg := range p.site.Pages {
			if _, dup := keys[pg.TranslationKey()]; !dup {
				keys[pg.TranslationKey()] = pg.Path
			}
		}
		s.keys[p] = keys
	}
	s.claimAcross()
	s.listUntranslated()
	return s, nil
}

// claimAcross claims every language's outputs under its prefix, which
// reports an output of two languages.
func (s *langSet) claimAcross() {
	if s.cfg.DefaultInSubdir {
		s.addRoot()
	}
	for _, p := range s.plans {
		for _, jobs := range [][]job{p.claims.jobs, p.claims.late, p.claims.final} {
			for _, j := range jobs {
				j.file = p.lang.Prefix + j.file
				j.claim += " (in " + p.lang.Code + ")"
				s.claims.claim(j)
			}
		}
	}
}

// info is .Site.Languages of p's pages.
func (s *langSet) info(p *plan) *view.Languages {
	ls := &view.Languages{All: s.all, Current: p.lang.Language, RootURL: s.cfg.BaseURL}
	for _, l := range s.all {
		if l.Code == s.cfg.DefaultLanguage {
			ls.Default = l
		}
	}
	ls.Find = func(sitePath, code string) (string, bool) { return s.find(p, sitePath, code) }
	return ls
}

// find returns the site path, inside the language code, of the version
// of p's page at sitePath: for a content page the page with its
// translation key, for any other the same path, when that language
// writes it.
func (s *langSet) find(p *plan, sitePath, code string) (string, bool) {
	var q *plan
	for _, o := range s.plans {
		if o.lang.Code == code {
			q = o
		}
	}
	if q == nil {
		return "", false
	}
	if pg := p.site.ByPath[sitePath]; pg != nil {
		sp, ok := s.keys[q][pg.TranslationKey()]
		return sp, ok
	}
	_, ok := q.claims.outputs[urls.File(sitePath)]
	return sitePath, ok
}

// listUntranslated lists the default language's pages that another
// language has no version of, and keeps them as findings unless [checks]
// translations is "ignore".
func (s *langSet) listUntranslated() {
	for _, pg := range s.def.site.Pages {
		if pg.Source == "" { // a section without _index.md: nothing to translate
			continue
		}
		for _, q := range s.plans {
			if q == s.def {
				continue
			}
			if _, ok := s.find(s.def, pg.Path, q.lang.Code); ok {
				continue
			}
			s.untranslated = append(s.untranslated, diag.Warnf(diag.Translations, pg.Source, 0,
				"not translated into %s (%s): add %s, or %s beside it", q.lang.Code, q.lang.Name, translatedFolder(pg, q.lang.Code), translatedFile(pg, q.lang.Code)))
		}
	}
	if s.cfg.Checks.Translations != config.LevelIgnore {
		s.errs = append(s.errs, s.untranslated...)
	}
}

// translatedFolder and translatedFile are where pg's translation into the
// language code goes, by the folder and by the file convention.
func translatedFolder(pg *content.Page, code string) string {
	return content.Dir + "/" + code + "/" + pg.File
}

func translatedFile(pg *content.Page, code string) string {
	return strings.TrimSuffix(pg.Source, ".md") + "." + code + ".md"
}

// render renders every language into sink, each under its prefix, and
// sums their reports.
func (s *langSet) render(ctx context.Context, sink Sink) (*Report, error) {
	total := &Report{Language: s.def.cfg.Language, Untranslated: s.untranslated}
	var errs, warns diag.List
	for _, p := range s.plans {
		r, err := p.render(ctx, prefixSink{sink, p.lang.Prefix}, p.claims.jobs)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		errs.Add(err)
		total.Pages, total.Files = total.Pages+r.Pages, total.Files+r.Files
		warns = append(warns, r.Warnings...)
		for _, pdf := range r.Print {
			total.Print = append(total.Print, PDF{Page: p.lang.Prefix + pdf.Page, Out: p.lang.Prefix + pdf.Out})
		}
		if p == s.def && r.Offline != "" {
			total.Offline = p.lang.Prefix + r.Offline
		}
	}
	for _, j := range s.root {
		if err := renderTo(sink, j); err != nil {
			errs.Add(err)
			continue
		}
		total.Files, total.Pages = total.Files+1, total.Pages+int(boolInt(j.html))
	}
	e, w := s.def.warn.Split(s.errs)
	errs = append(errs, e...)
	_, total.Warnings = s.def.warn.Split(append(warns, w...))
	return total, errs.Err()
}

// prefixSink writes every file under a prefix: one language's outputs.
type prefixSink struct {
	sink   Sink
	prefix string
}

func (s prefixSink) Write(path string, data []byte) error { return s.sink.Write(s.prefix+path, data) }

// Copy copies a large file under the prefix, streaming when the sink can
// (model.CopyTo), so a language's large static files are never held whole.
func (s prefixSink) Copy(path string, open model.Open) error {
	return model.CopyTo(s.sink, s.prefix+path, open)
}

// acrossLanguages resolves a link of a language other than the default
// that leads to no page or file of its own: to the default language's,
// when it has one, with a warning for a page (not translated).
func (l pageLinks) acrossLanguages(raw, dest string) (href string, found error, ok bool) {
	lang := l.plan.lang
	if lang == nil || lang.set.def == l.plan {
		return "", nil, false
	}
	def := lang.set.def
	target, err := pageLinks{plan: def, fromDir: l.fromDir, pagePath: l.pagePath}.target(raw)
	if err != nil {
		return "", nil, false
	}
	href = l.plan.linker.Rel(lang.Prefix+l.pagePath, def.lang.Prefix+target)
	if target == "" || strings.HasSuffix(target, "/") {
		what := "/" + def.lang.Prefix + target
		if pg := def.site.ByPath[target]; pg != nil && pg.Source != "" {
			what = pg.Source
		}
		found = diag.Warnf(diag.LinkLanguage, "", 0, "link %s: not translated into %s: it leads to the %s page, %s; translate that page, or link to one %s has",
			shown(dest), lang.Code, def.lang.Code, what, lang.Code)
	}
	return href, found, true
}

// renderTo renders one job into sink.
func renderTo(sink Sink, j job) error {
	var b bytes.Buffer
	if err := j.run(&b); err != nil {
		return err
	}
	if err := sink.Write(j.file, b.Bytes()); err != nil {
		return fmt.Errorf("writing %s: %w", j.file, err)
	}
	return nil
}

// addQuery adds a link's query and fragment to its href.
func addQuery(href, query, frag string, hasFrag bool) string {
	if query != "" {
		href += "?" + query
	}
	if hasFrag {
		href += "#" + frag
	}
	return href
}

// fullLanguages is a Builder's full build of a multilingual site, which
// it makes every time: the languages are planned and rendered again, and
// what changed written. multi is false for a site of one language.
func (b *Builder) fullLanguages(ctx context.Context) (u *Update, multi bool, err error) {
	cfg, cfgErr := loadConfig(b.src, b.opts)
	if !cfg.Multilingual() {
		return nil, false, nil
	}
	rec := &recordFS{FS: b.src, seen: map[string]bool{}}
	s, err := loadLanguages(rec, b.opts, cfg, cfgErr)
	if err != nil {
		return nil, true, err
	}
	for _, p := range s.plans {
		p.src = b.src
	}
	sink := b.newSink()
	report, err := s.render(ctx, sink)
	if err != nil {
		return nil, true, err
	}
	u, err = b.commit(sink, report, &plan{claims: s.claims})
	if err != nil {
		return nil, true, err
	}
	b.keep(rec.seen, s.plans...) // a save of a page's body then renders that page alone
	return u, true, nil
}

// ref is the tag of the language every other language's string files are
// checked against: the default language's (cfg's only one on a site of one
// language, l nil).
func (l *language) ref(cfg *config.Config) string {
	if l != nil {
		for _, o := range l.set.all {
			if o.Code == l.set.cfg.DefaultLanguage {
				return o.Tag
			}
		}
	}
	return cfg.Language
}
