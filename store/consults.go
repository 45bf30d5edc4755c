package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// More kinds of case events, for the quick consult.
const (
	EventCaseLeft    = "case.left"    // the patient left the queue
	EventCaseMessage = "case.message" // the case's thread grew
)

// Consults keeps the quick consult of a queued case: the patient's side
// (dialogs.Consults: leaving the queue, notes, the rating, wait figures),
// the clinician's (the claim with its room, the thread, messages, the
// closing) and the outbox the relay delivers from. What changes a case the
// dashboards show is announced through the Cases it was made from, the one
// publisher of case events, so that the patient's, the clinician's and the
// relay's sides reach the stream the same way. Get it from
// Postgres.Consults; safe for concurrent use.
type Consults struct {
	pool  *pgxpool.Pool
	cases *Cases
}

var _ dialogs.Consults = (*Consults)(nil)

// Consults returns the consults over p's pool, announcing their events on
// rd (through p.Cases(rd)).
func (p *Postgres) Consults(rd *Redis) *Consults {
	return &Consults{pool: p.pool, cases: p.Cases(rd)}
}

// consultStateColumns read a case as the patient's conversation needs it
// (and what its events carry).
const consultStateColumns = `
c.id, c.status, c.urgency, coalesce(c.claimed_by, 0), coalesce(k.display_names, '{}'::jsonb), coalesce(c.disposition, ''),
coalesce(c.facility_id, 0), c.specialty`

const consultStateSQL = `
SELECT` + consultStateColumns + `
FROM cases c LEFT JOIN clinicians k ON k.id = c.claimed_by
WHERE c.id = $1 AND c.patient_id = $2`

// scanConsult reads consultStateColumns into a state and the event that
// would announce a change to the case.
func scanConsult(row pgx.Row, extra ...any) (dialogs.ConsultState, CaseEvent, error) {
	var st dialogs.ConsultState
	var e CaseEvent
	dest := append([]any{&st.CaseID, &st.Status, &st.Urgency, &st.Clinician.ID, &st.Clinician.Names, &st.Disposition, &e.FacilityID, &e.Specialty}, extra...)
	err := row.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	// The event names the clinician who holds the case, so that live
	// streams tell only them (and the case's waiting-room readers) its id.
	e.CaseID, e.Urgency, e.ClinicianID = st.CaseID, st.Urgency, st.Clinician.ID
	return st, e, err
}

// Consult returns the patient's case; see dialogs.Consults.
func (co *Consults) Consult(ctx context.Context, patientID, caseID int64) (dialogs.ConsultState, error) {
	st, _, err := scanConsult(co.pool.QueryRow(ctx, consultStateSQL, caseID, patientID))
	if err != nil {
		return st, fmt.Errorf("store: consult %d: %w", caseID, err)
	}
	return st, nil
}

// The outer query reads the snapshot from before the update: it says
// whether this call took the case out of the queue.
const leaveQueueSQL = `
WITH u AS (
    UPDATE cases SET status = 'left', left_at = now()
    WHERE id = $1 AND patient_id = $2 AND status = 'waiting'
    RETURNING id
)
SELECT` + consultStateColumns + `, EXISTS (SELECT 1 FROM u)
FROM cases c LEFT JOIN clinicians k ON k.id = c.claimed_by
WHERE c.id = $1 AND c.patient_id = $2`

// LeaveQueue takes a waiting case out of the queue (see dialogs.Consults)
// and, when this call did, tells the open dashboards.
func (co *Consults) LeaveQueue(ctx context.Context, patientID, caseID int64) (dialogs.ConsultState, error) {
	var left bool
	st, e, err := scanConsult(co.pool.QueryRow(ctx, leaveQueueSQL, caseID, patientID), &left)
	switch {
	case err != nil:
		return st, fmt.Errorf("store: leave queue, case %d: %w", caseID, err)
	case left:
		st.Status = dialogs.CaseLeft
		e.Kind = EventCaseLeft
		co.cases.announce(ctx, e)
		return st, nil
	case st.Status != dialogs.CaseLeft:
		return st, fmt.Errorf("store: leave queue, case %d is %s: %w", caseID, st.Status, dialogs.ErrCaseChanged)
	}
	return st, nil
}

// addNoteSQL keeps the note while the case waits or is in consult, once
// per source; the outer query says whether this call wrote it.
const addNoteSQL = `
WITH ins AS (
    INSERT INTO case_messages (case_id, author, kind, body, file_id, latitude, longitude, source, outbound)
    SELECT c.id, 'patient', $3, $4, $5, $6, $7, $8, false
    FROM cases c WHERE c.id = $1 AND c.patient_id = $2 AND c.status IN ('waiting', 'claimed')
    ON CONFLICT (source) DO NOTHING
    RETURNING id
)
SELECT` + consultStateColumns + `, EXISTS (SELECT 1 FROM ins)
FROM cases c LEFT JOIN clinicians k ON k.id = c.claimed_by
WHERE c.id = $1 AND c.patient_id = $2`

// AddNote adds a note to the case's thread (see dialogs.Consults) and,
// when this call wrote it, tells the open dashboards, so that the case
// page shows it at once.
func (co *Consults) AddNote(ctx context.Context, n dialogs.PatientNote) (dialogs.ConsultState, error) {
	var lat, lon *float64
	if n.Kind == dialogs.NoteLocation {
		if n.Location == nil {
			return dialogs.ConsultState{}, fmt.Errorf("store: note on case %d: a location note without a location", n.CaseID)
		}
		lat, lon = &n.Location.Latitude, &n.Location.Longitude
	}
	var wrote bool
	st, e, err := scanConsult(co.pool.QueryRow(ctx, addNoteSQL, n.CaseID, n.PatientID, n.Kind, n.Text, n.FileID,
		lat, lon, n.Source), &wrote)
	switch {
	case err != nil:
		return st, fmt.Errorf("store: note on case %d: %w", n.CaseID, err)
	case st.Status != dialogs.CaseWaiting && st.Status != dialogs.CaseClaimed:
		return st, fmt.Errorf("store: note on case %d, which is %s: %w", n.CaseID, st.Status, dialogs.ErrCaseChanged)
	case wrote:
		e.Kind = EventCaseMessage
		co.cases.announce(ctx, e)
	}
	return st, nil
}

const rateSQL = `
WITH u AS (
    UPDATE cases SET rating = $3, rated_at = now()
    WHERE id = $1 AND patient_id = $2 AND status = 'closed'
    RETURNING id
)
SELECT c.status, EXISTS (SELECT 1 FROM u) FROM cases c WHERE c.id = $1 AND c.patient_id = $2`

// Rate records the patient's rating of their closed case; see
// dialogs.Consults.
func (co *Consults) Rate(ctx context.Context, patientID, caseID int64, stars int) error {
	if stars < 1 || stars > 5 {
		return fmt.Errorf("store: rate case %d: %d stars is outside 1-5", caseID, stars)
	}
	var status string
	var rated bool
	err := co.pool.QueryRow(ctx, rateSQL, caseID, patientID, stars).Scan(&status, &rated)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return fmt.Errorf("store: rate case %d: %w", caseID, dialogs.ErrNotFound)
	case err != nil:
		return fmt.Errorf("store: rate case %d: %w", caseID, err)
	case !rated:
		return fmt.Errorf("store: rate case %d, which is %s: %w", caseID, status, dialogs.ErrCaseChanged)
	}
	return nil
}
