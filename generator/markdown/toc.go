package markdown

// TOCEntry is a heading of a table of contents with the headings under it.
type TOCEntry struct {
	Heading
	Children []TOCEntry
}

// Nest arranges a page's table of contents as a tree: each heading holds
// the deeper ones that follow it, up to the next of its level or above. A
// heading deeper than any before it starts at the top.
func Nest(toc []Heading) []TOCEntry {
	var out []TOCEntry
	for len(toc) > 0 {
		h := toc[0]
		end := 1
		for end < len(toc) && toc[end].Level > h.Level {
			end++
		}
		out = append(out, TOCEntry{Heading: h, Children: Nest(toc[1:end])})
		toc = toc[end:]
	}
	return out
}
