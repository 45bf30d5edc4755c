package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Slots are computed from the weekly windows and exceptions whenever they
// are asked for (Appointments.Free), so every change here applies to the
// slots offered at once.

// fileAccount returns the account as a clinic file would describe it (for
// the clinic package's checks of its hours), and its id.
func (p *Postgres) fileAccount(ctx context.Context, username string) (clinic.Account, int64, error) {
	c, _, err := p.Accounts().clinicianByUsername(ctx, username)
	if err != nil {
		return clinic.Account{}, 0, err
	}
	return clinic.Account{Username: c.Username, Name: clinic.Names(c.Names), Role: c.Role,
		Facilities: c.FacilityCodes, Specialties: c.Specialties}, c.ID, nil
}

func (a *Accounts) clinicianByUsername(ctx context.Context, username string) (Clinician, string, error) {
	row, err := a.oneClinician(ctx, "c.username = $1", username)
	if err != nil {
		return Clinician{}, "", fmt.Errorf("store: clinician %q: %w", username, err)
	}
	return row.clinician(), row.PasswordHash, nil
}

// HoursAdmin is one weekly window as the hours page shows it.
type HoursAdmin struct {
	Facility string `db:"facility"`
	Weekday  int    `db:"weekday"`
	From     string `db:"starts"`
	To       string `db:"ends"`
	// Slot and Buffer are nil where the window takes the specialty's.
	Slot   *int `db:"slot_minutes"`
	Buffer *int `db:"buffer_minutes"`
}

// AdminHours lists the account's weekly windows by weekday and time.
func (p *Postgres) AdminHours(ctx context.Context, clinicianID int64) ([]HoursAdmin, error) {
	rows, _ := p.pool.Query(ctx, `
SELECT f.code AS facility, a.weekday, to_char(a.start_time, 'HH24:MI') AS starts,
       CASE WHEN a.end_time = '24:00' THEN '24:00' ELSE to_char(a.end_time, 'HH24:MI') END AS ends,
       a.slot_minutes, a.buffer_minutes
FROM availability a JOIN facilities f ON f.id = a.facility_id
WHERE a.clinician_id = $1 ORDER BY a.weekday, a.start_time`, clinicianID)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[HoursAdmin])
	if err != nil {
		return nil, fmt.Errorf("store: hours of clinician %d: %w", clinicianID, err)
	}
	return list, nil
}

// SetHours replaces the account's weekly windows with hours (each row's
// Line numbers it for the problems), audited, as an import of the account
// with these hours would. An *InvalidError lists the rows that break the
// clinic file's rules (clock times, overlapping windows, a facility the
// account does not serve, a slot longer than its window, a window without
// a length whose account has a specialty without one).
func (p *Postgres) SetHours(ctx context.Context, username string, hours []clinic.Hours, by AuditActor) error {
	a, id, err := p.fileAccount(ctx, username)
	if err != nil {
		return err
	}
	a.Hours = hours
	if a.Hours == nil {
		a.Hours = []clinic.Hours{} // present and empty: no hours at all
	}
	if err := invalid(clinic.CheckAccount(a)); err != nil {
		return err
	}
	_, err = p.withImporter(ctx, func(im *importer) error {
		im.checkLengths(a)
		if err := referenceProblems(im, &clinic.Network{}); err != nil {
			return err
		}
		if err := im.syncHours(ctx, id, a); err != nil {
			return err
		}
		_, err := im.tx.Exec(ctx, appendAuditSQL, by.Kind, by.ID, "clinician.hours", "clinician", fmt.Sprint(id),
			map[string]any{"windows": len(hours)})
		return err
	})
	if inv, ok := errors.AsType[*InvalidError](err); ok {
		return inv
	}
	if err != nil {
		return fmt.Errorf("store: set hours of %q: %w", username, err)
	}
	return nil
}

// AddDaysOff gives the account the days of r off (leave), audited, and
// returns the booked appointments on the days it closed: they stay booked
// until someone moves or cancels them.
func (p *Postgres) AddDaysOff(ctx context.Context, username string, r clinic.DayRange, by AuditActor) ([]AffectedAppointment, error) {
	a, id, err := p.fileAccount(ctx, username)
	if err != nil {
		return nil, err
	}
	a.DaysOff = []clinic.DayRange{r}
	if err := invalid(clinic.CheckAccount(a)); err != nil {
		return nil, err
	}
	res, err := p.withImporter(ctx, func(im *importer) error {
		if err := im.daysOff(ctx, id, a); err != nil {
			return err
		}
		return auditException(ctx, im, by, "clinician.days_off", fmt.Sprint(id), r.From, r.To)
	})
	if err != nil {
		return nil, fmt.Errorf("store: days off of %q: %w", username, err)
	}
	return res.Affected, nil
}

