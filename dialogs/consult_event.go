package dialogs

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// Kinds of ConsultEvent.
const (
	ConsultClaimed = "claimed" // a clinician took the case
	ConsultMessage = "message" // the clinician wrote to the patient
	ConsultClosed  = "closed"  // the clinician closed the case
	ConsultWait    = "wait"    // the estimated wait changed
)

// ConsultEvent is something that happened to a patient's case on the
// clinicians' side, for the patient's conversation to hear.
type ConsultEvent struct {
	// ID is unique for the event ("case:42:message:7"). An event handled
	// again right after itself gets the same replies and changes nothing;
	// handling it again later repeats what it says.
	ID           string
	Conversation ConversationKey
	CaseID       int64
	Kind         string // ConsultClaimed, …
	Urgency      string // the case's urgency
	// Clinician is who took the case (claimed, message, closed).
	Clinician Clinician
	// Link is the patient's join link for the video call (claimed); ""
	// sends none.
	Link string
	// Text is the clinician's words to the patient, verbatim (message).
	Text string
	// Disposition says how the case was closed, and FollowUp when the
	// closing booked one (closed).
	Disposition string
	FollowUp    *Appointment
	// Wait are the new figures of the estimated wait (wait).
	Wait WaitFigures
}

// HandleConsult applies ev to the patient's conversation, as an input
// would, and returns the replies to deliver through the patient's channel,
// in order. A claim, a message or a closing moves the conversation to the
// consult, whatever flow it was in (the clinician is waiting for the
// patient); a wait update speaks only to a conversation still waiting for
// that case, and otherwise returns no replies and changes nothing. The
// buttons of the replies carry the conversation's new step, as a turn's
// do.
//
// It runs beside the channel's handling of the patient's own inputs: a
// save that meets a newer session reloads it and applies ev again, once.
// Errors come from the stores; nothing is saved then and the caller may
// try again later. Safe for concurrent use; give one case's events in
// order.
func (e *Engine) HandleConsult(ctx context.Context, ev ConsultEvent) ([]Reply, error) {
	switch {
	case ev.ID == "" || ev.Conversation.Channel == "" || ev.Conversation.ID == "" || ev.CaseID <= 0:
		return nil, errors.New("dialogs: consult event without an id, a conversation or a case")
	case !slices.Contains([]string{ConsultClaimed, ConsultMessage, ConsultClosed, ConsultWait}, ev.Kind):
		return nil, fmt.Errorf("dialogs: consult event of unknown kind %q", ev.Kind)
	}
	cf, ok := e.flows[flowConsult].flow.(*consultFlow)
	if !ok {
		return nil, errors.New("dialogs: no consult flow")
	}
	replies, err := e.consultOnce(ctx, cf, ev)
	if errors.Is(err, ErrStaleSession) {
		e.Log.Debug("dialogs: stale session, retrying consult event", "case", ev.CaseID)
		replies, err = e.consultOnce(ctx, cf, ev)
	}
	return replies, err
}

func (e *Engine) consultOnce(ctx context.Context, cf *consultFlow, ev ConsultEvent) ([]Reply, error) {
	s, err := e.Sessions.Load(ctx, ev.Conversation)
	fresh := errors.Is(err, ErrNotFound)
	if err != nil && !fresh {
		return nil, fmt.Errorf("dialogs: load session: %w", err)
	}
	if fresh {
		s = Session{}
	}
	if ev.ID == s.LastInputID {
		return s.LastReplies, nil
	}
	s.Flow = savedFlow(s)
	in := Input{ID: ev.ID, Conversation: ev.Conversation, UserID: ev.Conversation.ID, At: e.Now()}
	t := &turn{e: e, in: in, s: &s, kind: "consult_" + ev.Kind}
	quiet, err := t.consultEvent(ctx, cf, fresh, ev)
	if err != nil || quiet {
		return nil, err
	}
	for _, apply := range t.effects {
		if err := apply(ctx); err != nil {
			return nil, err
		}
	}
	s.LastInputID, s.LastReplies = ev.ID, t.replies
	if _, err := e.Sessions.Save(ctx, ev.Conversation, s); err != nil {
		return nil, fmt.Errorf("dialogs: save session: %w", err)
	}
	e.Log.Debug("dialogs: consult event", "channel", ev.Conversation.Channel, "patient", s.PatientID,
		"case", ev.CaseID, "kind", ev.Kind, "state", s.State, "replies", len(t.replies))
	return t.replies, nil
}

