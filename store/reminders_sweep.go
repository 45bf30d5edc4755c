package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// HoldSenderLock marks this process as the live reminder sender holder:
// it takes the session advisory lock (reminderLockClass, holder) on a
// connection of its own, kept out of the pool until release is called (or
// the process dies, which frees the lock at once). Another process's
// SweepReminders takes over the sends of a holder whose lock is gone.
// It fails if another session holds the same holder id.
func (a *Appointments) HoldSenderLock(ctx context.Context, holder int32) (release func(), err error) {
	conn, err := a.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: reminder sender lock: %w", err)
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, $2)`, reminderLockClass, holder).Scan(&ok); err != nil {
		conn.Release()
		return nil, fmt.Errorf("store: reminder sender lock: %w", err)
	}
	if !ok {
		conn.Release()
		return nil, fmt.Errorf("store: reminder sender lock: holder %d is taken", holder)
	}
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1, $2)`, reminderLockClass, holder); err != nil {
			// The lock dies with the connection: close it rather than
			// return a connection still holding it to the pool.
			_ = conn.Conn().Close(ctx)
		}
		conn.Release()
	}, nil
}

// sweepCandidatesSQL finds reminders whose send must be restarted: held by
// a sender that died (its lock is gone) or overran its lease; or due for
// longer than the grace while their job still waits in the queue's
// scheduled or retry state, which happens when no queue leader has run
// since they came due (right after a restart, the old leader's lease has
// to expire first).
const sweepCandidatesSQL = `
SELECT r.id, coalesce(r.job_id, 0)
FROM appointment_reminders r
LEFT JOIN river_job j ON j.id = r.job_id
WHERE (r.state = 'sending' AND (r.claimed_until < now() OR NOT EXISTS (
          SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
            AND l.classid = $1::int::oid AND l.objid = r.claimed_by::oid)))
   OR (r.state = 'pending' AND r.due_at < now() - make_interval(secs => $2)
       AND (j.id IS NULL OR (j.state IN ('scheduled', 'retryable') AND j.scheduled_at < now() - make_interval(secs => $2))))
ORDER BY r.due_at
LIMIT $3
FOR UPDATE OF r SKIP LOCKED`

// SweepResult counts what SweepReminders did.
type SweepResult struct {
	Restarted   int // reminders given a new job, due now
	HoldsPurged int // expired holds deleted
}

// SweepReminders restarts, with a new job due now, the reminders whose
// send or schedule stalled (see sweepCandidatesSQL), at most limit per
// call, cancelling their old jobs; and deletes holds expired for over a
// minute. Any process may call it at any time; concurrent sweeps skip each
// other's rows. grace should exceed the job queue's scheduler interval.
func (a *Appointments) SweepReminders(ctx context.Context, grace time.Duration, limit int) (SweepResult, error) {
	var res SweepResult
	err := pgx.BeginFunc(ctx, a.pool, func(tx pgx.Tx) error {
		rows, _ := tx.Query(ctx, sweepCandidatesSQL, reminderLockClass, grace.Seconds(), limit)
		type cand struct{ ID, Job int64 }
		cands, err := pgx.CollectRows(rows, pgx.RowToStructByPos[cand])
		if err != nil || len(cands) == 0 {
			return err
		}
		ids, old, due := make([]int64, 0, len(cands)), make([]int64, 0, len(cands)), make([]DueReminder, 0, len(cands))
		now := time.Now()
		for _, c := range cands {
			ids = append(ids, c.ID)
			if c.Job != 0 {
				old = append(old, c.Job)
			}
			due = append(due, DueReminder{ID: c.ID, DueAt: now})
		}
		if _, err := tx.Exec(ctx, `
UPDATE appointment_reminders SET state = 'pending', claimed_by = NULL, claimed_until = NULL
WHERE id = ANY($1)`, ids); err != nil {
			return err
		}
		if len(old) > 0 {
			if err := a.jobs.CancelTx(ctx, tx, old); err != nil {
				return fmt.Errorf("cancel stalled jobs: %w", err)
			}
		}
		jobs, err := a.jobs.EnqueueTx(ctx, tx, due)
		if err != nil {
			return fmt.Errorf("enqueue restarted reminders: %w", err)
		}
		if _, err := tx.Exec(ctx, setJobIDsSQL, ids, jobs); err != nil {
			return err
		}
		res.Restarted = len(cands)
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("store: sweep reminders: %w", err)
	}
	tag, err := a.pool.Exec(ctx, `
DELETE FROM appointments WHERE status = 'held' AND hold_until < now() - interval '1 minute'`)
	if err != nil {
		return res, fmt.Errorf("store: purge holds: %w", err)
	}
	res.HoldsPurged = int(tag.RowsAffected())
	return res, nil
}
