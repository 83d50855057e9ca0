package codebase

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/followup/followup/internal/testtool"
)

// module is the module path of the repository.
const module = "github.com/followup/followup"

// goFile is one production Go file of the module, parsed.
type goFile struct {
	pkg  string // the package's import path, without the module: "generator/site"; "." for the module's root
	path string // the file, from the repository's root
	fset *token.FileSet
	file *ast.File
}

// productionFiles parses every Go file of the module that is not a test,
// leaving out testdata, hidden folders, node_modules and generated files.
func productionFiles(t *testing.T, mode parser.Mode) []goFile {
	t.Helper()
	root := testtool.RepoRoot(t)
	var files []goFile
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "node_modules" || name == "test-output") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, nil, mode|parser.ParseComments)
		if err != nil {
			return err
		}
		if ast.IsGenerated(f) {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		files = append(files, goFile{pkg: filepath.ToSlash(filepath.Dir(rel)), path: filepath.ToSlash(rel), fset: fset, file: f})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 50 {
		t.Fatalf("found only %d Go files under %s", len(files), root)
	}
	slices.SortFunc(files, func(a, b goFile) int { return strings.Compare(a.path, b.path) })
	return files
}
