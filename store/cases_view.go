package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// ErrAlreadyClaimed is returned by ClaimCase to every caller but the one
// that took the case (also when it was closed or the patient left).
var ErrAlreadyClaimed = errors.New("case already claimed")

// QueueCase is one case as the live queue lists it: ids, codes and times,
// no patient text.
type QueueCase struct {
	ID             int64         `db:"id"`
	FacilityID     int64         `db:"facility_id"` // 0: the network-wide pool
	Specialty      string        `db:"specialty"`
	SpecialtyNames locales.Names `db:"specialty_names"` // the specialty's names, or its code in English
	Urgency        string        `db:"urgency"`         // a triage.Urgency
	RedFlags       []string      `db:"red_flags"`       // ids of the red-flag rules that fired
	Lang           string        `db:"lang"`            // the patient's language
	Pilgrim        bool          `db:"pilgrim"`
	Channel        string        `db:"channel"`   // the patient's: telegram or web
	Since          time.Time     `db:"since"`     // when it entered the queue (or was triaged)
	HasPhone       bool          `db:"has_phone"` // the patient shared a number (shown on the audited case page only)
}

// CaseDetail is one case as its page shows it. Complaint is the patient's
// own words: render it, never log it.
type CaseDetail struct {
	QueueCase
	PatientID   int64             `db:"patient_id"`
	Status      string            `db:"status"` // triaged, waiting, claimed, closed, left
	Complaint   string            `db:"complaint"`
	Phone       string            `db:"phone"` // shared by the patient, "" if not; never log it
	Pathway     string            `db:"pathway"`
	Answers     map[string]string `db:"answers"`
	Facts       map[string]string `db:"facts"`
	ClaimedBy   int64             `db:"claimed_by"`    // 0: nobody
	Claimer     locales.Names     `db:"claimer_names"` // who claimed it, empty when nobody
	ClaimedAt   *time.Time        `db:"claimed_at"`
	ClosedAt    *time.Time        `db:"closed_at"`
	CreatedAt   time.Time         `db:"created_at"`
	PriorCases  []PriorCase       `db:"-"`
	PriorListed bool              `db:"-"` // PriorCases was read (even if empty)
}

// PriorCase is an earlier case of the same patient, within the same scope.
type PriorCase struct {
	ID        int64     `db:"id"`
	Urgency   string    `db:"urgency"`
	Status    string    `db:"status"`
	CreatedAt time.Time `db:"created_at"`
}

// Scope in SQL over the cases table c and the specialties s, with $1
// facilities, $2 all specialties, $3 specialties, $4 the clinician, $5
// whether the account is a clinician. It is Scope.Allows plus one rule
// the queue needs no event for: a clinician sees beyond the waiting cases
// only those they claimed.
const scopeWhere = `
cardinality($1::bigint[]) > 0
AND (c.facility_id IS NULL OR c.facility_id = ANY($1::bigint[]))
AND ($2::bool OR c.specialty = ANY($3::text[]) OR c.urgency = 'emergency')
AND (NOT $5::bool OR c.status = 'waiting' OR c.claimed_by = $4::bigint)`

func scopeArgs(s Scope) []any {
	specialties := s.Specialties
	if specialties == nil {
		specialties = []string{}
	}
	facilities := s.Facilities
	if facilities == nil {
		facilities = []int64{}
	}
	return []any{facilities, s.AllSpecialties, specialties, s.ClinicianID, s.CanClaim}
}

const queueColumns = `
c.id, coalesce(c.facility_id, 0) AS facility_id, c.specialty,
coalesce(s.names, jsonb_build_object('en', c.specialty)) AS specialty_names,
c.urgency, c.red_flags, c.lang,
coalesce(c.facts->>'pilgrim', '') IN ('true', 'yes', '1') AS pilgrim,
coalesce((SELECT p.channel FROM patients p WHERE p.id = c.patient_id), '') AS channel,
coalesce(c.queued_at, c.created_at) AS since,
c.phone IS NOT NULL AS has_phone`

// MaxEmergencies bounds the emergencies one queue page lists; past it the
// counts still say how many there are. Far above any real day: a flood.
const MaxEmergencies = 2000

// waitingEmergenciesSQL lists the waiting emergencies, longest waiting
// first (at most $6); waitingOthersSQL one page ($6 offset, $7 limit) of the rest, by
// urgency then waiting time.
const waitingEmergenciesSQL = `
SELECT` + queueColumns + `
FROM cases c LEFT JOIN specialties s ON s.code = c.specialty
WHERE c.status = 'waiting' AND c.urgency = 'emergency' AND` + scopeWhere + `
ORDER BY c.queued_at, c.id
LIMIT $6`

