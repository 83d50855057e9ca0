// Package config reads followup.toml, the optional site configuration at the
// root of the source folder.
//
// Every key has a default, so a folder of markdown with no configuration
// builds. The keys:
//
//	title         the site's name in the header, <title> and feeds (default: the
//	              home page's title, else the source folder's name)
//	description   one sentence about the site, for the home page's meta tags
//	language      BCP 47 language tag of the content, <html lang> (default "en")
//	base_url      the address the site is published at, https://example.org/guide/;
//	              enables canonical links, Open Graph tags, sitemap.xml and
//	              absolute links in the feed. Pages link relatively either way.
//	author        the person or team who writes the guide (feed, meta author)
//	organisation  the organisation that publishes it (footer, feed)
//	copyright     footer text, for example "© 2026 Example Careers"
//	theme         the folder under themes/ with the layouts (default "default",
//	              which is also built into the followup binary)
//	allow_html    true lets raw HTML in markdown through; by default it is
//	              shown as text, so a page cannot inject markup or scripts
//	task_lists    what markdown task lists become: "auto" (the default: a
//	              checklist, unless nested, of several paragraphs, all ticked,
//	              or in a README.md), "static" (lists with marks) or "checklist"
//
//	[[menu]]      links in the site header, in order of weight:
//	name          the link text
//	url           a site path ("guides/") or a full https:// address
//	weight        order (default: the order written)
//
//	[outputs]     which extra files to write (all true by default):
//	tags          a page per tag and a tag index
//	feed          an Atom feed, feed.xml
//	sitemap       sitemap.xml (needs base_url: sitemaps hold absolute addresses)
//	robots        robots.txt
//	print         the whole guide on one page to print, print/
//	handouts      the workshop packet, handouts/
//	epub          the guide as an EPUB 3 e-book, downloads/<site>.epub
//	offline       the offline copy, downloads/<site>-offline.zip
//	              (downloads/ lists the editions when any is on)
//
//	[handouts]    the workshop packet (handouts/):
//	title         its title (default: packet.title of the string files,
//	              "Workshop packet", "Dossier del taller")
//	guides        the guides it holds, in order, as content files:
//	              ["guides/thank-you-email.md", ...] (default: the first
//	              page, the overview, and every guide that shows a
//	              checklist, in reading order)
//	timeline      the decision kinds whose evergreen tables by weekday it
//	              prints: ["unsaid", "week"] (default: all five)
//	worksheet     the blank "My follow-up plan" worksheet (default true)
//
//	[checks]      which findings stop the build ("error") and which it prints
//	              as warnings at their file and line ("warning"); see Checks:
//	links         a link to a page, file or fragment that does not exist (default "error")
//	unknown_keys  a front-matter key Followup does not know (default "warning")
//	link_schemes  a markdown link to javascript:, vbscript: or data: (but an
//	              image): with allow_html = true an error unless "warning";
//	              without, written as an empty link and always a warning
//	translations  a page of the default language with no translation in
//	              another language: "error", "warning" or "ignore" (the
//	              default; followup check lists them all the same)
//
//	[languages.<code>]  one table per language of a multilingual site; the
//	              code ("en", "es", "pt-br": lower-case letters, digits and
//	              hyphens) is the language's URL prefix ("es/") and file suffix
//	              (x.es.md). Without [languages] the site has one language,
//	              the top-level language, and builds as it always has.
//	tag           BCP 47 language tag, <html lang> and hreflang (default: the code)
//	name          the language's name in its own language, in the language switch
//	              (default: the code)
//	weight        order in the language switch; two languages may not share
//	              one (default: the order written)
//	title, description  the language's own, overriding the top-level ones
//	calendar      the holiday calendar of this language's plans ("gb-eaw",
//	              "es"), overriding the rules file's
//	[[languages.<code>.menu]]  the language's menu, as [[menu]] (default:
//	              the top-level menu, else the default menu)
//
//	default_language            the code of the language at the site's
//	                            root (default: the first by weight); the
//	                            others are under "<code>/"
//	default_language_in_subdir  true puts every language under "<code>/"; the
//	                            root then holds a page linking to each language
//	                            and sending browsers to the default one
//
// An unknown key is an error naming the key and its line, with the nearest
// known key suggested; so is a value of the wrong type, a base_url that is
// not an absolute http(s) address, or a language that is not a language tag
// or has no dates in package locale; and in [languages], a code that is not
// a URL segment of lower-case letters, digits and hyphens, a tag that is not
// a language tag, two languages with one weight, and a default_language that
// names no language.
package config

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"slices"
	"strings"

	"github.com/followup/followup/generator/decode"
	"github.com/followup/followup/generator/diag"
	"github.com/followup/followup/generator/locale"
	"github.com/followup/followup/generator/urls"
)

// File is the name of the configuration file at the source root.
const File = "followup.toml"

// Config is the site configuration.
type Config struct {
	Title        string     `yaml:"title"`
	Description  string     `yaml:"description"`
	Language     string     `yaml:"language"`
	BaseURL      string     `yaml:"base_url"`
	Author       string     `yaml:"author"`
	Organisation string     `yaml:"organisation"`
	Copyright    string     `yaml:"copyright"`
	Theme        string     `yaml:"theme"`
	AllowHTML    bool       `yaml:"allow_html"`
	Menu         []MenuItem `yaml:"menu"`
	Outputs      Outputs    `yaml:"outputs"`
	Handouts     Handouts   `yaml:"handouts"`
	Checks       Checks     `yaml:"checks"`
	TaskLists    string     `yaml:"task_lists"`

	// The languages of a multilingual site (languages.go).
	DefaultLanguage string    `yaml:"default_language"`
	DefaultInSubdir bool      `yaml:"default_language_in_subdir"`
	Languages       Languages `yaml:"languages"`
	// Calendar is the holiday calendar of the plans in a language's
	// effective configuration (For), "" to keep the rules file's.
	Calendar string `yaml:"-"`

	lines       map[string]int // line of each top-level key, for later errors
	checksLines map[string]int // line of each key of [checks]
}

