package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// enqueueSQL moves a triaged case into the queue. The outer query reads
// the snapshot from before the update: it tells a missing case from one
// already in (or past) the queue.
const enqueueSQL = `
WITH u AS (
    UPDATE cases SET status = 'waiting', queued_at = now()
    WHERE id = $1 AND status = 'triaged'
    RETURNING coalesce(facility_id, 0) AS facility_id, specialty, urgency
)
SELECT EXISTS (SELECT 1 FROM cases WHERE id = $1),
       EXISTS (SELECT 1 FROM u),
       coalesce((SELECT facility_id FROM u), 0),
       coalesce((SELECT specialty FROM u), ''),
       coalesce((SELECT urgency FROM u), '')`

// Enqueue puts a triaged case in the queue (see dialogs.CaseQueue) and,
// when this call did, announces it as a new case in the queue: a case the
// patient later asks a doctor about joins the queue rather than being
// opened twice.
func (cs *Cases) Enqueue(ctx context.Context, id int64) error {
	e := CaseEvent{Kind: EventCaseCreated, CaseID: id}
	var exists, queued bool
	err := cs.pool.QueryRow(ctx, enqueueSQL, id).Scan(&exists, &queued, &e.FacilityID, &e.Specialty, &e.Urgency)
	switch {
	case err != nil:
		return fmt.Errorf("store: enqueue case %d: %w", id, err)
	case !exists:
		return fmt.Errorf("store: enqueue case %d: %w", id, dialogs.ErrNotFound)
	case queued:
		cs.announce(ctx, e)
	}
	return nil
}

// queuePositionSQL counts the waiting cases a clinician who could take
// case $1 would pick before it, in the dashboard's order (urgency, then
// time in the queue): those of its facility or the network-wide pool, of
// its specialty or emergencies (which every specialty sees). The partial
// index on waiting cases keeps this to the queue's length.
const queuePositionSQL = `
WITH ranked AS (
    SELECT id, specialty, urgency, facility_id, queued_at,
           CASE urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 WHEN 'routine' THEN 2 ELSE 3 END AS rank
    FROM cases WHERE status = 'waiting'
)
SELECT 1 + (SELECT count(*) FROM ranked c
            WHERE c.id <> me.id
              AND (c.facility_id IS NULL OR c.facility_id IS NOT DISTINCT FROM me.facility_id)
              AND (c.urgency = 'emergency' OR c.specialty = me.specialty)
              AND (c.rank, c.queued_at, c.id) < (me.rank, me.queued_at, me.id))
FROM ranked me WHERE me.id = $1`

// QueuePosition returns the place of a waiting case; see
// dialogs.CaseQueue. It is an estimate of order, not a promise: a
// clinician may pick any case they see.
func (cs *Cases) QueuePosition(ctx context.Context, id int64) (int, error) {
	var n int
	err := cs.pool.QueryRow(ctx, queuePositionSQL, id).Scan(&n)
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return 0, fmt.Errorf("store: queue position of case %d: %w", id, err)
	}
	return n, nil
}
