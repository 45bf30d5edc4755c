package dialogs

import (
	"context"
	"errors"
	"fmt"
)

// note adds n to the conversation's case and returns the case as it
// stands; a case closed or left is no error (the caller follows it).
func (cf *consultFlow) note(ctx context.Context, t *turn, d triageData, n PatientNote) (ConsultState, error) {
	n.CaseID, n.PatientID, n.Source = d.Case, t.s.PatientID, cf.tr.source(t)
	st, err := t.e.Consults.AddNote(ctx, n)
	switch {
	case errors.Is(err, ErrCaseChanged):
		return st, nil
	case errors.Is(err, ErrNotFound):
		return ConsultState{CaseID: d.Case}, nil
	case err != nil:
		return st, fmt.Errorf("dialogs: consult: add note to case %d: %w", d.Case, err)
	}
	t.e.Log.Info("dialogs: consult: note", "patient", t.s.PatientID, "case", d.Case, "kind", n.Kind)
	return st, nil
}

// consult reads the conversation's case; a conversation without one (or
// a case gone) reads as not waiting.
func (cf *consultFlow) consult(ctx context.Context, t *turn, d triageData) (ConsultState, error) {
	if d.Case == 0 {
		return ConsultState{}, nil
	}
	st, err := t.e.Consults.Consult(ctx, t.s.PatientID, d.Case)
	if errors.Is(err, ErrNotFound) {
		return ConsultState{CaseID: d.Case}, nil
	}
	if err != nil {
		return st, fmt.Errorf("dialogs: consult: case %d: %w", d.Case, err)
	}
	return st, nil
}

// follow moves the conversation to where the case is when it moved on
// without the conversation hearing of it yet (the clinician's claim or
// closing raced the patient's input): it reports whether it moved.
func (cf *consultFlow) follow(ctx context.Context, t *turn, d *triageData, st ConsultState) (bool, error) {
	state := t.m.Current()
	switch {
	case st.Status == CaseClaimed && (state != trClaimed || st.Clinician.ID != clinicianOf(*d)):
		ref := doctorRef(st.Clinician)
		d.Doc = &ref
		if err := cf.tr.save(t, *d); err != nil {
			return false, err
		}
		return true, t.fire(ctx, evTrClaimed)
	case st.Status == CaseClosed && state != trClosed:
		d.Disp = st.Disposition
		if err := cf.tr.save(t, *d); err != nil {
			return false, err
		}
		return true, t.fire(ctx, evTrClosed)
	}
	return false, nil
}

// clinicianOf is the id of the clinician the conversation knows took the
// case, 0 if none.
func clinicianOf(d triageData) int64 {
	if d.Doc == nil {
		return 0
	}
	return d.Doc.ID
}

// leave takes the case out of the queue and goes to the menu; if a
// clinician took it meanwhile, the patient is told so instead.
func (cf *consultFlow) leave(ctx context.Context, t *turn, d triageData) error {
	st, err := t.e.Consults.LeaveQueue(ctx, t.s.PatientID, d.Case)
	switch {
	case errors.Is(err, ErrCaseChanged):
		if moved, err := cf.follow(ctx, t, &d, st); moved || err != nil {
			return err
		}
	case err != nil && !errors.Is(err, ErrNotFound):
		return fmt.Errorf("dialogs: consult: leave case %d: %w", d.Case, err)
	}
	t.e.Log.Info("dialogs: consult: left the queue", "patient", t.s.PatientID, "case", d.Case)
	t.say(t.text("consult_left", nil))
	return t.home(ctx)
}

// rate records the patient's rating and goes to the menu.
func (cf *consultFlow) rate(ctx context.Context, t *turn, d triageData, stars int) error {
	err := t.e.Consults.Rate(ctx, t.s.PatientID, d.Case, stars)
	if err != nil && !errors.Is(err, ErrCaseChanged) && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("dialogs: consult: rate case %d: %w", d.Case, err)
	}
	t.accepted = true
	t.e.Log.Info("dialogs: consult: rated", "patient", t.s.PatientID, "case", d.Case, "stars", stars, "kept", err == nil)
	t.say(t.text("consult_rate_thanks", nil))
	return t.home(ctx)
}

// noteAttachment keeps what the patient sent without words (a photo, a
// voice note, a file, their location) as a note on the case while it waits
// or is in consult, and thanks them; it reports whether it did. The Engine
// hands such input to ask (as "nothing to read"), so this is where the
// consult sees it.
func (cf *consultFlow) noteAttachment(t *turn, state string) bool {
	if t.kind != "text" || t.in.Data != "" {
		return false
	}
	kind := classify(t.in.Text, t.in.Location != nil)
	if kind != inputEmpty && kind != inputLocation {
		return false
	}
	if state != trQueued && state != trEmergency && state != trClaimed {
		return false
	}
	d := cf.tr.load(t)
	if d.Case == 0 {
		return false
	}
	n := PatientNote{Kind: NoteMedia, Location: t.in.Location}
	hint := "consult_media_added"
	if kind == inputLocation {
		n.Kind, hint = NoteLocation, "consult_location_added"
	}
	t.effect(func(ctx context.Context) error {
		// Written after the reply is decided: a case closed meanwhile
		// simply does not keep it.
		_, err := cf.note(ctx, t, d, n)
		return err
	})
	switch state {
	case trClaimed:
		cf.askClaimed(t, d, hint)
	case trEmergency:
		t.say(t.text(hint, nil), t.button("triagedialog_menu_button", "m"))
	default:
		cf.showQueued(t, d, false, hint)
	}
	return true
}
