package site

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A bad input: what an author did, and the first line the build must print.
type badInput struct {
	name  string            // the mistake, for the document
	files map[string]string // written over the good site ("" deletes a file)
	setup func(t *testing.T, src string)
	want  string // the first error, exactly
}

// catalogue is every mistake ERRORS.md lists; TestCatalogue proves each row.
var catalogue = []badInput{
	{name: "Malformed YAML front matter", files: map[string]string{"content/guides/a.md": "---\ntitle: A\ntags: [email\n---\n"},
		want: `content/guides/a.md:3: invalid YAML: did not find expected ',' or ']' (check indentation, colons after keys, and quotes around values with special characters)`},
	{name: "Truncated YAML (an unclosed quote)", files: map[string]string{"content/guides/a.md": "---\ntitle: \"A\n---\n"},
		want: `content/guides/a.md:3: invalid YAML: found unexpected end of stream (check indentation, colons after keys, and quotes around values with special characters)`},
	{name: "Malformed TOML front matter", files: map[string]string{"content/guides/a.md": "+++\ntitle = A\n+++\n"},
		want: `content/guides/a.md:2: invalid TOML: unexpected character U+0041 'A' at start of value (check quotes around text, = between key and value, and [table] headers)`},
	{name: "Front matter that is never closed", files: map[string]string{"content/guides/a.md": "---\ntitle: A\n\nBody\n"},
		want: `content/guides/a.md:1: front matter opened with --- is never closed: add a line with just --- after the last key`},
	{name: "A front matter key set twice", files: map[string]string{"content/guides/a.md": "---\ntitle: A\ntitle: B\n---\n"},
		want: `content/guides/a.md:3: key "title" is set twice (first at line 2); keep one`},
	{name: "A date that is not a date", files: map[string]string{"content/guides/a.md": "---\ntitle: A\ndate: next Tuesday\n---\n"},
		want: `content/guides/a.md:3: date must be a date like 2026-11-20 or 2026-11-20T15:04:05Z, not "next Tuesday"`},
	{name: "A weight that is not a number", files: map[string]string{"content/guides/a.md": "+++\nweight = \"first\"\n+++\n"},
		want: `content/guides/a.md:2: weight must be a whole number, not "first"`},
	{name: "A weight too large for a whole number", files: map[string]string{"content/guides/a.md": "---\ntitle: A\nweight: -9223372036854775809\n---\n"},
		want: `content/guides/a.md:3: weight = -9223372036854775809 is out of range: write a whole number from -9223372036854775808 to 9223372036854775807`},
	{name: "An unknown front matter key, with unknown_keys = \"error\" under [checks] (by default it is a warning)", files: map[string]string{"followup.toml": "[checks]\nunknown_keys = \"error\"\n", "content/guides/a.md": "---\ntitel: A\n---\n"},
		want: `content/guides/a.md:2: unknown key "titel": did you mean "title"? (known keys: aliases, categories, date, description, draft, expirydate, extra, keywords, lastmod, layout, linktitle, menu, params, publishdate, redirect_to, slug, sort_by, summary, tags, task_lists, taxonomies, template, title, toc, type, url, weight)`},
	{name: "A file that is not UTF-8", files: map[string]string{"content/guides/a.md": "---\ntitle: A\n---\nCaf\xe9\n"},
		want: `content/guides/a.md:4: file is not UTF-8 text (invalid byte on this line): save it with UTF-8 encoding`},
	{name: "A NUL byte in a page", files: map[string]string{"content/guides/a.md": "---\ntitle: A\n---\nOne\x00two\n"},
		want: `content/guides/a.md:4: file holds a NUL byte (a zero byte) on this line, which text never has: remove it, and save the file as UTF-8 text`},
	{name: "A NUL byte in a checklist", files: map[string]string{"checklists/email.yaml": "id: email\ntitle: Email\nitems:\n  - id: a\n    text: Send\x00 it\n"},
		want: `checklists/email.yaml:5: file holds a NUL byte (a zero byte) on this line, which text never has: remove it, and save the file as UTF-8 text`},
	{name: "A YAML alias bomb (anchors that expand to billions of values)", files: map[string]string{"content/guides/a.md": aliasBomb},
		want: `content/guides/a.md:6: the aliases (*name) in this value expand to too many values: write the values out, or refer to fewer anchors`},
	{name: "An empty file", files: map[string]string{"content/guides/a.md": ""},
		want: `content/guides/a.md:1: file is empty: write a title and some text, or delete it`},
	{name: "An enormous file", files: map[string]string{"content/guides/a.md": strings.Repeat("word ", 2<<20)},
		want: `content/guides/a.md: file is 10.0 MiB, more than the 8 MiB limit: split it into several pages`},
	{name: "A symlink loop", setup: func(t *testing.T, src string) {
		symlink(t, "loop-b.md", filepath.Join(src, "content", "loop-a.md"))
		symlink(t, "loop-a.md", filepath.Join(src, "content", "loop-b.md"))
	}, want: `content/loop-a.md: symbolic link cannot be followed: it is part of a loop of links; links must point to a file inside the source folder`},
	{name: "A path that escapes the source folder", setup: func(t *testing.T, src string) {
		outside := filepath.Join(t.TempDir(), "secret.md")
		os.WriteFile(outside, []byte("# Secret\n"), 0o644)
		symlink(t, outside, filepath.Join(src, "content", "secret.md"))
	}, want: `content/secret.md: symbolic link cannot be followed: it points outside the source folder; links must point to a file inside the source folder`},
	{name: "A symbolic link out of the site folder in checklists/", setup: func(t *testing.T, src string) {
		outside := filepath.Join(t.TempDir(), "email.yaml")
		os.WriteFile(outside, []byte(goodSite["checklists/email.yaml"]), 0o644)
		os.Remove(filepath.Join(src, "checklists", "email.yaml"))
		symlink(t, outside, filepath.Join(src, "checklists", "email.yaml"))
	}, want: `checklists/email.yaml: cannot read: read checklists/email.yaml: it is a symbolic link leading out of the site folder, which a build does not follow: copy the file into the site folder instead of linking to it`},
	{name: "A symbolic link out of the site folder in static/", setup: func(t *testing.T, src string) {
		outside := filepath.Join(t.TempDir(), "site.css")
		os.WriteFile(outside, []byte("a{}\n"), 0o644)
		os.MkdirAll(filepath.Join(src, "static"), 0o755)
		symlink(t, outside, filepath.Join(src, "static", "site.css"))
	}, want: `static/site.css: cannot read: read static/site.css: it is a symbolic link leading out of the site folder, which a build does not follow: copy the file into the site folder instead of linking to it`},
	{name: "A symbolic link out of the site folder as followup.toml", setup: func(t *testing.T, src string) {
		outside := filepath.Join(t.TempDir(), "followup.toml")
		os.WriteFile(outside, []byte("title = \"Guide\"\n"), 0o644)
		os.Remove(filepath.Join(src, "followup.toml"))
		symlink(t, outside, filepath.Join(src, "followup.toml"))
	}, want: `followup.toml: cannot read the configuration: read followup.toml: it is a symbolic link leading out of the site folder, which a build does not follow: copy the file into the site folder instead of linking to it`},
	{name: "A symbolic link out of the site folder in layouts/", setup: func(t *testing.T, src string) {
		outside := filepath.Join(t.TempDir(), "page.html")
		os.WriteFile(outside, []byte("{{define \"main\"}}x{{end}}\n"), 0o644)
		os.MkdirAll(filepath.Join(src, "layouts"), 0o755)
		symlink(t, outside, filepath.Join(src, "layouts", "page.html"))
	}, want: `layouts/page.html: cannot read: read layouts/page.html: it is a symbolic link leading out of the site folder, which a build does not follow: copy the file into the site folder instead of linking to it`},
	{name: "More than 100 tags, categories or aliases on one page", files: map[string]string{"content/guides/a.md": "---\ntitle: A\ntags: [" + strings.Repeat("t, ", 100) + "t]\n---\n"},
		want: `content/guides/a.md:3: tags has 101 entries, more than the 100 a page may have (each makes a page or a listing): keep the few that matter`},
	{name: "A tag with no letters or digits", files: map[string]string{"content/guides/a.md": "---\ntitle: A\ntags: [\"!!!\"]\n---\n"},
		want: `content/guides/a.md:3: tags: tag "!!!" has no letters or digits, so it cannot have a page or an address: write a word, or remove it`},
	{name: "A named pipe (FIFO) where a page would be", setup: func(t *testing.T, src string) {
		mkfifo(t, filepath.Join(src, "content", "guides", "pipe.md"))
	}, want: `content/guides/pipe.md: it is a named pipe (FIFO), not a file: remove it, or put a file in its place`},
	{name: "A named pipe (FIFO) as a checklist", setup: func(t *testing.T, src string) {
		mkfifo(t, filepath.Join(src, "checklists", "pipe.yaml"))
	}, want: `checklists/pipe.yaml: cannot read: read checklists/pipe.yaml: it is a named pipe (FIFO), not a file: remove it, or put a file in its place`},
	{name: "Two pages with one URL", files: map[string]string{"content/guides/b.md": "---\ntitle: B\nslug: a\n---\n"},
		want: `content/guides/b.md:3: page URL "/guides/a/" is also claimed by content/guides/a.md: give one of them a different slug or file name`},
	{name: "Two pages whose addresses differ only in case", files: map[string]string{"content/guides/A.md": "---\ntitle: Another A\n---\n"},
		want: `content/guides/A.md: /guides/a/ and /guides/A/ differ only in case (content/guides/a.md and content/guides/A.md): on macOS, Windows and many web hosts they are one address, and one would overwrite the other; rename one of them`},
	{name: "No content folder", setup: func(t *testing.T, src string) { os.RemoveAll(filepath.Join(src, "content")) },
		want: `content/: the source folder has no content/ folder, where the pages are: build from the site's folder (or give it with --source), write a first page with followup new content/_index.md, or start a site with followup init`},
	{name: "A slug that is a file the generator writes (404.html, index.html, feed.xml, sitemap.xml, robots.txt)", files: map[string]string{"content/x.md": "---\ntitle: X\nslug: 404.html\n---\n"},
		want: `content/x.md:3: /404.html is a file (the 404 page) and /404.html/ a folder (content/x.md, writing /404.html/index.html): one name cannot be both; rename one of them (a page: change its slug or file name)`},
	{name: "A slug that is the generator's mark on the output folder", files: map[string]string{"content/x.md": "---\ntitle: X\nslug: .followup-build\n---\n"},
		want: `content/x.md:3: /.followup-build is the file where the generator marks the output folder as its own (content/x.md cannot be written there): rename it (a page: change its slug or file name)`},
	{name: "A slug with ../ in it", files: map[string]string{"content/guides/a.md": "---\ntitle: A\nslug: ../../etc\n---\n"},
		want: `content/guides/a.md:3: slug is not usable: "../../etc" contains '/'; use letters, digits and hyphens`},
	{name: "An unknown layout", files: map[string]string{"content/guides/a.md": "---\ntitle: A\nlayout: fancy\n---\n"},
		want: `content/guides/a.md:3: layout "fancy" not found: add layouts/fancy.html to the site, or use one of: 404, checklist, downloads, home, packet, page, plan-date, plan-index, plan-offline, plan-weekday, print, section, taxonomy, term, workbook`},
	{name: "A template that fails while rendering", files: map[string]string{"layouts/page.html": "{{define \"main\"}}\n<h1>{{.Page.Titel}}</h1>\n{{end}}\n"},
		want: `layouts/page.html:2: executing "main" at <.Page.Titel>: can't evaluate field Titel in type *content.Page (rendering content/guides/a.md)`},
	{name: "A template that does not parse", files: map[string]string{"layouts/page.html": "{{define \"main\"}}\n{{if .Page}}\n{{end}}\n"},
		want: `layouts/page.html:4: unexpected EOF`},
	{name: "A layout that uses a string no string file has", files: map[string]string{"layouts/page.html": "{{define \"main\"}}\n<p>{{T \"page.nothing\"}}</p>\n{{end}}\n"},
		want: `layouts/page.html:2: no string "page.nothing" in en: add "page.nothing" = "..." to themes/default/i18n/en.toml (and to the string files of the other languages)`},
	{name: "A malformed string file", files: map[string]string{"i18n/en.toml": "\"nav.skip\" = \"Skip\"\n\"nav.menu\" = Main\n"},
		want: `i18n/en.toml:2: invalid TOML: unexpected character U+004D 'M' at start of value (check quotes around text, = between key and value, and [table] headers)`},
	{name: "A string that is not text", files: map[string]string{"i18n/en.toml": "[nav]\nskip = 3\n"},
		want: `i18n/en.toml:2: the string "nav.skip" must be text in quotation marks, or a table of plural forms (one, other, ...), not a number (3)`},
	{name: "A plural string without its other form", files: map[string]string{"i18n/en.toml": "[\"nav.skip\"]\none = \"Skip\"\n"},
		want: `i18n/en.toml:1: the string "nav.skip" has no "other" form: every language uses it; add other = "..."`},
	{name: "A language with no string file", files: map[string]string{"followup.toml": "title = \"Guide\"\nlanguage = \"de\"\n"},
		want: `followup.toml:2: there are no strings for the language "de" (the string files are themes/default/i18n/en.toml, themes/default/i18n/es.toml): write i18n/de.toml with a translation of every string in themes/default/i18n/en.toml, or use a language that has them (en, es)`},
	{name: "An unknown checklist", files: map[string]string{"content/guides/a.md": "# A\n\n{{< checklist \"thank-you\" >}}\n"},
		want: `content/guides/a.md:3: unknown checklist "thank-you": the checklists are email (files in checklists/)`},
	{name: "A malformed checklist", files: map[string]string{"checklists/email.yaml": "id: email\ntitle: Email\nitems:\n  - id: a\n    text: A\n  - id: a\n    text: B\n"},
		want: `checklists/email.yaml:6: item id "a" is used twice (first at line 4): ids must be unique in a checklist`},
	{name: "A checklist that shows itself", files: map[string]string{"checklists/email.yaml": "id: email\ntitle: Email\nintro: 'Also {{< checklist \"email\" >}}'\nitems:\n  - id: a\n    text: A\n"},
		want: `checklists/email.yaml:3: checklist "email" shows itself (email shows email): a checklist cannot show one that shows it; remove this {{< checklist >}}`},
	{name: "Two checklists that show each other", files: map[string]string{
		"checklists/email.yaml": "id: email\ntitle: Email\nitems:\n  - id: a\n    text: 'See {{< checklist \"call\" >}}'\n",
		"checklists/call.yaml":  "id: call\ntitle: Call\nitems:\n  - id: b\n    text: 'See {{< checklist \"email\" >}}'\n"},
		want: `checklists/call.yaml:5: checklist "email" shows itself (email shows call shows email): a checklist cannot show one that shows it; remove this {{< checklist >}}`},
	{name: "A javascript:, vbscript: or data: link with allow_html = true (without it, a warning: the link is written empty)", files: map[string]string{"followup.toml": "title = \"Guide\"\nallow_html = true\n", "content/guides/a.md": "# A\n\nSee [this](javascript:alert(1)).\n"},
		want: `content/guides/a.md:3: link "javascript:alert(1)": a javascript: address runs in the reader's browser, and allow_html = true would keep it: link to a page or a file instead, or set link_schemes = "warning" under [checks] in followup.toml to allow it`},
	{name: "A heading id that is a footnote's (fn:1, fnref:1)", files: map[string]string{"content/guides/b.md": "# B\n\nText[^1].\n\n## Notes {#fn:1}\n\n[^1]: A note.\n"},
		want: `content/guides/b.md:5: heading id "fn:1" is also the id of footnote [^1] (its note is fn:1, the link to it fnref:1): choose another {#id} for the heading`},
	{name: "A broken internal link", files: map[string]string{"content/guides/a.md": "# A\n\nSee [the call](call.md).\n"},
		want: `content/guides/a.md:3: link "call.md": there is no page content/guides/call.md (check the file name; drafts are left out unless --drafts)`},
	{name: "A broken fragment", files: map[string]string{"content/guides/a.md": "# A\n\nSee [when](#when).\n\n## Why {#why}\n"},
		want: `content/guides/a.md:3: link to #when: this page has no heading or element with that id (its ids: why)`},
	{name: "An invalid timeline rules file (a negative offset)", setup: func(t *testing.T, src string) {
		rules, err := os.ReadFile("../../data/timeline.toml")
		if err != nil {
			t.Fatal(err)
		}
		rules = bytes.Replace(rules, []byte("when = { from = \"follow-up-email\", days = 14 }"), []byte("when = { from = \"follow-up-email\", days = -14 }"), 1)
		writeTree(t, src, map[string]string{"data/timeline.toml": string(rules)})
	}, want: `data/timeline.toml:194: step "last-try": days = -14 is negative; an offset counts forward from its anchor, so write 0 or more`},
	{name: "A timeline rules file that is a folder", setup: func(t *testing.T, src string) {
		if err := os.Remove(filepath.Join(src, "data/timeline.toml")); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(src, "data/timeline.toml"), 0o755); err != nil {
			t.Fatal(err)
		}
	}, want: `data/timeline.toml: is a folder: the timeline rules are one TOML file; remove the folder, or put the file in its place`},
	{name: "A calculator window that would write too many pages", setup: func(t *testing.T, src string) {
		rules, err := os.ReadFile("../../data/timeline.toml")
		if err != nil {
			t.Fatal(err)
		}
		rules = bytes.Replace(rules, []byte("ahead = 60 "), []byte("ahead = 730 "), 1)
		writeTree(t, src, map[string]string{"data/timeline.toml": string(rules)})
	}, want: `data/timeline.toml:47: window.ahead = 730 would write dated plan pages for 790 interview dates (2026-09-25 to 2028-11-22), more than the 400 the generator allows; use ahead = 340 or less`},
	{name: "An unknown configuration key", files: map[string]string{"followup.toml": "title = \"Guide\"\nbaseurl = \"https://example.org/\"\n"},
		want: `followup.toml:2: unknown key "baseurl": did you mean "base_url"? (known keys: allow_html, author, base_url, checks, copyright, description, handouts, language, menu, organisation, outputs, task_lists, theme, title)`},
	{name: "A workshop packet guide that does not exist", files: map[string]string{"followup.toml": "title = \"Guide\"\n[handouts]\nguides = [\"guides/b.md\"]\n"},
		want: `followup.toml:3: handouts.guides: there is no page content/guides/b.md with content (write paths from the content folder, like "guides/thank-you-email.md")`},
	{name: "A menu entry that leads to no page", files: map[string]string{"followup.toml": "title = \"Guide\"\n\n[[menu]]\nname = \"Guides\"\nurl = \"guides/\"\n\n[[menu]]\nname = \"Blog\"\nurl = \"blog/\"\n"},
		want: `followup.toml:7: menu entry "Blog" leads to /blog/, which the site does not have: fix its url`},
	{name: "A menu url starting with //, which leads to another host", files: map[string]string{"followup.toml": "title = \"Guide\"\n\n[[menu]]\nname = \"Evil\"\nurl = \"//evil.example/x\"\n"},
		want: `followup.toml:3: menu: entry 1 (Evil): url "//evil.example/x" starts with //, which leads to another host (evil.example), not to a page of this site: for an external link write a full address like "https://evil.example/x", or for a page of this site a site path like "guides/"`},
	{name: "A check that is neither an error nor a warning", files: map[string]string{"followup.toml": "[checks]\nlinks = \"ignore\"\n"},
		want: `followup.toml:2: checks.links: "ignore" is not a level: write "error" or "warning"`},
	{name: "A missing theme", files: map[string]string{"followup.toml": "title = \"Guide\"\ntheme = \"corporate\"\n"},
		want: `followup.toml:2: theme "corporate" not found: there is no folder themes/corporate/ in the source folder; create it, or set theme = "default"`},
	{name: "A theme that is not a folder name", files: map[string]string{"followup.toml": "title = \"Guide\"\ntheme = \"../../../etc\"\n"},
		want: `followup.toml:2: theme: must be the name of a folder under themes/: "../../../etc" contains '/'; use letters, digits and hyphens`},
	{name: "Several mistakes in one build", files: map[string]string{"content/guides/a.md": "---\nweight: x\n---\n", "content/guides/b.md": "---\ndraft: maybe\n---\n"},
		want: `content/guides/a.md:2: weight must be a whole number, not "x"`},
}

