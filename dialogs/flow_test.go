package dialogs

import (
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/locales"
)

// TestCallbackKeysResolve: looplab/fsm silently drops a callback whose key
// names no state or event, so a typo would mean a callback that never runs.
func TestCallbackKeysResolve(t *testing.T) {
	e, _, _ := newTestEngine(t)
	for name, f := range e.flows {
		t.Run(name, func(t *testing.T) {
			states, events := map[string]bool{}, map[string]bool{}
			for _, ev := range f.events {
				events[ev.Name] = true
				states[ev.Dst] = true
				for _, s := range ev.Src {
					states[s] = true
				}
			}
			for _, s := range f.states() {
				if !states[s] {
					t.Errorf("state %q is in states() but in no transition", s)
				}
			}
			for s := range states {
				if !slices.Contains(f.states(), s) {
					t.Errorf("state %q is in a transition but not in states(): a saved session in it would be reset", s)
				}
				if events[s] {
					t.Errorf("%q is both a state and an event; their callback shorthands collide", s)
				}
			}
			seen := map[string]bool{}
			for _, st := range f.steps() {
				if seen[st.state] {
					t.Errorf("state %q has two rows", st.state)
				}
				seen[st.state] = true
				if st.ask == nil {
					t.Errorf("state %q has no ask: it could not be asked again", st.state)
				}
			}
			if !states[f.initial()] {
				t.Errorf("initial state %q is unknown", f.initial())
			}
			for key := range f.callbacks(&turn{e: e, s: &Session{}}) {
				if !resolves(key, states, events) {
					t.Errorf("callback key %q names no state or event of %s", key, name)
				}
			}
		})
	}
}

func resolves(key string, states, events map[string]bool) bool {
	switch key {
	case "before_event", "leave_state", "enter_state", "after_event":
		return true
	}
	for prefix, known := range map[string]map[string]bool{
		"before_": events, "after_": events, "leave_": states, "enter_": states,
	} {
		if target, ok := strings.CutPrefix(key, prefix); ok {
			return known[target]
		}
	}
	return states[key] || events[key]
}

// TestMessagesExist: every message id the package's code names exists in
// both languages, so no patient ever sees an id.
func TestMessagesExist(t *testing.T) {
	cat := mustCatalog(t)
	ids := map[string]bool{}
	for _, c := range Commands() {
		ids[c.DescriptionID] = true
	}
	quoted := regexp.MustCompile(`"((?:dialogs|onboarding|menu|command)_[a-z_]+)"`)
	files, err := fs.Glob(os.DirFS("."), "*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range quoted.FindAllStringSubmatch(string(src), -1) {
			ids[m[1]] = true
		}
	}
	if len(ids) < 20 {
		t.Fatalf("found only %d message ids; is the pattern right?", len(ids))
	}
	for id := range ids {
		for _, lang := range locales.Languages {
			if !cat.Has(lang, id) {
				t.Errorf("message %q is missing in %s", id, lang)
			}
		}
	}
}

// TestFlowCodesUnique: a button's code names one flow; only the consult,
// which takes triage's case over at the queue, keeps triage's code, so the
// buttons under a case read the same whichever of the two drew them.
func TestFlowCodesUnique(t *testing.T) {
	seen := map[string]string{}
	flows := registry()
	if c, tr := flows[flowConsult].code(), flows[flowTriage].code(); c != tr {
		t.Errorf("the consult's code %q is not triage's %q", c, tr)
	}
	delete(flows, flowConsult)
	for name, f := range flows {
		if other, ok := seen[f.code()]; ok {
			t.Errorf("flows %s and %s share the button code %q", name, other, f.code())
		}
		seen[f.code()] = name
		if f.name() != name {
			t.Errorf("flow %s is registered as %s", f.name(), name)
		}
	}
}

func TestCommands(t *testing.T) {
	var names []string
	for _, c := range Commands() {
		names = append(names, c.Name)
		if parseCommand("/"+c.Name) != c.Name {
			t.Errorf("/%s is not understood", c.Name)
		}
	}
	if want := []string{"start", "menu", "lang", "help", "cancel", "deletemydata"}; !slices.Equal(names, want) {
		t.Errorf("Commands() = %v, want %v", names, want)
	}
}

// TestSavedFlow: a session saved while the consult was part of triage is
// read as the consult's; every other session keeps its flow.
func TestSavedFlow(t *testing.T) {
	for _, tc := range []struct{ name, flow, state, want string }{
		{"queued under triage", flowTriage, trQueued, flowConsult},
		{"claimed under triage", flowTriage, trClaimed, flowConsult},
		{"a triage question", flowTriage, trQuestion, flowTriage},
		{"already the consult", flowConsult, trQueued, flowConsult},
		{"the menu", homeFlow, stMenu, homeFlow},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := savedFlow(Session{Flow: tc.flow, State: tc.state}); got != tc.want {
				t.Errorf("savedFlow(%s/%s) = %s, want %s", tc.flow, tc.state, got, tc.want)
			}
			if !registry()[tc.want].has(tc.state) {
				t.Errorf("%s has no state %s", tc.want, tc.state)
			}
		})
	}
}
