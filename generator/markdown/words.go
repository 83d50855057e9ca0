package markdown

import "github.com/followup/followup/generator/checklist"

// Words are the words a converted page holds that its author did not
// write, in the page's language. The package has none of its own: the
// caller fills them from its string files (the site, from
// themes/default/i18n/<code>.toml). An empty word is written empty.
type Words struct {
	// Callout titles, for a callout that has none of its own: [!NOTE]
	// "Note", [!TIP] "Tip", [!IMPORTANT] "Important", [!WARNING]
	// "Warning", [!CAUTION] "Caution".
	Note, Tip, Important, Warning, Caution string
	// SectionLink names a heading's "#" link, around the heading's text:
	// "Link to this section: " and "".
	SectionLink Around
	// Table names a table's region when its header row is empty, TableOf
	// around its headers' texts ("Table: " and "").
	Table   string
	TableOf Around
	// Done and NotDone name the marks of a task list kept static.
	Done, NotDone string
	// Checklist titles a task list made a checklist with no heading above it.
	Checklist string
	// Checklists are the words of the checklists' controls.
	Checklists checklist.Words
}

// Around is a phrase with one value in it, cut where the value goes.
type Around struct{ Before, After string }

// With returns the phrase with v in its place.
func (a Around) With(v string) string { return a.Before + v + a.After }

// callout returns the title of a callout of the marker ("TIP"), and
// whether the marker is a callout's.
func (w *Words) callout(marker string) (string, bool) {
	switch marker {
	case "NOTE":
		return w.Note, true
	case "TIP":
		return w.Tip, true
	case "IMPORTANT":
		return w.Important, true
	case "WARNING":
		return w.Warning, true
	case "CAUTION":
		return w.Caution, true
	}
	return "", false
}
