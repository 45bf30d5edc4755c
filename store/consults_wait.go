package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Waiting-time estimates read three things: the case's place in the queue,
// the clinicians who could take it, are on duty and were on the dashboard
// lately (and which of them are in a consult now), and how long recent
// consults took.

// Defaults of the estimates.
const (
	// OnlineWithin is how recently a clinician's dashboard must have been
	// seen for them to count as present (the event stream beats every
	// 20 s); a clinician counts for the queue only when present and on
	// duty (their switch, clinicians.on_duty).
	OnlineWithin = 90 * time.Second
)

// waitFiguresSQL computes the figures of the waiting cases chosen by
// whichWaiting, most urgent first: $1 the online window in seconds, $2 at
// most this many cases. The place counts the waiting cases a clinician
// who could take the case would pick before it, in the dashboard's order
// (urgency, then time in the queue): those of its facility or the
// network-wide pool, of its specialty or emergencies (which every
// specialty sees). A clinician can take a case of the pool or of one of their
// facilities, in one of their specialties, or any emergency; general
// practitioners and emergency physicians any case (as Scope says). A case
// claimed over two hours ago no longer makes its clinician busy (it was
// likely left open by mistake); the typical length is the median of the
// last 50 consults closed this week, none with fewer than 3.
const waitFiguresSQL = `
WITH w AS (
    SELECT c.id, c.specialty, c.urgency, c.facility_id, c.queued_at, c.wait_told, c.wait_told_at,
           p.channel, p.conversation_id,
           CASE c.urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 WHEN 'routine' THEN 2 ELSE 3 END AS rank
    FROM cases c JOIN patients p ON p.id = c.patient_id
    WHERE c.status = 'waiting' AND whichWaiting
), online AS (
    SELECT k.id,
           array_prepend(k.facility_id, ARRAY(SELECT cf.facility_id FROM clinician_facilities cf
                                              WHERE cf.clinician_id = k.id)) AS facilities,
           ARRAY(SELECT cs.specialty_code FROM clinician_specialties cs WHERE cs.clinician_id = k.id) AS specialties,
           EXISTS (SELECT 1 FROM cases b WHERE b.status = 'claimed' AND b.claimed_by = k.id
                   AND b.claimed_at > now() - interval '2 hours') AS busy
    FROM clinicians k
    WHERE k.active AND k.role = 'clinician' AND k.on_duty AND k.seen_at > now() - make_interval(secs => $1)
), recent AS (
    SELECT extract(epoch FROM closed_at - claimed_at) AS secs
    FROM cases WHERE status = 'closed' AND closed_at > now() - interval '7 days' AND claimed_at IS NOT NULL
    ORDER BY closed_at DESC LIMIT 50
), typical AS (
    SELECT CASE WHEN count(*) >= 3 THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) ELSE 0 END AS secs
    FROM recent
)
SELECT w.id, w.channel, w.conversation_id, w.wait_told, w.wait_told_at,
       1 + (SELECT count(*) FROM cases o
            WHERE o.status = 'waiting' AND o.id <> w.id
              AND (o.facility_id IS NULL OR o.facility_id IS NOT DISTINCT FROM w.facility_id)
              AND (o.urgency = 'emergency' OR o.specialty = w.specialty)
              AND (CASE o.urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 WHEN 'routine' THEN 2 ELSE 3 END,
                   o.queued_at, o.id) < (w.rank, w.queued_at, w.id)) AS position,
       count(k.id) AS online, count(k.id) FILTER (WHERE k.busy) AS busy,
       round(typical.secs::numeric)::bigint AS typical
FROM w CROSS JOIN typical
LEFT JOIN online k ON (w.facility_id IS NULL OR w.facility_id = ANY (k.facilities))
                  AND (w.urgency = 'emergency' OR w.specialty = ANY (k.specialties)
                       OR k.specialties && ARRAY['general_practice', 'emergency_medicine'])
GROUP BY w.id, w.channel, w.conversation_id, w.wait_told, w.wait_told_at, w.rank, w.queued_at,
         w.facility_id, w.specialty, typical.secs
ORDER BY w.rank, w.queued_at, w.id
LIMIT $2`

