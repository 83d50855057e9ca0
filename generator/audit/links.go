package audit

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Mode says how a site is opened, for the link check.
type Mode int

// The modes; they combine, Served|FromDisk.
const (
	// Served: over HTTP, where a link to a folder shows its index.html.
	Served Mode = 1 << iota
	// FromDisk: from file:// URLs, where a link to a folder shows a folder
	// listing, so every link to a page must name its file.
	FromDisk
)

// CheckLinks checks every internal link of every HTML page in fsys (a built
// site) for the ways the site is opened. A link broken when served is
// reported once, as such; one that works served but not from disk is
// reported as a from-disk problem.
func CheckLinks(fsys fs.FS, mode Mode) ([]Finding, error) { return checkLinks(fsys, mode, "/") }

// checkLinks is CheckLinks for a site published under basePath (Site.BasePath).
func checkLinks(fsys fs.FS, mode Mode, basePath string) ([]Finding, error) {
	pages, err := Pages(fsys)
	if err != nil {
		return nil, err
	}
	c := &linkChecker{fsys: fsys, mode: mode, basePath: basePath, docs: map[string]*document{}}
	var findings []Finding
	for _, p := range pages {
		doc, err := c.document(p)
		if err != nil {
			return nil, err
		}
		for _, l := range doc.links {
			if f, bad := c.check(p, l); bad {
				findings = append(findings, f)
			}
		}
	}
	return findings, nil
}

// notFoundPage is the page a server shows for a missing address: the
// site's, and on a multilingual site each language's (es/404.html), whose
// links all start from the base path.
const notFoundPage = "404.html"

// notFound reports whether file is a 404 page.
func notFound(file string) bool { return path.Base(file) == notFoundPage }

// link is one URL written in a page.
type link struct {
	attr string // "href", "src", "srcset", "content"
	tag  string
	url  string
	line int
}

// document is what the link check needs of a page: its links and its anchors.
type document struct {
	links    []link
	ids      map[string]bool // ids, and names of <a name>
	redirect bool            // a <meta http-equiv="refresh"> sends readers on
}

type linkChecker struct {
	fsys     fs.FS
	mode     Mode
	basePath string               // where the site is published, "/guide/": the 404 page's links start with it
	docs     map[string]*document // by file
}

func (c *linkChecker) document(file string) (*document, error) {
	if d, ok := c.docs[file]; ok {
		return d, nil
	}
	data, err := fs.ReadFile(c.fsys, file)
	if err != nil {
		return nil, err
	}
	d := parseDocument(data)
	c.docs[file] = d
	return d, nil
}

// urlAttrs are the attributes that hold a URL a browser loads or follows.
var urlAttrs = map[string][]string{
	"a": {"href"}, "area": {"href"}, "link": {"href"},
	"img": {"src", "srcset"}, "source": {"src", "srcset"},
	"script": {"src"}, "iframe": {"src"}, "embed": {"src"},
	"audio": {"src"}, "video": {"src", "poster"}, "track": {"src"},
	"input": {"src"}, "object": {"data"},
}

// parseDocument reads the links and anchors of an HTML page, with the line
// of each link.
func parseDocument(data []byte) *document {
	d := &document{ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return d
		}
		raw := z.Raw()
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			name, _ := z.TagName()
			tag := string(name)
			attrs := map[string]string{}
			for {
				k, v, more := z.TagAttr()
				attrs[string(k)] = string(v)
				if !more {
					break
				}
			}
			if id, ok := attrs["id"]; ok && id != "" {
				d.ids[id] = true
			}
			if n, ok := attrs["name"]; tag == "a" && ok && n != "" {
				d.ids[n] = true
			}
			for _, a := range urlAttrs[tag] {
				v, ok := attrs[a]
				if !ok {
					continue
				}
				if a == "srcset" {
					for _, u := range srcsetURLs(v) {
						d.links = append(d.links, link{attr: a, tag: tag, url: u, line: line})
					}
					continue
				}
				d.links = append(d.links, link{attr: a, tag: tag, url: v, line: line})
			}
			if tag == "meta" && strings.EqualFold(attrs["http-equiv"], "refresh") {
				if u, ok := refreshURL(attrs["content"]); ok {
					d.links = append(d.links, link{attr: "content", tag: tag, url: u, line: line})
					d.redirect = true
				}
			}
		}
		line += bytes.Count(raw, []byte("\n"))
	}
}

// Redirects returns the pages among files (HTML files of fsys) that send
// readers on with a meta refresh, such as the pages left at a page's old
// addresses. The browser does not audit them: it would leave them at once.
func Redirects(fsys fs.FS, files []string) (map[string]bool, error) {
	redirects := map[string]bool{}
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		if parseDocument(data).redirect {
			redirects[f] = true
		}
	}
	return redirects, nil
}

// srcsetURLs returns the URLs of a srcset attribute: comma-separated
// candidates, each a URL and an optional descriptor.
func srcsetURLs(v string) []string {
	var urls []string
	for cand := range strings.SplitSeq(v, ",") {
		if f := strings.Fields(cand); len(f) > 0 {
			urls = append(urls, f[0])
		}
	}
	return urls
}

