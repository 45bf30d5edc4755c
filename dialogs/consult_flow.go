package dialogs

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/triage"
)

// The consult's steps of the triage flow: leaving the queue, in consult
// with a clinician, closed and to be rated.

func (tf *triageFlow) leavingStep() step {
	return step{state: trLeaving, moves: []move{trToEmergency, {evTrStay, trQueued}, trToClaimed, trToClosed},
		show: tf.shows(func(t *turn, d triageData) { tf.askLeaving(t, d, "") }),
		ask:  tf.asks(tf.askLeaving),
		press: tf.pressing(func(ctx context.Context, t *turn, d triageData, kind, arg string) error {
			if tf.c == nil || kind != "lv" && kind != "st" {
				return errUnknownAction
			}
			return tf.pressConsult(ctx, t, d, kind, arg)
		}),
		text: tf.texting(tf.textWaiting)}
}

func (tf *triageFlow) claimedStep() step {
	return step{state: trClaimed, moves: []move{trToEmergency, trToClaimed, trToClosed},
		show:  tf.shows(tf.showClaimed),
		ask:   tf.asksNoting(trClaimed, tf.askClaimed),
		press: tf.pressing(nil),
		text:  tf.texting(tf.textWaiting)}
}

func (tf *triageFlow) closedStep() step {
	return step{state: trClosed, moves: []move{trToEmergency, trToClaimed, trToClosed},
		show: tf.shows(tf.showClosed),
		ask: tf.asks(func(t *turn, _ triageData, hint string) {
			t.say(t.withHint(hint, t.text("consult_rate_again", nil)), tf.rateRows(t)...)
		}),
		press: tf.pressing(func(ctx context.Context, t *turn, d triageData, kind, arg string) error {
			if tf.c == nil || kind != "rt" {
				return errUnknownAction
			}
			return tf.pressConsult(ctx, t, d, kind, arg)
		}),
		text: tf.texting(tf.textWaiting)}
}

// pressQueued: my place ("pos") and, with the consult, leaving ("lv").
func (tf *triageFlow) pressQueued(ctx context.Context, t *turn, d triageData, kind, arg string) error {
	switch {
	case tf.c != nil && (kind == "pos" || kind == "lv"):
		return tf.pressConsult(ctx, t, d, kind, arg)
	case kind == "pos":
		tf.position(ctx, t, &d)
		if err := tf.save(t, d); err != nil {
			return err
		}
		t.ask(trQueued, "")
		return nil
	}
	return errUnknownAction
}

// textEmergency: with the consult, words added to the emergency's case;
// else the step again.
func (tf *triageFlow) textEmergency(ctx context.Context, t *turn, d triageData, text string) error {
	if tf.c != nil {
		return tf.textConsult(ctx, t, d, text)
	}
	t.ask(trEmergency, "")
	return nil
}

// textWaiting: with the consult, words for the case (see textConsult);
// else read as after the decision.
func (tf *triageFlow) textWaiting(ctx context.Context, t *turn, d triageData, text string) error {
	if tf.c != nil {
		return tf.textConsult(ctx, t, d, text)
	}
	return tf.later(ctx, t, d, text)
}

// pressConsult handles the consult's buttons: "pos" (my place), "lv"
// (leave the queue), then "lv" again or "st" (stay), and "rt:<1-5>" (the
// rating). A press while the store says the case moved on (a clinician took
// it a moment ago) shows where it is instead.
func (tf *triageFlow) pressConsult(ctx context.Context, t *turn, d triageData, kind, arg string) error {
	state := t.m.Current()
	if state != trClosed {
		st, err := tf.consult(ctx, t, d)
		if err != nil {
			return err
		}
		if moved, err := tf.follow(ctx, t, &d, st); moved || err != nil {
			return err
		}
	}
	switch {
	case kind == "pos":
		tf.position(ctx, t, &d)
		if err := tf.save(t, d); err != nil {
			return err
		}
		t.ask(trQueued, "")
		return nil
	case state == trQueued && kind == "lv":
		return t.fire(ctx, evTrLeaveAsk)
	case kind == "st":
		tf.position(ctx, t, &d)
		if err := tf.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evTrStay)
	case kind == "lv":
		return tf.leave(ctx, t, d)
	case kind == "rt":
		stars, err := strconv.Atoi(arg)
		if err != nil || stars < 1 || stars > 5 {
			return errUnknownAction
		}
		return tf.rate(ctx, t, d, stars)
	}
	return errUnknownAction
}