// One case's figures are asked on every queued decision: the case is read
// by its key ($3), not picked out of the waiting cases. One query for both
// uses ("$1 = 0 OR id = $1") could not use the key, and read the whole
// queue (and the patients' table) once more per decision.
//
// They are read to be told, so the same statement records them as told
// (wait_told, as dialogs.WaitFigures' JSON): one statement and one commit
// per queued decision rather than a read and then a write of its own.
// TestWaitFigures reads that JSON back as the struct it was read as.
var (
	waitFiguresOneSQL = `
WITH f AS (` + strings.Replace(waitFiguresSQL, "whichWaiting", "c.id = $3", 1) + `
), told AS (
    UPDATE cases SET wait_told = jsonb_build_object('p', f.position, 'o', f.online, 'b', f.busy,
                                                    't', f.typical * 1000000000),
                     wait_told_at = now()
    FROM f WHERE cases.id = f.id
)
SELECT f.* FROM f`
	waitFiguresAllSQL = strings.Replace(waitFiguresSQL, "whichWaiting", "true", 1)
)

// WaitingCase is a waiting case with its estimate's figures now and as the
// patient was last told them.
type WaitingCase struct {
	CaseID       int64
	Conversation dialogs.ConversationKey
	Figures      dialogs.WaitFigures
	Told         *dialogs.WaitFigures // nil: never told
	ToldAt       *time.Time
}

func (co *Consults) waitingFigures(ctx context.Context, caseID int64, limit int) ([]WaitingCase, error) {
	var rows pgx.Rows
	if caseID != 0 {
		rows, _ = co.pool.Query(ctx, waitFiguresOneSQL, OnlineWithin.Seconds(), limit, caseID)
	} else {
		rows, _ = co.pool.Query(ctx, waitFiguresAllSQL, OnlineWithin.Seconds(), limit)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (WaitingCase, error) {
		var w WaitingCase
		var told []byte
		var typical int64 // seconds
		err := row.Scan(&w.CaseID, &w.Conversation.Channel, &w.Conversation.ID, &told, &w.ToldAt,
			&w.Figures.Position, &w.Figures.Online, &w.Figures.Busy, &typical)
		if err != nil {
			return w, err
		}
		w.Figures.Typical = time.Duration(typical) * time.Second
		if told != nil {
			var f dialogs.WaitFigures
			if json.Unmarshal(told, &f) == nil {
				w.Told = &f
			}
		}
		return w, nil
	})
}

// WaitFigures returns the figures of a waiting case and records them as
// told, in one statement; see dialogs.Consults.
func (co *Consults) WaitFigures(ctx context.Context, caseID int64) (dialogs.WaitFigures, error) {
	ws, err := co.waitingFigures(ctx, caseID, 1)
	if err == nil && len(ws) == 0 {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return dialogs.WaitFigures{}, fmt.Errorf("store: wait figures of case %d: %w", caseID, err)
	}
	return ws[0].Figures, nil
}

// WaitingCases returns every waiting case (at most limit, most urgent
// first) with its figures, for the updates of estimated waits.
func (co *Consults) WaitingCases(ctx context.Context, limit int) ([]WaitingCase, error) {
	ws, err := co.waitingFigures(ctx, 0, limit)
	if err != nil {
		return nil, fmt.Errorf("store: waiting cases' figures: %w", err)
	}
	return ws, nil
}

// claimWaitSQL records new figures only if nobody recorded any since
// they were read (told_at unchanged) and the case still waits.
const claimWaitSQL = `
UPDATE cases SET wait_told = $2, wait_told_at = now()
WHERE id = $1 AND status = 'waiting' AND wait_told_at IS NOT DISTINCT FROM $3
RETURNING id`

// ClaimWaitUpdate records f as told for the waiting case w, if no other
// process did since w was read; it reports whether this caller should tell
// the patient. Of concurrent callers at most one gets true.
func (co *Consults) ClaimWaitUpdate(ctx context.Context, w WaitingCase, f dialogs.WaitFigures) (bool, error) {
	raw, err := json.Marshal(f)
	if err != nil {
		return false, fmt.Errorf("store: wait update, case %d: %w", w.CaseID, err)
	}
	var id int64
	err = co.pool.QueryRow(ctx, claimWaitSQL, w.CaseID, raw, w.ToldAt).Scan(&id)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("store: wait update, case %d: %w", w.CaseID, err)
	}
	return true, nil
}

// ClinicianSeen records that the clinician's dashboard is open now; it
// writes at most every few seconds per clinician.
func (co *Consults) ClinicianSeen(ctx context.Context, clinicianID int64) error {
	_, err := co.pool.Exec(ctx, `
UPDATE clinicians SET seen_at = now()
WHERE id = $1 AND (seen_at IS NULL OR seen_at < now() - interval '5 seconds')`, clinicianID)
	if err != nil {
		return fmt.Errorf("store: clinician %d seen: %w", clinicianID, err)
	}
	return nil
}
