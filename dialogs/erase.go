package dialogs

import (
	"context"
	"fmt"

	"github.com/looplab/fsm"
)

// Eraser deletes everything Frontdoor keeps about a patient: the right to
// erasure (Saudi PDPL art. 18, GDPR art. 17); part of every PatientStore.
type Eraser interface {
	// ErasePatient deletes the patient's record and everything that hangs
	// from it (cases and their messages, appointments and their
	// reminders) in one transaction, and appends an audit row that names
	// the patient's id and counts, nothing personal. Erasing a patient who
	// is already gone is no error, so a redelivered request succeeds.
	ErasePatient(ctx context.Context, patientID int64) error
}

// ConversationEraser forgets what a store keeps for one conversation
// besides its session: the web chat's pushed messages, which may hold a
// clinician's words to the patient. Part of every SessionStore; the
// erasure calls it after Eraser. Forgetting nothing is no error.
type ConversationEraser interface {
	EraseConversation(ctx context.Context, key ConversationKey) error
}

// EraseFlow is the erase flow's name; the /deletemydata command enters it.
const EraseFlow = "erase"

// Erase flow states and events.
const (
	stEraseConfirm = "eraseConfirm"
	stErased       = "erased"
	evEraseYes     = "erase_yes"
)

// erasure is /deletemydata: one question, "delete all your data?", with
// two big buttons. Yes erases through the Eraser, says so, and leaves the
// conversation blank (no patient, no language, no consent): the next
// message starts afresh. No, or anything else, changes nothing.
type erasure struct{}

func (*erasure) name() string    { return EraseFlow }
func (*erasure) code() string    { return "x" }
func (*erasure) initial() string { return stEraseConfirm }

func (f *erasure) steps() []step {
	return []step{
		{state: stEraseConfirm, moves: []move{{evEraseYes, stErased}},
			ask: f.ask, press: f.press, text: f.text},
		{state: stErased, ask: f.ask, text: f.text},
	}
}

func (*erasure) callbacks(t *turn) fsm.Callbacks {
	return fsm.Callbacks{
		"before_" + evEraseYes: func(_ context.Context, e *fsm.Event) {
			id, key := t.s.PatientID, t.in.Conversation
			t.effect(func(ctx context.Context) error {
				if err := t.e.Patients.ErasePatient(ctx, id); err != nil {
					return fmt.Errorf("dialogs: erase patient %d: %w", id, err)
				}
				if err := t.e.Sessions.EraseConversation(ctx, key); err != nil {
					return fmt.Errorf("dialogs: erase patient %d: %w", id, err)
				}
				return nil
			})
		},
	}
}

func (f *erasure) begin(ctx context.Context, t *turn, _ string) error {
	if t.s.PatientID == 0 {
		t.say(t.text("erase_unavailable", nil))
		return t.home(ctx)
	}
	t.show(stEraseConfirm)
	return nil
}

func (f *erasure) press(ctx context.Context, t *turn, action string) error {
	switch {
	case action == "no":
		t.say(t.text("erase_kept", nil))
		return t.home(ctx)
	case action != "yes":
		return errUnknownAction
	}
	if err := t.fire(ctx, evEraseYes); err != nil {
		return err
	}
	t.say(t.text("erase_done", nil))
	// Nothing of the patient stays in the session either: the next input
	// finds no patient and starts afresh.
	s := t.s
	s.PatientID, s.Lang, s.Consented, s.Values = 0, "", false, nil
	return t.homeEvent(ctx, evAskLang)
}

// text: typed words answer no question here; ask again (after the
// emergency advice too).
func (f *erasure) text(_ context.Context, t *turn, _ string) error {
	f.ask(t, "dialogs_reprompt")
	return nil
}

func (f *erasure) ask(t *turn, hint string) {
	t.say(t.withHint(hint, t.text("erase_confirm", nil)),
		t.button("erase_yes_button", "yes"),
		t.button("erase_no_button", "no"))
}
