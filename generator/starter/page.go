package starter

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// PagePath checks the path `followup new` was given and returns it as a
// path in the site, slash-separated and starting with content/: a path
// without content/ in front is taken to be inside it, as Hugo does.
func PagePath(arg string) (string, error) {
	p := path.Clean(filepath.ToSlash(arg))
	switch {
	case arg == "":
		return "", errors.New("name the page to write, like content/guides/my-page.md")
	case path.IsAbs(p) || p == ".." || strings.HasPrefix(p, "../"):
		return "", fmt.Errorf("%s is outside the site: name a file under content/, like content/guides/my-page.md", arg)
	case path.Ext(p) != ".md":
		return "", fmt.Errorf("%s is not a markdown file: name it with .md, like content/guides/my-page.md", arg)
	}
	if p != "content" && !strings.HasPrefix(p, "content/") {
		p = "content/" + p
	}
	return p, nil
}

// Title makes a page's title from its path: "guides/thank-you-email.md"
// is "Thank you email"; an index.md or _index.md is named after its folder
// (the home page, content/_index.md, after the site's folder, home).
func Title(sitePath, home string) string {
	name := strings.TrimSuffix(path.Base(sitePath), ".md")
	if name == "index" || name == "_index" {
		name = path.Base(path.Dir(sitePath))
		if name == "content" || name == "." {
			name = home
		}
	}
	name = strings.Join(strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) }), " ")
	r, size := utf8.DecodeRuneInString(name)
	if size == 0 {
		return "Untitled"
	}
	return string(unicode.ToUpper(r)) + name[size:]
}

// NewPage writes the page at sitePath (from PagePath) under the source
// folder, with front matter: its title from the file name and date. It
// refuses a file that exists.
func NewPage(source, sitePath string, date time.Time) error {
	name := filepath.Join(source, filepath.FromSlash(sitePath))
	if _, err := os.Stat(name); err == nil {
		return fmt.Errorf("%s exists: followup new never overwrites a page; choose another name", sitePath)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		return err
	}
	abs, _ := filepath.Abs(source)
	page := fmt.Appendf(nil, "---\ntitle: %s\ndescription: \"\"\ndate: %s\n---\n\nWrite the page here, in markdown.\n",
		yamlString(Title(sitePath, filepath.Base(abs))), date.Format("2006-01-02"))
	return writeNew(name, page, 0o666)
}

// yamlString quotes s for YAML when it needs it.
func yamlString(s string) string {
	if s == "" || strings.ContainsAny(s, ":#'\"[]{},&*!|>%@`\\") || s != strings.TrimSpace(s) {
		return strconv.Quote(s)
	}
	return s
}
