package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// ReferralLists are what the referrals page shows an account: the
// referrals waiting for it or its specialty (Queue), and those it made
// (Sent).
type ReferralLists struct {
	// Queue: open referrals it receives, and those it accepted and has
	// not yet answered or booked; for an overseer, every open or accepted
	// referral to or from its facilities. Most urgent first, then oldest.
	Queue []Referral
	// Sent: the last 50 referrals it made, the latest change first.
	Sent []Referral
}

const referralQueueSQL = referralColumns + `
WHERE r.status IN ('open', 'accepted')
  AND ((r.status = 'open' AND` + referralReceivesWhere + `)
       OR (r.status = 'accepted' AND r.specialist_id = $3::bigint)
       OR ($5::bool AND (r.facility_id = ANY($1::bigint[]) OR r.from_facility_id = ANY($1::bigint[]))))` +
	referralOrder + `
LIMIT 500`

const referralSentSQL = referralColumns + `
WHERE r.referrer_id = $3::bigint
ORDER BY r.updated_at DESC, r.id DESC
LIMIT 50`

// Lists returns scope's queue and sent referrals. Lists show no patient
// and no question's words beyond what the page needs; the reading is not
// audited (opening one referral is: View).
func (rs *Referrals) Lists(ctx context.Context, scope ReferralScope) (ReferralLists, error) {
	var out ReferralLists
	var err error
	if out.Queue, err = rs.list(ctx, referralQueueSQL, referralScopeArgs(scope)...); err != nil {
		return out, fmt.Errorf("store: referral queue of %d: %w", scope.ClinicianID, err)
	}
	if out.Sent, err = rs.list(ctx, referralSentSQL, referralScopeArgs(scope)...); err != nil {
		return out, fmt.Errorf("store: referrals sent by %d: %w", scope.ClinicianID, err)
	}
	return out, nil
}

// ForCase lists the referrals made from case id that scope may see,
// newest first (the case's page, which audits its own reading).
func (rs *Referrals) ForCase(ctx context.Context, scope ReferralScope, caseID int64) ([]Referral, error) {
	out, err := rs.list(ctx, referralColumns+`
WHERE r.case_id = $6 AND`+referralSeesWhere+`
ORDER BY r.id DESC LIMIT 50`, append(referralScopeArgs(scope), caseID)...)
	if err != nil {
		return nil, fmt.Errorf("store: referrals of case %d: %w", caseID, err)
	}
	return out, nil
}

func (rs *Referrals) list(ctx context.Context, sql string, args ...any) ([]Referral, error) {
	rows, _ := rs.pool.Query(ctx, sql, args...)
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (Referral, error) {
		var session int64
		return scanReferral(row, &session)
	})
}

// ReferralNotices counts what an account's dashboard announces: open
// referrals it receives (Waiting), and its own referrals that changed
// since it last opened them (Changed), with, for a specialist, the ones
// whose joint session the desk moved or cancelled since.
type ReferralNotices struct {
	Waiting, Changed int
}

// Notices counts scope's notices in one statement.
func (rs *Referrals) Notices(ctx context.Context, scope ReferralScope) (ReferralNotices, error) {
	var n ReferralNotices
	err := rs.pool.QueryRow(ctx, `
SELECT count(*) FILTER (WHERE r.status = 'open' AND`+referralReceivesWhere+`),
       count(*) FILTER (WHERE (r.referrer_id = $3::bigint AND r.status IN ('answered', 'booked', 'declined')
                               AND (r.referrer_seen_at IS NULL OR r.referrer_seen_at < r.updated_at))
                           OR (r.specialist_id = $3::bigint
                               AND r.session_changed_at > coalesce(r.specialist_seen_at, '-infinity')))
FROM referrals r
WHERE r.status IN ('open', 'answered', 'booked', 'declined')
  -- Narrowed to what the three indexes find (the reader's own; the open
  -- ones of their specialties; sessions the desk changed): this runs on
  -- every page.
  AND (r.referrer_id = $3::bigint OR (r.status = 'open' AND r.specialty_code = ANY($2::text[]))
       OR (r.specialist_id = $3::bigint AND r.session_changed_at IS NOT NULL))`+referralParams,
		referralScopeArgs(scope)...).Scan(&n.Waiting, &n.Changed)
	if err != nil {
		return n, fmt.Errorf("store: referral notices of %d: %w", scope.ClinicianID, err)
	}
	return n, nil
}

// ReferralDetail is one referral with what travels with it: its case as
// the case page shows it (when made from a case), and the joint session.
type ReferralDetail struct {
	Referral
	Case *CaseDetail // nil when made from an appointment alone
}