const waitingOthersSQL = `
SELECT` + queueColumns + `
FROM cases c LEFT JOIN specialties s ON s.code = c.specialty
WHERE c.status = 'waiting' AND c.urgency <> 'emergency' AND` + scopeWhere + `
ORDER BY CASE c.urgency WHEN 'urgent' THEN 1 WHEN 'routine' THEN 2 ELSE 3 END,
         c.queued_at, c.id
OFFSET $6 LIMIT $7`

const waitingCountsSQL = `
SELECT count(*), count(*) FILTER (WHERE c.urgency = 'emergency'),
       count(*) FILTER (WHERE (SELECT p.channel FROM patients p WHERE p.id = c.patient_id) = 'web')
FROM cases c
WHERE c.status = 'waiting' AND` + scopeWhere

// QueueList is one page of the live queue: every waiting emergency (up to
// MaxEmergencies), then one page of the other waiting cases, and the
// counts of all of them, so nothing is ever cut off unseen.
type QueueList struct {
	Cases       []QueueCase
	Total       int // waiting cases in scope
	Emergencies int // of which emergencies
	Web         int // of which came through the web chat
	Offset      int // where this page of the others starts
	More        bool
}

// Waiting returns the waiting cases within scope: all emergencies, longest
// waiting first, then limit others from offset, most urgent first, then
// longest waiting; and the counts.
func (cs *Cases) Waiting(ctx context.Context, scope Scope, offset, limit int) (QueueList, error) {
	args := scopeArgs(scope)
	l := QueueList{Offset: max(offset, 0)}
	if err := cs.pool.QueryRow(ctx, waitingCountsSQL, args...).Scan(&l.Total, &l.Emergencies, &l.Web); err != nil {
		return QueueList{}, fmt.Errorf("store: count waiting cases: %w", err)
	}
	rows, _ := cs.pool.Query(ctx, waitingEmergenciesSQL, append(args, MaxEmergencies)...)
	em, err := pgx.CollectRows(rows, pgx.RowToStructByName[QueueCase])
	if err != nil {
		return QueueList{}, fmt.Errorf("store: waiting emergencies: %w", err)
	}
	rows, _ = cs.pool.Query(ctx, waitingOthersSQL, append(args, l.Offset, limit+1)...)
	others, err := pgx.CollectRows(rows, pgx.RowToStructByName[QueueCase])
	if err != nil {
		return QueueList{}, fmt.Errorf("store: waiting cases: %w", err)
	}
	if len(others) > limit {
		others, l.More = others[:limit], true
	}
	l.Cases = append(em, others...)
	return l, nil
}

// The case and its audit record in one statement: a case is never shown
// without its trail. A data-modifying WITH runs whether or not the outer
// query reads it, and inserts nothing when c is empty.
const viewCaseSQL = `
WITH c AS (
    SELECT` + queueColumns + `,
           c.patient_id, c.status, c.complaint, coalesce(c.phone, '') AS phone, c.pathway, c.answers, c.facts,
           coalesce(c.claimed_by, 0) AS claimed_by,
           coalesce(k.display_names, '{}'::jsonb) AS claimer_names,
           c.claimed_at, c.closed_at, c.created_at
    FROM cases c
    LEFT JOIN specialties s ON s.code = c.specialty
    LEFT JOIN clinicians k ON k.id = c.claimed_by
    WHERE c.id = $6 AND` + scopeWhere + `
), audit AS (
    INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id, detail)
    SELECT 'clinician', $4::bigint::text, 'case.view', 'case', c.id::text, jsonb_build_object('status', c.status)
    FROM c
)
SELECT * FROM c`

// ViewCase returns case id if it is within scope, and records in the audit
// log that scope's clinician viewed it, in the same statement. A case
// outside the scope, or none, is dialogs.ErrNotFound: a guessed id tells
// nothing.
func (cs *Cases) ViewCase(ctx context.Context, id int64, scope Scope) (CaseDetail, error) {
	rows, _ := cs.pool.Query(ctx, viewCaseSQL, append(scopeArgs(scope), id)...)
	c, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[CaseDetail])
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return CaseDetail{}, fmt.Errorf("store: view case %d: %w", id, err)
	}
	if c.PriorCases, err = cs.priorCases(ctx, c, scope); err != nil {
		return CaseDetail{}, err
	}
	c.PriorListed = true
	return c, nil
}

