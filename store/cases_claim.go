package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// ErrAlreadyClaimed is returned by ClaimCase to every caller but the one
// that took the case (also when it was closed or the patient left).
var ErrAlreadyClaimed = errors.New("case already claimed")

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
