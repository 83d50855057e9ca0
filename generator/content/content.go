// Package content loads a site's pages from its content folder.
//
// The folder is the site's structure:
//
//	content/_index.md              the home page (optional)
//	content/about.md               a page at about/
//	content/guides/_index.md       the "guides" section's own page (optional)
//	content/guides/thank-you.md    a page at guides/thank-you/
//	content/guides/call/index.md   a page at guides/call/ whose folder holds its images
//	content/guides/chart.png       any other file is copied to guides/chart.png
//
// Every folder with markdown in it is a section; a README.md is its page
// when it has no _index.md (as on GitHub and in mdBook); without either
// its title is the folder's name. A page's URL segment is its slug (front
// matter), else its file name, made URL-safe. Pages and sub-sections of a
// section are ordered by weight (pages without a weight come after those
// with one), then by title, then by file name: the order never depends on
// the file system. The reading order of the whole guide, used for the
// previous/next links, walks that tree depth first from the home page.
//
// An mdBook book's SUMMARY.md at the top of the content folder is not a
// page: the pages it links to come first, in its order, in the reading
// order and within their sections (summary.go).
//
// Drafts are left out unless Options.Drafts is set; a draft section's
// _index.md leaves out the whole section. Files and folders whose names
// start with "." or "_" (other than _index.md) and editor leftovers (see
// ignore.Name) are ignored.
//
// Loading reports every problem it finds: each file's front matter errors,
// and two pages claiming one URL, all with path and line.
package content

import (
	"errors"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/frontmatter"
	"github.com/followup/followup/generator/ignore"
	"github.com/followup/followup/generator/urls"
)

// Dir is the content folder under the source root.
const Dir = "content"

// Kind is what a page is.
type Kind int

const (
	KindPage Kind = iota
	KindSection
	KindHome
)

func (k Kind) String() string {
	return [...]string{"page", "section", "home"}[k]
}

// Page is one page of the site, or a section, or the home page.
type Page struct {
	Kind   Kind
	Source string // path from the source root, "content/guides/x.md"; "" for a section without _index.md
	File   string // path from the content folder, "guides/x.md"
	Path   string // site path, "guides/x/" ("" for the home page)

	Title, Description, Summary string
	Date, Lastmod               time.Time
	Weight                      int
	Draft                       bool
	Tags                        []string
	Aliases                     []string
	Layout                      string
	ShowTOC                     bool
	Extra                       map[string]any
	// Hugo's: words for <meta name="keywords">, and the categories
	// taxonomy (the title in menus and lists is LinkTitle).
	Keywords, Categories []string

	// Body is the markdown, with line numbers as in the source file.
	Body []byte
	// TitleFromHeading is set when the title was taken from the level-1
	// heading the body opens with (Options.Title), which the layout then
	// prints instead of the body.
	TitleFromHeading bool

	Parent     *Page
	Children   []*Page // a section's pages and sub-sections, in order
	Prev, Next *Page   // neighbours in reading order
	Front      frontmatter.FrontMatter
}

// IsSection reports whether the page lists other pages (a section or home).
func (p *Page) IsSection() bool { return p.Kind != KindPage }

// Ancestors returns the sections above p, the home page first.
func (p *Page) Ancestors() []*Page {
	var as []*Page
	for a := p.Parent; a != nil; a = a.Parent {
		as = append(as, a)
	}
	slices.Reverse(as)
	return as
}

// Pages returns a section's regular pages, without sub-sections.
func (p *Page) Pages() []*Page {
	var ps []*Page
	for _, c := range p.Children {
		if c.Kind == KindPage {
			ps = append(ps, c)
		}
	}
	return ps
}

// Sections returns a section's sub-sections.
func (p *Page) Sections() []*Page {
	var ss []*Page
	for _, c := range p.Children {
		if c.Kind == KindSection {
			ss = append(ss, c)
		}
	}
	return ss
}

// Tag is a tag and the pages that carry it.
type Tag struct {
	Name  string // as first written
	Slug  string
	Path  string // "tags/<slug>/"
	Pages []*Page
}

