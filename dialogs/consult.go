package dialogs

import (
	"context"
	"errors"
	"time"
)

// The quick consult is the end of "Talk to a doctor now", a flow of its
// own (consult_flow.go): the triage flow queues the case and hands over to
// it (trQueued, or trEmergency for an emergency), and while the case waits
// the patient hears their place and an estimated wait (or, for an urgent
// case with no clinician online, where else to get care today:
// urgent_fallback.go), may add to their case (words, a photo, a voice
// note, their location) or leave the queue. When a clinician claims the case the patient gets the clinician's
// name and the video link (trClaimed); what they write then goes to the
// case's thread, which the clinician reads on the dashboard, and what the
// clinician writes comes back here. When the clinician closes the case the
// patient hears the outcome and rates the consult in one tap (trClosed).
//
// What happens on the clinician's side reaches the conversation through
// Engine.HandleConsult, which moves the conversation as a patient's input
// would (so the buttons it sends carry the current step); the caller
// delivers the replies through the patient's channel.

// Case statuses, as the store keeps them.
const (
	CaseTriaged = "triaged"
	CaseWaiting = "waiting"
	CaseClaimed = "claimed"
	CaseClosed  = "closed"
	CaseLeft    = "left"
)

// Dispositions: how a clinician closed a consult.
const (
	DispositionAdvice    = "advice"    // advice given; nothing more planned
	DispositionFollowUp  = "follow_up" // a follow-up appointment was booked
	DispositionReferred  = "referred"  // referred to another service
	DispositionEmergency = "emergency" // sent to emergency care
)

// Dispositions lists every disposition, in the order a form offers them.
func Dispositions() []string {
	return []string{DispositionAdvice, DispositionFollowUp, DispositionReferred, DispositionEmergency}
}

// Kinds of PatientNote.
const (
	NoteText     = "text"
	NotePhoto    = "photo"
	NoteVoice    = "voice"
	NoteMedia    = "media" // a file of a kind the channel did not name
	NoteLocation = "location"
)

// ErrCaseChanged is returned by Consults when the case is no longer in the
// status the action needs (a clinician took it as the patient left, say).
var ErrCaseChanged = errors.New("case changed")

// ConsultState is a case as its patient's conversation needs it.
type ConsultState struct {
	CaseID      int64
	Status      string // CaseWaiting, CaseClaimed, …
	Urgency     string
	Clinician   Clinician // who claimed it; zero until then
	Disposition string    // once closed
}

// PatientNote is something the patient sent about a case in the queue or
// in consult: their words verbatim, or a note that a photo, voice note,
// file or location was received.
type PatientNote struct {
	CaseID, PatientID int64
	// Source names the conversation and input; a note written twice from
	// the same source is one note.
	Source   string
	Kind     string // NoteText, NotePhoto, …
	Text     string // the words (NoteText), or a caption
	FileID   string // the channel's id for the file, when it gave one
	Location *Location
}

// WaitFigures are what a waiting case's estimated wait is worked out from.
type WaitFigures struct {
	Position int `json:"p"` // the case's place in the queue, 1 = next
	// Online counts the clinicians seen on the dashboard lately who could
	// take the case; Busy counts those of them in a consult now.
	Online int `json:"o"`
	Busy   int `json:"b"`
	// Typical is how long recent consults took (their median); 0 when
	// there are too few to tell (DefaultConsultLength is used then).
	Typical time.Duration `json:"t"`
}

// Consults is what the consult needs from the system of record. Every
// method is safe for concurrent use. "Not found" is ErrNotFound, also for
// a case of another patient.
type Consults interface {
	// Consult returns the patient's case as it stands.
	Consult(ctx context.Context, patientID, caseID int64) (ConsultState, error)
	// LeaveQueue takes the patient's waiting case out of the queue (status
	// CaseLeft) and returns it; leaving twice is no error. ErrCaseChanged,
	// with the case as it stands, when it is no longer waiting.
	LeaveQueue(ctx context.Context, patientID, caseID int64) (ConsultState, error)
	// AddNote adds n to the case's thread, once per n.Source, while the
	// case waits or is in consult, and returns the case; ErrCaseChanged,
	// with the case as it stands, once it is closed or left.
	AddNote(ctx context.Context, n PatientNote) (ConsultState, error)
	// Rate records the patient's rating (1-5) of their closed case; a
	// second rating replaces the first. ErrCaseChanged unless closed.
	Rate(ctx context.Context, patientID, caseID int64, stars int) error
	// WaitFigures returns the figures of a waiting case, with its place
	// among the cases a clinician who could take it would pick first (most
	// urgent, then longest waiting; 1 is next), and records them as the
	// figures the patient is told, so that an update goes out only when the
	// estimate changes meaningfully: the figures are read to be told, so
	// reading and recording are one step. ErrNotFound when it is not waiting
	// (never queued, claimed, closed, left, or no such case); on any error
	// nothing is recorded.
	WaitFigures(ctx context.Context, caseID int64) (WaitFigures, error)
}
