package dialogs

import (
	"context"
	"time"
)

// Session is a conversation's working state: where the patient is in which
// flow, and what the flow has collected so far. It lives in a SessionStore
// with a time-to-live; anything that must outlive it is written through the
// other ports.
type Session struct {
	Flow  string `json:"flow"`
	State string `json:"state"`
	Lang  string `json:"lang,omitempty"`
	// LangGuessed: Lang was read from the words typed before choosing
	// (locales.Detect), not tapped; the notice offers to change it.
	LangGuessed bool              `json:"lang_guessed,omitempty"`
	PatientID   int64             `json:"patient_id,omitempty"`
	Values      map[string]string `json:"values,omitempty"` // answers the current flow collected

	// LastInputID and LastReplies make handling idempotent: an input seen
	// again gets the same replies and changes nothing.
	LastInputID string  `json:"last_input_id,omitempty"`
	LastReplies []Reply `json:"last_replies,omitempty"`

	// Step counts the steps the conversation has taken; every button the
	// Engine sends carries it, so a button from an earlier step is known to
	// be stale (see the Engine's callback data format). A new session starts
	// from a clock-derived value, so buttons of a lost session do not match.
	Step int64 `json:"step,omitempty"`
	// LastData is the button data the previous input pressed, when that
	// input was an accepted press; it tells a double tap from a stale tap.
	LastData string `json:"last_data,omitempty"`
	// Consented mirrors Patient.ConsentAt being set, so that a step need
	// not ask the PatientStore.
	Consented bool `json:"consented,omitempty"`
	// Again is the clinician of the patient's latest booking, read when
	// the session starts and after each booking: the menu offers "book
	// again with" them. Nil for a patient who never booked.
	Again *againRef `json:"again,omitempty"`
	// Digits is "latn" for an Arabic reader who writes Western digits
	// (as in the Maghreb): replies then show times, dates and numbers in
	// Western digits. Empty: the language's own (Arabic-Indic for Arabic).
	Digits string `json:"digits,omitempty"`
	// Visitor mirrors Patient.Visitor and Placed Patient.Placed, so that
	// triage asks each place question once (place.go).
	Visitor string `json:"visitor,omitempty"`
	Placed  bool   `json:"placed,omitempty"`
	// Zone mirrors Patient.Zone, so that replies show the patient's own
	// time beside the clinic's and the zone question is asked once.
	Zone string `json:"zone,omitempty"`

	// Version is managed by the SessionStore for optimistic concurrency;
	// 0 means the session has never been saved.
	Version int64 `json:"-"`
}

// SessionStore keeps sessions between inputs and across restarts.
type SessionStore interface {
	// Load returns the conversation's session, or ErrNotFound when it has
	// none (new, expired, or lost with the store).
	Load(ctx context.Context, key ConversationKey) (Session, error)
	// Save writes s if the stored version still equals s.Version (0: no
	// session may exist) and returns the new version; ErrStaleSession
	// otherwise. Every save renews the session's time-to-live.
	Save(ctx context.Context, key ConversationKey, s Session) (int64, error)
	// Delete forgets the conversation's session; deleting none is no error.
	Delete(ctx context.Context, key ConversationKey) error
	ConversationEraser
}

// Patient is what Frontdoor keeps about a person beyond one session.
type Patient struct {
	ID        int64
	Lang      string    // preferred language, "" until chosen
	ConsentAt time.Time // zero until the patient consents
	Digits    string    // "latn": Western digits for an Arabic reader; "" the language's own
	// Visitor is VisitorPilgrim, VisitorResident, VisitorSkipped, or ""
	// until asked.
	Visitor string
	// Placed: where the patient's cases go is known (a facility's link or
	// choice, a place) or they chose not to say.
	Placed bool
	// Zone is the zone the patient reads times in: an IANA zone when it is
	// not the clinic's, ZoneClinic when they said it is, "" until asked or
	// set at the desk (zone.go).
	Zone string
}

// PatientStore keeps patients in the system of record.
type PatientStore interface {
	// EnsurePatient returns the patient behind this conversation, creating
	// it the first time. userID is the channel's id for the person.
	// Safe to call concurrently for the same conversation: one patient.
	EnsurePatient(ctx context.Context, key ConversationKey, userID string) (Patient, error)
	// SetLanguage records the patient's preferred language; ErrNotFound if
	// there is no such patient.
	SetLanguage(ctx context.Context, patientID int64, lang string) error
	// SetDigits records the digits the patient reads: DigitsWestern, or ""
	// for the language's own; ErrNotFound if there is no such patient.
	SetDigits(ctx context.Context, patientID int64, digits string) error
	// SetZone records the zone the patient reads times in (an IANA zone,
	// or ZoneClinic); ErrNotFound if there is no such patient.
	SetZone(ctx context.Context, patientID int64, zone string) error
	// RecordConsent records when the patient accepted the data notice;
	// ErrNotFound if there is no such patient.
	RecordConsent(ctx context.Context, patientID int64, at time.Time) error
	// SetFacility records the facility the patient came through (a
	// facility's link: "/start fac_<code>"), so that their cases reach its
	// clinicians; ErrNotFound if there is no such patient or facility.
	SetFacility(ctx context.Context, patientID int64, code string) error
	Eraser
}

// RedFlagChecker tells whether typed text describes an emergency. The
// triage package satisfies it through an adapter built in cmd.
type RedFlagChecker interface {
	// Emergency reports whether text (in lang, "ar" or "en", as far as the
	// dialog knows) shows a red flag, and the ids of the rules that fired.
	// It must be fast (it runs on every typed message), safe for concurrent
	// use, and never fail: text it cannot read is simply not an emergency.
	Emergency(text, lang string) (ruleIDs []string, ok bool)
}
