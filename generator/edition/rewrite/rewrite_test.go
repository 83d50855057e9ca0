package rewrite

import (
	"bytes"
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/*.txtar")

func rewrite(t *testing.T, src string, r *Rules) string {
	t.Helper()
	var b bytes.Buffer
	if err := Rewrite(&b, []byte(src), r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// offline links like the offline copy: every page link names its file.
func offline(t Target) (string, bool) {
	if t.External {
		return t.Raw, true
	}
	p := t.Path
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return "/" + p + Fragment(t.Fragment), true
}

func TestRewrite(t *testing.T) {
	tests := []struct {
		name, src string
		rules     Rules
		want      string
	}{
		{"unchanged", `<!DOCTYPE html><p class=x>a &amp; b<!-- c --><br></p>`, Rules{}, `<!DOCTYPE html><p class=x>a &amp; b<!-- c --><br></p>`},
		{"resolve", `<a href="../b/#when">b</a><a href="./">me</a><a href="#top">top</a><img src="pic.png" alt="A"><a href="https://x.org/">x</a><a href="mailto:a@b">m</a>`,
			Rules{Base: "guides/a/", Link: offline},
			`<a href="/guides/b/index.html#when">b</a><a href="/guides/a/index.html">me</a><a href="/guides/a/index.html#top">top</a><img src="/guides/a/pic.png" alt="A"><a href="https://x.org/">x</a><a href="mailto:a@b">m</a>`},
		{"root", `<a href="guides/">g</a><a href="../">up</a>`, Rules{Base: "", Link: offline}, `<a href="/guides/index.html">g</a><a href="/index.html">up</a>`},
		{"file base", `<a href="guides/">g</a>`, Rules{Base: "feed.xml", Link: offline}, `<a href="/guides/index.html">g</a>`},
		{"unlink", `<p><a href="x/">keep <b>this</b></a> <img src="y.png" alt="why"> <a href="z/">z</a></p>`,
			Rules{Link: func(t Target) (string, bool) { return t.Raw, t.Path == "z/" }},
			`<p>keep <b>this</b> why <a href="z/">z</a></p>`},
		{"ids", `<input id="a" aria-describedby="a-hint b"><label for="a">A</label><p id="a-hint">h</p>`,
			Rules{ID: func(id string) string { return "p-" + id }},
			`<input id="p-a" aria-describedby="p-a-hint p-b"><label for="p-a">A</label><p id="p-a-hint">h</p>`},
		{"shift", `<h1>a</h1><h2 id="x">b</h2><h6>c</h6>`, Rules{Shift: 1}, `<h2>a</h2><h3 id="x">b</h3><h6>c</h6>`},
		{"drop", `<div><a class="anchor" href="#x">#</a><p>kept</p><div class="gone"><div>nested</div><br></div>after</div>`,
			Rules{Drop: func(tag string, a []Attr) bool { return HasClass(a, "anchor") || HasClass(a, "gone") }},
			`<div><p>kept</p>after</div>`},
		{"replace", `<form id="f"><input type="checkbox"></form><p>after</p>`,
			Rules{Replace: func(tag string, a []Attr) ([]byte, bool) {
				return []byte(`<p>see ` + Get(a, "id") + `</p>`), tag == "form"
			}},
			`<p>see f</p><p>after</p>`},
		{"static", `<form class="checklist" id="c" action="x"><fieldset><legend class="l" id="lg">T</legend><ul><li><input type="checkbox" id="i" checked><label for="i">One</label></li><li><input type="radio"><label>Two</label></li></ul><p class="checklist-progress"></p></fieldset><button type="reset">Clear <span>ticks</span></button></form>`,
			Rules{Static: true},
			`<div class="checklist" id="c"><div><p id="lg" class="legend l">T</p><ul><li><span class="box" aria-hidden="true">☐</span><span>One</span></li><li><span class="box" aria-hidden="true">○</span><span>Two</span></li></ul><p class="checklist-progress"></p></div></div>`},
		{"xhtml", `<p>a&nbsp;b &amp; <br><img src="x.png" alt="a &quot;b&quot;"><input type="checkbox" checked><!-- gone --></p>`,
			Rules{XHTML: true},
			`<p>a` + "\u00a0" + `b &amp; <br/><img src="x.png" alt="a &#34;b&#34;"/><input type="checkbox" checked=""/></p>`},
		{"svg case kept", `<svg viewBox="0 0 4 4"><title>t</title></svg><a href="x/">x</a>`, Rules{Link: offline}, `<svg viewBox="0 0 4 4"><title>t</title></svg><a href="/x/index.html">x</a>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rewrite(t, tt.src, &tt.rules); got != tt.want {
				t.Errorf("Rewrite(%s)\n got %s\nwant %s", tt.src, got, tt.want)
			}
		})
	}
}

func TestIDs(t *testing.T) {
	got := IDs([]byte(`<h2 id="a">A</h2><p id="">x</p><sup id="fnref1:1"><a href="#b">b</a></sup><input id="c">`))
	if want := "a fnref1:1 c"; strings.Join(got, " ") != want {
		t.Errorf("IDs = %v, want %s", got, want)
	}
}

func TestXMLName(t *testing.T) {
	for in, want := range map[string]string{"when": "when", "fn:1": "fn-1", "2-days": "id-2-days", "": "id", "café": "café", "a.b_c": "a.b_c"} {
		if got := xmlName(in); got != want {
			t.Errorf("xmlName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBook joins the chapters of testdata/book.txtar into one document
// (the print edition's way) and into files (the EPUB's way), and compares
// the result with the archive's "print" and "epub" sections.
func TestBook(t *testing.T) {
	const file = "testdata/book.txtar"
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	chapters := map[string][]byte{}
	for _, f := range ar.Files {
		if key, ok := strings.CutPrefix(f.Name, "chapter "); ok {
			keys = append(keys, key)
			chapters[key] = f.Data
		}
	}
	outside := func(t Target) (string, bool) {
		if t.External {
			return t.Raw, true
		}
		return "https://example.org/guide/" + t.Path + Fragment(t.Fragment), true
	}
	join := func(b *Book, epub bool) string {
		var out bytes.Buffer
		for _, key := range keys {
			anchor := b.Add(key, "chapter-"+strings.NewReplacer("/", "-").Replace(strings.TrimSuffix(key, "/")), IDs(chapters[key]))
			if epub {
				b.SetFile(key, strings.ReplaceAll(strings.TrimSuffix(key, "/"), "/", "-")+".xhtml")
			}
			_ = anchor
		}
		for _, key := range keys {
			r := b.Rules(key, key)
			if epub {
				r.Static, r.XHTML = true, true
				r.Drop = func(tag string, a []Attr) bool { return HasClass(a, "anchor") }
			}
			out.WriteString("== " + key + " #" + b.Anchor(key) + "\n")
			if err := Rewrite(&out, chapters[key], r); err != nil {
				t.Fatal(err)
			}
		}
		return out.String()
	}
	print := NewBook("main", "toc")
	print.Outside, print.Shift = outside, 1
	epub := NewBook()
	epub.Outside, epub.XMLNames = outside, true
	got := map[string]string{"print": join(print, false), "epub": join(epub, true)}
	for i, f := range ar.Files {
		want, ok := got[f.Name]
		if !ok {
			continue
		}
		delete(got, f.Name)
		if *update {
			ar.Files[i].Data = []byte(want)
		} else if string(f.Data) != want {
			t.Errorf("%s differs:\n--- got ---\n%s\n--- want ---\n%s", f.Name, want, f.Data)
		}
	}
	for name, data := range got {
		if !*update {
			t.Errorf("%s missing from %s (run with -update)", name, file)
		}
		ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(data)})
	}
	if *update {
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBookUnique checks the names a book gives to ids that repeat, among
// reserved ids and names that look like numbered ones.
func TestBookUnique(t *testing.T) {
	b := NewBook("top", "a-3")
	b.Add("one/", "a", []string{"a", "a", "top", "a-2", "b"})
	b.Add("two/", "a", []string{"a", "top", "b", "a-2"})
	b.Add("three/", "b-2", []string{"a"})
	tests := []struct{ key, id, want string }{
		{"one/", "a", "a-2"},
		{"one/", "top", "top-2"},
		{"one/", "a-2", "a-2-2"},
		{"one/", "b", "b"},
		{"two/", "a", "a-5"}, // a-3 is reserved, a-4 is two/'s anchor
		{"two/", "top", "top-3"},
		{"two/", "b", "b-2"},
		{"two/", "a-2", "a-2-3"},
		{"three/", "a", "a-6"},
	}
	for _, tt := range tests {
		if got := b.ID(tt.key, tt.id); got != tt.want {
			t.Errorf("ID(%q, %q) = %q, want %q", tt.key, tt.id, got, tt.want)
		}
	}
	for key, want := range map[string]string{"one/": "a", "two/": "a-4", "three/": "b-2-2"} {
		if got := b.Anchor(key); got != want {
			t.Errorf("Anchor(%q) = %q, want %q", key, got, want)
		}
	}
	seen := map[string]string{}
	for _, key := range []string{"one/", "two/", "three/"} {
		for _, id := range []string{"a", "top", "a-2", "b"} {
			name := b.ID(key, id)
			if prev, ok := seen[name]; ok {
				t.Errorf("%s#%s and %s are both named %q", key, id, prev, name)
			}
			seen[name] = key + "#" + id
		}
	}
}

// BenchmarkBookUnique gives names to ids every chapter repeats, as a book of
// thousands of guides with the same headings does.
func BenchmarkBookUnique(b *testing.B) {
	for b.Loop() {
		book := NewBook()
		for i := range 5000 {
			book.Add("p"+strconv.Itoa(i)+"/", "chapter", []string{"why", "when", "what-to-say"})
		}
	}
}

// TestResolveInLanguage checks links resolved inside a language's root
// (Rules.Root): those that stay in it are from it, those that leave it are
// Outside and from the site's root, never clamped back into the language.
func TestResolveInLanguage(t *testing.T) {
	for _, tt := range []struct {
		root, base, raw string
		want            Target
	}{
		{"", "guides/call/", "../thank-you/#when", Target{Path: "guides/thank-you/", Fragment: "when"}},
		{"es/", "guides/call/", "../thank-you/", Target{Path: "guides/thank-you/"}},
		{"es/", "guides/call/", "../../", Target{Path: ""}},
		{"es/", "guides/call/", "../../../guides/call/", Target{Path: "guides/call/", Outside: true}},
		{"es/", "", "../css/site.css", Target{Path: "css/site.css", Outside: true}},
		{"es/", "print/", "../../../../../x/", Target{Path: "x/", Outside: true}}, // above the site: at its root, as a browser does
		{"es/", "", "https://example.org/", Target{External: true}},
	} {
		got := resolve(tt.root, tt.base, "a", "href", tt.raw)
		tt.want.Tag, tt.want.Attr, tt.want.Raw = "a", "href", tt.raw
		if got != tt.want {
			t.Errorf("resolve(%q, %q, %q) = %+v, want %+v", tt.root, tt.base, tt.raw, got, tt.want)
		}
	}
}
