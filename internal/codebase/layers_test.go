package codebase

import (
	"fmt"
	"go/parser"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// layer is a level of the import graph and its packages, each with the
// project packages it may import. Paths are from the module's root ("."
// is the root package).
type layer struct {
	name string
	pkgs []allowed
}

type allowed struct {
	pkg     string
	imports []string
}

// layers is the allowed import graph, from the leaves up. A package
// imports only what its entry lists; an entry lists only packages of a
// lower layer, or of its own layer above it. Declare a new package, or a
// new import, here: the layers are what the README's package map draws.
var layers = []layer{
	{"foundations: no project imports but these", []allowed{
		{"generator/diag", nil},
		{"generator/urls", nil},
		{"generator/ignore", nil},
		{"generator/decode", []string{"generator/diag"}},
		{"generator/chromium", nil},
		{"generator/holidays", nil},
		{"generator/locale", nil},
		{".", nil}, // the starter files, embedded
		{"themes", nil},
	}},
	{"readers: each reads one kind of source file", []allowed{
		{"generator/frontmatter", []string{"generator/decode", "generator/diag", "generator/urls"}},
		{"generator/config", []string{"generator/decode", "generator/diag", "generator/locale", "generator/urls"}},
		{"generator/checklist", []string{"generator/decode", "generator/diag"}},
		{"generator/timeline", []string{"generator/decode", "generator/diag", "generator/holidays"}},
		{"generator/content", []string{"generator/diag", "generator/frontmatter", "generator/ignore", "generator/urls"}},
		{"generator/theme", []string{"generator/diag", "generator/ignore", "themes"}},
		{"generator/i18n", []string{"generator/decode", "generator/diag", "generator/ignore"}},
		{"generator/markdown", []string{"generator/checklist", "generator/diag", "generator/urls"}},
	}},
	{"edition helpers and the output folder", []allowed{
		{"generator/edition/bundle", nil},
		{"generator/edition/epub", []string{"generator/edition/bundle"}},
		{"generator/edition/pdf", []string{"generator/chromium"}},
		{"generator/edition/qrcode", nil},
		{"generator/edition/rewrite", nil},
		{"generator/outdir", []string{"generator/diag"}},
	}},
	{"the model providers read, and the theme's contract", []allowed{
		{"generator/view", []string{"generator/checklist", "generator/config", "generator/content", "generator/markdown", "generator/timeline", "generator/urls"}},
		{"generator/model", []string{"generator/checklist", "generator/config", "generator/content", "generator/i18n", "generator/markdown", "generator/theme", "generator/timeline", "generator/urls", "generator/view"}},
	}},
	{"providers", []allowed{
		{"generator/providers/edition", []string{"generator/config", "generator/content", "generator/diag", "generator/edition/rewrite", "generator/markdown", "generator/model", "generator/urls"}},
		{"generator/providers/tags", []string{"generator/content", "generator/model", "generator/urls", "generator/view"}},
		{"generator/providers/feeds", []string{"generator/content", "generator/model", "generator/urls", "generator/view"}},
		{"generator/providers/shortcodes", []string{"generator/content", "generator/diag", "generator/edition/qrcode", "generator/markdown", "generator/model", "generator/theme", "generator/view"}},
		{"generator/providers/workbook", []string{"generator/config", "generator/content", "generator/markdown", "generator/model", "generator/providers/edition", "generator/view"}},
		{"generator/providers/calculator", []string{"generator/config", "generator/content", "generator/diag", "generator/i18n", "generator/locale", "generator/markdown", "generator/model", "generator/providers/edition", "generator/timeline", "generator/view"}},
		{"generator/providers/printed", []string{"generator/content", "generator/edition/rewrite", "generator/model", "generator/providers/edition", "generator/view"}},
		{"generator/providers/ebook", []string{"generator/content", "generator/edition/epub", "generator/edition/rewrite", "generator/locale", "generator/model", "generator/providers/edition", "generator/urls"}},
		{"generator/providers/packet", []string{"generator/checklist", "generator/config", "generator/content", "generator/diag", "generator/edition/qrcode", "generator/edition/rewrite", "generator/markdown", "generator/model", "generator/providers/edition", "generator/timeline", "generator/view"}},
		{"generator/providers/downloads", []string{"generator/content", "generator/edition/bundle", "generator/edition/rewrite", "generator/model", "generator/providers/edition", "generator/urls", "generator/view"}},
	}},
	{"the core: plans, renders and writes a build", []allowed{
		{"generator/site", []string{"generator/checklist", "generator/config", "generator/content", "generator/diag", "generator/i18n", "generator/locale", "generator/markdown", "generator/model", "generator/outdir", "generator/providers/calculator", "generator/providers/downloads", "generator/providers/ebook", "generator/providers/edition", "generator/providers/feeds", "generator/providers/packet", "generator/providers/printed", "generator/providers/shortcodes", "generator/providers/tags", "generator/providers/workbook", "generator/theme", "generator/timeline", "generator/urls", "generator/view"}},
	}},
	{"what runs a build: the live server, the audit, new sites", []allowed{
		{"generator/serve", []string{"generator/decode", "generator/diag", "generator/ignore", "generator/outdir", "generator/site"}},
		{"generator/audit", []string{"generator/chromium"}},
		{"generator/starter", []string{"."}},
	}},
	{"the command, and what the tests share", []allowed{
		{"cmd/followup", []string{"generator/audit", "generator/chromium", "generator/config", "generator/diag", "generator/edition/pdf", "generator/outdir", "generator/serve", "generator/site", "generator/starter"}},
		{"internal/testtool", []string{"generator/chromium"}},
		{"internal/codebase", nil},
		{"bench/floor", nil},
	}},
}

// TestImportLayers checks every import of the module's production files
// against layers, and layers against itself.
func TestImportLayers(t *testing.T) {
	declared, problems := checkDeclaration(layers)
	for _, p := range problems {
		t.Error(p)
	}
	found := map[string]bool{}
	for _, f := range productionFiles(t, parser.ImportsOnly) {
		found[f.pkg] = true
		entry, ok := declared[f.pkg]
		if !ok {
			continue // reported once, below
		}
		for _, spec := range f.file.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			imp, ok := projectPackage(path)
			if !ok || slices.Contains(entry.imports, imp) {
				continue
			}
			pos := f.fset.Position(spec.Pos())
			t.Errorf("%s:%d: %s imports %s, which the import graph does not allow (%s may import: %s). Import from a lower layer only; if this import belongs there, declare it in layers in internal/codebase/layers_test.go",
				f.path, pos.Line, f.pkg, imp, f.pkg, list(entry.imports))
		}
	}
	for _, pkg := range slices.Sorted(maps.Keys(found)) {
		if _, ok := declared[pkg]; !ok {
			t.Errorf("package %s is not in the import graph: declare it, with the project packages it imports, in the lowest layer that can hold it (layers in internal/codebase/layers_test.go)", pkg)
		}
	}
	for _, pkg := range slices.Sorted(maps.Keys(declared)) {
		if !found[pkg] {
			t.Errorf("the import graph declares %s, which has no production Go files: remove it from layers in internal/codebase/layers_test.go", pkg)
		}
	}
}

