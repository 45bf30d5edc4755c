package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Retention applies the deployment's retention policy to everything kept
// about patients. Get it from Postgres.Retention; safe for concurrent use.
type Retention struct {
	pool *pgxpool.Pool
}

// Retention returns the retention of p's database, sharing its pool.
func (p *Postgres) Retention() *Retention { return &Retention{pool: p.pool} }

// Purge applies a retention policy: it deletes what is older than before,
// in one transaction, and returns the counts and the conversations whose
// patient was deleted (so the caller can forget their sessions too).
//
//   - cases opened before before that are no longer live (triaged, closed,
//     or left; waiting and claimed cases stay), with their messages;
//   - appointments that ended before before, with their reminders;
//   - patients who joined before before and have no case or appointment
//     left.
//
// With dryRun it counts and deletes nothing. It appends an audit row
// "retention.purge" (actor system) with the cut-off and the counts.
func (rt *Retention) Purge(ctx context.Context, before time.Time, dryRun bool) (Erased, []dialogs.ConversationKey, error) {
	var (
		n    Erased
		keys []dialogs.ConversationKey
	)
	err := pgx.BeginFunc(ctx, rt.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM cases WHERE created_at < $1 AND status IN ('triaged', 'closed', 'left')`, before)
		if err != nil {
			return fmt.Errorf("delete old cases: %w", err)
		}
		n.Cases = tag.RowsAffected()
		hasAppointments, err := tableExists(ctx, tx, "appointments")
		if err != nil {
			return err
		}
		if hasAppointments {
			if n.Appointments, err = purgeAppointments(ctx, tx, before); err != nil {
				return err
			}
		}
		stale := `SELECT id, channel, conversation_id FROM patients p WHERE created_at < $1
			AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.patient_id = p.id)`
		if hasAppointments {
			stale += ` AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.patient_id = p.id)`
		}
		rows, _ := tx.Query(ctx, stale+` FOR UPDATE`, before)
		var ids []int64
		var id int64
		var k dialogs.ConversationKey
		_, err = pgx.ForEachRow(rows, []any{&id, &k.Channel, &k.ID}, func() error {
			ids, keys = append(ids, id), append(keys, k)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read old patients: %w", err)
		}
		tag, err = tx.Exec(ctx, `DELETE FROM patients WHERE id = ANY($1)`, ids)
		if err != nil {
			return fmt.Errorf("delete old patients: %w", err)
		}
		n.Patients = tag.RowsAffected()
		if dryRun {
			return errDryRun
		}
		return auditErasure(ctx, tx, ActorSystem, "purge", "retention.purge", "", "", n,
			map[string]any{"before": before.UTC().Format(time.RFC3339)})
	})
	if errors.Is(err, errDryRun) {
		return n, keys, nil
	}
	if err != nil {
		return Erased{}, nil, fmt.Errorf("store: purge before %s: %w", before.Format(time.DateOnly), err)
	}
	return n, keys, nil
}

// errDryRun rolls a dry run back.
var errDryRun = errors.New("store: dry run")

// purgeAppointments deletes appointments that ended before before. One a
// case still points at (its follow-up) stays until the case goes.
func purgeAppointments(ctx context.Context, tx pgx.Tx, before time.Time) (int64, error) {
	var followUps bool
	err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'cases' AND column_name = 'follow_up_id')`).Scan(&followUps)
	if err != nil {
		return 0, fmt.Errorf("look for follow-ups: %w", err)
	}
	q := `DELETE FROM appointments a WHERE upper(a.during) < $1`
	if followUps {
		q += ` AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.follow_up_id = a.id)`
	}
	tag, err := tx.Exec(ctx, q, before)
	if err != nil {
		return 0, fmt.Errorf("delete old appointments: %w", err)
	}
	return tag.RowsAffected(), nil
}
