package serve

import (
	"bytes"
	"html/template"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
)

// maxShown is the number of errors the overlay shows in full.
const maxShown = 5

type overlayError struct {
	Where string // path:line
	Msg   string
	Lines []sourceLine
}

type sourceLine struct {
	N    int
	Text string
	Bad  bool
}

var overlayTemplate = template.Must(template.New("overlay").Parse(`<div id="followup-error" role="alert" aria-labelledby="followup-error-title" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.97);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem">
<div style="max-width:60rem;margin:0 auto">
<h2 id="followup-error-title" style="margin:0 0 1rem;font-size:1.4rem;color:#ffb4a8">The site has {{len .Errors}} build {{if eq (len .Errors) 1}}error{{else}}errors{{end}}</h2>
<p style="margin:0 0 1rem">The page below is the last good build. This message goes away by itself when the files are fixed.</p>
{{- range .Shown}}
<section style="margin:0 0 1.5rem">
<h3 style="margin:0;font:600 1rem/1.4 ui-monospace,monospace;color:#ffd27f">{{.Where}}</h3>
<p style="margin:.25rem 0 .5rem;white-space:pre-wrap">{{.Msg}}</p>
{{- with .Lines}}
<pre style="margin:0;padding:.75rem;background:#000;border-radius:4px;overflow:auto;font:14px/1.5 ui-monospace,monospace"><code>
{{- range .}}{{if .Bad}}<mark style="display:block;background:#5c1e14;color:#fff">&gt; {{printf "%4d" .N}} | {{.Text}}</mark>{{else}}<span style="display:block;color:#bbb">  {{printf "%4d" .N}} | {{.Text}}</span>{{end}}{{end -}}
</code></pre>
{{- end}}
</section>
{{- end}}
{{- if .More}}
<p>And {{.More}} more; the terminal lists them all.</p>
{{- end}}
</div>
</div>`))

// overlay renders the build errors in err as a layer over the page: each
// error's file and line, its message, and the source lines around it with
// that line marked. Everything from the files is escaped.
func overlay(src fs.FS, errs diag.List) string {
	var shown []overlayError
	for _, e := range errs[:min(len(errs), maxShown)] {
		oe := overlayError{Where: e.Path, Msg: e.Msg}
		if e.Path == "" {
			oe.Where = "build"
		}
		if e.Line > 0 {
			oe.Where += ":" + strconv.Itoa(e.Line)
			oe.Lines = around(src, e.Path, e.Line)
		}
		shown = append(shown, oe)
	}
	var b bytes.Buffer
	overlayTemplate.Execute(&b, map[string]any{"Errors": errs, "Shown": shown, "More": len(errs) - len(shown)})
	return b.String()
}

// causesFirst orders the errors in the files that just changed before the
// others, which are often their consequences (links to a page that broke).
func causesFirst(err error, changed []string) diag.List {
	errs := diag.Errors(err)
	slices.SortStableFunc(errs, func(a, b *diag.Error) int {
		ac, bc := slices.Contains(changed, a.Path), slices.Contains(changed, b.Path)
		switch {
		case ac && !bc:
			return -1
		case bc && !ac:
			return 1
		}
		return 0
	})
	return errs
}

// around returns the lines line-2 to line+2 of the file at name.
func around(src fs.FS, name string, line int) []sourceLine {
	data, err := fs.ReadFile(src, name)
	if err != nil {
		return nil
	}
	lines := strings.Split(string(decode.LineFeeds(data)), "\n") // a CR alone ends a line too
	var out []sourceLine
	for n := max(1, line-2); n <= min(len(lines), line+2); n++ {
		out = append(out, sourceLine{N: n, Text: strings.TrimRight(lines[n-1], "\r"), Bad: n == line})
	}
	return out
}