// consultEvent moves the session for ev; quiet is true when there is
// nothing to say and nothing to save.
func (t *turn) consultEvent(ctx context.Context, cf *consultFlow, fresh bool, ev ConsultEvent) (quiet bool, err error) {
	s := t.s
	if fresh || s.PatientID == 0 {
		p, err := t.e.Patients.EnsurePatient(ctx, ev.Conversation, ev.Conversation.ID)
		if err != nil {
			return false, fmt.Errorf("dialogs: ensure patient: %w", err)
		}
		s.PatientID = p.ID
		if fresh {
			s.Lang = locales.Lang(p.Lang)
			s.Consented = !p.ConsentAt.IsZero()
			s.Step = t.e.seedStep()
			s.Flow, s.State = homeFlow, stStart
		}
	}
	before, step := s.Flow+"/"+s.State, s.Step

	// The conversation is in its case when it is in the consult, or still
	// in the triage that opened the case; the consult takes it over then.
	inCase := false
	if p, ok := t.e.flows[s.Flow]; ok && (s.Flow == flowConsult || s.Flow == flowTriage) && p.has(s.State) {
		t.f, t.m = p, p.machine(t, s.State)
		inCase = cf.tr.load(t).Case == ev.CaseID
	}
	if ev.Kind == ConsultWait && (!inCase || s.State != trQueued) {
		return true, nil // the patient moved on: no update
	}
	switch {
	case !inCase:
		t.switchFlow(flowConsult)
		d := triageData{Case: ev.CaseID, Queued: true, Urgency: ev.Urgency, Answers: map[string]string{}}
		if err := cf.tr.save(t, d); err != nil {
			return false, err
		}
	case s.Flow == flowTriage:
		p := t.e.flows[flowConsult]
		t.f, t.m = p, p.machine(t, p.initial())
	}
	if err := cf.consultEvent(ctx, t, ev); err != nil {
		return false, err
	}

	s.Flow, s.State = t.f.name(), t.m.Current()
	if t.accepted || s.Flow+"/"+s.State != before {
		s.Step = step + 1
	}
	s.LastData = ""
	t.inReaderDigits()
	return false, t.stamp()
}

// consultEvent says ev in the consult, moving to the state it leads to.
func (cf *consultFlow) consultEvent(ctx context.Context, t *turn, ev ConsultEvent) error {
	d := cf.tr.load(t)
	if ev.Clinician.ID != 0 && ev.Kind != ConsultWait {
		ref := doctorRef(ev.Clinician)
		d.Doc = &ref
	}
	switch ev.Kind {
	case ConsultWait:
		hint := "consult_wait_update"
		if d.Wait != nil && d.Wait.Online <= 0 && ev.Wait.Online > 0 {
			hint = "consult_doctor_online" // after "no doctor is online"
		}
		d.Pos, d.Wait = ev.Wait.Position, &ev.Wait
		cf.tr.noDoctor(ctx, t, &d)
		if err := cf.tr.save(t, d); err != nil {
			return err
		}
		cf.showQueued(t, d, false, hint)
		return nil
	case ConsultClaimed:
		d.Link = ev.Link
		if err := cf.tr.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evTrClaimed)
	case ConsultMessage:
		if err := cf.tr.save(t, d); err != nil {
			return err
		}
		if t.m.Current() != trClaimed {
			t.m.SetState(trClaimed)
		}
		t.say(t.text("consult_from_doctor", map[string]any{"Doctor": cf.doctor(t, d), "Text": ev.Text}),
			cf.joinRows(t, d)...)
		return nil
	default: // ConsultClosed
		d.Disp, d.Link, d.FollowAt = ev.Disposition, "", 0
		if ev.FollowUp != nil {
			d.FollowAt = ev.FollowUp.Start.Unix()
		}
		if err := cf.tr.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evTrClosed)
	}
}

// followUp is the start of the follow-up the closing booked, zero if none.
func (d triageData) followUp() time.Time {
	if d.FollowAt == 0 {
		return time.Time{}
	}
	return time.Unix(d.FollowAt, 0).UTC()
}
