// Package theme loads the layouts and static files a site is rendered with.
//
// A theme is a folder with two parts:
//
//	layouts/base.html        the page skeleton; it calls {{block "main" .}}
//	layouts/<name>.html      one per kind of page: home, section, page,
//	                         taxonomy (the tag index), term (one tag), 404,
//	                         and any name a page asks for with `layout:`
//	layouts/partials/*.html  templates every layout can call with {{template "name.html" .}}
//	layouts/ids.txt          the element ids the layouts write themselves (IDsFile)
//	static/...               files copied to the site as they are
//
// The theme named in followup.toml is read from themes/<name>/ under the
// source folder. The default theme is built into the followup binary, so a
// site without a themes/ folder still builds; a themes/default/ folder on
// disk replaces the built-in copy. A site overrides any single file of its
// theme by placing one at the same path under layouts/ or static/ in its
// source folder.
//
// Besides the functions the site passes in, layouts can call
//
//	{{partialCached "header.html" . .Root .MenuKey}}
//
// which renders a partial once for each distinct set of keys during a
// build and reuses the HTML, like Hugo's partialCached: the keys must name
// everything the partial's output depends on. The cache belongs to the data
// (its PartialCache method), so each build starts empty.
//
// Layouts are Go html/template files, parsed once per build: each layout is
// joined to base.html and the partials, so a layout only defines the blocks
// it changes. Every layout is parsed when the theme loads, so that its
// errors are reported then; its copy of the base and partials is made when
// a page first uses it, since a site renders with a few of them. Template names are the files' paths from the
// source folder, so an error names its file and line:
//
//	themes/default/layouts/page.html:12: executing "main" at <.Foo>: ... (rendering content/x.md)
package theme

import (
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/ignore"
	"github.com/followup/followup/themes"
)

// Theme is a parsed set of layouts and the list of static files.
type Theme struct {
	Name     string
	partials *template.Template // base and partials, for ExecutePartial
	layouts  map[string]*layout // by layout name
	static   []StaticFile
	ids      ids
}

// StaticFile is a file to copy into the site.
type StaticFile struct {
	Path    string // site path, "css/site.css"
	FS      fs.FS
	Name    string // name within FS
	Display string // path shown in messages
}

// layer is one folder that may hold layouts/ and static/: the theme, then
// the site itself on top.
type layer struct {
	fsys    fs.FS
	display string // prefix for messages, "themes/default/" or ""
}

// Load finds the theme called name for the site in fsys (the source folder)
// and parses its layouts with funcs available.
func Load(fsys fs.FS, name string, funcs template.FuncMap) (*Theme, error) {
	base, err := themeLayer(fsys, name)
	if err != nil {
		return nil, err
	}
	layers := []layer{base, {fsys: fsys, display: ""}}
	t := &Theme{Name: name, layouts: map[string]*layout{}}
	funcs = maps.Clone(funcs)
	funcs["partialCached"] = t.partialCached
	files, partials := map[string]file{}, map[string]file{}
	for _, l := range layers {
		collect(l, "layouts", files, false)
		collect(l, "layouts/partials", partials, false)
	}
	if err := t.parse(files, partials, funcs); err != nil {
		return nil, err
	}
	if t.ids, err = loadIDs(layers); err != nil {
		return nil, err
	}
	static := map[string]file{}
	for _, l := range layers {
		collect(l, "static", static, true)
	}
	for _, p := range slices.Sorted(maps.Keys(static)) {
		f := static[p]
		t.static = append(t.static, StaticFile{Path: p, FS: f.fsys, Name: f.name, Display: f.display})
	}
	return t, nil
}

func themeLayer(fsys fs.FS, name string) (layer, error) {
	dir := "themes/" + name
	if info, err := fs.Stat(fsys, dir); err == nil && info.IsDir() {
		sub, err := fs.Sub(fsys, dir)
		return layer{fsys: sub, display: dir + "/"}, err
	}
	if name == "default" {
		return layer{fsys: themes.Default(), display: "(built-in) themes/default/"}, nil
	}
	return layer{}, &diag.Error{Msg: fmt.Sprintf("theme %q not found: there is no folder themes/%s/ in the source folder; create it, or set theme = \"default\"", name, name)}
}

// Folder returns the folder of the theme called name for the site in fsys,
// and its path for messages ("themes/default/"), as Load finds it.
func Folder(fsys fs.FS, name string) (fs.FS, string, error) {
	l, err := themeLayer(fsys, name)
	return l.fsys, strings.TrimPrefix(l.display, "(built-in) "), err
}

// BuiltIn returns the default theme built into the binary, and its path
// for messages.
func BuiltIn() (fs.FS, string) { return themes.Default(), "themes/default/" }

type file struct {
	fsys    fs.FS
	name    string
	display string
}

// collect adds the files under dir of layer l to m, keyed by their path
// below dir; recursive walks the whole tree, otherwise only *.html directly in dir.
func collect(l layer, dir string, m map[string]file, recursive bool) {
	_ = fs.WalkDir(l.fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // a missing folder is simply empty
		}
		if d.IsDir() {
			if p != dir && (!recursive || ignore.Name(d.Name())) {
				return fs.SkipDir
			}
			return nil
		}
		if ignore.Name(d.Name()) || (!recursive && !strings.HasSuffix(p, ".html")) {
			return nil
		}
		rel := strings.TrimPrefix(p, dir+"/")
		m[rel] = file{fsys: l.fsys, name: p, display: l.display + p}
		return nil
	})
}