// aliasBomb is front matter whose extra values grow tenfold at each of nine
// levels of aliases (10^9 values).
var aliasBomb = func() string {
	var b strings.Builder
	b.WriteString("---\ntitle: A\nextra:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		fmt.Fprintf(&b, "  a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
	}
	return b.String() + "---\n"
}()

var goodSite = map[string]string{
	"content/_index.md":       "---\ntitle: Guide\n---\nWelcome.\n",
	"content/guides/a.md":     "---\ntitle: A\n---\n## One\n\n{{< checklist \"email\" >}}\n",
	"checklists/email.yaml":   "id: email\ntitle: Email\nitems:\n  - id: a\n    text: Send it\n",
	"content/guides/notes.md": "# Notes\n\nBack to [A](a.md#one).\n",
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skip("symlinks are not available:", err)
	}
}

// TestCatalogue breaks a good site in each way of the catalogue: the build
// must fail with exactly the expected first message, and the previous
// public/ must stay byte for byte as it was.
func TestCatalogue(t *testing.T) {
	for _, bad := range catalogue {
		t.Run(bad.name, func(t *testing.T) {
			src := t.TempDir()
			dest := filepath.Join(src, "public")
			writeTree(t, src, goodSite)
			if _, err := build(src, dest, testOpts); err != nil {
				t.Fatalf("the good site fails: %v", err)
			}
			before := snapshot(t, dest)
			for name, data := range bad.files {
				if data == "" && !strings.HasSuffix(name, ".md") {
					os.Remove(filepath.Join(src, name))
					continue
				}
				writeTree(t, src, map[string]string{name: data})
			}
			if bad.setup != nil {
				bad.setup(t, src)
			}
			_, err := build(src, dest, testOpts)
			if err == nil {
				t.Fatal("the build succeeded")
			}
			if got := strings.SplitN(err.Error(), "\n", 2)[0]; got != bad.want {
				t.Errorf("first error:\n got %s\nwant %s", got, bad.want)
			}
			after := snapshot(t, dest)
			if keysOf(after) != keysOf(before) {
				t.Fatalf("public/ changed: files %s", keysOf(after))
			}
			for name, data := range before {
				if after[name] != data {
					t.Errorf("public/%s changed", name)
				}
			}
		})
	}
}

