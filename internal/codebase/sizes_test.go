package codebase

import (
	"fmt"
	"go/ast"
	"maps"
	"slices"
	"testing"
)

// The sizes production code keeps to (see the package doc).
const (
	maxFileLines = 400
	maxFuncLines = 80
	maxMethods   = 30
)

// knownOffenders are the sizes not kept yet, by file, file:func or
// package.Type, each with what is under way; the lead empties the list.
// It only shrinks: an entry that is no longer over its size fails too, so
// that it is removed.
var knownOffenders = map[string]string{}

// TestSizes fails on a production file over maxFileLines lines, a function
// over maxFuncLines or a type with more than maxMethods methods, naming
// each and by how much.
func TestSizes(t *testing.T) {
	seen := map[string]bool{}
	report := func(key, msg string) {
		t.Helper()
		if _, known := knownOffenders[key]; known {
			seen[key] = true
			return
		}
		t.Error(msg)
	}
	methods := map[string][]string{} // package.Type -> its methods
	for _, f := range productionFiles(t, 0) {
		if n := f.fset.Position(f.file.End()).Line; n > maxFileLines {
			report(f.path, fmt.Sprintf("%s has %d lines, over %d: split it by responsibility", f.path, n, maxFileLines))
		}
		for _, d := range f.file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			name := fn.Name.Name
			if fn.Recv != nil && len(fn.Recv.List) == 1 {
				typ := receiverType(fn.Recv.List[0].Type)
				name = typ + "." + name
				methods[f.pkg+"."+typ] = append(methods[f.pkg+"."+typ], fn.Name.Name)
			}
			start, end := f.fset.Position(fn.Pos()), f.fset.Position(fn.End())
			if n := end.Line - start.Line + 1; n > maxFuncLines {
				report(f.path+":"+name, fmt.Sprintf("%s:%d: func %s has %d lines, over %d: give its steps functions of their own", f.path, start.Line, name, n, maxFuncLines))
			}
		}
	}
	for _, typ := range slices.Sorted(maps.Keys(methods)) {
		if n := len(methods[typ]); n > maxMethods {
			report(typ, fmt.Sprintf("type %s has %d methods, over %d: split what it does among smaller types", typ, n, maxMethods))
		}
	}
	for _, key := range slices.Sorted(maps.Keys(knownOffenders)) {
		if !seen[key] {
			t.Errorf("%s is no longer over its size: remove it from knownOffenders in internal/codebase/sizes_test.go", key)
		}
	}
}

// receiverType is the name of a method's receiver type: T for T, *T, T[X].
func receiverType(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return receiverType(e.X)
	case *ast.IndexExpr:
		return receiverType(e.X)
	case *ast.IndexListExpr:
		return receiverType(e.X)
	case *ast.Ident:
		return e.Name
	}
	return fmt.Sprintf("%T", e)
}
