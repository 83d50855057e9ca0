// Package urls builds the site's addresses: slugs from titles, page paths,
// and the relative links between pages that let a built site work under any
// path prefix, moved to another folder, or opened from disk.
//
// A site path is the address of an output relative to the site root, with
// forward slashes and no leading slash: "" is the home page, "guides/" a
// section or page (written to guides/index.html), "css/site.css" a file.
// Pages always end in "/"; files never do.
//
// Rel(from, to) is the one way a link is written. It is purely textual: both
// arguments are site paths, and the result is the shortest relative reference
// from the page at `from` to `to` ("../about/", "./" for the page itself).
// In the offline style (Linker{Offline: true}) every link to a page names its
// file, "../about/index.html", because a browser reading files from disk does
// not turn a folder into its index.html.
package urls

import (
	"crypto/sha1"
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Linker writes links in one style: served (folder URLs) or offline (file names).
type Linker struct {
	Offline bool
}

// Rel returns the link from the page at site path from to the site path to.
// A fragment on to ("guides/x/#when") is kept; a link to a fragment of the
// page itself is just the fragment.
func (l Linker) Rel(from, to string) string {
	to, frag, hasFrag := strings.Cut(to, "#")
	if hasFrag && to == from {
		return "#" + frag
	}
	fromDir := segments(dirOf(from))
	toSegs := strings.Split(to, "/")
	i := 0
	for i < len(fromDir) && i < len(toSegs)-1 && fromDir[i] == toSegs[i] {
		i++
	}
	rel := strings.Repeat("../", len(fromDir)-i) + strings.Join(toSegs[i:], "/")
	switch {
	case l.Offline && (to == "" || strings.HasSuffix(to, "/")):
		rel += "index.html"
	case rel == "":
		rel = "./"
	}
	if hasFrag {
		rel += "#" + frag
	}
	return rel
}

// dirOf returns the folder of a site path: the path itself for a page, the
// containing folder (with a trailing slash, or "") for a file.
func dirOf(p string) string {
	if p == "" || strings.HasSuffix(p, "/") {
		return p
	}
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[:i+1]
	}
	return ""
}

func segments(dir string) []string {
	if dir == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(dir, "/"), "/")
}

// Rel links in the served style.
func Rel(from, to string) string { return Linker{}.Rel(from, to) }

// Root returns the relative path from the page at from to the site root,
// "" for the home page and "../../" for "guides/x/".
func Root(from string) string {
	return strings.Repeat("../", len(segments(dirOf(from))))
}

// File returns the output file of a site path: "guides/x/" -> "guides/x/index.html".
func File(sitePath string) string {
	if sitePath == "" || strings.HasSuffix(sitePath, "/") {
		return sitePath + "index.html"
	}
	return sitePath
}

// Slugify turns a title or tag into a lower-case URL segment: letters and
// digits of any script are kept, runs of anything else become one hyphen,
// accents are removed where a base letter exists ("Café notes" -> "cafe-notes").
func Slugify(s string) string {
	var b strings.Builder
	pendingDash := false
	for _, r := range norm.NFC.String(s) {
		r = stripAccent(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if pendingDash && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingDash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			pendingDash = true
		}
	}
	return b.String()
}

// stripAccent returns the base letter of an accented Latin letter (é -> e);
// letters of other scripts keep their marks (ガ stays ガ).
func stripAccent(r rune) rune {
	if r < utf8.RuneSelf || !unicode.Is(unicode.Latin, r) {
		return r
	}
	if base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r))); unicode.Is(unicode.Latin, base) {
		return base
	}
	return r
}

// CheckSegment reports whether s can be one segment of a site path: not
// empty, no slash or backslash, not "." or "..", no control characters, and
// no characters that need escaping in a URL path other than non-ASCII letters.
func CheckSegment(s string) error {
	switch {
	case s == "":
		return fmt.Errorf("it is empty")
	case s == "." || s == "..":
		return fmt.Errorf("%q would leave its folder", s)
	case !utf8.ValidString(s):
		return fmt.Errorf("it is not valid UTF-8")
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`/\?#%"<>|*:`+"` ", r) {
			return fmt.Errorf("%q contains %q; use letters, digits and hyphens", s, r)
		}
	}
	return nil
}

// Clean validates a site path written by an author (an alias, a menu link)
// and normalises it: no leading slash, no "..", pages ending in "/". A path
// starting with // is refused: it leads to another host.
// It returns an error saying what to change.
func Clean(p string) (string, error) {
	if rest, ok := strings.CutPrefix(p, "//"); ok {
		if host, _, _ := strings.Cut(rest, "/"); host != "" {
			rest = " (" + host + ")"
		}
		return "", fmt.Errorf("%q starts with //, which leads to another host%s, not to a page of this site", p, rest)
	}
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		return "", nil
	}
	isDir := strings.HasSuffix(p, "/") || !strings.Contains(path.Base(p), ".")
	for _, seg := range strings.Split(strings.TrimSuffix(p, "/"), "/") {
		if err := CheckSegment(seg); err != nil {
			return "", fmt.Errorf("path %q is not usable: %w", p, err)
		}
	}
	p = strings.TrimSuffix(p, "/")
	if isDir {
		p += "/"
	}
	return p, nil
}

// NameUUID is a name-based UUID URN of name (the version 5 layout over
// its SHA-1), the same in every build: the ids of the feed and the EPUB.
func NameUUID(name string) string {
	h := sha1.Sum([]byte(name))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