// TestProvidersApart: no provider imports another provider's package, but
// for providers/edition, which holds what the editions share. A provider
// reads the model, and learns what another makes only through it (the
// downloads page lists the editions the others declare: model.Plan.Edition).
func TestProvidersApart(t *testing.T) {
	if problems := providerImports(layers); len(problems) > 0 {
		t.Error(strings.Join(problems, "\n"))
	}
	withUpward := slices.Clone(layers) // the check itself fails on such an import
	withUpward = append(withUpward, layer{"test", []allowed{{"generator/providers/extra", []string{"generator/providers/edition", "generator/providers/printed"}}}})
	if got := providerImports(withUpward); len(got) != 1 || !strings.Contains(got[0], "generator/providers/extra imports generator/providers/printed") {
		t.Errorf("providerImports with extra -> printed = %q, want one problem naming it", got)
	}
}

// providerImports returns the imports of one provider package by another
// that ls declares.
func providerImports(ls []layer) []string {
	const providers, shared = "generator/providers/", "generator/providers/edition"
	var problems []string
	for _, l := range ls {
		for _, a := range l.pkgs {
			if !strings.HasPrefix(a.pkg, providers) || a.pkg == shared {
				continue
			}
			for _, imp := range a.imports {
				if strings.HasPrefix(imp, providers) && imp != shared {
					problems = append(problems, fmt.Sprintf("%s imports %s: a provider never reaches into another; share through the model (model.Plan, model.Pages) or, for what the editions share, %s", a.pkg, imp, shared))
				}
			}
		}
	}
	return problems
}

