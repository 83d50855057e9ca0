package site

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/followup/followup/generator/content"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/markdown"
	"github.com/followup/followup/generator/urls"
)

// pageLinks resolves the links written in one page's markdown.
//
//   - A full address (https:, mailto:) is left as it is.
//   - "#part" is a fragment of the page itself.
//   - A path ending in .md ("thank-you-email.md", "../about.md#why") is a
//     content file relative to the page's file, as on GitHub; it leads to
//     that file's page. Zola's "@/guides/call.md" names one from the
//     content folder.
//   - Another relative path is first a file of the content folder next to
//     the page (an image), else a site path relative to the page's address.
//   - A path from the site root ("/guides/call/") is a site path.
//
// Internal links are rewritten relative to the page. A link to nothing the
// build writes is an error that says what was looked for.
type pageLinks struct {
	plan     *plan
	fromDir  string // folder of the content folder that relative paths start from
	pagePath string // site path of the page the links appear on
}

// linksFor resolves links written in a content page.
func (p *plan) linksFor(pg *content.Page) pageLinks {
	return pageLinks{plan: p, fromDir: path.Dir(pg.File), pagePath: pg.Path}
}

var _ markdown.LinkResolver = pageLinks{}

func (l pageLinks) Resolve(dest string) (string, markdown.Target, error) {
	if dest == "" {
		return dest, markdown.Target{}, nil
	}
	if hasScheme(dest) || strings.HasPrefix(dest, "//") {
		return dest, markdown.Target{}, nil
	}
	raw, frag, hasFrag := strings.Cut(dest, "#")
	raw, query, _ := strings.Cut(raw, "?")
	if strings.Contains(raw, "%") {
		if unescaped, err := url.PathUnescape(raw); err == nil {
			raw = unescaped
		}
	}
	if raw == "" {
		return dest, markdown.Target{Internal: true, Path: l.pagePath, Fragment: frag}, nil
	}
	target, err := l.target(raw)
	var found error // a link that matches a page only when case is ignored
	var fold caseFold
	switch {
	case errors.As(err, &fold):
		found = diag.Warnf(diag.LinkCase, "", 0, "link %s matches %s only when case is ignored: spell it as the name is spelled there", shown(dest), fold.found)
	case err != nil:
		if href, found, ok := l.acrossLanguages(raw, dest); ok {
			return addQuery(href, query, frag, hasFrag), markdown.Target{}, found
		}
		return "", markdown.Target{}, diag.Warnf(diag.Links, "", 0, "link %s: %v", shown(dest), err)
	}
	href := l.plan.linker.Rel(l.pagePath, target)
	if query != "" {
		href += "?" + query
	}
	if hasFrag {
		href = l.plan.linker.Rel(l.pagePath, target+"#"+frag)
	}
	return href, markdown.Target{Internal: true, Path: target, Fragment: frag}, found
}

// shown quotes a link target for a message, its control characters and
// other unprintable runes escaped (a %0A must not split the message, a
// %1B must not reach the terminal).
func shown(s string) string { return strconv.Quote(s) }

// hasScheme reports whether a link starts with a URL scheme ("https:",
// "mailto:"): a letter, then letters, digits, "+", "-" or ".", then ":".
func hasScheme(dest string) bool {
	for i := 0; i < len(dest); i++ {
		c := dest[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') && i > 0:
		case c == ':':
			return i > 0
		default:
			return false
		}
	}
	return false
}

