package checklist

import (
	"html/template"
	"io"
)

// View is a checklist as it appears on one page, its text already rendered.
type View struct {
	ID    string        // unique on the page
	Page  string        // site path of the page, part of the storage key
	Title string        // plain text
	Intro template.HTML // inline HTML, may be empty
	Items []ItemView
}

// ItemView is one item of a View.
type ItemView struct {
	ID      string
	Text    template.HTML // inline HTML: the label
	Plain   string        // the text without markup, for link names
	Hint    template.HTML // inline HTML, may be empty
	Timing  string
	Href    string // the explanation, relative to the page; "" for none
	Checked bool   // ticked until the reader changes it
}

// ElementIDs returns the element ids Render writes, for link checking.
func (v View) ElementIDs() []string {
	ids := []string{FormID(v.ID)}
	for _, it := range v.Items {
		ids = append(ids, inputID(v.ID, it.ID))
		if it.Hint != "" {
			ids = append(ids, inputID(v.ID, it.ID)+"-hint")
		}
	}
	return ids
}

// FormID is the element id of a checklist's form, for links to it.
func FormID(id string) string { return "checklist-" + id }

func inputID(list, item string) string { return "cl-" + list + "-" + item }

// The markup is documented in the package comment. The progress line comes
// after the checkboxes because CSS counters only count what precedes them;
// the stylesheet shows it above the items.
var tmpl = template.Must(template.New("checklist").Funcs(template.FuncMap{"inputID": inputID, "formID": FormID}).Parse(`<form class="checklist" id="{{formID .ID}}" data-checklist="{{.ID}}" data-page="{{.Page}}">
<fieldset>
<legend><span class="checklist-title">{{.Title}}</span> <span class="checklist-count">({{len .Items}} {{if eq (len .Items) 1}}item{{else}}items{{end}})</span></legend>
{{- with .Intro}}
<p class="checklist-intro">{{.}}</p>
{{- end}}
<ul class="checklist-items">
{{- range .Items}}
{{- $id := inputID $.ID .ID}}
<li class="checklist-item">
<input type="checkbox" id="{{$id}}" name="{{.ID}}"{{if .Checked}} checked{{end}}{{if .Hint}} aria-describedby="{{$id}}-hint"{{end}}>
<label for="{{$id}}">{{.Text}}{{with .Timing}} <span class="checklist-timing">{{.}}</span>{{end}}</label>
{{- with .Hint}}
<p class="checklist-hint" id="{{$id}}-hint">{{.}}</p>
{{- end}}
{{- if .Href}}
<a class="checklist-more" href="{{.Href}}">Why and how<span class="visually-hidden">: {{.Plain}}</span></a>
{{- end}}
</li>
{{- end}}
</ul>
<p class="checklist-progress"></p>
</fieldset>
<button type="reset" class="checklist-reset">Clear ticks<span class="visually-hidden"> in {{.Title}}</span></button>
</form>
`))

// Render writes the checklist's HTML.
func Render(w io.Writer, v View) error {
	return tmpl.Execute(w, v)
}
