package dialogs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// DefaultEmergencyNumber is the number Frontdoor tells patients to call when
// none is configured (Saudi Arabia's ambulance).
const DefaultEmergencyNumber = "997"

// Engine is the channel-neutral conversation engine; it implements Handler.
//
// For each input it loads the conversation's Session (a missing one starts a
// new conversation), restores the flow's state machine from Session.State,
// applies the input, writes what must outlive the session through Patients,
// saves the session with optimistic concurrency (on ErrStaleSession it
// reloads and retries once) and returns the replies. An input whose ID equals
// the session's LastInputID gets the replies it got the first time and
// changes nothing.
//
// Build it with New. An Engine is safe for concurrent use by many
// conversations; one conversation's inputs must arrive one at a time, in
// order (see Handler).
//
// # Callback data
//
// Every button the Engine sends carries data of the form
//
//	<step>:<flow>:<action>
//
// where <step> is Session.Step in base 36 when the button was sent, <flow> is
// the flow's short code ("o" for onboarding and the menu) and <action> is the
// flow's id for the choice, e.g. "k3f9:o:lang:ar". It never holds a label and
// stays within Telegram's 64 bytes. A press whose <step> is not the
// session's current step is stale: the same data pressed twice in a row (a
// double tap) gets no reply at all; any other stale, forged or unknown data
// never acts and gets the current step asked again.
type Engine struct {
	// Deps are read, never changed, once New has checked them and filled
	// in their defaults.
	Deps
	flows map[string]*plan
}

// Deps are what an Engine is made of, given once to New. Every flow is
// always on: a deployment without triage, booking or the consult is not
// one Frontdoor runs, so each is required rather than a "coming soon"
// path in the flows.
type Deps struct {
	Sessions SessionStore
	Patients PatientStore
	Text     *locales.Catalog
	// Cases records every triaged case and keeps the clinicians' queue.
	Cases CaseStore
	// Phones keeps the numbers patients share for their cases (production
	// gives its Cases). NoPhones says outright that none are kept: nobody
	// is asked for a number, as in the dialogs' own transcripts, which test
	// the conversation without the offer.
	Phones CasePhones
	// Triage configures "Talk to a doctor now"; Triage.Rules is required.
	Triage Triage
	// Booking configures booking, my appointments and the buttons of
	// reminders; Booking.Appointments is required.
	Booking Booking
	// Consults is the quick consult seen from the patient's side: leaving
	// the queue, adding to a case, the closing and the rating, waiting-time
	// estimates.
	Consults Consults
	// Places routes the cases of patients who came through no facility's
	// link, and keeps whether a patient is a pilgrim: triage asks both
	// once (place.go). nil: never asked, and such cases go to the network
	// pool.
	Places Places
	// EmergencyNumber is the number patients are told to call; default
	// DefaultEmergencyNumber. It is shown as configured (ASCII digits) so
	// that phones can dial it.
	EmergencyNumber string
	// RedFlags sees every typed message before anything else; an
	// emergency is answered first with the emergency advice. Default:
	// RedFlagsFrom(Triage.Rules), the check production uses; a test may
	// give a simpler one.
	RedFlags RedFlagChecker
	// Log receives ids, kinds and counts, never message text. Default: discard.
	Log *slog.Logger
	// Now is the clock; default time.Now.
	Now func() time.Time
}

// New checks d, fills in its defaults and returns the Engine.
func New(d Deps) (*Engine, error) {
	switch {
	case d.Sessions == nil:
		return nil, errors.New("dialogs: engine needs a SessionStore")
	case d.Patients == nil:
		return nil, errors.New("dialogs: engine needs a PatientStore")
	case d.Text == nil:
		return nil, errors.New("dialogs: engine needs a locales.Catalog")
	case d.Cases == nil:
		return nil, errors.New("dialogs: engine needs a CaseStore")
	case d.Phones == nil:
		return nil, errors.New("dialogs: engine needs CasePhones (NoPhones to ask for no number)")
	case d.Triage.Rules == nil:
		return nil, errors.New("dialogs: engine needs the triage rules")
	case d.Booking.Appointments == nil:
		return nil, errors.New("dialogs: engine needs Appointments")
	case d.Consults == nil:
		return nil, errors.New("dialogs: engine needs Consults")
	}
	if d.EmergencyNumber == "" {
		d.EmergencyNumber = DefaultEmergencyNumber
	}
	if d.RedFlags == nil {
		d.RedFlags = RedFlagsFrom(d.Triage.Rules)
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	d.Booking.defaults()
	return &Engine{Deps: d, flows: registry()}, nil
}

// Handle applies one input and returns the replies to send, in order (none
// for a double-tapped button). Bad input from the patient (any text, any
// button data) is never an error: it gets an answer. Errors come from the
// stores, wrapped with context; nothing is saved then, and the channel should
// apologise (locales "error_generic").
func (e *Engine) Handle(ctx context.Context, in Input) ([]Reply, error) {
	if in.Conversation.Channel == "" || in.Conversation.ID == "" {
		return nil, errors.New("dialogs: input without a conversation key")
	}
	// Every channel cleans its input at its boundary; this is the last
	// line, for a channel that forgot (a NUL once lost an emergency).
	in.Text = CleanText(in.Text)
	replies, err := e.handleOnce(ctx, in)
	if errors.Is(err, ErrStaleSession) {
		// Another process moved the conversation on since we loaded it:
		// apply the input to what is there now. Effects are idempotent.
		e.Log.Debug("dialogs: stale session, retrying", "channel", in.Conversation.Channel)
		replies, err = e.handleOnce(ctx, in)
	}
	return replies, err
}

func (e *Engine) handleOnce(ctx context.Context, in Input) ([]Reply, error) {
	s, err := e.Sessions.Load(ctx, in.Conversation)
	fresh := errors.Is(err, ErrNotFound)
	if err != nil && !fresh {
		return nil, fmt.Errorf("dialogs: load session: %w", err)
	}
	if fresh {
		s = Session{}
	}
	if in.ID != "" && in.ID == s.LastInputID {
		return s.LastReplies, nil
	}
	s.Flow = savedFlow(s)

	t := &turn{e: e, in: in, s: &s}
	if err := t.run(ctx, fresh); err != nil {
		return nil, err
	}
	if t.silent {
		return nil, nil
	}
	for _, apply := range t.effects {
		if err := apply(ctx); err != nil {
			return nil, err
		}
	}
	s.LastInputID, s.LastReplies = in.ID, t.replies
	if _, err := e.Sessions.Save(ctx, in.Conversation, s); err != nil {
		return nil, fmt.Errorf("dialogs: save session: %w", err)
	}
	e.Log.Debug("dialogs: handled", "channel", in.Conversation.Channel, "patient", s.PatientID,
		"kind", t.kind, "flow", s.Flow, "state", s.State, "replies", len(t.replies))
	return t.replies, nil
}

// seedStep returns the first step of a new session. It is derived from the
// clock so that buttons left over from a lost session (which counted from an
// earlier seed) do not match the new one's steps.
func (e *Engine) seedStep() int64 {
	const span = 36 * 36 * 36 * 36 * 36 // five base-36 digits
	return e.Now().UnixMilli()%span + 1
}
