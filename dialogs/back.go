package dialogs

import "context"

// backAction is the action of the Back button («رجوع»): one step back, which
// is not the main menu (a patient who tapped the wrong day should not lose
// the specialty they chose, nor the answers they gave).
const backAction = "back"

// backer is a flow whose steps lead back to the one before. The Engine puts
// a Back button under the last buttons of every step backs reports true
// for, and calls back when it is pressed.
type backer interface {
	// backs reports whether state shows the Back button.
	backs(state string) bool
	// back goes one step back from the machine's current state.
	back(ctx context.Context, t *turn) error
}

// addBack puts the Back button, as its own last row, under the turn's last
// reply with buttons to press, when the conversation ends the turn at a
// step that has one.
func (t *turn) addBack() {
	b, ok := t.f.(backer)
	if !ok || t.m == nil || !b.backs(t.m.Current()) {
		return
	}
	for i := len(t.replies) - 1; i >= 0; i-- {
		r := &t.replies[i]
		if !hasPress(r.Buttons) {
			continue
		}
		r.Buttons = append(r.Buttons, t.button("dialogs_back_button", backAction))
		return
	}
}

// hasPress reports whether rows hold a button that sends data (not a link).
func hasPress(rows [][]Button) bool {
	for _, row := range rows {
		for _, b := range row {
			if b.Data != "" {
				return true
			}
		}
	}
	return false
}

// pressBack runs the flow's back when the step offers it; ok is false when
// the press is not a Back the step knows.
func (t *turn) pressBack(ctx context.Context, action string) (ok bool, err error) {
	b, is := t.f.(backer)
	if action != backAction || !is || !b.backs(t.m.Current()) {
		return false, nil
	}
	return true, b.back(ctx, t)
}

// backs: the specialty and day steps. The times have "Another day" and
// the held time "Another time", their own way back by name (two buttons
// doing one thing confuse); the safety question's answers say where to go.
func (bk *booking) backs(state string) bool {
	return bk.b != nil && (state == bkSpecialty || state == bkDay)
}

// back: a day back to the specialties when the patient chose one, else
// (and from the specialties) back to the menu.
func (bk *booking) back(ctx context.Context, t *turn) error {
	d := bk.load(t)
	if t.m.Current() == bkDay && d.Move == 0 && len(d.Specs) > 0 {
		return bk.toSpecialties(ctx, t, d)
	}
	return t.home(ctx)
}

// backs: the problem and its questions go back; a decision does not (its
// own buttons say what comes next).
func (tf *triageFlow) backs(state string) bool { return state == trProblem || state == trQuestion }

// back: a question back to the one answered before it (that answer
// forgotten), the first question back to "what is the problem?", the
// problem back to the menu.
func (tf *triageFlow) back(ctx context.Context, t *turn) error {
	if t.m.Current() != trQuestion {
		return t.home(ctx)
	}
	d := tf.load(t)
	if n := len(d.Asked); n > 0 {
		d.Q, d.Asked = d.Asked[n-1], d.Asked[:n-1]
		delete(d.Answers, d.Q)
		if err := tf.save(t, d); err != nil {
			return err
		}
		tf.show(t, trQuestion)
		return nil
	}
	d = triageData{Via: d.Via, Answers: map[string]string{}}
	if err := tf.save(t, d); err != nil {
		return err
	}
	t.m.SetState(trProblem)
	tf.show(t, trProblem)
	return nil
}
