package dialogs

import "context"

// backAction is the action of the Back button («رجوع»): one step back, which
// is not the main menu (a patient who tapped the wrong day should not lose
// the specialty they chose, nor the answers they gave).
const backAction = "back"

// addBack puts the Back button, as its own last row, under the turn's last
// reply with buttons to press, when the conversation ends the turn at a
// step that has one.
func (t *turn) addBack() {
	if t.m == nil || !t.f.backs(t.m.Current()) {
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
	if action != backAction || !t.f.backs(t.m.Current()) {
		return false, nil
	}
	return true, t.f.rows[t.m.Current()].back(ctx, t)
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
		t.show(trQuestion)
		return nil
	}
	d = triageData{Via: d.Via, Answers: map[string]string{}}
	if err := tf.save(t, d); err != nil {
		return err
	}
	t.m.SetState(trProblem)
	t.show(trProblem)
	return nil
}
