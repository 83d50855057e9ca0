package rewrite

import (
	"strconv"
	"strings"
	"unicode"
)

// A Book joins pages into one document, with the algorithm of mdBook's
// print page (crates/mdbook-html/src/html/print.rs):
//
//  1. every page, a chapter, is added in reading order with the ids its
//     HTML defines, and the id wanted for its own heading (its anchor);
//  2. each id gets its name in the book: the id itself the first time it
//     is seen, else the id with "-2", "-3", ... appended, so the earlier
//     chapter keeps its ids and a later one's are renamed;
//  3. each chapter's HTML is rewritten with Rules(key): its ids renamed, a
//     link to a chapter turned into a link to the chapter's anchor, a link
//     to an id in a chapter into a link to that id's name in the book, and
//     a link to anything else handed to Outside;
//  4. the caller puts a page break between chapters (CSS break-before).
//
// Ids the HTML defines that were not given to Add (ids the converter does
// not report, such as a footnote's second back-reference) are given to
// Define before the chapter is rewritten. A link to an id its chapter does
// not define (the page layout's "main") leads to the chapter's heading.
//
// For an EPUB, whose chapters are files of one book, SetFile names each
// chapter's file: a link to another chapter then leads to "file#id".
//
// A Book is used by one goroutine.
type Book struct {
	// Outside returns the value of a link that leads out of the book, or
	// false to unlink it; nil keeps such links as written.
	Outside func(t Target) (string, bool)
	// Root is the site path of the language the chapters are in (Rules.Root).
	Root string
	// XMLNames makes every id an XML name, as EPUB's XHTML requires:
	// letters, digits, '-', '_' and '.', starting with a letter or '_'.
	XMLNames bool
	// Shift moves the headings of every chapter down this many levels.
	Shift int

	used     map[string]bool
	next     map[string]int // id -> the suffix to try next, so a common id costs O(1) each time
	chapters map[string]*chapter
}

type chapter struct {
	anchor, file string
	ids          map[string]string // id in the page -> id in the book
}

// NewBook returns an empty book whose ids never take the reserved ones
// (those of the page the book is shown in).
func NewBook(reserved ...string) *Book {
	b := &Book{used: map[string]bool{}, next: map[string]int{}, chapters: map[string]*chapter{}}
	for _, id := range reserved {
		b.used[id] = true
	}
	return b
}

// Add adds the chapter key (the site path of its page), whose HTML defines
// ids; anchor is the id wanted for the chapter's heading. It returns the
// anchor's name in the book.
func (b *Book) Add(key, anchor string, ids []string) string {
	c := &chapter{ids: map[string]string{}}
	b.chapters[key] = c
	c.anchor = b.unique(anchor)
	for _, id := range ids {
		b.ID(key, id)
	}
	return c.anchor
}

// Define gives names to more ids of chapter key: call it with the ids its
// HTML defines (IDs) before rewriting it, so that a link to an id the HTML
// defines further down finds it.
func (b *Book) Define(key string, ids []string) {
	for _, id := range ids {
		b.ID(key, id)
	}
}

// SetFile names the file of chapter key, for books whose chapters are files.
func (b *Book) SetFile(key, file string) { b.chapters[key].file = file }

// Has reports whether the page at site path key is a chapter.
func (b *Book) Has(key string) bool { return b.chapters[key] != nil }

// Anchor returns the name in the book of chapter key's heading.
func (b *Book) Anchor(key string) string { return b.chapters[key].anchor }

// ID returns the name in the book of an id of chapter key, giving it one
// the first time.
func (b *Book) ID(key, id string) string {
	c := b.chapters[key]
	if name, ok := c.ids[id]; ok {
		return name
	}
	name := b.unique(id)
	c.ids[id] = name
	return name
}

func (b *Book) unique(id string) string {
	if b.XMLNames {
		id = xmlName(id)
	}
	name := id
	// Names are only ever added, so every suffix below next[id] is still
	// taken: starting there gives the same name as starting at 2.
	i := max(b.next[id], 2)
	for b.used[name] {
		name = id + "-" + strconv.Itoa(i)
		i++
	}
	b.next[id] = i
	b.used[name] = true
	return name
}

// Rules returns the rules that rewrite chapter key's HTML, written for the
// page at site path base (usually key itself).
func (b *Book) Rules(key, base string) *Rules {
	return &Rules{
		Base:  base,
		Root:  b.Root,
		Shift: b.Shift,
		ID:    func(id string) string { return b.ID(key, id) },
		Link:  func(t Target) (string, bool) { return b.link(key, t) },
	}
}

// Href returns the link, from chapter from, to the id of chapter to ("" for
// the chapter's heading).
func (b *Book) Href(from, to, id string) string {
	c := b.chapters[to]
	name := c.anchor
	if id != "" {
		name = b.ID(to, id)
	}
	if c.file != "" && to != from {
		return c.file + Fragment(name)
	}
	return Fragment(name)
}

func (b *Book) link(from string, t Target) (string, bool) {
	c := b.chapters[t.Path]
	if t.External || t.Outside || c == nil {
		if b.Outside == nil {
			return t.Raw, true
		}
		return b.Outside(t)
	}
	if _, known := c.ids[t.Fragment]; known {
		return b.Href(from, t.Path, t.Fragment), true
	}
	// No fragment, or one the chapter does not define (the page layout's
	// own ids, such as "main"): the chapter's heading.
	return b.Href(from, t.Path, ""), true
}

// xmlName turns an id into an XML name without colons.
func xmlName(id string) string {
	var b strings.Builder
	for i, r := range id {
		ok := r == '_' || unicode.IsLetter(r) || (i > 0 && (r == '-' || r == '.' || unicode.IsDigit(r)))
		switch {
		case ok:
			b.WriteRune(r)
		case i == 0 && (unicode.IsDigit(r) || r == '-' || r == '.'):
			b.WriteString("id-")
			b.WriteRune(r)
		default:
			b.WriteRune('-')
		}
	}
	if b.Len() == 0 {
		return "id"
	}
	return b.String()
}
