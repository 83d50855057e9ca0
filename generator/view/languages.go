package view

import "strings"

// Language is one language of the site, as layouts and providers see it.
// On a site without [languages] it is the one language: Code and Tag are
// the top-level language, Prefix is "".
type Language struct {
	Code   string // the code in followup.toml, [languages.<code>]
	Tag    string // BCP 47 language tag, <html lang> and hreflang
	Name   string // the language's name in its own language
	Prefix string // the site path its pages are under: "" (the root) or "es/"
}

// Languages are the languages of a multilingual site and how its pages
// translate, .Site.Languages; nil on a site of one language.
type Languages struct {
	All     []Language // by weight
	Current Language   // the language of this build
	Default Language   // the language default_language names
	RootURL string     // base_url of the site's root, "" without one
	// Find returns the site path, inside the language code, of the
	// version of this language's page at sitePath, and whether there is
	// one.
	Find func(sitePath, code string) (string, bool)
}

// Version is a page in one language: an hreflang alternate, or an entry
// of the language switch.
type Version struct {
	Language
	Path    string // its site path from the site's root, "es/guides/x/"
	Href    string // the link to it from the page, or its address with a base URL
	Current bool   // the page itself
	Missing bool   // the language has no version of the page: Path is its home
}

// Versions returns every language's version of this language's page at
// sitePath, by weight; a language without one gives its home, Missing.
// Their Hrefs are addresses with a base URL, else their Paths.
func (ls *Languages) Versions(sitePath string) []Version {
	vs := make([]Version, 0, len(ls.All))
	for _, l := range ls.All {
		v := Version{Language: l, Current: l.Code == ls.Current.Code}
		sp, ok := sitePath, v.Current
		if !v.Current {
			sp, ok = ls.Find(sitePath, l.Code)
		}
		if !ok {
			sp, v.Missing = "", true
		}
		v.Path = l.Prefix + sp
		v.Href = ls.RootURL + v.Path
		vs = append(vs, v)
	}
	return vs
}

// Alternates returns the versions of this language's page at sitePath in
// each language that has one, for hreflang alternates, then "x-default"
// for the default language's; none when the page is in one language only.
// Their Hrefs are as Versions gives them.
func (ls *Languages) Alternates(sitePath string) []Version {
	var vs []Version
	var xdefault *Version
	for _, v := range ls.Versions(sitePath) {
		if v.Missing {
			continue
		}
		vs = append(vs, v)
		if v.Code == ls.Default.Code {
			x := v
			x.Tag = "x-default"
			xdefault = &x
		}
	}
	if len(vs) < 2 {
		return nil
	}
	if xdefault != nil {
		vs = append(vs, *xdefault)
	}
	return vs
}

// Alternates returns the versions of this page for <link rel="alternate"
// hreflang> (Languages.Alternates): addresses with a base URL, else links
// from this page. None on a site of one language, nor on the 404 page.
func (d *PageData) Alternates() []Version {
	if d.Site.Languages == nil || d.Kind == "404" {
		return nil
	}
	return d.links(d.Site.Languages.Alternates(d.Path), true)
}

// LanguageSwitch returns every language's version of this page, for the
// language switch, as links from this page: a language without one links
// to its home page, marked Missing ("not translated yet"). None on a site
// of one language.
func (d *PageData) LanguageSwitch() []Version {
	if d.Site.Languages == nil {
		return nil
	}
	return d.links(d.Site.Languages.Versions(d.Path), false)
}

// SwitchKey names what the language switch of this page depends on, for
// caching a partial that shows it: "" on a site of one language.
func (d *PageData) SwitchKey() string {
	if d.Site.Languages == nil {
		return ""
	}
	return d.Path
}

// links makes the Hrefs of vs links from this page, but addresses when
// absolute and the site has a base URL.
func (d *PageData) links(vs []Version, absolute bool) []Version {
	ls := d.Site.Languages
	for i := range vs {
		v := &vs[i]
		switch {
		case absolute && ls.RootURL != "":
		case d.absolute: // the 404 page: from the site's root path
			v.Href = strings.TrimSuffix(d.Site.BasePath(), ls.Current.Prefix) + v.Path
		default:
			v.Href = d.linker.Rel(ls.Current.Prefix+d.Path, v.Path)
		}
	}
	return vs
}
