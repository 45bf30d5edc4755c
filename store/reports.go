package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/locales"
)

// ReportRow is one day's consults of one specialty within a scope: cases
// queued for a clinician that day (in the report's zone), how many were
// taken, how long they waited, and what patients made of them; and the
// appointments that day whose patient did not come.
type ReportRow struct {
	Day            string        `db:"day"` // YYYY-MM-DD in the report's zone
	Specialty      string        `db:"specialty"`
	SpecialtyNames locales.Names `db:"specialty_names"` // the specialty's names, or its code in English
	Queued         int           `db:"queued"`
	Emergencies    int           `db:"emergencies"`
	Claimed        int           `db:"claimed"`
	// MedianWait and P90Wait run from queued to claimed, over the claimed
	// cases; 0 when none was.
	MedianWait time.Duration `db:"-"`
	P90Wait    time.Duration `db:"-"`
	Left       int           `db:"left_queue"` // patients who left the queue before a clinician came
	Rated      int           `db:"rated"`
	MeanRating float64       `db:"mean_rating"` // 1–5 over Rated; 0 when none
	// NoShows counts the appointments of the day and specialty whose
	// patient did not come (marked at the desk).
	NoShows int `db:"no_shows"`
	// Referrals counts the specialist referrals of the specialty made that
	// day (to or from the scope's facilities), and Answered24h those of
	// them answered in writing or with a joint session booked within 24
	// hours of being made.
	Referrals   int `db:"referrals"`
	Answered24h int `db:"answered_24h"`
}

// reportRow is a ReportRow as scanned, the waits in seconds.
type reportRow struct {
	ReportRow
	MedianS float64 `db:"median_s"`
	P90S    float64 `db:"p90_s"`
}

// Counts over the whole scope (every status): figures, no case shown.
// Consults count by the day a case was queued; no-shows by the day the
// missed appointment started; referrals by the day they were made, where
// they were sent from or to (one to any facility counts where it was sent
// from); and a day with any has a row.
const reportSQL = `
WITH consults AS (
SELECT to_char((c.queued_at AT TIME ZONE $8)::date, 'YYYY-MM-DD') AS day, c.specialty,
       coalesce(s.names, jsonb_build_object('en', c.specialty)) AS specialty_names,
       count(*) AS queued,
       count(*) FILTER (WHERE c.urgency = 'emergency') AS emergencies,
       count(c.claimed_at) AS claimed,
       coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.claimed_at - c.queued_at))
                FILTER (WHERE c.claimed_at IS NOT NULL), 0) AS median_s,
       coalesce(percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM c.claimed_at - c.queued_at))
                FILTER (WHERE c.claimed_at IS NOT NULL), 0) AS p90_s,
       count(*) FILTER (WHERE c.status = 'left') AS left_queue,
       count(c.rating) AS rated,
       coalesce(avg(c.rating), 0)::float8 AS mean_rating
FROM cases c LEFT JOIN specialties s ON s.code = c.specialty
WHERE c.queued_at >= $6 AND c.queued_at < $7 AND` + scopeWhere + `
GROUP BY 1, 2, 3
), missed AS (
SELECT to_char((lower(a.during) AT TIME ZONE $8)::date, 'YYYY-MM-DD') AS day, a.specialty_code AS specialty,
       count(*) AS no_shows
FROM appointments a
WHERE a.no_show_at IS NOT NULL AND lower(a.during) >= $6 AND lower(a.during) < $7 AND` + deskScopeWhere + `
GROUP BY 1, 2
), referred AS (
SELECT to_char((r.created_at AT TIME ZONE $8)::date, 'YYYY-MM-DD') AS day, r.specialty_code AS specialty,
       count(*) AS referrals,
       count(*) FILTER (WHERE r.responded_at <= r.created_at + interval '24 hours') AS answered_24h
FROM referrals r
WHERE r.created_at >= $6 AND r.created_at < $7 AND cardinality($1::bigint[]) > 0
  AND (r.facility_id = ANY($1::bigint[]) OR r.from_facility_id = ANY($1::bigint[]))
  AND ($2::bool OR r.specialty_code = ANY($3::text[]))
GROUP BY 1, 2
)
SELECT day, specialty,
       coalesce(c.specialty_names, s.names, jsonb_build_object('en', specialty)) AS specialty_names,
       coalesce(c.queued, 0) AS queued, coalesce(c.emergencies, 0) AS emergencies, coalesce(c.claimed, 0) AS claimed,
       coalesce(c.median_s, 0) AS median_s, coalesce(c.p90_s, 0) AS p90_s, coalesce(c.left_queue, 0) AS left_queue,
       coalesce(c.rated, 0) AS rated, coalesce(c.mean_rating, 0) AS mean_rating, coalesce(m.no_shows, 0) AS no_shows,
       coalesce(f.referrals, 0) AS referrals, coalesce(f.answered_24h, 0) AS answered_24h
FROM consults c FULL JOIN missed m USING (day, specialty) FULL JOIN referred f USING (day, specialty)
LEFT JOIN specialties s ON s.code = specialty
ORDER BY 1, 2`

// Reports are the coordinators' figures: one grouped query over the
// cases of a scope. Get them from Postgres.Reports; safe for concurrent
// use.
type Reports struct {
	pool *pgxpool.Pool
}

// Reports returns the reports over p's database, sharing its pool.
func (p *Postgres) Reports() *Reports { return &Reports{pool: p.pool} }

// Consults returns the consults of scope queued in [from, to), by day in
// zone and by specialty.
func (rp *Reports) Consults(ctx context.Context, scope Scope, from, to time.Time, zone *time.Location) ([]ReportRow, error) {
	s := scope
	s.CanClaim = false // figures over the whole scope, not only what one clinician may open
	rows, _ := rp.pool.Query(ctx, reportSQL, append(scopeArgs(s), from, to, zone.String())...)
	scanned, err := pgx.CollectRows(rows, pgx.RowToStructByName[reportRow])
	if err != nil {
		return nil, fmt.Errorf("store: report: %w", err)
	}
	list := make([]ReportRow, len(scanned))
	for i, r := range scanned {
		list[i] = r.ReportRow
		list[i].MedianWait = time.Duration(r.MedianS * float64(time.Second)).Round(time.Second)
		list[i].P90Wait = time.Duration(r.P90S * float64(time.Second)).Round(time.Second)
	}
	return list, nil
}
