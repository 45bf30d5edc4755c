package dialogs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/looplab/fsm"
)

// TestDiagrams keeps testdata/<flow>.mmd, each flow's Mermaid state
// diagram, in step with the code (rewrite with -update).
func TestDiagrams(t *testing.T) {
	for name, f := range registry() {
		t.Run(name, func(t *testing.T) {
			got, err := fsm.VisualizeWithType(fsm.NewFSM(f.initial(), f.events, nil), fsm.MermaidStateDiagram)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".mmd")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil || string(want) != got {
				t.Errorf("%s is out of date (run go test -update): %v\n%s", path, err, got)
			}
		})
	}
}