func (t *Theme) parse(files, partials map[string]file, funcs template.FuncMap) error {
	baseFile, ok := files["base.html"]
	if !ok {
		return &diag.Error{Path: "layouts/base.html", Msg: "the theme has no base.html layout: every theme needs one with {{block \"main\" .}}"}
	}
	common := template.New("").Funcs(funcs)
	var errs diag.List
	errs.Add(parseInto(common, baseFile))
	for _, name := range slices.Sorted(maps.Keys(partials)) {
		f := partials[name]
		if err := parseInto(common, f); err != nil {
			errs.Add(err)
			continue
		}
		// Layouts call a partial by its file name; its parse tree keeps the
		// full path, so errors inside it still name the file.
		if _, err := common.AddParseTree(name, common.Lookup(f.display).Tree); err != nil {
			errs.Add(templateError(err, ""))
		}
	}
	if len(errs) > 0 {
		return errs.Err()
	}
	t.partials = common
	from, err := common.Clone() // before common runs (ExecutePartial)
	if err != nil {
		return templateError(err, "")
	}
	var mu sync.Mutex
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if name == "base.html" {
			continue
		}
		l, err := parseLayout(files[name], funcs, baseFile.display, from, &mu)
		if err != nil {
			errs.Add(err)
			continue
		}
		t.layouts[strings.TrimSuffix(name, ".html")] = l
	}
	return errs.Err()
}

func parseInto(t *template.Template, f file) error {
	src, err := fs.ReadFile(f.fsys, f.name)
	if err != nil {
		return &diag.Error{Path: f.display, Msg: "cannot read: " + err.Error()}
	}
	if _, err := t.New(f.display).Parse(string(src)); err != nil {
		return templateError(err, "")
	}
	return nil
}

// Has reports whether the theme has a layout of that name.
func (t *Theme) Has(layout string) bool {
	_, ok := t.layouts[layout]
	return ok
}

// Layouts returns the names of the theme's layouts, sorted.
func (t *Theme) Layouts() []string { return slices.Sorted(maps.Keys(t.layouts)) }

// Static returns the files to copy into the site, sorted by site path.
func (t *Theme) Static() []StaticFile { return t.static }

// Execute renders layout with data into w; on error w may hold part of the
// page. rendering names the content file, for messages.
func (t *Theme) Execute(w io.Writer, layout string, data any, rendering string) error {
	l, ok := t.layouts[layout]
	if !ok {
		return fmt.Errorf("no such layout %q: add layouts/%s.html to the site or the theme (layouts: %s)", layout, layout, strings.Join(t.Layouts(), ", "))
	}
	tmpl, err := l.template()
	if err != nil {
		return err
	}
	if err := tmpl.Execute(w, data); err != nil {
		return templateError(err, rendering)
	}
	return nil
}

// ExecutePartial renders one partial ("evergreen.html") with data into w,
// for HTML that pages and shortcodes share.
func (t *Theme) ExecutePartial(w io.Writer, name string, data any, rendering string) error {
	if t.partials.Lookup(name) == nil {
		return fmt.Errorf("the theme has no partial %s: add layouts/partials/%s", name, name)
	}
	if err := t.partials.ExecuteTemplate(w, name, data); err != nil {
		return templateError(err, rendering)
	}
	return nil
}

// Cacher is implemented by template data that carries a per-build cache
// for partialCached.
type Cacher interface {
	PartialCache() *sync.Map
}

// partialCached renders the partial name with data once per distinct keys.
func (t *Theme) partialCached(name string, data any, keys ...any) (template.HTML, error) {
	c, ok := data.(Cacher)
	if !ok {
		return "", fmt.Errorf("partialCached %s: the data has no cache", name)
	}
	// %q quotes each key, so ("a/b", "c") and ("a", "b/c") never meet.
	key := fmt.Sprintf("%q %q", name, keys)
	if html, ok := c.PartialCache().Load(key); ok {
		return html.(template.HTML), nil
	}
	var b strings.Builder
	if err := t.partials.ExecuteTemplate(&b, name, data); err != nil {
		return "", err
	}
	html := template.HTML(b.String())
	c.PartialCache().Store(key, html)
	return html, nil
}

var templateErrRE = regexp.MustCompile(`^(?:html/)?template: ?(.+?):(\d+)(?::\d+)?: (.*)$`)

// templateError turns html/template's "template: NAME:LINE:COL: msg" into
// a positioned error; NAME is the file's display path.
func templateError(err error, rendering string) *diag.Error {
	msg := err.Error()
	e := &diag.Error{Msg: msg, Err: err}
	if m := templateErrRE.FindStringSubmatch(strings.SplitN(msg, "\n", 2)[0]); m != nil {
		e.Path = strings.TrimPrefix(m[1], "(built-in) ")
		e.Line, _ = strconv.Atoi(m[2])
		e.Msg = m[3]
	}
	if rendering != "" {
		e.Msg += " (rendering " + rendering + ")"
	}
	return e
}