// entry is a declared package and where it sits.
type entry struct {
	layer, index int // its layer, and its place in that layer
	imports      []string
}

// checkDeclaration indexes the layers and reports an entry that lists a
// package declared nowhere, above it, or twice.
func checkDeclaration(ls []layer) (map[string]entry, []string) {
	declared := map[string]entry{}
	var problems []string
	for li, l := range ls {
		for pi, a := range l.pkgs {
			if _, dup := declared[a.pkg]; dup {
				problems = append(problems, fmt.Sprintf("layers declares %s twice", a.pkg))
			}
			declared[a.pkg] = entry{li, pi, a.imports}
		}
	}
	for _, l := range ls {
		for _, a := range l.pkgs {
			me := declared[a.pkg]
			for _, imp := range a.imports {
				it, ok := declared[imp]
				switch {
				case !ok:
					problems = append(problems, fmt.Sprintf("layers: %s may import %s, which is not declared", a.pkg, imp))
				case it.layer > me.layer || (it.layer == me.layer && it.index >= me.index):
					problems = append(problems, fmt.Sprintf("layers: %s (layer %q) may import %s (layer %q), which is not below it: imports go one way, from a layer to those under it", a.pkg, ls[me.layer].name, imp, ls[it.layer].name))
				}
			}
		}
	}
	return declared, problems
}

// projectPackage returns an import path of the module as layers writes
// it, and false for the standard library and other modules.
func projectPackage(path string) (string, bool) {
	if path == module {
		return ".", true
	}
	rest, ok := strings.CutPrefix(path, module+"/")
	return rest, ok
}

func list(pkgs []string) string {
	if len(pkgs) == 0 {
		return "no project package"
	}
	return strings.Join(pkgs, ", ")
}

// TestCheckDeclaration: the declaration itself is refused when an entry
// lists a package above it, after it in its own layer, undeclared, or when
// a package is declared twice.
func TestCheckDeclaration(t *testing.T) {
	tests := []struct {
		name string
		ls   []layer
		want string
	}{
		{"upward", []layer{{"low", []allowed{{"a", []string{"b"}}}}, {"high", []allowed{{"b", nil}}}}, `a (layer "low") may import b (layer "high"), which is not below it`},
		{"later in its layer", []layer{{"one", []allowed{{"a", []string{"b"}}, {"b", nil}}}}, `a (layer "one") may import b (layer "one"), which is not below it`},
		{"undeclared", []layer{{"one", []allowed{{"a", []string{"c"}}}}}, "a may import c, which is not declared"},
		{"twice", []layer{{"one", []allowed{{"a", nil}}}, {"two", []allowed{{"a", nil}}}}, "declares a twice"},
		{"one way", []layer{{"low", []allowed{{"b", nil}}}, {"high", []allowed{{"a", []string{"b"}}}}}, ""},
	}
	for _, tt := range tests {
		_, problems := checkDeclaration(tt.ls)
		got := strings.Join(problems, "\n")
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("%s: checkDeclaration = %q, want %q", tt.name, got, tt.want)
		}
	}
}
