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
