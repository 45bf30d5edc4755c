package triage

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

// loaded is the one Engine the package's tests share. An Engine is
// read-only after Load and safe for concurrent use, so sharing it tests
// what production does (one engine, every conversation); and loading it
// compiles every rules file, which cost more than most tests' own checks
// when each of some 500 tests loaded its own.
var loaded struct {
	once sync.Once
	e    *Engine
	err  error
}

func mustLoad(tb testing.TB) *Engine {
	tb.Helper()
	loaded.once.Do(func() { loaded.e, loaded.err = Load() })
	if loaded.err != nil {
		tb.Fatalf("Load: %v", loaded.err)
	}
	return loaded.e
}

// TestRuleExamples runs every example phrasing in the rules files: positive
// examples must fire their rule (and, for a red flag, give an emergency);
// negated examples must not fire it. Adding a rule with its examples adds
// its test.
func TestRuleExamples(t *testing.T) {
	e := mustLoad(t)
	for _, r := range e.rules {
		ex := r.spec.Examples
		groups := []struct {
			dialect string
			texts   []string
		}{
			{"en", ex.En}, {"gulf", ex.Gulf}, {"egyptian", ex.Egyptian},
			{"levantine", ex.Levantine}, {"maghrebi", ex.Maghrebi}, {"msa", ex.MSA},
		}
		for _, g := range groups {
			for _, text := range g.texts {
				t.Run(r.id+"/"+g.dialect+"/"+text, func(t *testing.T) {
					d := e.Classify(text, Facts{})
					fired := slices.Contains(d.RedFlags, r.id) || slices.Contains(d.AmberFlags, r.id)
					if !fired {
						t.Errorf("%s did not fire on %q: %s, red %v amber %v, found %v", r.id, text, d.Urgency, d.RedFlags, d.AmberFlags, d.Summary.Findings)
					}
					if r.urgency == Emergency && d.Urgency != Emergency {
						t.Errorf("%q: urgency %s, want emergency", text, d.Urgency)
					}
				})
			}
		}
		for _, text := range ex.Negated {
			t.Run(r.id+"/negated/"+text, func(t *testing.T) {
				d := e.Classify(text, Facts{})
				if slices.Contains(d.RedFlags, r.id) || slices.Contains(d.AmberFlags, r.id) {
					t.Errorf("%s fired on negated %q; found %v", r.id, text, d.Summary.Findings)
				}
			})
		}
	}
}

// TestRedFlagsHaveDialectExamples keeps every red flag covered in English and
// each Arabic dialect group, with negated phrasings (the loader enforces it
// too; this names the gap in the test output).
func TestRedFlagsHaveDialectExamples(t *testing.T) {
	e := mustLoad(t)
	n := 0
	for _, r := range e.rules {
		if r.urgency != Emergency {
			continue
		}
		n++
		ex := r.spec.Examples
		for name, texts := range map[string][]string{"en": ex.En, "gulf": ex.Gulf, "egyptian": ex.Egyptian, "levantine": ex.Levantine, "maghrebi": ex.Maghrebi, "negated": ex.Negated} {
			if len(texts) == 0 {
				t.Errorf("%s: no %s examples", r.id, name)
			}
		}
		if r.spec.Source == "" {
			t.Errorf("%s: no clinical source", r.id)
		}
	}
	if n < 30 {
		t.Errorf("only %d red-flag rules", n)
	}
}

// TestDocsListEveryRule keeps docs/TRIAGE.md in step with the rules: every
// rule id must appear there.
func TestDocsListEveryRule(t *testing.T) {
	e := mustLoad(t)
	raw, err := os.ReadFile("../docs/TRIAGE.md")
	if err != nil {
		t.Fatalf("read docs: %v", err)
	}
	doc := string(raw)
	for _, r := range e.rules {
		if !strings.Contains(doc, "| "+r.id+" |") {
			t.Errorf("docs/TRIAGE.md has no row for %s", r.id)
		}
	}
}
