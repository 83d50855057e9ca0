package checklist

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"strings"
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

// Render writes the checklist's HTML, the markup the package comment
// describes. The progress line comes after the checkboxes because CSS
// counters only count what precedes them; the stylesheet shows it above
// them. Text fields are escaped; the HTML fields are written as they are.
// (It is written directly rather than with html/template: a site can have
// thousands of checklists, and this is several times faster.)
func Render(w io.Writer, v View) error {
	b := &strings.Builder{}
	e := html.EscapeString
	count := "items"
	if len(v.Items) == 1 {
		count = "item"
	}
	fmt.Fprintf(b, "<form class=\"checklist\" id=\"%s\" data-checklist=\"%s\" data-page=\"%s\">\n<fieldset>\n", e(FormID(v.ID)), e(v.ID), e(v.Page))
	fmt.Fprintf(b, "<legend><span class=\"checklist-title\">%s</span> <span class=\"checklist-count\">(%d %s)</span></legend>\n", e(v.Title), len(v.Items), count)
	if v.Intro != "" {
		fmt.Fprintf(b, "<p class=\"checklist-intro\">%s</p>\n", v.Intro)
	}
	b.WriteString("<ul class=\"checklist-items\">\n")
	for _, it := range v.Items {
		id := e(inputID(v.ID, it.ID))
		b.WriteString("<li class=\"checklist-item\">\n<input type=\"checkbox\" id=\"" + id + "\" name=\"" + e(it.ID) + "\"")
		if it.Checked {
			b.WriteString(" checked")
		}
		if it.Hint != "" {
			b.WriteString(" aria-describedby=\"" + id + "-hint\"")
		}
		b.WriteString(">\n<label for=\"" + id + "\">" + string(it.Text))
		if it.Timing != "" && !strings.Contains(strings.ToLower(it.Plain), strings.ToLower(it.Timing)) {
			b.WriteString(" <span class=\"checklist-timing\">" + e(it.Timing) + "</span>")
		}
		b.WriteString("</label>\n")
		if it.Hint != "" {
			b.WriteString("<p class=\"checklist-hint\" id=\"" + id + "-hint\">" + string(it.Hint) + "</p>\n")
		}
		if it.Href != "" {
			b.WriteString("<a class=\"checklist-more\" href=\"" + e(safeURL(it.Href)) + "\">Why and how<span class=\"visually-hidden\">: " + e(it.Plain) + "</span></a>\n")
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("</ul>\n<p class=\"checklist-progress\"></p>\n</fieldset>\n")
	fmt.Fprintf(b, "<button type=\"reset\" class=\"checklist-reset\">Clear ticks<span class=\"visually-hidden\"> in %s</span></button>\n</form>\n", e(v.Title))
	_, err := io.WriteString(w, b.String())
	return err
}

// safeURL refuses link schemes that run code, as html/template would.
func safeURL(href string) string {
	scheme, _, found := strings.Cut(href, ":")
	if !found || strings.ContainsAny(scheme, "/?#") {
		return href // relative
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "mailto":
		return href
	}
	return "#ZgotmplZ"
}