// View returns referral id if scope may see it, and writes the audit row
// of the reading in the same transaction; the referring clinician's
// reading also marks its changes seen. The case travels with the referral:
// whoever may read the referral reads its case summary (the patient's
// words, findings and answers, never their phone), and that reading is the
// referral's audit row. dialogs.ErrNotFound outside the scope or for
// none.
func (rs *Referrals) View(ctx context.Context, scope ReferralScope, actor AuditActor, id int64) (ReferralDetail, error) {
	var d ReferralDetail
	err := pgx.BeginFunc(ctx, rs.pool, func(tx pgx.Tx) error {
		var err error
		if d, err = rs.read(ctx, tx, scope, id); err != nil {
			return err
		}
		if d.Referrer.ID == scope.ClinicianID {
			_, err := tx.Exec(ctx, `UPDATE referrals SET referrer_seen_at = now() WHERE id = $1`, id)
			if err != nil {
				return err
			}
		} else if d.Specialist.ID == scope.ClinicianID && d.SessionChangedAt != nil {
			_, err := tx.Exec(ctx, `UPDATE referrals SET specialist_seen_at = now() WHERE id = $1`, id)
			if err != nil {
				return err
			}
		}
		return auditTx(ctx, tx, actor, "referral.view", "referral", fmt.Sprint(id), map[string]any{
			"status": d.Status, "case": d.CaseID,
		})
	})
	if err != nil {
		return ReferralDetail{}, fmt.Errorf("store: view referral %d: %w", id, err)
	}
	return d, nil
}

// referralCaseSQL reads a referral's case as the case page does, without
// the patient's phone (the referral shares the clinical summary only).
const referralCaseSQL = `
SELECT` + queueColumns + `,
       c.patient_id, c.status, c.complaint, '' AS phone, c.pathway, c.answers, c.facts,
       coalesce(c.claimed_by, 0) AS claimed_by,
       coalesce(k.display_names, '{}'::jsonb) AS claimer_names,
       c.claimed_at, c.closed_at, c.created_at
FROM cases c
LEFT JOIN specialties s ON s.code = c.specialty
LEFT JOIN clinicians k ON k.id = c.claimed_by
WHERE c.id = $1`

// read reads referral id within scope, with its case and session.
func (rs *Referrals) read(ctx context.Context, tx pgx.Tx, scope ReferralScope, id int64) (ReferralDetail, error) {
	var d ReferralDetail
	var session int64
	rows, _ := tx.Query(ctx, referralColumns+` WHERE r.id = $6 AND`+referralSeesWhere, append(referralScopeArgs(scope), id)...)
	r, err := pgx.CollectExactlyOneRow(rows, func(row pgx.CollectableRow) (Referral, error) { return scanReferral(row, &session) })
	if err != nil {
		return d, notFound(err)
	}
	d.Referral = r
	if r.CaseID != 0 {
		rows, _ := tx.Query(ctx, referralCaseSQL, r.CaseID)
		c, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[CaseDetail])
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return d, fmt.Errorf("case %d: %w", r.CaseID, err)
		}
		if err == nil {
			d.Case = &c
		}
	}
	if session != 0 {
		rows, _ := tx.Query(ctx, recordColumns+` WHERE a.id = $1`, session)
		rec, err := pgx.CollectExactlyOneRow(rows, scanRecord)
		if err != nil {
			return d, fmt.Errorf("session %d: %w", session, err)
		}
		d.Session = &rec
	}
	return d, nil
}

// GuestSession is a joint session a clinician joins as the referring
// clinician (the guest), as their day lists it.
type GuestSession struct {
	dialogs.Appointment       // the specialist is its Clinician
	Referral            int64 // 0 when the referral was erased
}

// GuestSessions lists the booked joint sessions clinicianID is the guest
// of, starting in [from, to), by start.
func (rs *Referrals) GuestSessions(ctx context.Context, clinicianID int64, from, to time.Time) ([]GuestSession, error) {
	rows, _ := rs.pool.Query(ctx, `
SELECT a.id, a.patient_id, a.clinician_id, c.display_names, a.specialty_code, s.names,
       lower(a.during), upper(a.during), a.status, a.version, coalesce(a.room, ''), coalesce(a.referral_id, 0), f.time_zone
FROM appointments a
JOIN clinicians c ON c.id = a.clinician_id
JOIN specialties s ON s.code = a.specialty_code
JOIN facilities f ON f.id = a.facility_id
WHERE a.guest_clinician_id = $1 AND a.status = 'booked' AND lower(a.during) >= $2 AND lower(a.during) < $3
ORDER BY lower(a.during), a.id`, clinicianID, from, to)
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (GuestSession, error) {
		var g GuestSession
		ap := &g.Appointment
		err := row.Scan(&ap.ID, &ap.PatientID, &ap.Clinician.ID, &ap.Clinician.Names, &ap.Specialty.Code, &ap.Specialty.Names,
			&ap.Start, &ap.End, &ap.Status, &ap.Version, &ap.Room, &g.Referral, &ap.Zone)
		ap.Start, ap.End = ap.Start.UTC(), ap.End.UTC()
		return g, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: joint sessions of guest %d: %w", clinicianID, err)
	}
	return out, nil
}
