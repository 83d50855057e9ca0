package checklist

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"strings"
)

// View is a checklist as it appears on one page, its text already rendered.
type View struct {
	ID    string        // unique on the page
	Page  string        // site path of the page, part of the storage key
	Title string        // plain text
	Intro template.HTML // inline HTML, may be empty
	Items []ItemView
	Words Words // the words of its controls, in the page's language
}

// Words are the words a checklist's own controls are written in, in the
// page's language. The package has none of its own: the caller fills them
// from its string files (the site from checklist.* in
// themes/default/i18n/<code>.toml). A nil function writes nothing.
type Words struct {
	Items   func(n int) (string, error)        // the legend's count, "3 items" (plural forms)
	More    string                             // the link to an item's explanation: "Why and how"
	MoreFor func(item string) (string, error)  // what follows it for screen readers: ": <item>"
	Reset   string                             // the reset button: "Clear ticks"
	ResetOf func(title string) (string, error) // what follows it for screen readers: " in <title>"
}

// say calls one of the functions of Words, nil writing nothing.
func say[T any](f func(T) (string, error), v T) (string, error) {
	if f == nil {
		return "", nil
	}
	return f(v)
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

// Render appends the checklist's HTML to b, the markup the package comment
// describes (on an error, part of it). The progress line comes after the
// checkboxes because CSS counters only count what precedes them; the
// stylesheet shows it above them. Text fields are escaped; the HTML fields
// are written as they are. (It is written directly rather than with
// html/template: a site can have thousands of checklists, and this is
// several times faster.)
func Render(b *bytes.Buffer, v View) error {
	b.Grow(600 + 300*len(v.Items)) // about what a list of short items takes, instead of doubling up to it
	e := html.EscapeString
	count, err := say(v.Words.Items, len(v.Items))
	if err != nil {
		return err
	}
	fmt.Fprintf(b, "<form class=\"checklist\" id=\"%s\" data-checklist=\"%s\" data-page=\"%s\">\n<fieldset>\n", e(FormID(v.ID)), e(v.ID), e(v.Page))
	fmt.Fprintf(b, "<legend><span class=\"checklist-title\">%s</span> <span class=\"checklist-count\">(%s)</span></legend>\n", e(v.Title), e(count))
	if v.Intro != "" {
		fmt.Fprintf(b, "<p class=\"checklist-intro\">%s</p>\n", v.Intro)
	}
	b.WriteString("<ul class=\"checklist-items\">\n")
	for _, it := range v.Items {
		if err := renderItem(b, v, it); err != nil {
			return err
		}
	}
	b.WriteString("</ul>\n<p class=\"checklist-progress\"></p>\n</fieldset>\n")
	of, err := say(v.Words.ResetOf, v.Title)
	if err != nil {
		return err
	}
	fmt.Fprintf(b, "<button type=\"reset\" class=\"checklist-reset\">%s<span class=\"visually-hidden\">%s</span></button>\n</form>\n", e(v.Words.Reset), e(of))
	return nil
}

// renderItem writes one item of v.
func renderItem(b *bytes.Buffer, v View, it ItemView) error {
	e := html.EscapeString
	id := e(inputID(v.ID, it.ID))
	write(b, "<li class=\"checklist-item\">\n<input type=\"checkbox\" id=\"", id, "\" name=\"", e(it.ID), "\"")
	if it.Checked {
		b.WriteString(" checked")
	}
	if it.Hint != "" {
		write(b, " aria-describedby=\"", id, "-hint\"")
	}
	write(b, ">\n<label for=\"", id, "\">", string(it.Text))
	if it.Timing != "" && !strings.Contains(strings.ToLower(it.Plain), strings.ToLower(it.Timing)) {
		write(b, " <span class=\"checklist-timing\">", e(it.Timing), "</span>")
	}
	b.WriteString("</label>\n")
	if it.Hint != "" {
		write(b, "<p class=\"checklist-hint\" id=\"", id, "-hint\">", string(it.Hint), "</p>\n")
	}
	if it.Href != "" {
		more, err := say(v.Words.MoreFor, it.Plain)
		if err != nil {
			return err
		}
		write(b, "<a class=\"checklist-more\" href=\"", e(safeURL(it.Href)), "\">", e(v.Words.More), "<span class=\"visually-hidden\">", e(more), "</span></a>\n")
	}
	b.WriteString("</li>\n")
	return nil
}

// write appends each of parts to b.
func write(b *bytes.Buffer, parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
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
