package shortcodes

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/model"
	"github.com/followup/followup/generator/theme"
	"github.com/followup/followup/generator/view"
)

// templateDirs are where a site's shortcode templates are, first found first.
func templateDirs(themeName string) []string {
	var dirs []string
	for _, root := range []string{"layouts", "themes/" + themeName + "/layouts"} {
		dirs = append(dirs, root+"/shortcodes", root+"/_shortcodes")
	}
	return dirs
}

// siteTemplates parses the site's shortcode templates into shortcodes.
func siteTemplates(m *model.Model) (map[string]markdown.ShortcodeFunc, error) {
	out := map[string]markdown.ShortcodeFunc{}
	if m.Source == nil {
		return out, nil
	}
	var errs diag.List
	for _, dir := range templateDirs(m.Config.Theme) {
		entries, _ := fs.ReadDir(m.Source, dir)
		for _, e := range entries {
			name, ok := strings.CutSuffix(e.Name(), ".html")
			if !ok || e.IsDir() || out[name] != nil {
				continue
			}
			file := path.Join(dir, e.Name())
			src, err := fs.ReadFile(m.Source, file)
			if err != nil {
				errs = append(errs, diag.Errorf(file, 0, "cannot read: %v", err))
				continue
			}
			text := strings.TrimSuffix(strings.TrimSuffix(string(src), "\n"), "\r") // the editor's last line break is not output
			t, err := template.New(file).Funcs(funcs()).Parse(text)
			if err != nil {
				e := theme.TemplateError(err, "")
				errs = append(errs, e)
				out[name] = func(*markdown.Call, *markdown.Context) (markdown.Output, error) { // named, not "unknown"
					return markdown.Output{}, fmt.Errorf("shortcode %s: its template %s does not parse (%s:%d: %s)", name, file, e.Path, e.Line, e.Msg)
				}
				continue
			}
			out[name] = run(t, m.Info)
		}
	}
	return out, errs.Err()
}

// run makes the shortcode that executes a site's template.
func run(t *template.Template, site *view.SiteInfo) markdown.ShortcodeFunc {
	return func(c *markdown.Call, ctx *markdown.Context) (markdown.Output, error) {
		pg, _ := ctx.Page.(*content.Page)
		d := &Data{Name: c.Name, Page: pg, Site: site, call: c}
		d.Inner = c.Inner
		if c.InnerHTML {
			d.Inner = template.HTML(c.Inner)
		}
		t, err := t.Clone() // markdownify converts for this call's page
		if err != nil {
			return markdown.Output{}, err
		}
		t.Funcs(template.FuncMap{"markdownify": func(s any) template.HTML {
			return template.HTML(inline(c.RenderMarkdown(fmt.Sprint(s))))
		}})
		var b bytes.Buffer
		if err := t.Execute(&b, d); err != nil {
			e := theme.TemplateError(err, "")
			return markdown.Output{}, fmt.Errorf("%s:%d: %s", e.Path, e.Line, e.Msg)
		}
		return markdown.Output{HTML: b.Bytes()}, nil // where it is written, as Hugo puts it
	}
}

// Data is what a site's shortcode template is executed with, as Hugo's.
type Data struct {
	Name  string
	Inner any // template.HTML for {{% %}}, else the text as written
	Page  *content.Page
	Site  *view.SiteInfo
	call  *markdown.Call
}

// Get returns the positional argument at an index (0 first), or the named
// one of a name; "" when there is none.
func (d *Data) Get(key any) string {
	switch k := key.(type) {
	case int:
		return d.call.Arg(k)
	case string:
		return d.call.Named[k]
	}
	return ""
}

// Params are the named arguments, or the positional ones when there are
// none.
func (d *Data) Params() any {
	if d.IsNamedParams() {
		return d.call.Named
	}
	return d.call.Args
}

// IsNamedParams reports whether the call has named arguments.
func (d *Data) IsNamedParams() bool { return len(d.call.Named) > 0 }

// funcs are Hugo's template functions a shortcode most often uses.
func funcs() template.FuncMap {
	return template.FuncMap{
		"markdownify": func(any) template.HTML { return "" }, // replaced for each call (run)
		"safeHTML":    func(s string) template.HTML { return template.HTML(s) },
		"default":     orDefault,
		"lower":       strings.ToLower,
		"upper":       strings.ToUpper,
		"trim":        func(s, cut string) string { return strings.Trim(s, cut) },
		"replace":     func(s, old, new string) string { return strings.ReplaceAll(s, old, new) },
	}
}

// orDefault is Hugo's default: v, unless it is empty, else def.
func orDefault(def, v any) any {
	switch x := v.(type) {
	case nil:
		return def
	case string:
		if x == "" {
			return def
		}
	case bool:
		if !x {
			return def
		}
	}
	return v
}
