package triage

import (
	"sync"
	"testing"
)

// One Engine serves every chat at once (the dialogs share it), so it must
// be safe for concurrent use. scripts/test runs this package's tests
// without the race detector (they are searches over answer paths, four
// times slower under it, and the package starts no goroutine of its own)
// and this one with it: every family's walks, for every kind of patient,
// at once on one Engine.
func TestEngineIsSafeForConcurrentUse(t *testing.T) {
	e := mustLoad(t)
	var wg sync.WaitGroup
	for _, id := range e.Pathways() {
		seed := familySeeds[id]
		wg.Go(func() {
			for _, f := range patients {
				for _, path := range walks(e, seed, f, id, 3) {
					answers := map[string]string{}
					for _, q := range path {
						answers[q] = "unsure"
					}
					e.Assess(seed, f, answers)
					e.NextQuestion(seed, f, id, answers)
					e.Subject(seed, f, answers)
				}
				e.Classify(seed, f)
				e.Prefill(seed, f, id)
				e.Unread(seed, f)
			}
		})
	}
	wg.Wait()
}
