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
	Flow      string            `json:"flow"`
	State     string            `json:"state"`
	Lang      string            `json:"lang,omitempty"`
	PatientID int64             `json:"patient_id,omitempty"`
	Values    map[string]string `json:"values,omitempty"` // answers the current flow collected

	// LastInputID and LastReplies make handling idempotent: an input seen
	// again gets the same replies and changes nothing.
	LastInputID string  `json:"last_input_id,omitempty"`
	LastReplies []Reply `json:"last_replies,omitempty"`

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
}

// Patient is what Frontdoor keeps about a person beyond one session.
type Patient struct {
	ID        int64
	Lang      string    // preferred language, "" until chosen
	ConsentAt time.Time // zero until the patient consents
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
	// RecordConsent records when the patient accepted the data notice;
	// ErrNotFound if there is no such patient.
	RecordConsent(ctx context.Context, patientID int64, at time.Time) error
}
