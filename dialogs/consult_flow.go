package dialogs

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/looplab/fsm"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/triage"
)

// flowConsult is the quick consult (see consult.go): it takes over from
// triage when a case joins the queue, with everything triage learned in
// Session.Values, and runs until the patient leaves the queue or rates the
// closed consult.
const flowConsult = "consult"

// Consult states. Their names are those of the triage states they were
// before the consult became a flow of its own, so sessions saved then
// still read.
const (
	trEmergency = "trEmergency" // the emergency advice was given; the case is queued
	trQueued    = "trQueued"    // waiting for a clinician (urgent, or the patient asked)
	trLeaving   = "trLeaving"   // "leave the queue?" asked
	trClaimed   = "trClaimed"   // a clinician took the case: the relay is open
	trClosed    = "trClosed"    // the clinician closed the case: rate it
)

// savedFlow is the flow a saved session is in. Sessions saved while the
// consult was part of the triage flow name triage for the consult's
// states; they are read as the consult's. (Remove once no session can
// be older than this release: a SessionTTL after it is deployed.)
func savedFlow(s Session) string {
	if s.Flow == flowTriage && slices.Contains([]string{trEmergency, trQueued, trLeaving, trClaimed, trClosed}, s.State) {
		return flowConsult
	}
	return s.Flow
}

// Consult events (named apart from the states).
const (
	evTrEmergency = "tr_emergency"
	evTrQueue     = "tr_queue"
	evTrLeaveAsk  = "tr_leave_ask"
	evTrStay      = "tr_stay"
	evTrClaimed   = "tr_claimed"
	evTrClosed    = "tr_closed"
)

// Moves of the consult: a more urgent reading, a clinician's claim or
// closing can come at any step.
var (
	trToEmergency = move{evTrEmergency, trEmergency}
	trToQueued    = move{evTrQueue, trQueued}
	trToClaimed   = move{evTrClaimed, trClaimed}
	trToClosed    = move{evTrClosed, trClosed}
)

// consultFlow is the consult's flow. tr is the triage it takes over from:
// words added while waiting are read by the same rules, and a more urgent
// reading opens a new case as triage does.
type consultFlow struct {
	tr *triageFlow
}

func (*consultFlow) name() string { return flowConsult }

// code is the triage's: the buttons under a case read the same whichever
// flow drew them.
func (*consultFlow) code() string    { return "t" }
func (*consultFlow) initial() string { return trQueued }

func (cf *consultFlow) callbacks(t *turn) fsm.Callbacks {
	return fsm.Callbacks{
		"enter_state": func(_ context.Context, e *fsm.Event) {
			if e.Event == evTrStay {
				t.ask(e.Dst, "consult_stay")
				return
			}
			t.show(e.Dst)
		},
	}
}

// begin: nothing leads here but triage, which hands over with handOver.
func (cf *consultFlow) begin(ctx context.Context, t *turn, _ string) error { return t.home(ctx) }

// handOver moves the conversation, with its data, from triage to the
// consult at the queue, and fires ev there (evTrQueue or evTrEmergency).
func (t *turn) handOver(ctx context.Context, ev string) error {
	p := t.e.flows[flowConsult]
	t.f, t.m = p, p.machine(t, p.initial())
	return t.fire(ctx, ev)
}

// steps: waiting in the queue (after the emergency advice, or as urgent or
// at the patient's request), leaving it, in consult with a clinician,
// closed and to be rated.
func (cf *consultFlow) steps() []step {
	tr := cf.tr
	return []step{
		{state: trEmergency, moves: []move{trToEmergency, trToClaimed, trToClosed},
			show:  tr.shows(func(t *turn, d triageData) { cf.showEmergency(t, d); cf.offerPhone(t, d) }),
			ask:   cf.asksNoting(trEmergency, cf.askEmergency),
			press: tr.pressing(nil),
			text:  tr.texting(cf.textConsult)},
		{state: trQueued, moves: []move{trToEmergency, trToQueued, {evTrLeaveAsk, trLeaving}, trToClaimed, trToClosed},
			show:  tr.shows(func(t *turn, d triageData) { cf.showQueued(t, d, true, ""); cf.offerPhone(t, d) }),
			ask:   cf.asksNoting(trQueued, func(t *turn, d triageData, hint string) { cf.showQueued(t, d, false, hint) }),
			press: tr.pressing(cf.pressQueued),
			text:  tr.texting(cf.textConsult)},
		{state: trLeaving, moves: []move{trToEmergency, {evTrStay, trQueued}, trToClaimed, trToClosed},
			show: tr.shows(func(t *turn, d triageData) { cf.askLeaving(t, d, "") }),
			ask:  tr.asks(cf.askLeaving),
			press: tr.pressing(func(ctx context.Context, t *turn, d triageData, kind, arg string) error {
				if kind != "lv" && kind != "st" {
					return errUnknownAction
				}
				return cf.pressConsult(ctx, t, d, kind, arg)
			}),
			text: tr.texting(cf.textConsult)},
		{state: trClaimed, moves: []move{trToEmergency, trToClaimed, trToClosed},
			show:  tr.shows(cf.showClaimed),
			ask:   cf.asksNoting(trClaimed, cf.askClaimed),
			press: tr.pressing(nil),
			text:  tr.texting(cf.textConsult)},
		{state: trClosed, moves: []move{trToEmergency, trToClaimed, trToClosed},
			show: tr.shows(cf.showClosed),
			ask: tr.asks(func(t *turn, _ triageData, hint string) {
				t.say(t.withHint(hint, t.text("consult_rate_again", nil)), cf.rateRows(t)...)
			}),
			press: tr.pressing(func(ctx context.Context, t *turn, d triageData, kind, arg string) error {
				if kind != "rt" {
					return errUnknownAction
				}
				return cf.pressConsult(ctx, t, d, kind, arg)
			}),
			text: tr.texting(cf.textConsult)},
	}
}

