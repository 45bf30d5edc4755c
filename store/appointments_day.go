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
	Zone      string        `db:"time_zone"` // the facility's, which its times are read in
}

const clinicianDaySQL = `
SELECT a.id, lower(a.during) AS start_at, upper(a.during) AS end_at,
       s.names AS specialty_names, a.confirmed_at IS NOT NULL AS confirmed, f.time_zone
FROM appointments a JOIN specialties s ON s.code = a.specialty_code
JOIN facilities f ON f.id = a.facility_id
WHERE a.clinician_id = $1 AND a.status = 'booked' AND a.during && tstzrange($2, $3)
ORDER BY lower(a.during), a.id`

// ClinicianDay lists the clinician's booked appointments that overlap
// [from, to), earliest first (the dashboard's Today page).
func (a *Appointments) ClinicianDay(ctx context.Context, clinicianID int64, from, to time.Time) ([]DayAppointment, error) {
	rows, _ := a.pool.Query(ctx, clinicianDaySQL, clinicianID, from, to)
	day, err := pgx.CollectRows(rows, pgx.RowToStructByName[DayAppointment])
	if err != nil {
		return nil, fmt.Errorf("store: day of clinician %d: %w", clinicianID, err)
	}
	return day, nil
}