// TestCatalogueDocument keeps ERRORS.md in step with the catalogue:
// go test ./generator/site -run TestCatalogueDocument -update rewrites it.
func TestCatalogueDocument(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(catalogueIntro)
	b.WriteString("| input | what the build prints (exit status 1; public/ left as it was) |\n|---|---|\n")
	for _, bad := range catalogue {
		fmt.Fprintf(&b, "| %s | `%s` |\n", bad.name, strings.ReplaceAll(bad.want, "|", `\|`))
	}
	const doc = "../../ERRORS.md"
	if *update {
		if err := os.WriteFile(doc, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	have, err := os.ReadFile(doc)
	if err != nil || !bytes.Equal(have, b.Bytes()) {
		t.Errorf("ERRORS.md is out of date with the catalogue in catalogue_test.go: run go test ./generator/site -run TestCatalogueDocument -update")
	}
}

const catalogueIntro = `# What followup build says when the input is wrong

Every mistake below stops the build with a message that starts with the
file and line (when there is one) and says what to do. The exit status is 1,
every error of the build is printed (not only the first), and the previous
output folder is left exactly as it was: the build writes into a staging
folder and swaps it in only when everything succeeded.

Two kinds of finding are errors or warnings as followup.toml's [checks]
says: a link to a page, file or fragment that does not exist (links, an
error by default) and a front-matter key Followup does not know
(unknown_keys, a warning by default). A warning prints at its file and line
like an error, "content/a.md:3: warning: unknown key "keywords" ...
[unknown_keys]", the build ends with a count of them by kind and succeeds;
followup build --strict makes every warning an error.

Each row is a case of TestCatalogue in generator/site/catalogue_test.go, which
breaks a working site in that way, checks the first line of the message
word for word, and compares the output folder byte for byte; this file is
generated from the same table.

`
