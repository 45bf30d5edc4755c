package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/locales"
)

// OnDuty is a clinician as the duty page shows them. A clinician takes
// quick consults while their switch is on (clinicians.on_duty, turned by
// them or an admin: Accounts.SetOnDuty) and their dashboard is open: its
// event stream marks them seen (clinicians.seen_at), and they count as
// present for OnlineWithin after. Only then do they count for the
// waiting-time estimates and the no-doctor fallback.
type OnDuty struct {
	ID          int64         `db:"id"`
	Username    string        `db:"username"`
	Names       locales.Names `db:"display_names"`
	Facilities  []string      `db:"facilities"`
	Specialties []string      `db:"specialties"`
	SeenAt      *time.Time    `db:"seen_at"`
	// Switch is the clinician's on-duty switch; Online that it is on and
	// the dashboard is open (they take quick consults now).
	Switch bool `db:"on_duty"`
	Online bool `db:"online"`
	// Busy: in a quick consult now (a case claimed under two hours ago).
	Busy bool `db:"busy"`
}

// Duty lists the active clinicians, those taking consults now first, then
// those switched on, then by username.
func (p *Postgres) Duty(ctx context.Context) ([]OnDuty, error) {
	rows, _ := p.pool.Query(ctx, `
SELECT k.id, k.username, k.display_names, k.seen_at, k.on_duty,
       ARRAY(SELECT f.code FROM facilities f WHERE f.id = k.facility_id
             OR f.id IN (SELECT cf.facility_id FROM clinician_facilities cf WHERE cf.clinician_id = k.id) ORDER BY f.code) AS facilities,
       ARRAY(SELECT cs.specialty_code FROM clinician_specialties cs WHERE cs.clinician_id = k.id ORDER BY 1) AS specialties,
       k.on_duty AND coalesce(k.seen_at > now() - make_interval(secs => $1), false) AS online,
       EXISTS (SELECT 1 FROM cases b WHERE b.status = 'claimed' AND b.claimed_by = k.id
               AND b.claimed_at > now() - interval '2 hours') AS busy
FROM clinicians k
WHERE k.active AND k.role = 'clinician'
ORDER BY online DESC, k.on_duty DESC, k.username`, OnlineWithin.Seconds())
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[OnDuty])
	if err != nil {
		return nil, fmt.Errorf("store: duty: %w", err)
	}
	return list, nil
}
