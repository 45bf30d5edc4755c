package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// A specialist's change applies to a referral they receive that is open,
// or that they accepted themselves ($6: the referral).
const referralActsWhere = `
r.id = $6 AND (r.status = 'open' AND` + referralReceivesWhere + `
               OR r.status = 'accepted' AND r.specialist_id = $3::bigint AND $4::bool)` + referralParams

// Accept takes referral id for scope's specialist: it leaves the other
// specialists' queues. ErrReferralChanged if it is no longer open (another
// specialist took it first: one winner); dialogs.ErrNotFound if scope does
// not receive it.
func (rs *Referrals) Accept(ctx context.Context, scope ReferralScope, actor AuditActor, id int64) error {
	return rs.change(ctx, scope, actor, id, "referral.accept", `
UPDATE referrals r SET status = 'accepted', specialist_id = $3::bigint, accepted_at = now(), updated_at = now()
WHERE r.id = $6 AND r.status = 'open' AND`+referralReceivesWhere+referralParams+`
RETURNING r.id`)
}

// Answer records scope's written answer to referral id (open, or accepted
// by them): the referring clinician reads it on the referral's page, and
// their dashboard says it came. ErrInvalidAnswer for an empty or
// over-long answer; ErrReferralChanged and dialogs.ErrNotFound as for
// Accept.
func (rs *Referrals) Answer(ctx context.Context, scope ReferralScope, actor AuditActor, id int64, answer string) error {
	answer = strings.TrimSpace(answer)
	if answer == "" || utf8.RuneCountInString(answer) > 8000 {
		return ErrInvalidAnswer
	}
	return rs.change(ctx, scope, actor, id, "referral.answer", `
UPDATE referrals r SET status = 'answered', specialist_id = $3::bigint, answer = $7,
       accepted_at = coalesce(r.accepted_at, now()), answered_at = now(),
       responded_at = coalesce(r.responded_at, now()), updated_at = now()
WHERE`+referralActsWhere+`
RETURNING r.id`, answer)
}

// Decline declines referral id for scope's specialist, with a note for the
// referring clinician (optional, at most 8000 characters), who is told on
// their dashboard and may refer again elsewhere. Errors as for Answer.
func (rs *Referrals) Decline(ctx context.Context, scope ReferralScope, actor AuditActor, id int64, note string) error {
	note = strings.TrimSpace(note)
	if utf8.RuneCountInString(note) > 8000 {
		return ErrInvalidAnswer
	}
	return rs.change(ctx, scope, actor, id, "referral.decline", `
UPDATE referrals r SET status = 'declined', specialist_id = $3::bigint, answer = nullif($7, ''),
       closed_at = now(), updated_at = now()
WHERE`+referralActsWhere+`
RETURNING r.id`, note)
}

// Withdraw withdraws referral id for the clinician who made it, while no
// specialist has answered it or booked a session. Errors as for Accept.
func (rs *Referrals) Withdraw(ctx context.Context, scope ReferralScope, actor AuditActor, id int64) error {
	return rs.change(ctx, scope, actor, id, "referral.withdraw", `
UPDATE referrals r SET status = 'withdrawn', closed_at = now(), updated_at = now()
WHERE r.id = $6 AND r.referrer_id = $3::bigint AND r.status IN ('open', 'accepted')`+referralParams+`
RETURNING r.id`)
}

// change runs one of the changes above with its audit row, in one
// transaction. No row changed is ErrReferralChanged when scope may see the
// referral, dialogs.ErrNotFound otherwise.
func (rs *Referrals) change(ctx context.Context, scope ReferralScope, actor AuditActor, id int64, action, sql string, extra ...any) error {
	err := pgx.BeginFunc(ctx, rs.pool, func(tx pgx.Tx) error {
		args := append(append(referralScopeArgs(scope), id), extra...)
		var got int64
		err := tx.QueryRow(ctx, sql, args...).Scan(&got)
		if errors.Is(err, pgx.ErrNoRows) {
			return rs.whyNot(ctx, tx, scope, id)
		}
		if err != nil {
			return err
		}
		return auditTx(ctx, tx, actor, action, "referral", fmt.Sprint(id), nil)
	})
	if err != nil {
		return fmt.Errorf("store: %s %d: %w", action, id, err)
	}
	return nil
}

// whyNot tells a referral scope may see but not change
// (ErrReferralChanged) from one it may not see (dialogs.ErrNotFound).
func (rs *Referrals) whyNot(ctx context.Context, tx pgx.Tx, scope ReferralScope, id int64) error {
	var seen bool
	err := tx.QueryRow(ctx, `SELECT true FROM referrals r WHERE r.id = $6 AND`+referralSeesWhere,
		append(referralScopeArgs(scope), id)...).Scan(&seen)
	if errors.Is(err, pgx.ErrNoRows) {
		return dialogs.ErrNotFound
	}
	if err != nil {
		return err
	}
	return ErrReferralChanged
}
