package dialogs

import (
	"context"
	"errors"
)

// againRef is the clinician (and specialty) a returning patient last
// booked with, as the session keeps it for the menu.
type againRef struct {
	Doc  nameRef `json:"dr"`
	Spec nameRef `json:"sp"`
}

// recall reads the clinician of the patient's latest booking into the
// session, so the menu can offer "book again with" them. A failure only
// loses that button, so it is logged, not returned.
func (t *turn) recall(ctx context.Context) {
	if t.s.PatientID == 0 {
		return
	}
	c, s, err := t.e.Booking.Appointments.LastClinician(ctx, t.s.PatientID)
	switch {
	case err == nil:
		t.s.Again = &againRef{Doc: doctorRef(c), Spec: specRef(s)}
	case errors.Is(err, ErrNotFound):
		t.s.Again = nil
	default:
		t.e.Log.Warn("dialogs: last clinician unreadable; no book-again button", "patient", t.s.PatientID, "err", err)
	}
}

// againButton is the menu's "book again with Dr X" row, or nil.
func (t *turn) againButton() [][]Button {
	if t.s.Again == nil {
		return nil
	}
	label := t.text("menu_again", map[string]any{"Doctor": t.s.Again.Doc.name(t.lang())})
	return [][]Button{{{Label: label, Data: t.f.code() + ":" + menuAgain}}}
}

// renderSafety asks the one safety question a returning patient answers
// before booking: the red flags in plain words, yes or no.
func (bk *booking) renderSafety(t *turn, w words, d bookingData, hint string, _ bool) {
	text := w.text("booking_safety_ask", map[string]any{"Doctor": d.Doc.name(w.lang)})
	t.say(t.withHint(hint, text),
		bk.btn(w.text("booking_safety_no", nil), "safe:no"),
		bk.btn(w.text("booking_safety_yes", nil), "safe:yes"))
}

// pressSafety: "none of these" goes on to the clinician's days; any of
// them is an emergency: the advice and the call button come first, then
// the patient can tell a doctor about it.
func (bk *booking) pressSafety(ctx context.Context, t *turn, d bookingData, action string) error {
	switch action {
	case "safe:no":
		return bk.toDays(ctx, t, d)
	case "safe:yes":
		t.e.Log.Info("dialogs: red flag at the book-again safety question", "patient", t.s.PatientID)
		t.say(t.text("dialogs_emergency", nil), []Button{{
			Label: t.text("triagedialog_call_button", nil), URL: telURL(t.e.EmergencyNumber),
		}})
		if _, ok := t.e.flows[flowTriage]; ok {
			return t.enter(ctx, flowTriage, "m:doctor")
		}
		return t.home(ctx)
	}
	return errUnknownAction
}
