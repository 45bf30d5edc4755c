package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// The clinician's side of the consult: the claim that opens it (a video
// room and the notice to the patient), the thread, messages to the patient
// and the closing. Every write checks the scope in the same statement, as
// the case queries do, and writes its audit record with it.

// MaxMessageChars bounds a clinician's message (Telegram's 4,096 less the
// clinician's name put before it).
const MaxMessageChars = 3500

// ClaimConsult claims the case as ClaimCase does and, in the same
// transaction, gives it video room room (kept only if the case has none:
// the caller names it, outside the transaction) and queues the notice
// that tells the patient who took it (see Undelivered). Errors and the
// announcement as ClaimCase.
func (co *Consults) ClaimConsult(ctx context.Context, id int64, scope Scope, room string) error {
	e := CaseEvent{Kind: EventCaseClaimed, ClinicianID: scope.ClinicianID}
	err := pgx.BeginFunc(ctx, co.pool, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, claimCaseSQL, append(scopeArgs(scope), id)...).
			Scan(&e.CaseID, &e.FacilityID, &e.Specialty, &e.Urgency)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE cases SET video_room = $2 WHERE id = $1 AND video_room IS NULL`,
			id, room); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `
INSERT INTO case_messages (case_id, author, kind, source, outbound)
VALUES ($1, 'system', 'claimed', $2, true) ON CONFLICT (source) DO NOTHING`,
			id, "claimed:"+strconv.FormatInt(id, 10)+":"+strconv.FormatInt(scope.ClinicianID, 10))
		return err
	})
	if err != nil {
		return co.cases.claimFailed(ctx, id, scope, err)
	}
	co.cases.announce(ctx, e)
	return nil
}

// ThreadMessage is one message of a case's thread. Body is the patient's
// or the clinician's words: render it, never log it.
type ThreadMessage struct {
	ID          int64
	Author      string        // "patient", "clinician" or "system"
	Clinician   locales.Names // the author's name, when a clinician
	Kind        string        // dialogs.NoteText, … or "claimed", "closed"
	Body        string
	FileID      string
	Latitude    *float64
	Longitude   *float64
	Outbound    bool       // to the patient
	DeliveredAt *time.Time // when the patient's channel took it
	Failed      bool       // it can never be delivered
	At          time.Time
}

// ConsultView is a case's consult as its page shows it.
type ConsultView struct {
	CaseID      int64
	PatientID   int64
	Channel     string // the patient's channel: dialogs.ChannelTelegram or ChannelWeb
	Specialty   string // the case's specialty code
	Status      string
	ClaimedBy   int64
	ClaimedAt   *time.Time
	Room        string // the video room, once claimed
	Disposition string
	Notes       string
	Rating      int        // 0: not rated
	FollowUpAt  *time.Time // the follow-up booked at the closing
	Lang        string     // the case's language: the patient's lines are in it
	Messages    []ThreadMessage
}

// consultViewSQL reads the case within the scope and, when $7, audits the
// read in the same statement.
const consultViewSQL = `
WITH c AS (
    SELECT c.id, c.patient_id, p.channel, c.specialty, c.status, coalesce(c.claimed_by, 0) AS claimed_by, c.claimed_at,
           coalesce(c.video_room, '') AS room, coalesce(c.disposition, '') AS disposition, c.close_notes,
           coalesce(c.rating, 0) AS rating, lower(a.during) AS follow_up_at, c.lang
    FROM cases c JOIN patients p ON p.id = c.patient_id
    LEFT JOIN appointments a ON a.id = c.follow_up_id
    WHERE c.id = $6 AND` + scopeWhere + `
), audit AS (
    INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id)
    SELECT 'clinician', $4::bigint::text, 'case.thread', 'case', c.id::text FROM c WHERE $7::bool
)
SELECT * FROM c`

const threadSQL = `
SELECT m.id, m.author, coalesce(k.display_names, '{}'::jsonb), m.kind, m.body,
       m.file_id, m.latitude, m.longitude, m.outbound, m.delivered_at, m.failed, m.created_at