// AddExtraSession adds a one-off session to the account's hours, audited.
func (p *Postgres) AddExtraSession(ctx context.Context, username string, x clinic.Extra, by AuditActor) error {
	a, id, err := p.fileAccount(ctx, username)
	if err != nil {
		return err
	}
	a.Extra = []clinic.Extra{x}
	if err := invalid(clinic.CheckAccount(a)); err != nil {
		return err
	}
	_, err = p.withImporter(ctx, func(im *importer) error {
		if err := im.daysOff(ctx, id, a); err != nil {
			return err
		}
		return auditException(ctx, im, by, "clinician.extra", fmt.Sprint(id), x.Date, x.Date)
	})
	if err != nil {
		return fmt.Errorf("store: extra session of %q: %w", username, err)
	}
	return nil
}

// AddHoliday closes the holiday's facilities (none: every facility) on its
// days for every clinician there, audited, and returns the booked
// appointments on the days it closed.
func (p *Postgres) AddHoliday(ctx context.Context, h clinic.Holiday, by AuditActor) ([]AffectedAppointment, error) {
	if err := invalid(clinic.CheckHoliday(h)); err != nil {
		return nil, err
	}
	res, err := p.withImporter(ctx, func(im *importer) error {
		n := &clinic.Network{Holidays: []clinic.Holiday{h}}
		if err := referenceProblems(im, n); err != nil {
			return err
		}
		if err := im.holidays(ctx, n.Holidays); err != nil {
			return err
		}
		return auditException(ctx, im, by, "network.holiday", "", h.From, h.To)
	})
	var inv *InvalidError
	if errors.As(err, &inv) {
		return nil, inv
	}
	if err != nil {
		return nil, fmt.Errorf("store: holiday: %w", err)
	}
	return res.Affected, nil
}

func auditException(ctx context.Context, im *importer, by AuditActor, action, subject, from, to string) error {
	kind := "clinician"
	if subject == "" {
		kind = "network"
	}
	_, err := im.tx.Exec(ctx, appendAuditSQL, by.Kind, by.ID, action, kind, subject,
		map[string]any{"from": from, "to": to, "affected": len(im.res.Affected)})
	return err
}

// ExceptionAdmin is a day off or an extra session of an account.
type ExceptionAdmin struct {
	ID       int64   `db:"id"`
	Day      string  `db:"day"`
	Kind     string  `db:"kind"` // "off" or "extra"
	Facility *string `db:"facility"`
	From     *string `db:"starts"`
	To       *string `db:"ends"`
}

// AdminExceptions lists the account's days off and extra sessions from
// since on, by day.
func (p *Postgres) AdminExceptions(ctx context.Context, clinicianID int64, since time.Time) ([]ExceptionAdmin, error) {
	rows, _ := p.pool.Query(ctx, `
SELECT e.id, e.day::text AS day, e.kind, f.code AS facility,
       to_char(e.start_time, 'HH24:MI') AS starts,
       CASE WHEN e.end_time = '24:00' THEN '24:00' ELSE to_char(e.end_time, 'HH24:MI') END AS ends
FROM availability_exceptions e LEFT JOIN facilities f ON f.id = e.facility_id
WHERE e.clinician_id = $1 AND e.day >= $2::date
ORDER BY e.day, e.start_time NULLS FIRST`, clinicianID, since.Format(time.DateOnly))
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[ExceptionAdmin])
	if err != nil {
		return nil, fmt.Errorf("store: exceptions of clinician %d: %w", clinicianID, err)
	}
	return list, nil
}

// RemoveException removes a day off or an extra session of the account
// (the day's weekly hours apply again), audited. dialogs.ErrNotFound if
// the account has no such exception.
func (p *Postgres) RemoveException(ctx context.Context, clinicianID, id int64, by AuditActor) error {
	tag, err := p.pool.Exec(ctx, `
WITH e AS (DELETE FROM availability_exceptions WHERE id = $1 AND clinician_id = $2 RETURNING kind, day)
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id, detail)
SELECT $3, $4, 'clinician.exception_remove', 'clinician', $2::text,
       jsonb_build_object('kind', e.kind, 'day', e.day::text) FROM e`, id, clinicianID, by.Kind, by.ID)
	if err != nil {
		return fmt.Errorf("store: remove exception %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: remove exception %d: %w", id, dialogs.ErrNotFound)
	}
	return nil
}
