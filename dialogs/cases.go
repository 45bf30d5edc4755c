package dialogs

import "context"

// Case is one triaged complaint as the clinicians will see it. The
// dialogs record every case, whatever the outcome, so nothing a patient
// told us is lost and emergencies can be called back.
type Case struct {
	PatientID int64
	// Source names the conversation and input that opened the case; opening
	// a case again from the same source returns the first one.
	Source    string
	Lang      string
	Complaint string // the patient's own words, verbatim
	Urgency   string // "emergency", "urgent", "routine" or "self_care"
	Specialty string // a specialty code
	RedFlags  []string
	Pathway   string
	Answers   map[string]string
	Facts     map[string]string // age band, sex, pregnancy, chronic conditions, pilgrim
	// Queue puts the case in the on-demand queue for a clinician now.
	Queue bool
}

// CaseStore records cases in the system of record and keeps the on-demand
// queue (store.Cases is the one production has).
type CaseStore interface {
	// OpenCase records c and returns its id. It is idempotent on c.Source:
	// a second call with the same source returns the first case's id and
	// changes nothing.
	OpenCase(ctx context.Context, c Case) (int64, error)
	CaseQueue
}

// CasePhones keeps a phone number the patient shared for their case, so
// that a clinician can call them back (Deps.Phones; store.Cases in
// production).
type CasePhones interface {
	// SharePhone records phone (ASCII digits after an optional "+", see
	// PhoneNumber) for the patient's open case; ErrNotFound if the case is
	// not theirs or is over.
	SharePhone(ctx context.Context, patientID, caseID int64, phone string) error
}

// NoPhones is the CasePhones of an engine that keeps no numbers: nobody is
// offered the phone button, and a number sent anyway is answered as not
// kept. It is a value of its own, not a nil Deps.Phones, so that leaving
// the offer out is said where the engine is built.
var NoPhones CasePhones = noPhones{}

type noPhones struct{}

func (noPhones) SharePhone(context.Context, int64, int64, string) error { return ErrNotFound }

// CaseQueue is the on-demand queue seen from the patient's side: the
// triage flow puts a triaged case in the queue without opening a second
// one. The patient's place comes with the wait's figures
// (ConsultStore.WaitFigures).
type CaseQueue interface {
	// Enqueue puts case id in the queue if it is only triaged; a case
	// already waiting, claimed, closed or left is unchanged, so it is safe
	// to repeat. ErrNotFound if there is no such case.
	Enqueue(ctx context.Context, id int64) error
}
