package theme

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/followup/followup/generator/diag"
)

// IDsFile is the file of a theme that declares the element ids its layouts
// write themselves ("main", "toc", ...). A heading in the content never
// takes one of them, and a link may point at one. Each line lists ids
// separated by spaces; a line "layout: ids" lists the ids of that layout
// only (an edition's, which holds the headings of every page); # starts a
// comment. A site's own layouts/ids.txt replaces its theme's. A theme
// without the file declares none.
const IDsFile = "layouts/ids.txt"

// ids are the element ids a theme declares.
type ids struct {
	all      []string            // every layout's
	ofLayout map[string][]string // one layout's, besides all
}

// ReservedIDs returns the ids every layout of the theme may write.
func (t *Theme) ReservedIDs() []string { return t.ids.all }

// LayoutIDs returns the ids the layout writes besides ReservedIDs.
func (t *Theme) LayoutIDs(layout string) []string { return t.ids.ofLayout[layout] }

// loadIDs reads IDsFile from the last layer that has it.
func loadIDs(layers []layer) (ids, error) {
	for i := len(layers) - 1; i >= 0; i-- {
		l := layers[i]
		src, err := fs.ReadFile(l.fsys, IDsFile)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		display := strings.TrimPrefix(l.display+IDsFile, "(built-in) ")
		if err != nil {
			return ids{}, &diag.Error{Path: display, Msg: "cannot read: " + err.Error()}
		}
		return parseIDs(display, string(src))
	}
	return ids{}, nil
}

func parseIDs(display, src string) (ids, error) {
	d := ids{ofLayout: map[string][]string{}}
	var errs diag.List
	for n, line := range strings.Split(src, "\n") {
		line, _, _ = strings.Cut(line, "#")
		layout, list, scoped := strings.Cut(line, ":")
		if !scoped {
			list = layout
		}
		layout = strings.TrimSpace(layout)
		for _, id := range strings.Fields(list) {
			if !validID(id) {
				errs.Add(diag.Errorf(display, n+1, "%q is not an element id: use lower-case letters, digits, - and _", id))
				continue
			}
			if scoped {
				d.ofLayout[layout] = append(d.ofLayout[layout], id)
			} else {
				d.all = append(d.all, id)
			}
		}
	}
	return d, errs.Err()
}

func validID(id string) bool {
	for i, c := range id {
		ok := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' && i > 0 || (c == '-' || c == '_') && i > 0
		if !ok {
			return false
		}
	}
	return id != ""
}
