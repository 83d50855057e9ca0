package rewrite

import (
	"slices"
	"strings"
)

// Rules.Static: a form printed on paper or in an e-book. Form controls do
// nothing there, so each becomes what a pen needs: a checkbox an empty
// box, a radio button an empty circle, a label its text; buttons, other
// inputs, selects and text areas disappear. The box is aria-hidden: the
// text beside it says what to tick.

// static applies Rules.Static to the current start tag. It returns the tag
// to write, whether it changed, and done when it wrote or skipped it.
func (rw *rewriter) static(void bool) (tag string, changed, done bool) {
	tag = rw.tag
	switch tag {
	case "form", "fieldset":
		rw.attrs = without(rw.attrs, "action", "method", "name", "disabled")
		return "div", true, false
	case "legend":
		class := strings.TrimSpace("legend " + Get(rw.attrs, "class"))
		rw.attrs = append(without(rw.attrs, "class"), Attr{"class", class})
		return "p", true, false
	case "label":
		rw.attrs = without(rw.attrs, "for", "form")
		return "span", true, false
	case "input":
		switch strings.ToLower(Get(rw.attrs, "type")) {
		case "checkbox":
			rw.writeString(`<span class="box" aria-hidden="true">☐</span>`)
		case "radio":
			rw.writeString(`<span class="box" aria-hidden="true">○</span>`)
		}
		return tag, false, true
	case "button", "select", "textarea":
		if !void {
			rw.skip = 1
		}
		return tag, false, true
	}
	return tag, false, false
}

func without(attrs []Attr, keys ...string) []Attr {
	return slices.DeleteFunc(attrs, func(a Attr) bool { return slices.Contains(keys, a.Key) })
}