// textConsult reads typed words while the case waits (a note for the
// clinician, which may also make the case more urgent), in consult (a
// message to the clinician) or once closed (a rating typed as a number).
func (tf *triageFlow) textConsult(ctx context.Context, t *turn, d triageData, text string) error {
	state := t.m.Current()
	if state == trClosed {
		if stars, err := numerals.Atoi(cleanTyped(text)); err == nil && stars >= 1 && stars <= 5 {
			return tf.rate(ctx, t, d, stars)
		}
		t.ask(trClosed, "")
		return nil
	}
	if d.Case == 0 {
		return tf.later(ctx, t, d, text)
	}
	st, err := tf.note(ctx, t, d, PatientNote{Kind: NoteText, Text: text})
	if err != nil {
		return err
	}
	if st.Status == CaseClaimed && state == trClaimed && st.Clinician.ID == clinicianOf(d) {
		tf.acknowledge(t)
		return nil
	}
	if moved, err := tf.follow(ctx, t, &d, st); moved || err != nil {
		if err == nil && st.Status == CaseClaimed {
			t.ask(trClaimed, "consult_sent")
		}
		return err
	}
	if st.Status != CaseWaiting {
		return tf.later(ctx, t, d, text)
	}
	if state == trLeaving {
		// Words instead of an answer: the patient is still here.
		if err := tf.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evTrStay)
	}
	return tf.addWhileWaiting(ctx, t, d, text)
}

// ackQuiet is how long after an acknowledgement the patient's next lines
// to the clinician are kept without one: a patient who types five short
// lines hears "✓ Sent" once, not five times (each a message Telegram
// counts against the chat, each delaying the next line). Every line is in
// the thread before anything is said.
const ackQuiet = 10 * time.Second

// ackKey keeps, in the session's values, when the last line was
// acknowledged (Unix ms).
const ackKey = "ack"

// acknowledge tells the patient their line reached the clinician, unless
// a line of the same burst was acknowledged less than ackQuiet ago.
func (tf *triageFlow) acknowledge(t *turn) {
	now := t.e.Now()
	if last, err := strconv.ParseInt(t.s.Values[ackKey], 10, 64); err == nil {
		if since := now.Sub(time.UnixMilli(last)); since >= 0 && since < ackQuiet {
			return
		}
	}
	if t.s.Values == nil {
		t.s.Values = map[string]string{}
	}
	t.s.Values[ackKey] = strconv.FormatInt(now.UnixMilli(), 10)
	t.ask(trClaimed, "consult_sent")
}

// addWhileWaiting thanks the patient for words added to their waiting
// case; should the words make it more urgent, the new decision opens a
// new case (with every word so far), which takes the old one's place.
func (tf *triageFlow) addWhileWaiting(ctx context.Context, t *turn, d triageData, text string) error {
	state := t.m.Current()
	if tf.addsSymptoms(t, text) {
		d.Words = addWords(d.Words, text)
		dec := tf.rules(t).Assess(tf.input(d), tf.facts(t), d.Answers)
		if dec.Urgency.Rank() > triage.Urgency(d.Urgency).Rank() {
			old := d.Case
			d.Q = ""
			if err := tf.decide(ctx, t, d, dec); err != nil {
				return err
			}
			if _, err := t.e.consults().LeaveQueue(ctx, t.s.PatientID, old); err != nil && !errors.Is(err, ErrCaseChanged) {
				return fmt.Errorf("dialogs: consult: replace case %d: %w", old, err)
			}
			t.e.Log.Info("dialogs: consult: case replaced by a more urgent one", "patient", t.s.PatientID, "case", old)
			return nil
		}
	}
	tf.position(ctx, t, &d)
	if err := tf.save(t, d); err != nil {
		return err
	}
	t.ask(state, "consult_note_added")
	return nil
}