const priorCasesSQL = `
SELECT c.id, c.urgency, c.status, c.created_at
FROM cases c
WHERE c.patient_id = $6 AND c.id < $7 AND` + scopeWhere + `
ORDER BY c.id DESC
LIMIT 10`

func (cs *Cases) priorCases(ctx context.Context, c CaseDetail, scope Scope) ([]PriorCase, error) {
	// Earlier cases in every status, as a coordinator would see them: a
	// clinician deciding on this case may read its history.
	s := scope
	s.CanClaim = false
	rows, _ := cs.pool.Query(ctx, priorCasesSQL, append(scopeArgs(s), c.PatientID, c.ID)...)
	prior, err := pgx.CollectRows(rows, pgx.RowToStructByName[PriorCase])
	if err != nil {
		return nil, fmt.Errorf("store: prior cases of case %d: %w", c.ID, err)
	}
	return prior, nil
}

// The claim and its audit record commit together; the condition on status
// makes exactly one of concurrent claims match (the others wait for its
// row lock, then find the status changed).
const claimCaseSQL = `
WITH c AS (
    UPDATE cases c SET status = 'claimed', claimed_by = $4, claimed_at = now()
    WHERE c.id = $6 AND c.status = 'waiting' AND $5::bool AND` + scopeWhere + `
    RETURNING c.id, coalesce(c.facility_id, 0) AS facility_id, c.specialty, c.urgency
), audit AS (
    INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id)
    SELECT 'clinician', $4::bigint::text, 'case.claim', 'case', c.id::text FROM c
)
SELECT * FROM c`

const caseStatusSQL = `SELECT c.status FROM cases c WHERE c.id = $6 AND` + scopeWhere

// ClaimCase gives case id to scope's clinician. Of concurrent claims
// exactly one succeeds; the others get ErrAlreadyClaimed, as does a claim
// of a case no longer waiting. A case outside the scope, or none, is
// dialogs.ErrNotFound; so is any claim by an account that is not a
// clinician. A claim that stands is announced to every dashboard (the
// claim stands even if the announcement is lost).
func (cs *Cases) ClaimCase(ctx context.Context, id int64, scope Scope) error {
	e := CaseEvent{Kind: EventCaseClaimed, ClinicianID: scope.ClinicianID}
	err := cs.pool.QueryRow(ctx, claimCaseSQL, append(scopeArgs(scope), id)...).
		Scan(&e.CaseID, &e.FacilityID, &e.Specialty, &e.Urgency)
	if err != nil {
		return cs.claimFailed(ctx, id, scope, err)
	}
	cs.announce(ctx, e)
	return nil
}

// claimFailed explains err, the failure of a claim of case id by scope:
// pgx.ErrNoRows (the claim matched no case) becomes ErrAlreadyClaimed when
// the case is one the clinician may see but no longer waiting, and
// dialogs.ErrNotFound when it is outside the scope, still being triaged,
// or the account may not claim at all. ClaimCase and ClaimConsult share it,
// so a lost claim reads the same on both.
func (cs *Cases) claimFailed(ctx context.Context, id int64, scope Scope, err error) error {
	if !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("store: claim case %d: %w", id, err)
	}
	if !scope.CanClaim {
		return fmt.Errorf("store: claim case %d: %w", id, dialogs.ErrNotFound)
	}
	// Lost: tell a taken case from one this clinician may not see.
	status, err := cs.visibleStatus(ctx, id, scope)
	switch {
	case err != nil:
		return fmt.Errorf("store: claim case %d: %w", id, err)
	case status == dialogs.CaseTriaged:
		return fmt.Errorf("store: claim case %d: %w", id, dialogs.ErrNotFound)
	}
	return fmt.Errorf("store: claim case %d: %w", id, ErrAlreadyClaimed)
}

// visibleStatus returns the status of a case the scope's account could see
// in any status (as a coordinator would), or dialogs.ErrNotFound.
func (cs *Cases) visibleStatus(ctx context.Context, id int64, scope Scope) (string, error) {
	s := scope
	s.CanClaim = false
	var status string
	err := cs.pool.QueryRow(ctx, caseStatusSQL, append(scopeArgs(s), id)...).Scan(&status)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", dialogs.ErrNotFound
	}
	return status, err
}
