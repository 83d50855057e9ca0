package content

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/followup/followup/generator/diag"
)

// Language selects the pages of one language of a multilingual site
// (Options.Language). Two conventions place a file in a language, and a
// site may mix them:
//
//	content/es/guides/x.md     folder convention: under the language's code
//	content/guides/x.es.md     file convention: the code before ".md",
//	content/guides/_index.es.md   beside the default language's x.md
//
// Both give the page guides/x.md of the language es (Page.File). Every
// other file is the default language's: a folder named after another
// language's code is skipped, and so are files with its suffix. Files that
// are not markdown belong to the language whose folder holds them (the
// default language's outside every language folder), and are copied into
// that language's output only.
type Language struct {
	Code    string   // the language loaded
	Default bool     // the default language: files without a language are its
	Codes   []string // every language's code
}

// inLanguage returns the path inside the loaded language of the file at p (a
// path from the source root, under Dir), and whether the file is the
// loaded language's. Without Options.Language every file is, at its path.
func (l *loader) inLanguage(p string) (string, bool) {
	rel := strings.TrimPrefix(p, Dir+"/")
	lang := l.opts.Language
	if lang == nil {
		return rel, true
	}
	code := ""
	if first, rest, ok := strings.Cut(rel, "/"); ok && slices.Contains(lang.Codes, first) {
		code, rel = first, rest
	}
	if base := path.Base(rel); strings.HasSuffix(base, ".md") {
		stem := strings.TrimSuffix(base, ".md")
		if dot := strings.LastIndexByte(stem, '.'); dot > 0 && slices.Contains(lang.Codes, stem[dot+1:]) {
			if code != "" && code != stem[dot+1:] {
				return "", false // content/es/x.en.md: in two languages at once, read by neither
			}
			code, rel = stem[dot+1:], path.Join(path.Dir(rel), stem[:dot]+".md")
		}
	}
	if code == "" {
		return rel, lang.Default
	}
	return rel, code == lang.Code
}

// enter returns fs.SkipDir for a folder the walk leaves out: another
// language's folder, content/<code>/, when the loaded language is not it.
func (l *loader) enter(p string) error {
	lang := l.opts.Language
	if lang == nil {
		return nil
	}
	first, nested := strings.CutPrefix(p, Dir+"/")
	if nested && !strings.Contains(first, "/") && first != lang.Code && slices.Contains(lang.Codes, first) {
		return fs.SkipDir
	}
	return nil
}

// checkKeys reports two pages of the language with one translationKey,
// at both files.
func (l *loader) checkKeys() {
	if l.opts.Language == nil {
		return
	}
	seen := map[string]*Page{}
	for _, p := range l.site.Pages {
		key := p.Front.TranslationKey
		if key == "" {
			continue
		}
		if other, dup := seen[key]; dup {
			l.errs = append(l.errs,
				diag.Errorf(other.Source, other.Front.TranslationKeyLine, "translationKey %q is also the key of %s, in the same language: give each page of a language its own key", key, p.Source),
				diag.Errorf(p.Source, p.Front.TranslationKeyLine, "translationKey %q is also the key of %s, in the same language: give each page of a language its own key", key, other.Source))
			continue
		}
		seen[key] = p
	}
}

// relOf returns the path inside its language of a markdown file the walk
// kept.
func (l *loader) relOf(source string) string {
	if rel, ok := l.rels[source]; ok {
		return rel
	}
	return strings.TrimPrefix(source, Dir+"/")
}

// keep records a file the walk found, at its path inside the language,
// when it is the loaded language's: a markdown file to read, or another
// file to copy.
func (l *loader) keep(p string, markdown bool) {
	rel, ok := l.inLanguage(p)
	if !ok {
		return
	}
	if markdown {
		if rel != strings.TrimPrefix(p, Dir+"/") {
			l.rels[p] = rel
		}
		l.toRead = append(l.toRead, p)
		return
	}
	if rel != strings.TrimPrefix(p, Dir+"/") {
		l.site.fileSources[rel] = p
	}
	l.site.Files = append(l.site.Files, rel)
}

// FileSource returns the path from the source root of a file of Files.
func (s *Site) FileSource(file string) string {
	if src, ok := s.fileSources[file]; ok {
		return src
	}
	return Dir + "/" + file
}

// TranslationKey is what links a page to its translations in the other
// languages: its translationKey, else its file inside its language.
func (p *Page) TranslationKey() string {
	if p.Front.TranslationKey != "" {
		return "key:" + p.Front.TranslationKey
	}
	return "file:" + p.File
}

// ignored is the package's ignored, but for the _index.<code>.md of the
// languages of a multilingual site.
func (l *loader) ignored(name string) bool {
	if lang := l.opts.Language; lang != nil {
		if code, ok := strings.CutPrefix(strings.TrimSuffix(name, ".md"), "_index."); ok && strings.HasSuffix(name, ".md") && slices.Contains(lang.Codes, code) {
			return false
		}
	}
	return ignored(name)
}
