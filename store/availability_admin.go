package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// ErrInvalidAvailability is returned for availability the schema refuses
// (a window shorter than its slot, a second day off on the same date, an
// unknown clinician or facility).
var ErrInvalidAvailability = errors.New("store: invalid availability")

func availabilityError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case pgerrcode.CheckViolation, pgerrcode.UniqueViolation, pgerrcode.ForeignKeyViolation,
			pgerrcode.ExclusionViolation, pgerrcode.InvalidDatetimeFormat, pgerrcode.DatetimeFieldOverflow:
			return fmt.Errorf("%w: %s", ErrInvalidAvailability, pe.ConstraintName)
		}
	}
	return err
}

// AddWeeklyWindow adds a weekly window of the clinician at the facility,
// in the facility's wall-clock time; w.End may be schedule.Midnight24 but
// may not cross midnight (add two windows). Overlapping another window of
// the clinician on that weekday is ErrInvalidAvailability.
func (a *Appointments) AddWeeklyWindow(ctx context.Context, clinicianID, facilityID int64, day time.Weekday, w schedule.Window) error {
	_, err := a.pool.Exec(ctx, `
INSERT INTO availability (clinician_id, facility_id, weekday, start_time, end_time, slot_minutes, buffer_minutes)
VALUES ($1, $2, $3, $4::time, $5::time, $6, $7)`,
		clinicianID, facilityID, int(day), w.Start.String(), w.End.String(),
		int(w.Slot/time.Minute), int(w.Buffer/time.Minute))
	if err != nil {
		return fmt.Errorf("store: add weekly window of clinician %d: %w", clinicianID, availabilityError(err))
	}
	return nil
}

// AddDayOff marks day (in each facility's own calendar) as a day off for
// the clinician: no weekly window starting that day is offered. Extra
// windows on the day still are.
func (a *Appointments) AddDayOff(ctx context.Context, clinicianID int64, day schedule.Date) error {
	_, err := a.pool.Exec(ctx, `
INSERT INTO availability_exceptions (clinician_id, day, kind) VALUES ($1, $2::date, 'off')`,
		clinicianID, day.String())
	if err != nil {
		return fmt.Errorf("store: add day off of clinician %d: %w", clinicianID, availabilityError(err))
	}
	return nil
}

// AddExtraWindow adds a one-off window of the clinician at the facility on
// day, in the facility's wall-clock time (it may not cross midnight).
func (a *Appointments) AddExtraWindow(ctx context.Context, clinicianID, facilityID int64, day schedule.Date, w schedule.Window) error {
	_, err := a.pool.Exec(ctx, `
INSERT INTO availability_exceptions (clinician_id, facility_id, day, kind, start_time, end_time, slot_minutes, buffer_minutes)
VALUES ($1, $2, $3::date, 'extra', $4::time, $5::time, $6, $7)`,
		clinicianID, facilityID, day.String(), w.Start.String(), w.End.String(),
		int(w.Slot/time.Minute), int(w.Buffer/time.Minute))
	if err != nil {
		return fmt.Errorf("store: add extra window of clinician %d: %w", clinicianID, availabilityError(err))
	}
	return nil
}

// SetBookingRules sets how far ahead (horizon) and how soon (notice)
// patients may book at the facility. dialogs.ErrNotFound if there is no
// such facility.
func (a *Appointments) SetBookingRules(ctx context.Context, facilityID int64, horizon, notice time.Duration) error {
	tag, err := a.pool.Exec(ctx, `
UPDATE facilities SET booking_horizon = make_interval(secs => $2), booking_notice = make_interval(secs => $3)
WHERE id = $1`, facilityID, horizon.Seconds(), notice.Seconds())
	if err != nil {
		return fmt.Errorf("store: set booking rules of facility %d: %w", facilityID, availabilityError(err))
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: set booking rules of facility %d: %w", facilityID, dialogs.ErrNotFound)
	}
	return nil
}