// target finds the site path a link leads to.
func (l pageLinks) target(raw string) (string, error) {
	if strings.HasPrefix(raw, "/") {
		p := normalise(strings.TrimPrefix(raw, "/"))
		if l.plan.exists(p) {
			return p, nil // most links: the case-folded names are not needed
		}
		if sp := l.plan.fold().paths[strings.ToLower(p)]; sp != "" {
			return sp, caseFold{"/" + sp}
		}
		return "", fmt.Errorf("the site has no page or file at /%s", strings.Trim(shown(p), `"`))
	}
	file := path.Join(l.fromDir, raw)
	if rest, zola := strings.CutPrefix(raw, "@/"); zola { // Zola's: from the content folder
		file = path.Clean(rest)
	}
	if strings.HasPrefix(file, "../") || file == ".." {
		return "", fmt.Errorf("it leads outside the content folder")
	}
	if strings.HasSuffix(raw, ".md") {
		if p, ok := l.plan.site.ByFile[file]; ok {
			return p.Path, nil
		}
		if l.plan.site.Failed[file] { // its own error says what is wrong; the build fails anyway
			return strings.TrimSuffix(file, ".md") + "/", nil
		}
		if p := l.plan.fold().files[strings.ToLower(file)]; p != nil {
			return p.Path, caseFold{"content/" + p.File}
		}
		return "", fmt.Errorf("there is no page content/%s (check the file name; drafts are left out unless --drafts)", strings.Trim(shown(file), `"`))
	}
	if l.plan.exists(file) {
		return file, nil
	}
	if sp := l.plan.fold().paths[strings.ToLower(file)]; sp != "" {
		return sp, caseFold{"/" + sp}
	}
	joined := path.Join(l.pagePath, raw)
	if strings.HasSuffix(raw, "/") {
		joined += "/" // Join drops it; it says the link is to a page
	}
	sitePath := normalise(joined)
	if strings.HasPrefix(sitePath, "../") {
		return "", fmt.Errorf("it leads above the site root")
	}
	if l.plan.exists(sitePath) {
		return sitePath, nil
	}
	if sp := l.plan.fold().paths[strings.ToLower(sitePath)]; sp != "" {
		return sp, caseFold{"/" + sp}
	}
	return "", fmt.Errorf("there is no file content/%s and no page at /%s", strings.Trim(shown(file), `"`), strings.Trim(shown(sitePath), `"`))
}

// normalise turns a site path as written into the form the plan uses:
// a folder-like path ("guides/x", "guides/x/") gets a trailing slash.
func normalise(sp string) string {
	folder := strings.HasSuffix(sp, "/") // written as a page: /notes-1.2/
	sp = path.Clean("/" + sp)[1:]
	if sp == "" {
		return ""
	}
	if folder || !strings.Contains(path.Base(sp), ".") {
		return sp + "/"
	}
	return sp
}

// exists reports whether the build writes the site path sp (a page's
// folder path, or a file).
func (p *plan) exists(sp string) bool {
	if _, ok := p.claims.outputs[urls.File(sp)]; ok {
		return true
	}
	// The calculator's pages are missing because its rules have errors,
	// which are reported: a link to them is not a second error.
	return p.calc.failed && strings.HasPrefix(sp, planPath)
}

// caseFold is what target finds for a link that matches a page or file only
// when case is ignored (Hugo lowercases addresses, so such links work
// there): found, as the link should be written.
type caseFold struct{ found string }

func (c caseFold) Error() string { return "matches " + c.found + " only when case is ignored" }

// foldedNames are the content pages by their file, and the site paths the
// build writes, in lower case: for links that differ only in case.
type foldedNames struct {
	files map[string]*content.Page
	paths map[string]string
}

// newFold returns the lookup of folded names of the content pages byFile
// and the output files outputs, made once, on first use (by then every
// output is planned).
func newFold(byFile map[string]*content.Page, outputs map[string]string) func() *foldedNames {
	return sync.OnceValue(func() *foldedNames {
		f := &foldedNames{files: map[string]*content.Page{}, paths: map[string]string{}}
		for file, pg := range byFile { // of two that fold alike, the first in byte order
			if other := f.files[strings.ToLower(file)]; other == nil || file < other.File {
				f.files[strings.ToLower(file)] = pg
			}
		}
		for file := range outputs {
			sp := strings.TrimSuffix(file, "index.html")
			if other, ok := f.paths[strings.ToLower(sp)]; !ok || sp < other {
				f.paths[strings.ToLower(sp)] = sp
			}
		}
		return f
	})
}
