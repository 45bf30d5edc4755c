package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestOnePublisherOfCaseEvents fails when production code outside the
// store writes to the case-event stream. Every case event is announced by
// the store (store.Cases, and store.Appointments for a joint session the
// desk changed) after the write that made it true, so that the dashboards'
// live queue and the web chat read one stream written one way; a second
// publisher would announce changes the store did not make, or announce
// them before they committed. Tests may still publish to exercise readers.
func TestOnePublisherOfCaseEvents(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			// The store is the publisher; testdata and hidden directories
			// hold no production code.
			if rel == "store" || d.Name() == "testdata" || (strings.HasPrefix(d.Name(), ".") && rel != ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "PublishCaseEvent" {
				t.Errorf("%s: publishes case events; only store.Cases does (see docs/ARCHITECTURE.md)", fset.Position(sel.Pos()))
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