// Site is the loaded content.
type Site struct {
	Home   *Page
	Pages  []*Page          // every page, the home page first, in reading order
	ByPath map[string]*Page // by site path
	ByFile map[string]*Page // by path from the content folder, "guides/x.md"
	Tags   []*Tag           // by slug
	// Categories are the terms of Hugo's other taxonomy, like Tags, at
	// "categories/<slug>/".
	Categories []*Tag
	Files      []string         // other files from the content folder, to copy as they are
	Sections   map[string]*Page // by folder from the content folder, "guides" ("" for home)
	// Failed holds the markdown files that could not be read or parsed, by
	// path from the content folder: their errors are reported, so links to
	// them are not reported again.
	Failed      map[string]bool
	fileSources map[string]string // source of each file of Files not at content/<file> (lang.go)
}

// Options control loading.
type Options struct {
	Drafts bool
	// SiteTitle names the home page when there is no content/_index.md.
	SiteTitle string
	// Title returns the text of the level-1 heading a body opens with, ""
	// when it opens with none (site passes markdown.Title): the title of
	// a page whose front matter gives none. Nil takes no title from bodies.
	Title func(body []byte) string
	// Links returns the links of a markdown file, in order, with their
	// lines (site passes markdown.Links): mdBook's SUMMARY.md is read with
	// it. Nil reads no SUMMARY.md.
	Links func(src []byte) (dests []string, lines []int)
	// BuildDate decides which pages publishDate and expiryDate leave out.
	BuildDate time.Time
	Language  *Language // the language to load, on a multilingual site (lang.go)
}

// Load reads the content folder of fsys, the source root. A site with no
// content folder loads as an empty home page.
func Load(fsys fs.FS, opts Options) (*Site, error) {
	if opts.Title == nil {
		opts.Title = func([]byte) string { return "" }
	}
	l := &loader{fsys: fsys, opts: opts, site: &Site{
		ByPath: map[string]*Page{}, ByFile: map[string]*Page{}, Sections: map[string]*Page{}, Failed: map[string]bool{}, fileSources: map[string]string{},
	}, rels: map[string]string{}}
	if err := l.walk(); err != nil {
		return nil, err
	}
	l.assemble()
	l.checkKeys()
	return l.site, l.errs.Err()
}

type loader struct {
	fsys      fs.FS
	opts      Options
	site      *Site
	errs      diag.List
	pages     []*Page           // regular pages and section pages read from files
	draftDirs []string          // folders whose _index.md is a draft
	toRead    []string          // markdown files found by the walk, in walk order
	rels      map[string]string // path inside the language of those not at content/<path> (lang.go)
	// summary is each file's place in SUMMARY.md, nil without one (summary.go).
	summary, summaryLines map[string]int
}

func (l *loader) walk() error {
	err := fs.WalkDir(l.fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == Dir {
				return fs.SkipAll
			}
			l.errs = append(l.errs, diag.Errorf(p, 0, "cannot read: %v", err))
			return nil
		}
		name := d.Name()
		if p != Dir && l.ignored(name) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return l.symlink(p)
		}
		if d.IsDir() {
			return l.enter(p)
		}
		if !d.Type().IsRegular() { // never opened: a FIFO would hang the build
			l.errs = append(l.errs, diag.Errorf(p, 0, "%v", diag.NotAFile{Mode: d.Type()}))
			return nil
		}
		if p == Dir+"/"+Summary && (l.opts.Language == nil || l.opts.Language.Default) {
			l.readSummary() // mdBook's: the reading order, not a page
		} else if p != Dir+"/"+Summary {
			l.keep(p, strings.HasSuffix(name, ".md"))
		}
		return nil
	})
	l.readAll()
	return err
}

// read is what reading one markdown file gave.
type read struct {
	page     *Page
	draftDir string // the folder of a draft _index.md
	draft    bool   // a draft page, left out
	err      error  // with a page or draft: findings (diag.Findings) only
}

