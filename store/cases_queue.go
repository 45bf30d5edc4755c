package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
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
	// Visitor is "pilgrim", "resident", or "" when the patient has not said
	// (dialogs.Places): the case's fact, else the patient's answer given
	// since (an emergency's case is opened before the question).
	Visitor  string    `db:"visitor"`
	Channel  string    `db:"channel"`   // the patient's: telegram or web
	Since    time.Time `db:"since"`     // when it entered the queue (or was triaged)
	HasPhone bool      `db:"has_phone"` // the patient shared a number (shown on the audited case page only)
}

const queueColumns = `
c.id, coalesce(c.facility_id, 0) AS facility_id, c.specialty,
coalesce(s.names, jsonb_build_object('en', c.specialty)) AS specialty_names,
c.urgency, c.red_flags, c.lang,
CASE WHEN c.facts->>'pilgrim' IN ('true', 'yes', '1') THEN 'pilgrim'
     WHEN c.facts->>'pilgrim' IN ('false', 'no', '0') THEN 'resident'
     ELSE coalesce((SELECT p.visitor FROM patients p WHERE p.id = c.patient_id AND p.visitor <> 'skipped'), '')
END AS visitor,
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

// QueueStats are the queue's figures for the Today page.
type QueueStats struct {
	Waiting    int           // waiting now, within the scope
	MedianWait time.Duration // from queued to claimed, for cases claimed since; 0 when none
	Claimed    int           // cases claimed since, within the scope
	ClosedByMe int           // cases the scope's clinician closed since
}

// Counts over the whole scope (every status), not only what a clinician
// may open: they are figures, no case is shown.
const queueStatsSQL = `
SELECT
    count(*) FILTER (WHERE c.status = 'waiting'),
    coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.claimed_at - c.queued_at))
             FILTER (WHERE c.claimed_at >= $6), 0),
    count(*) FILTER (WHERE c.claimed_at >= $6),
    count(*) FILTER (WHERE c.status = 'closed' AND c.closed_at >= $6 AND c.claimed_by = $4)
FROM cases c
WHERE (c.status = 'waiting' OR c.claimed_at >= $6) AND` + scopeWhere

// QueueStats returns the figures of scope's queue since the given time
// (the start of the day).
func (cs *Cases) QueueStats(ctx context.Context, scope Scope, since time.Time) (QueueStats, error) {
	s := scope
	s.CanClaim = false
	var st QueueStats
	var median float64
	err := cs.pool.QueryRow(ctx, queueStatsSQL, append(scopeArgs(s), since)...).Scan(&st.Waiting, &median, &st.Claimed, &st.ClosedByMe)
	if err != nil {
		return QueueStats{}, fmt.Errorf("store: queue stats: %w", err)
	}
	st.MedianWait = time.Duration(median * float64(time.Second))
	return st, nil
}
