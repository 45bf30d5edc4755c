package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// DueReminder is one planned reminder to put in the job queue.
type DueReminder struct {
	ID    int64     // appointment_reminders.id, the job's only argument
	DueAt time.Time // when the job should run
}

// ReminderJobs puts reminder jobs in the job queue, and takes them out,
// inside the caller's transaction, so that a booking and its reminders
// commit (or roll back) together. reminders.Queue implements it on River.
type ReminderJobs interface {
	// EnqueueTx adds one job per reminder and returns the job ids, in
	// order.
	EnqueueTx(ctx context.Context, tx pgx.Tx, due []DueReminder) ([]int64, error)
	// CancelTx cancels jobs that have not run; a job already gone or
	// finished is no error.
	CancelTx(ctx context.Context, tx pgx.Tx, jobIDs []int64) error
}

const insertRemindersSQL = `
INSERT INTO appointment_reminders (appointment_id, version, offset_seconds, due_at)
SELECT $1, $2, o, d FROM unnest($3::int[], $4::timestamptz[]) AS r(o, d)
ON CONFLICT (appointment_id, version, offset_seconds) DO NOTHING
RETURNING id, due_at`

const setJobIDsSQL = `
UPDATE appointment_reminders r SET job_id = v.job
FROM unnest($1::bigint[], $2::bigint[]) AS v(id, job)
WHERE r.id = v.id`

// planReminders writes ap's reminders for its current version and their
// jobs. A reminder whose time has passed at booking is not planned (the
// next one covers it), except the one at the start, which the booking's
// minimum notice keeps in the future anyway.
func (a *Appointments) planReminders(ctx context.Context, tx pgx.Tx, ap dialogs.Appointment) error {
	now := a.now()
	var offsets []int32
	var dues []time.Time
	for _, off := range a.offsets {
		due := ap.Start.Add(-off)
		if off > 0 && due.Before(now) {
			continue
		}
		offsets = append(offsets, int32(off/time.Second))
		dues = append(dues, due)
	}
	if len(offsets) == 0 {
		return nil
	}
	rows, _ := tx.Query(ctx, insertRemindersSQL, ap.ID, ap.Version, offsets, dues)
	due, err := pgx.CollectRows(rows, pgx.RowToStructByPos[DueReminder])
	if err != nil {
		return fmt.Errorf("plan reminders: %w", err)
	}
	if len(due) == 0 {
		return nil
	}
	jobs, err := a.jobs.EnqueueTx(ctx, tx, due)
	if err != nil {
		return fmt.Errorf("enqueue reminders: %w", err)
	}
	ids := make([]int64, len(due))
	for i, d := range due {
		ids[i] = d.ID
	}
	if _, err := tx.Exec(ctx, setJobIDsSQL, ids, jobs); err != nil {
		return fmt.Errorf("record reminder jobs: %w", err)
	}
	return nil
}

// cancelReminders marks the appointment's pending reminders cancelled
// (outcome says why) and cancels their jobs. A reminder being sent right
// now cannot be called back; its sender checks the appointment's version
// as it claims it.
func (a *Appointments) cancelReminders(ctx context.Context, tx pgx.Tx, appointmentID int64, outcome string) error {
	rows, _ := tx.Query(ctx, `
UPDATE appointment_reminders SET state = 'cancelled', outcome = $2
WHERE appointment_id = $1 AND state = 'pending'
RETURNING job_id`, appointmentID, outcome)
	jobs, err := pgx.CollectRows(rows, pgx.RowTo[*int64])
	if err != nil {
		return fmt.Errorf("cancel reminders: %w", err)
	}
	var ids []int64
	for _, j := range jobs {
		if j != nil {
			ids = append(ids, *j)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	if err := a.jobs.CancelTx(ctx, tx, ids); err != nil {
		return fmt.Errorf("cancel reminder jobs: %w", err)
	}
	return nil
}

// Reminder is one planned reminder, as the dashboard and tests see it.
type Reminder struct {
	ID            int64
	AppointmentID int64
	Version       int
	Offset        time.Duration
	DueAt         time.Time
	State         string // pending, sending, sent, cancelled, skipped, failed
	Outcome       string // why it was not sent
	SentAt        time.Time
	Late          bool
	Attempts      int
}

// Reminders lists the reminders of an appointment, every version, by due
// time.
func (a *Appointments) Reminders(ctx context.Context, appointmentID int64) ([]Reminder, error) {
	rows, _ := a.pool.Query(ctx, `
SELECT id, appointment_id, version, offset_seconds, due_at, state, outcome, sent_at, late, attempts
FROM appointment_reminders WHERE appointment_id = $1 ORDER BY due_at, id`, appointmentID)
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Reminder, error) {
		var r Reminder
		var off int32
		var sent *time.Time
		err := row.Scan(&r.ID, &r.AppointmentID, &r.Version, &off, &r.DueAt, &r.State, &r.Outcome, &sent, &r.Late, &r.Attempts)
		r.Offset = time.Duration(off) * time.Second
		if sent != nil {
			r.SentAt = *sent
		}
		return r, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: reminders of appointment %d: %w", appointmentID, err)
	}
	return out, nil
}
