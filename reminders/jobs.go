package reminders

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/frontdoor-health/frontdoor/store"
)

// MaxAttempts is how many times one reminder's job is tried; River reads
// it when the job is inserted.
const MaxAttempts = 10

// Jobs puts reminder jobs in the queue and takes them out, inside the
// caller's transaction (store.ReminderJobs): the insert-only half of the
// reminders, which store.Appointments is built with. It never works a
// job; a Sender does. Safe for concurrent use.
type Jobs struct {
	client *river.Client[pgx.Tx]
}

var _ store.ReminderJobs = (*Jobs)(nil)

// NewJobs builds Jobs over pool (the store's pool: jobs commit in the
// bookings' transactions). log receives River's own warnings; nil
// discards.
func NewJobs(pool *pgxpool.Pool, log *slog.Logger) (*Jobs, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		// An insert wakes the senders (LISTEN/NOTIFY) at most once per
		// cooldown and queue; the senders' own cooldown is as short.
		FetchCooldown: 10 * time.Millisecond,
		MaxAttempts:   MaxAttempts,
		Logger:        log,
	})
	if err != nil {
		return nil, fmt.Errorf("reminders: river client for jobs: %w", err)
	}
	return &Jobs{client: client}, nil
}

// EnqueueTx inserts one job per reminder in tx (store.ReminderJobs).
func (j *Jobs) EnqueueTx(ctx context.Context, tx pgx.Tx, due []store.DueReminder) ([]int64, error) {
	params := make([]river.InsertManyParams, len(due))
	now := time.Now()
	for i, d := range due {
		opts := &river.InsertOpts{Queue: Queue}
		if d.DueAt.After(now) {
			opts.ScheduledAt = d.DueAt
		}
		params[i] = river.InsertManyParams{Args: Args{ReminderID: d.ID}, InsertOpts: opts}
	}
	res, err := j.client.InsertManyTx(ctx, tx, params)
	if err != nil {
		return nil, fmt.Errorf("reminders: enqueue: %w", err)
	}
	ids := make([]int64, len(res))
	for i, r := range res {
		ids[i] = r.Job.ID
	}
	return ids, nil
}

// CancelTx cancels jobs in tx (store.ReminderJobs); jobs already gone are
// no error.
func (j *Jobs) CancelTx(ctx context.Context, tx pgx.Tx, jobIDs []int64) error {
	for _, id := range jobIDs {
		if _, err := j.client.JobCancelTx(ctx, tx, id); err != nil && !errors.Is(err, river.ErrNotFound) {
			return fmt.Errorf("reminders: cancel job %d: %w", id, err)
		}
	}
	return nil
}
