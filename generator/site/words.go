package site

import (
	"errors"
	"strings"

	"github.com/followup/followup/generator/checklist"
	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/markdown"
)

// The words the leaf packages write (markdown's callout titles and heading
// links, the checklists' controls) are theirs to place and the string
// files' to say: the site fills the packages' Words from the language's
// strings, and a key no file has is an error of the build.

// markdownWords are the converter's words in the language of strs.
func markdownWords(strs *i18n.Strings) (markdown.Words, error) {
	var errs []error
	add := func(s string, err error) string { // each T's error kept
		errs = append(errs, err)
		return s
	}
	w := markdown.Words{
		Note: add(strs.T("callout.note")), Tip: add(strs.T("callout.tip")), Important: add(strs.T("callout.important")),
		Warning: add(strs.T("callout.warning")), Caution: add(strs.T("callout.caution")),
		SectionLink: around(add(strs.T("heading.link", "Title", valueMark))),
		Table:       add(strs.T("table.label")), TableOf: around(add(strs.T("table.label_of", "Columns", valueMark))),
		Done: add(strs.T("tasks.done")), NotDone: add(strs.T("tasks.not_done")), Checklist: add(strs.T("tasks.title")),
	}
	var err error
	w.Checklists, err = checklistWords(strs)
	return w, errors.Join(append(errs, err)...)
}

// checklistWords are the checklists' words in the language of strs: the
// count and the screen readers' words after a link or the reset button,
// per checklist (a count's plural form).
func checklistWords(strs *i18n.Strings) (checklist.Words, error) {
	more, err1 := strs.T("checklist.more")
	reset, err2 := strs.T("checklist.reset")
	w := checklist.Words{
		More: more, Reset: reset,
		Items:   func(n int) (string, error) { return strs.T("checklist.items", n) },
		MoreFor: func(item string) (string, error) { return strs.T("checklist.more_for", "Item", item) },
		ResetOf: func(title string) (string, error) { return strs.T("checklist.reset_of", "Title", title) },
	}
	_, err3 := w.Items(2) // a string that does not run is the build's error, not a page's
	_, err4 := w.MoreFor("")
	_, err5 := w.ResetOf("")
	return w, errors.Join(err1, err2, err3, err4, err5)
}

// valueMark stands for a value in a string cut by around: a character no
// string file holds.
const valueMark = "\x00"

// around cuts a string given valueMark for its value where the value goes.
func around(s string) markdown.Around {
	before, after, _ := strings.Cut(s, valueMark)
	return markdown.Around{Before: before, After: strings.ReplaceAll(after, valueMark, "")}
}
