package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/locales"
)

// DayAppointment is one booked appointment of a clinician's day: times and
// codes, no patient details.
type DayAppointment struct {
	ID        int64         `db:"id"`
	Start     time.Time     `db:"start_at"`
	End       time.Time     `db:"end_at"`
	Specialty locales.Names `db:"specialty_names"`
	Confirmed bool          `db:"confirmed"`
}

const clinicianDaySQL = `
SELECT a.id, lower(a.during) AS start_at, upper(a.during) AS end_at,
       s.names AS specialty_names, a.confirmed_at IS NOT NULL AS confirmed
FROM appointments a JOIN specialties s ON s.code = a.specialty_code
WHERE a.clinician_id = $1 AND a.status = 'booked' AND a.during && tstzrange($2, $3)
ORDER BY lower(a.during), a.id`

// ClinicianDay lists the clinician's booked appointments that overlap
// [from, to), earliest first.
func (p *Postgres) ClinicianDay(ctx context.Context, clinicianID int64, from, to time.Time) ([]DayAppointment, error) {
	rows, _ := p.pool.Query(ctx, clinicianDaySQL, clinicianID, from, to)
	day, err := pgx.CollectRows(rows, pgx.RowToStructByName[DayAppointment])
	if err != nil {
		return nil, fmt.Errorf("store: day of clinician %d: %w", clinicianID, err)
	}
	return day, nil
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
func (p *Postgres) QueueStats(ctx context.Context, scope Scope, since time.Time) (QueueStats, error) {
	s := scope
	s.CanClaim = false
	var st QueueStats
	var median float64
	err := p.pool.QueryRow(ctx, queueStatsSQL, append(scopeArgs(s), since)...).Scan(&st.Waiting, &median, &st.Claimed, &st.ClosedByMe)
	if err != nil {
		return QueueStats{}, fmt.Errorf("store: queue stats: %w", err)
	}
	st.MedianWait = time.Duration(median * float64(time.Second))
	return st, nil
}