FROM case_messages m LEFT JOIN clinicians k ON k.id = m.clinician_id
WHERE m.case_id = $1
ORDER BY m.id
LIMIT 1000`

// CaseConsult returns the consult of case id and its thread, in order, if
// the case is within scope; dialogs.ErrNotFound otherwise. With audit set
// the read is audited ("case.thread") in the statement that checks the
// scope: pass false only when the same request already audited a view of
// the case.
func (co *Consults) CaseConsult(ctx context.Context, id int64, scope Scope, audit bool) (ConsultView, error) {
	var v ConsultView
	err := co.pool.QueryRow(ctx, consultViewSQL, append(scopeArgs(scope), id, audit)...).Scan(
		&v.CaseID, &v.PatientID, &v.Channel, &v.Specialty, &v.Status, &v.ClaimedBy, &v.ClaimedAt, &v.Room,
		&v.Disposition, &v.Notes, &v.Rating, &v.FollowUpAt, &v.Lang)
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return ConsultView{}, fmt.Errorf("store: consult of case %d: %w", id, err)
	}
	rows, _ := co.pool.Query(ctx, threadSQL, id)
	v.Messages, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (ThreadMessage, error) {
		var m ThreadMessage
		err := row.Scan(&m.ID, &m.Author, &m.Clinician, &m.Kind, &m.Body, &m.FileID,
			&m.Latitude, &m.Longitude, &m.Outbound, &m.DeliveredAt, &m.Failed, &m.At)
		return m, err
	})
	if err != nil {
		return ConsultView{}, fmt.Errorf("store: thread of case %d: %w", id, err)
	}
	return v, nil
}

// sendMessageSQL writes the message if the case is in consult with the
// scope's clinician, once per source ($8), with its audit record.
const sendMessageSQL = `
WITH c AS (
    SELECT c.id, coalesce(c.facility_id, 0) AS facility_id, c.specialty, c.urgency
    FROM cases c
    WHERE c.id = $6 AND c.status = 'claimed' AND c.claimed_by = $4 AND $5::bool AND` + scopeWhere + `
), ins AS (
    INSERT INTO case_messages (case_id, author, clinician_id, kind, body, source, outbound)
    SELECT c.id, 'clinician', $4, 'text', $7, $8, true FROM c
    ON CONFLICT (source) DO NOTHING
    RETURNING id, case_id
), audit AS (
    INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id, detail)
    SELECT 'clinician', $4::bigint::text, 'case.message', 'case', ins.case_id::text, jsonb_build_object('message', ins.id)
    FROM ins
)
SELECT c.id, c.facility_id, c.specialty, c.urgency FROM c`

// SendMessage queues the clinician's words for the patient of case id (see
// Undelivered): only the clinician who claimed it, while it is in consult.
// token makes it idempotent (a form sent twice is one message). It
// announces the thread's change to the open dashboards. A case outside the scope
// is dialogs.ErrNotFound; one not in consult with this clinician,
// dialogs.ErrCaseChanged.
func (co *Consults) SendMessage(ctx context.Context, id int64, scope Scope, text, token string) error {
	switch n := len([]rune(text)); {
	case n == 0 || n > MaxMessageChars:
		return fmt.Errorf("store: message to case %d: %d characters, want 1-%d", id, n, MaxMessageChars)
	case token == "":
		return fmt.Errorf("store: message to case %d: no token", id)
	}
	e := CaseEvent{Kind: EventCaseMessage, ClinicianID: scope.ClinicianID}
	source := "msg:" + strconv.FormatInt(scope.ClinicianID, 10) + ":" + token
	err := co.pool.QueryRow(ctx, sendMessageSQL, append(scopeArgs(scope), id, text, source)...).
		Scan(&e.CaseID, &e.FacilityID, &e.Specialty, &e.Urgency)
	if errors.Is(err, pgx.ErrNoRows) {
		return co.notInConsult(ctx, id, scope, "message to")
	}
	if err != nil {
		return fmt.Errorf("store: message to case %d: %w", id, err)
	}
	co.cases.announce(ctx, e)
	return nil
}

// notInConsult explains why case id could not be acted on: not found, or
// no longer in consult with the scope's clinician.
func (co *Consults) notInConsult(ctx context.Context, id int64, scope Scope, what string) error {
	if !scope.CanClaim {
		return fmt.Errorf("store: %s case %d: %w", what, id, dialogs.ErrNotFound)
	}
	if _, err := co.cases.visibleStatus(ctx, id, scope); err != nil {
		return fmt.Errorf("store: %s case %d: %w", what, id, err)
	}
	return fmt.Errorf("store: %s case %d: not in consult with clinician %d: %w", what, id, scope.ClinicianID, dialogs.ErrCaseChanged)
}

// CloseRequest is how a clinician closes a consult.
type CloseRequest struct {
	Disposition string // one of dialogs.Dispositions()
	Notes       string // for the record; never sent to the patient
	FollowUpID  int64  // the appointment booked at the closing, 0 if none
}

const closeConsultSQL = `
WITH c AS (
    UPDATE cases c SET status = 'closed', closed_at = now(), disposition = $7, close_notes = $8,
                       follow_up_id = nullif($9::bigint, 0)
    WHERE c.id = $6 AND c.status = 'claimed' AND c.claimed_by = $4 AND $5::bool AND` + scopeWhere + `
    RETURNING c.id, coalesce(c.facility_id, 0) AS facility_id, c.specialty, c.urgency
), msg AS (
    INSERT INTO case_messages (case_id, author, kind, source, outbound)
    SELECT c.id, 'system', 'closed', 'closed:' || c.id, true FROM c
    ON CONFLICT (source) DO NOTHING
), audit AS (
    INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id, detail)
    SELECT 'clinician', $4::bigint::text, 'case.close', 'case', c.id::text,
           jsonb_build_object('disposition', $7::text, 'follow_up', nullif($9::bigint, 0))
    FROM c
)
SELECT * FROM c`

// CloseConsult closes case id as r says and queues the closing for the
// patient (see Undelivered), with its audit record: only the clinician who
// claimed it, while it is in consult, and announces it. Errors as
// SendMessage.
func (co *Consults) CloseConsult(ctx context.Context, id int64, scope Scope, r CloseRequest) error {
	valid := false
	for _, d := range dialogs.Dispositions() {
		valid = valid || d == r.Disposition
	}
	if !valid || len([]rune(r.Notes)) > 8000 {
		return fmt.Errorf("store: close case %d: disposition %q or notes not accepted", id, r.Disposition)
	}
	e := CaseEvent{Kind: EventCaseClosed, ClinicianID: scope.ClinicianID}
	err := co.pool.QueryRow(ctx, closeConsultSQL, append(scopeArgs(scope), id, r.Disposition, r.Notes, r.FollowUpID)...).
		Scan(&e.CaseID, &e.FacilityID, &e.Specialty, &e.Urgency)
	if errors.Is(err, pgx.ErrNoRows) {
		return co.notInConsult(ctx, id, scope, "close")
	}
	if err != nil {
		return fmt.Errorf("store: close case %d: %w", id, err)
	}
	co.cases.announce(ctx, e)
	return nil
}

// openConsultsSQL lists the consults in progress of the scope's clinician.
const openConsultsSQL = `
SELECT` + queueColumns + `
FROM cases c LEFT JOIN specialties s ON s.code = c.specialty
WHERE c.status = 'claimed' AND c.claimed_by = $4 AND $5::bool AND` + scopeWhere + `
ORDER BY c.claimed_at, c.id
LIMIT 100`

// OpenConsults returns the cases the scope's clinician claimed and has not
// closed yet, oldest claim first (none for other roles).
func (co *Consults) OpenConsults(ctx context.Context, scope Scope) ([]QueueCase, error) {
	rows, _ := co.pool.Query(ctx, openConsultsSQL, scopeArgs(scope)...)
	cases, err := pgx.CollectRows(rows, pgx.RowToStructByName[QueueCase])
	if err != nil {
		return nil, fmt.Errorf("store: open consults of clinician %d: %w", scope.ClinicianID, err)
	}
	return cases, nil
}