// note adds n to the conversation's case and returns the case as it
// stands; a case closed or left is no error (the caller follows it).
func (tf *triageFlow) note(ctx context.Context, t *turn, d triageData, n PatientNote) (ConsultState, error) {
	n.CaseID, n.PatientID, n.Source = d.Case, t.s.PatientID, tf.source(t)
	st, err := t.e.consults().AddNote(ctx, n)
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
func (tf *triageFlow) consult(ctx context.Context, t *turn, d triageData) (ConsultState, error) {
	if d.Case == 0 {
		return ConsultState{}, nil
	}
	st, err := t.e.consults().Consult(ctx, t.s.PatientID, d.Case)
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
func (tf *triageFlow) follow(ctx context.Context, t *turn, d *triageData, st ConsultState) (bool, error) {
	state := t.m.Current()
	switch {
	case st.Status == CaseClaimed && (state != trClaimed || st.Clinician.ID != clinicianOf(*d)):
		ref := doctorRef(st.Clinician)
		d.Doc = &ref
		if err := tf.save(t, *d); err != nil {
			return false, err
		}
		return true, t.fire(ctx, evTrClaimed)
	case st.Status == CaseClosed && state != trClosed:
		d.Disp = st.Disposition
		if err := tf.save(t, *d); err != nil {
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
func (tf *triageFlow) leave(ctx context.Context, t *turn, d triageData) error {
	st, err := t.e.consults().LeaveQueue(ctx, t.s.PatientID, d.Case)
	switch {
	case errors.Is(err, ErrCaseChanged):
		if moved, err := tf.follow(ctx, t, &d, st); moved || err != nil {
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
func (tf *triageFlow) rate(ctx context.Context, t *turn, d triageData, stars int) error {
	err := t.e.consults().Rate(ctx, t.s.PatientID, d.Case, stars)
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
func (tf *triageFlow) noteAttachment(t *turn, state string) bool {
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
	d := tf.load(t)
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
		_, err := tf.note(ctx, t, d, n)
		return err
	})
	switch state {
	case trClaimed:
		tf.askClaimed(t, d, hint)
	case trEmergency:
		t.say(t.text(hint, nil), t.button("triagedialog_menu_button", "m"))
	default:
		tf.showQueued(t, d, false, hint)
	}
	return true
}

func (tf *triageFlow) showClaimed(t *turn, d triageData) {
	id := "consult_claimed"
	if d.Link == "" {
		id = "consult_claimed_no_link"
	}
	t.say(t.text(id, map[string]any{"Doctor": tf.doctor(t, d)}), tf.joinRows(t, d)...)
}

func (tf *triageFlow) showClosed(t *turn, d triageData) {
	parts := []string{t.text("consult_closed", map[string]any{"Doctor": tf.doctor(t, d)})}
	switch at := d.followUp(); {
	case d.Disp == DispositionFollowUp && !at.IsZero():
		w := t.words()
		parts = append(parts, t.text("consult_disposition_follow_up_at",
			map[string]any{"When": w.when(at), "Zone": w.zoneName()}))
	case d.Disp != "" && t.e.Text.Has(t.lang(), "consult_disposition_"+d.Disp):
		parts = append(parts, t.text("consult_disposition_"+d.Disp, nil))
	}
	t.say(strings.Join(parts, "\n\n"))
	t.say(t.text("consult_rate_ask", nil), tf.rateRows(t)...)
}

func (tf *triageFlow) askLeaving(t *turn, _ triageData, hint string) {
	t.say(t.withHint(hint, t.text("consult_leave_ask", nil)),
		t.button("consult_leave_yes", "lv"), t.button("consult_leave_no", "st"))
}

func (tf *triageFlow) askClaimed(t *turn, d triageData, hint string) {
	doctor := map[string]any{"Doctor": tf.doctor(t, d)}
	if strings.HasPrefix(hint, "consult_") {
		// The consult's own acknowledgements say it all, briefly, and
		// without the video button: it is on the claim's message and on
		// the full question, not repeated under every line.
		t.say(t.text(hint, doctor))
		return
	}
	t.say(t.withHint(hint, t.text("consult_live", doctor)), tf.joinRows(t, d)...)
}

// doctor is the clinician's name in the patient's language.
func (tf *triageFlow) doctor(t *turn, d triageData) string {
	if d.Doc == nil {
		return t.text("consult_the_doctor", nil)
	}
	return d.Doc.name(t.lang())
}

// joinRows is the video call's link, when there is one.
func (tf *triageFlow) joinRows(t *turn, d triageData) [][]Button {
	if d.Link == "" {
		return nil
	}
	return [][]Button{{{Label: t.text("consult_join_button", nil), URL: d.Link}}}
}

// rateRows are the five rating buttons in one row, then the menu.
func (tf *triageFlow) rateRows(t *turn) [][]Button {
	row := make([]Button, 0, 5)
	for n := 1; n <= 5; n++ {
		row = append(row, Button{
			Label: t.text("consult_rate_button", map[string]any{"Stars": numerals.Format(t.lang(), n)}),
			Data:  tf.code() + ":rt:" + strconv.Itoa(n),
		})
	}
	return [][]Button{row, t.button("triagedialog_menu_button", "m")}
}
