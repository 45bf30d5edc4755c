package dialogs

import (
	"context"
	"slices"

	"github.com/looplab/fsm"
)

// step is one row of a flow's table: one state, and everything about it.
// Adding a step to a flow is adding a row (and its strings in locales);
// the flow's states and its looplab/fsm events are read from the rows.
type step struct {
	state string
	// moves are the events that leave state, and where each leads.
	moves []move
	// show presents the step in full, as when it is entered; nil: ask with
	// no hint.
	show func(t *turn)
	// ask asks the step's question again, briefly, with its buttons; hint
	// is a message id said first (why we ask again), or "". Required.
	ask func(t *turn, hint string)
	// press handles the action of a button of the step (the data without
	// step and flow code); errUnknownAction if it means nothing here. nil:
	// no button acts here.
	press func(ctx context.Context, t *turn, action string) error
	// text handles typed words (trimmed, not a command, of sensible
	// length). nil: the question is asked again, with a word on how to
	// answer (none after the emergency advice).
	text func(ctx context.Context, t *turn, text string) error
	// back, when set, puts the Back button under the step and runs when it
	// is pressed.
	back func(ctx context.Context, t *turn) error
	// located handles a location the patient shared at the step. nil: the
	// question is asked again.
	located func(ctx context.Context, t *turn, at Location) error
}

// move is an event and the state it leads to.
type move struct{ event, to string }

// plan is a flow with its table read: what the Engine holds for each flow.
type plan struct {
	flow
	rows   map[string]step
	order  []string // the states, in the table's order
	events fsm.Events
}

// newPlan reads f's table. Every state of a step must be a row; every
// event leads to one state wherever it starts.
func newPlan(f flow) *plan {
	p := &plan{flow: f, rows: map[string]step{}}
	var edges []move
	src := map[move][]string{}
	for _, s := range f.steps() {
		p.rows[s.state] = s
		p.order = append(p.order, s.state)
		for _, m := range s.moves {
			if _, ok := src[m]; !ok {
				edges = append(edges, m)
			}
			src[m] = append(src[m], s.state)
		}
	}
	for _, e := range edges {
		p.events = append(p.events, fsm.EventDesc{Name: e.event, Src: src[e], Dst: e.to})
	}
	return p
}

// states lists every state a saved session of the flow may be in.
func (p *plan) states() []string { return p.order }

// has reports whether state is one of the flow's.
func (p *plan) has(state string) bool { return slices.Contains(p.order, state) }

// machine returns a machine of the flow at state, bound to t.
func (p *plan) machine(t *turn, state string) *fsm.FSM {
	return fsm.NewFSM(state, p.events, p.callbacks(t))
}

// show presents state in full, as when it is entered.
func (p *plan) show(t *turn, state string) {
	if r := p.rows[state]; r.show != nil {
		r.show(t)
		return
	}
	p.ask(t, state, "")
}

// ask asks state's question again, briefly, with its buttons.
func (p *plan) ask(t *turn, state, hint string) {
	if r, ok := p.rows[state]; ok {
		r.ask(t, hint)
	}
}

// press handles a button of the current step.
func (p *plan) press(ctx context.Context, t *turn, action string) error {
	if r := p.rows[t.m.Current()]; r.press != nil {
		return r.press(ctx, t, action)
	}
	return errUnknownAction
}

// text handles typed words at the current step.
func (p *plan) text(ctx context.Context, t *turn, text string) error {
	state := t.m.Current()
	if r := p.rows[state]; r.text != nil {
		return r.text(ctx, t, text)
	}
	p.ask(t, state, t.repromptHint())
	return nil
}

// located handles a shared location at the current step.
func (p *plan) located(ctx context.Context, t *turn, at Location) error {
	state := t.m.Current()
	if r := p.rows[state]; r.located != nil {
		return r.located(ctx, t, at)
	}
	p.ask(t, state, "dialogs_reprompt")
	return nil
}

// backs reports whether state shows the Back button.
func (p *plan) backs(state string) bool { return p.rows[state].back != nil }

// repromptHint is said before a question asked again after words that
// answer nothing; after the emergency advice, the question alone.
func (t *turn) repromptHint() string {
	if len(t.redFlags) > 0 {
		return ""
	}
	return "dialogs_reprompt"
}

// show presents state of the conversation's flow in full.
func (t *turn) show(state string) { t.f.show(t, state) }

// ask asks state of the conversation's flow again; hint is said first.
func (t *turn) ask(state, hint string) { t.f.ask(t, state, hint) }