// refreshURL returns the URL of a meta refresh ("0; url=../x/").
func refreshURL(content string) (string, bool) {
	_, rest, ok := strings.Cut(content, ";")
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if len(rest) < 4 || !strings.EqualFold(rest[:4], "url=") {
		return "", false
	}
	return strings.Trim(strings.TrimSpace(rest[4:]), `'"`), true
}

// check returns the finding for one link of the page file, if it is broken.
func (c *linkChecker) check(file string, l link) (Finding, bool) {
	raw := strings.TrimSpace(l.url)
	f := Finding{Page: SitePath(file), Check: Link}
	where := fmt.Sprintf("line %d: <%s %s=%q>", l.line, l.tag, l.attr, raw)
	broken := func(rule, msg, fix string) (Finding, bool) {
		f.Rule, f.Message, f.Fix = rule, where+": "+msg, fix
		return f, true
	}
	if raw == "" {
		return f, false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return broken("bad-url", "not a valid URL: "+err.Error(), "correct the address")
	}
	dir := path.Dir(file)
	switch {
	case u.Scheme != "":
		return f, false // http, https, mailto, tel, data: not fetched
	case strings.HasPrefix(raw, "//"):
		if c.mode&FromDisk != 0 {
			return broken("protocol-relative", "an address without https: becomes a file:// address when the site is opened from disk",
				"write the full address, https:"+raw)
		}
		return f, false
	case notFound(file) && strings.HasPrefix(u.Path, c.basePath):
		// A server shows the 404 page at any address: its links start from
		// the site's base path, and lead where they would from the root.
		u.Path, dir = cmp.Or(strings.TrimPrefix(u.Path, c.basePath), "./"), "."
	case notFound(file) && strings.HasPrefix(u.Path, "/"):
		return broken("outside-base-path", fmt.Sprintf("the link leads outside %s, the path the site is published under", c.basePath),
			"build with the base_url the site is published at; followup check --dir takes it as --base-url")
	case strings.HasPrefix(u.Path, "/"):
		return broken("root-relative", "a URL from the server's root breaks when the site is published under a path or opened from disk",
			"write the link relative to the page (in markdown, link to the .md file or a relative path; in a layout, use {{.URL \"path\"}})")
	}
	target := file // a link to "#x" or "?q" is to the page itself
	if u.Path != "" {
		target = path.Join(dir, u.Path)
		if target == ".." || strings.HasPrefix(target, "../") {
			return broken("above-root", "the link leads above the site's root folder", "remove the extra ../ from the link")
		}
	}
	f.key = "link " + pageKey(target) + "#" + u.Fragment
	isFolder := u.Path != "" && (strings.HasSuffix(u.Path, "/") || u.Path == "." || u.Path == "..")
	info, err := fs.Stat(c.fsys, target)
	switch {
	case err != nil:
		return broken("missing-target", fmt.Sprintf("%s does not exist in the site", target), "correct the link, or add the page or file it points to")
	case info.IsDir():
		index := path.Join(target, "index.html")
		if _, err := fs.Stat(c.fsys, index); err != nil {
			return broken("missing-target", fmt.Sprintf("folder %s/ has no index.html", target), "link to a page or file that exists")
		}
		if c.mode&FromDisk != 0 {
			return broken("folder-link", fmt.Sprintf("opened from disk (file://), a link to folder %s/ shows a folder listing, not its page", target),
				"link to the page's index.html; the offline copy (followup build --offline-dir) does so")
		}
		target, isFolder = index, false
	case isFolder:
		return broken("missing-target", fmt.Sprintf("%s is a file, not a folder", target), "remove the trailing slash")
	}
	if u.Fragment == "" || !isHTML(target) {
		return f, false
	}
	frag := u.Fragment
	if s, err := url.PathUnescape(frag); err == nil {
		frag = s
	}
	doc, err := c.document(target)
	if err != nil {
		return broken("missing-target", "cannot read "+target+": "+err.Error(), "correct the link")
	}
	if doc.ids[frag] || strings.EqualFold(frag, "top") {
		return f, false
	}
	return broken("missing-fragment", fmt.Sprintf("%s has no element with id %q", SitePath(target), frag),
		"link to one of its ids ("+idSample(doc.ids)+"), or give the heading or element that id")
}

// pageKey names the page a link leads to whether it names the folder or
// the folder's index.html.
func pageKey(target string) string {
	k := strings.TrimSuffix(strings.TrimSuffix(target, "index.html"), "/")
	if k == "." {
		return ""
	}
	return k
}

// idSample lists some of a page's ids, for a message.
func idSample(ids map[string]bool) string {
	if len(ids) == 0 {
		return "it has none"
	}
	list := make([]string, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	slices.Sort(list)
	if len(list) > 8 {
		return strings.Join(list[:8], ", ") + ", ..."
	}
	return strings.Join(list, ", ")
}
