package theme

import (
	"html/template"
	"io/fs"
	"sync"

	"github.com/followup/followup/generator/diag"
)

// layout is one layout file. It is parsed on its own when the theme loads,
// so that its errors are reported then, and joined to a copy of the base
// and partials only when a page first uses it: a site renders with a few
// of the theme's layouts, and each copy holds every partial's parse tree.
type layout struct {
	file file
	src  string
	base string // the base layout's name, which each layout's copy runs
	// own is the file parsed alone, never executed: the layout's trees for
	// walk, which reads them while pages render.
	own *template.Template
	// from is the theme's base and partials as parsed, never executed:
	// html/template copies only a set that has not run.
	from *template.Template
	mu   *sync.Mutex // held while from is copied

	once sync.Once
	tmpl *template.Template
	err  error
}

// parseLayout reads and parses a layout file alone.
func parseLayout(f file, funcs template.FuncMap, base string, from *template.Template, mu *sync.Mutex) (*layout, error) {
	src, err := fs.ReadFile(f.fsys, f.name)
	if err != nil {
		return nil, &diag.Error{Path: f.display, Msg: "cannot read: " + err.Error()}
	}
	own, err := template.New(f.display).Funcs(funcs).Parse(string(src))
	if err != nil {
		return nil, templateError(err, "")
	}
	return &layout{file: f, src: string(src), base: base, own: own, from: from, mu: mu}, nil
}

// template is the layout joined to the base and partials, made on first use.
func (l *layout) template() (*template.Template, error) {
	l.once.Do(func() {
		l.mu.Lock()
		tmpl, err := l.from.Clone()
		l.mu.Unlock()
		if err == nil {
			_, err = tmpl.New(l.file.display).Parse(l.src)
		}
		if err != nil {
			l.err = templateError(err, "")
			return
		}
		l.tmpl = tmpl.Lookup(l.base)
	})
	return l.tmpl, l.err
}