// MenuItem is one header link.
type MenuItem struct {
	Name   string `yaml:"name"`
	URL    string `yaml:"url"`
	Weight int    `yaml:"weight"`

	// External reports whether URL is a full address rather than a site path.
	External bool `yaml:"-"`
	Line     int  `yaml:"-"` // the line of its [[menu]] table in followup.toml
}

// Outputs switches the extra files on and off.
type Outputs struct {
	Tags    bool `yaml:"tags"`
	Feed    bool `yaml:"feed"`
	Sitemap bool `yaml:"sitemap"`
	Robots  bool `yaml:"robots"`

	Print    bool `yaml:"print"`
	Handouts bool `yaml:"handouts"`
	EPUB     bool `yaml:"epub"`
	Offline  bool `yaml:"offline"`
}

// Default returns the configuration used when there is no followup.toml.
func Default() *Config {
	return &Config{
		Language: "en",
		Theme:    "default",
		Outputs: Outputs{Tags: true, Feed: true, Sitemap: true, Robots: true,
			Print: true, Handouts: true, EPUB: true, Offline: true},
		Handouts: Handouts{Worksheet: true},
		Checks:   defaultChecks(),
	}
}

// Load reads followup.toml from fsys (the source folder). A missing file
// gives the defaults.
func Load(fsys fs.FS) (*Config, error) {
	src, err := fs.ReadFile(fsys, File)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return Default(), diag.Errorf(File, 0, "cannot read the configuration: %v", err)
	}
	c, err := Parse(src)
	return c, diag.Locate(err, File, 0)
}

// Parse reads the text of a followup.toml. With errors it still returns a
// usable configuration: the defaults, with every key that could be read.
func Parse(src []byte) (*Config, error) {
	c := Default()
	node, err := decode.ParseTOML(src)
	if err != nil {
		return c, err
	}
	var errs diag.List
	errs.Add(decode.Into(node, c))
	c.lines = decode.KeyLines(node)
	c.checksLines = decode.KeyLines(decode.Value(node, "checks"))
	for i, item := range decode.Items(node, "menu") {
		if i < len(c.Menu) {
			c.Menu[i].Line = item.Line
		}
	}
	errs.Add(c.check())
	return c, errs.Err()
}

// Line returns the line of a top-level key in followup.toml, 0 if absent.
func (c *Config) Line(key string) int { return c.lines[key] }

func (c *Config) check() error {
	var errs diag.List
	fail := func(key, format string, args ...any) {
		errs = append(errs, &diag.Error{Line: c.lines[key], Msg: key + ": " + fmt.Sprintf(format, args...)})
	}
	if c.BaseURL != "" {
		if u, err := CheckBaseURL(c.BaseURL); err != nil {
			fail("base_url", "%v", err)
		} else {
			c.BaseURL = u
		}
	}
	if _, err := locale.New(c.Language); err != nil {
		fail("language", "%v", err)
	}
	if err := urls.CheckSegment(c.Theme); err != nil {
		fail("theme", "must be the name of a folder under themes/: %v", err)
		c.Theme = Default().Theme // the build goes on without a second error for a theme not found
	}
	errs = append(errs, checkMenu(c.Menu, "menu")...)
	errs = append(errs, c.checkLanguages()...)
	errs.Add(c.Handouts.check())
	if c.TaskLists != "" && c.TaskLists != "auto" && c.TaskLists != "static" && c.TaskLists != "checklist" {
		errs = append(errs, &diag.Error{Line: c.lines["task_lists"], Msg: fmt.Sprintf("task_lists: %q: write \"static\", \"checklist\" or \"auto\"", c.TaskLists)})
	}
	errs.Add(c.Checks.check(c.checksLines))
	slices.SortStableFunc(c.Menu, func(a, b MenuItem) int { return cmp.Compare(a.Weight, b.Weight) })
	return errs.Err()
}

// CheckBaseURL validates a base URL and returns it with a trailing slash.
func CheckBaseURL(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%q is not an absolute http(s) address: write it like https://example.org/guide/", s)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("%q must not have a query or fragment", s)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u.String(), nil
}

// checkMenu checks the entries of a menu (key names it in errors, "menu")
// and cleans their site paths.
func checkMenu(menu []MenuItem, key string) diag.List {
	var errs diag.List
	for i := range menu {
		m := &menu[i]
		entry := fmt.Sprintf("entry %d", i+1)
		if strings.TrimSpace(m.Name) == "" {
			errs = append(errs, &diag.Error{Line: m.Line, Msg: fmt.Sprintf("%s: %s has no name: add name = \"...\", the link's text", key, entry)})
		} else {
			entry += " (" + m.Name + ")"
		}
		if u, err := url.Parse(m.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			m.External = true
			continue
		}
		clean, err := urls.Clean(m.URL)
		switch {
		case err != nil && strings.HasPrefix(m.URL, "//"):
			errs = append(errs, &diag.Error{Line: m.Line, Msg: fmt.Sprintf("%s: %s: url %v: for an external link write a full address like \"https:%s\", or for a page of this site a site path like \"guides/\"", key, entry, err, m.URL)})
		case err != nil:
			errs = append(errs, &diag.Error{Line: m.Line, Msg: fmt.Sprintf("%s: %s: %v; write a site path like \"guides/\" or a full https:// address", key, entry, err)})
		}
		m.URL = clean
	}
	return errs
}
