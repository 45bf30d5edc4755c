package dialogs

import (
	"context"
	"errors"

	"github.com/looplab/fsm"
)

// errUnknownAction is what a flow returns when a button's action means
// nothing in the current state; the Engine then asks the step again.
var errUnknownAction = errors.New("dialogs: unknown action")

// flow is one conversation (onboarding, triage, booking, …) on its own
// looplab/fsm machine, described by one table of steps (see step). A flow
// keeps no state of its own: the Engine restores the machine from
// Session.State for every input, and the flow keeps what it collects in
// Session.Values. Its steps compute replies and effects into the turn;
// they never touch the stores directly.
//
// To add a flow: write one file with a type implementing flow, add it to
// registry, and (if the menu starts it) point a menu entry at its name.
type flow interface {
	// name is the flow's key in Session.Flow.
	name() string
	// code is the flow's short prefix in button data ("o" in "k3:o:agree").
	code() string
	// initial is the state a machine starts in when the flow begins.
	initial() string
	// steps is the flow's table: one row per state. The states a saved
	// session may be in, and the fsm events, are read from it; a session
	// in any other state is reset with an apology.
	steps() []step
	// callbacks returns the machine's callbacks, bound to one turn.
	// before_ and leave_ callbacks run inside looplab/fsm's Event, under
	// its locks and before the machine moves: they read e.Src, e.Dst and
	// e.Args, never the machine itself (f.Current, f.Event).
	callbacks(t *turn) fsm.Callbacks
	// begin starts the flow from elsewhere; via is what led there (the
	// menu action, say). The machine is at initial(). Flows switch with
	// t.enter or t.home from begin, press or text, never from inside an
	// fsm callback (the old machine is still in its transition then).
	begin(ctx context.Context, t *turn, via string) error
}

// registry returns every flow by name, with its table read.
func registry() map[string]*plan {
	tr := &triageFlow{}
	flows := []flow{
		&onboarding{},
		&erasure{},
		&booking{},
		&appointments{},
		tr,
		&consultFlow{tr: tr},
	}
	m := make(map[string]*plan, len(flows))
	for _, f := range flows {
		m[f.name()] = newPlan(f)
	}
	return m
}

// withHint puts hint's text (when any) above text, in the turn's language.
func (t *turn) withHint(hint, text string) string {
	if hint == "" {
		return text
	}
	return t.text(hint, nil) + "\n\n" + text
}
