package site

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"github.com/followup/followup/generator/i18n"
	"github.com/followup/followup/generator/theme"
)

// defaultStrings loads the built-in theme's strings of lang, checked
// against English's.
func defaultStrings(t *testing.T, lang string) *i18n.Strings {
	t.Helper()
	fsys, display := theme.BuiltIn()
	cat, err := i18n.Load("en", i18n.Source{FS: fsys, Display: display})
	if err != nil {
		t.Fatal(err)
	}
	s, err := cat.For(lang)
	if err != nil {
		t.Fatalf("the default theme's %s strings: %v", lang, err)
	}
	return s
}

func defaultTheme(t *testing.T) *theme.Theme {
	t.Helper()
	th, err := theme.Load(os.DirFS(t.TempDir()), "default", themeFuncs(defaultStrings(t, "en")))
	if err != nil {
		t.Fatal(err)
	}
	return th
}

// allowedText is what a layout may write itself, not from a string file:
// the product's name, file names and paths.
var allowedText = []string{"Followup", "index.html", "plan/"}

// TestLayoutsHaveNoEnglish walks the parse trees of the default theme's
// layouts: the text they write outside actions, as HTML, may hold letters
// only in markup (element and attribute names, classes, ids), never in
// the text of the page or in an attribute people read.
func TestLayoutsHaveNoEnglish(t *testing.T) {
	byFile := map[string]*strings.Builder{}
	for _, tx := range defaultTheme(t).Texts() {
		if byFile[tx.File] == nil {
			byFile[tx.File] = &strings.Builder{}
		}
		byFile[tx.File].WriteString(tx.Text)
	}
	if len(byFile) < 20 {
		t.Fatalf("Texts() covers %d layout files, want every layout and partial", len(byFile))
	}
	read := map[string]bool{"aria-label": true, "title": true, "alt": true, "placeholder": true, "data-label": true, "aria-description": true}
	for _, file := range slices.Sorted(maps.Keys(byFile)) {
		z := html.NewTokenizer(strings.NewReader(byFile[file].String()))
		inStyle := false // a <style>'s CSS is not text people read
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			tok := z.Token()
			switch tok.Type {
			case html.EndTagToken:
				inStyle = inStyle && tok.Data != "style"
			case html.TextToken:
				if w := ownText(tok.Data); w != "" && !inStyle {
					t.Errorf("%s writes %q itself: put it in themes/default/i18n/en.toml and write {{T \"key\"}}", file, w)
				}
			case html.StartTagToken, html.SelfClosingTagToken:
				inStyle = inStyle || tok.Data == "style"
				for _, a := range tok.Attr {
					if w := ownText(a.Val); read[a.Key] && w != "" {
						t.Errorf("%s writes %s=%q itself: put it in themes/default/i18n/en.toml", file, a.Key, w)
					}
				}
			}
		}
	}
}

// ownText returns s without the allowed names when it still holds a letter.
func ownText(s string) string {
	for _, a := range allowedText {
		s = strings.ReplaceAll(s, a, "")
	}
	if strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return ""
	}
	return strings.TrimSpace(s)
}

func TestWordsFindsEnglish(t *testing.T) {
	for s, want := range map[string]string{" Skip to content ": "Skip to content", ", ": "", "Built with Followup.": "Built with .", "· ": "", "día": "día"} {
		if got := ownText(s); got != want {
			t.Errorf("ownText(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestStringKeysExist: every key a layout of the default theme or the Go
// code of the generator looks up is in the English and the Spanish string
// files, and every key of the English file is looked up somewhere.
func TestStringKeysExist(t *testing.T) {
	used := map[string]string{} // key: where first used
	for _, c := range defaultTheme(t).Calls("T") {
		if _, ok := used[c.Arg]; !ok {
			used[c.Arg] = c.File + ":" + strconv.Itoa(c.Line)
		}
	}
	for key, at := range goKeys(t, "..") {
		if _, ok := used[key]; !ok {
			used[key] = at
		}
	}
	for _, lang := range []string{"en", "es"} {
		s := defaultStrings(t, lang)
		for _, key := range slices.Sorted(maps.Keys(used)) {
			if !s.Has(key) {
				t.Errorf("%s: %q is not in themes/default/i18n/%s.toml", used[key], key, lang)
			}
		}
	}
	for _, key := range defaultStrings(t, "en").Keys() {
		if _, ok := used[key]; !ok {
			t.Errorf("themes/default/i18n/en.toml: %q is used by no layout and no code: remove it", key)
		}
	}
}

// goKeys returns the string keys the Go code under root looks up with a
// literal key: .T("key", ...) and .HTML("key", ...) on a *i18n.Strings.
func goKeys(t *testing.T, root string) map[string]string {
	t.Helper()
	keys := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			lit, ok2 := call.Args[0].(*ast.BasicLit)
			if !ok || !ok2 || lit.Kind != token.STRING || (sel.Sel.Name != "T" && sel.Sel.Name != "HTML") || !isStrings(sel.X) {
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			if _, seen := keys[key]; !seen {
				keys[key] = fset.Position(lit.Pos()).String()
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

// isStrings reports whether x looks like a *i18n.Strings: m.Strings, s.strs,
// or a variable called strs or str.
func isStrings(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name == "Strings" || x.Sel.Name == "strs"
	case *ast.Ident:
		return x.Name == "strs" || x.Name == "str"
	}
	return false
}