// asksNoting is asks for the steps at which a case is open: what the
// patient sent without words (a photo, their location) is kept as a note
// on the case, and thanked for, in place of the question.
func (cf *consultFlow) asksNoting(state string, ask func(t *turn, d triageData, hint string)) func(*turn, string) {
	return func(t *turn, hint string) {
		if cf.noteAttachment(t, state) {
			return
		}
		ask(t, cf.tr.load(t), hint)
	}
}

// pressQueued: my place ("pos") and leaving ("lv").
func (cf *consultFlow) pressQueued(ctx context.Context, t *turn, d triageData, kind, arg string) error {
	if kind == "pos" || kind == "lv" {
		return cf.pressConsult(ctx, t, d, kind, arg)
	}
	return errUnknownAction
}

// pressConsult handles the consult's buttons: "pos" (my place), "lv"
// (leave the queue), then "lv" again or "st" (stay), and "rt:<1-5>" (the
// rating). A press while the store says the case moved on (a clinician took
// it a moment ago) shows where it is instead.
func (cf *consultFlow) pressConsult(ctx context.Context, t *turn, d triageData, kind, arg string) error {
	state := t.m.Current()
	if state != trClosed {
		st, err := cf.consult(ctx, t, d)
		if err != nil {
			return err
		}
		if moved, err := cf.follow(ctx, t, &d, st); moved || err != nil {
			return err
		}
	}
	switch {
	case kind == "pos":
		cf.tr.position(ctx, t, &d)
		if err := cf.tr.save(t, d); err != nil {
			return err
		}
		t.ask(trQueued, "")
		return nil
	case state == trQueued && kind == "lv":
		return t.fire(ctx, evTrLeaveAsk)
	case kind == "st":
		cf.tr.position(ctx, t, &d)
		if err := cf.tr.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evTrStay)
	case kind == "lv":
		return cf.leave(ctx, t, d)
	case kind == "rt":
		stars, err := strconv.Atoi(arg)
		if err != nil || stars < 1 || stars > 5 {
			return errUnknownAction
		}
		return cf.rate(ctx, t, d, stars)
	}
	return errUnknownAction
}

// textConsult reads typed words while the case waits (a note for the
// clinician, which may also make the case more urgent), in consult (a
// message to the clinician) or once closed (a rating typed as a number).
func (cf *consultFlow) textConsult(ctx context.Context, t *turn, d triageData, text string) error {
	state := t.m.Current()
	if state == trClosed {
		if stars, err := numerals.Atoi(cleanTyped(text)); err == nil && stars >= 1 && stars <= 5 {
			return cf.rate(ctx, t, d, stars)
		}
		t.ask(trClosed, "")
		return nil
	}
	if d.Case == 0 {
		return cf.tr.later(ctx, t, d, text)
	}
	st, err := cf.note(ctx, t, d, PatientNote{Kind: NoteText, Text: text})
	if err != nil {
		return err
	}
	if st.Status == CaseClaimed && state == trClaimed && st.Clinician.ID == clinicianOf(d) {
		cf.acknowledge(t)
		return nil
	}
	if moved, err := cf.follow(ctx, t, &d, st); moved || err != nil {
		if err == nil && st.Status == CaseClaimed {
			t.ask(trClaimed, "consult_sent")
		}
		return err
	}
	if st.Status != CaseWaiting {
		return cf.tr.later(ctx, t, d, text)
	}
	if state == trLeaving {
		// Words instead of an answer: the patient is still here.
		if err := cf.tr.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evTrStay)
	}
	return cf.addWhileWaiting(ctx, t, d, text)
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
func (cf *consultFlow) acknowledge(t *turn) {
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
func (cf *consultFlow) addWhileWaiting(ctx context.Context, t *turn, d triageData, text string) error {
	state := t.m.Current()
	if cf.tr.addsSymptoms(t, text) {
		d.Words = addWords(d.Words, text)
		dec := cf.tr.rules(t).Assess(cf.tr.input(d), cf.tr.facts(t), d.Answers)
		if dec.Urgency.Rank() > triage.Urgency(d.Urgency).Rank() {
			old := d.Case
			d.Q = ""
			if err := cf.tr.decide(ctx, t, d, dec); err != nil {
				return err
			}
			if _, err := t.e.Consults.LeaveQueue(ctx, t.s.PatientID, old); err != nil && !errors.Is(err, ErrCaseChanged) {
				return fmt.Errorf("dialogs: consult: replace case %d: %w", old, err)
			}
			t.e.Log.Info("dialogs: consult: case replaced by a more urgent one", "patient", t.s.PatientID, "case", old)
			return nil
		}
	}
	cf.tr.position(ctx, t, &d)
	if err := cf.tr.save(t, d); err != nil {
		return err
	}
	t.ask(state, "consult_note_added")
	return nil
}