// readAll reads and parses the markdown files on all cores, then records
// the results in walk order, so the outcome never depends on scheduling.
func (l *loader) readAll() {
	results := make([]read, len(l.toRead))
	var next atomic.Int64 // the next file to read: each takes one, none waits for another
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(l.toRead)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(l.toRead); i = int(next.Add(1)) - 1 {
				results[i] = l.read(l.toRead[i])
			}
		})
	}
	wg.Wait()
	for i, r := range results {
		l.errs.Add(r.err) // with a page: findings the build may print as warnings
		switch {
		case r.err != nil && r.page == nil && r.draftDir == "" && !r.draft:
			l.site.Failed[l.relOf(l.toRead[i])] = true
		case r.draftDir != "":
			l.draftDirs = append(l.draftDirs, r.draftDir)
		case r.page != nil:
			l.pages = append(l.pages, r.page)
		}
	}
}

// symlink accepts a link to a file inside the source folder (the file
// system refuses links that leave it) and reports anything else.
func (l *loader) symlink(p string) error {
	info, err := fs.Stat(l.fsys, p)
	switch {
	case err != nil:
		l.errs = append(l.errs, diag.Errorf(p, 0, "symbolic link cannot be followed: %s; links must point to a file inside the source folder", linkProblem(err)))
	case info.IsDir():
		l.errs = append(l.errs, diag.Errorf(p, 0, "symbolic link to a folder: folders are not followed, move or copy the folder here instead"))
	default:
		l.keep(p, strings.HasSuffix(p, ".md"))
	}
	return nil
}

// linkProblem says in words why a symbolic link could not be followed.
func linkProblem(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "its target does not exist"
	case errors.Is(err, syscall.ELOOP):
		return "it is part of a loop of links"
	case strings.Contains(err.Error(), "escapes"):
		return "it points outside the source folder"
	}
	return err.Error()
}

// ignored reports names the loader skips: those ignored everywhere
// (ignore.Name), and underscore files other than _index.md.
func ignored(name string) bool {
	return ignore.Name(name) || (strings.HasPrefix(name, "_") && name != "_index.md")
}

// read reads and parses one markdown file. It runs on several goroutines
// at once and only reads the loader's options.
func (l *loader) read(source string) read {
	rel := l.relOf(source)
	src, err := fs.ReadFile(l.fsys, source)
	if err != nil {
		return read{err: diag.Errorf(source, 0, "cannot read: %v", err)}
	}
	return parse(source, rel, src, l.opts)
}

// parse parses one markdown file, whose path from the source root is
// source and inside its language rel, as Load does.
func parse(source, rel string, src []byte, opts Options) read {
	doc, err := frontmatter.Parse(src)
	err = diag.Locate(err, source, 0)
	if doc == nil {
		return read{err: err}
	}
	if (doc.Front.Draft || !published(doc.Front, opts.BuildDate)) && !opts.Drafts {
		if path.Base(rel) == "_index.md" {
			return read{draftDir: path.Dir(rel), err: err}
		}
		return read{draft: true, err: err}
	}
	return read{page: newPage(source, rel, doc, opts.Title), err: err}
}

// segment is the URL segment for a file or folder name.
func segment(name string) string {
	if urls.CheckSegment(name) == nil {
		return name
	}
	if s := urls.Slugify(name); s != "" {
		return s
	}
	return "page"
}

// claim records p at its URL, or reports that another page has it: at the
// page whose slug caused the clash if one has a slug, else at the later file.
// It reports whether p got the URL.
func (l *loader) claim(p *Page) bool {
	other, dup := l.site.ByPath[p.Path]
	if !dup {
		l.site.ByPath[p.Path] = p
		return true
	}
	blamed, kept := p, other
	if other.Front.SlugLine > 0 && p.Front.SlugLine == 0 {
		blamed, kept = other, p
	}
	l.errs = append(l.errs, diag.Errorf(blamed.Source, blamed.Front.SlugLine, "page URL %q is also claimed by %s: give one of them a different slug or file name", "/"+p.Path, kept.Source))
	return false
}
