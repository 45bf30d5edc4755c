package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// Default appointment settings.
const (
	DefaultHoldFor = 5 * time.Minute
)

// DefaultReminderOffsets are when reminders go before an appointment's
// start: a day, an hour, and at the start (with the join link).
var DefaultReminderOffsets = []time.Duration{24 * time.Hour, time.Hour, 0}

// AppointmentsConfig configures Appointments.
type AppointmentsConfig struct {
	// Jobs puts reminder jobs in the queue inside the booking's
	// transaction; required (reminders.Queue).
	Jobs ReminderJobs
	// Offsets are how long before the start reminders go (0: at the
	// start); default DefaultReminderOffsets. Any order; duplicates and
	// negative values are refused.
	Offsets []time.Duration
	// HoldFor is how long a chosen slot is kept for a patient who is
	// confirming; default DefaultHoldFor.
	HoldFor time.Duration
	// Now is the clock slots are computed at; default time.Now. Holds and
	// reminder claims use the database's clock.
	Now func() time.Time
	// Rooms names each new appointment's video room (video.NewRoom);
	// required. The store keeps the name and knows nothing of video.
	Rooms func() string
	// Events announces a joint session the desk moved or cancelled to its
	// two clinicians' open dashboards (EventSessionChanged), after the
	// change committed; nil announces none (the referral's page and their
	// notices still say it).
	Events *Redis
}

// Appointments is the booking system of record: free slots computed from
// availability, holds, appointments and their reminders. It implements
// dialogs.Appointments. No double booking is enforced by PostgreSQL
// (exclusion constraints on clinician and on patient over active rows);
// Appointments translates their violations into dialogs.ErrSlotTaken and
// dialogs.ErrPatientBusy. Safe for concurrent use.
type Appointments struct {
	pool    *pgxpool.Pool
	jobs    ReminderJobs
	offsets []time.Duration
	holdFor time.Duration
	now     func() time.Time
	rooms   func() string
	events  *Redis
	zones   sync.Map // zone name → *time.Location
}

var _ dialogs.Appointments = (*Appointments)(nil)

// NewAppointments returns Appointments over pg.
func NewAppointments(pg *Postgres, cfg AppointmentsConfig) (*Appointments, error) {
	if cfg.Jobs == nil {
		return nil, errors.New("store: appointments: no reminder queue (a booking never exists without its reminders)")
	}
	if cfg.Rooms == nil {
		return nil, errors.New("store: appointments: no namer of video rooms")
	}
	offsets := slices.Clone(cfg.Offsets)
	if offsets == nil {
		offsets = slices.Clone(DefaultReminderOffsets)
	}
	slices.Sort(offsets)
	slices.Reverse(offsets)
	for i, o := range offsets {
		if o < 0 || (i > 0 && offsets[i-1] == o) {
			return nil, fmt.Errorf("store: appointments: reminder offsets %v: negative or repeated", cfg.Offsets)
		}
	}
	a := &Appointments{pool: pg.pool, jobs: cfg.Jobs, offsets: offsets, holdFor: cfg.HoldFor, now: cfg.Now, rooms: cfg.Rooms, events: cfg.Events}
	if a.holdFor <= 0 {
		a.holdFor = DefaultHoldFor
	}
	if a.now == nil {
		a.now = time.Now
	}
	return a, nil
}

// Offsets returns the reminder offsets in use, longest first.
func (a *Appointments) Offsets() []time.Duration { return slices.Clone(a.offsets) }

// HoldFor returns how long holds last.
func (a *Appointments) HoldFor() time.Duration { return a.holdFor }

// inTx runs fn in a transaction, once more on a deadlock or serialization
// failure (concurrent bookings may meet in the exclusion index).
func (a *Appointments) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	err := pgx.BeginFunc(ctx, a.pool, fn)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == pgerrcode.DeadlockDetected || pe.Code == pgerrcode.SerializationFailure) {
		err = pgx.BeginFunc(ctx, a.pool, fn)
	}
	return err
}

// bookingError translates the exclusion constraints' violations.
func bookingError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == pgerrcode.CheckViolation && pe.ConstraintName == "appointments_guest_not_clinician" {
		// A joint session moved to its own guest's time: that clinician
		// is already in the call.
		return dialogs.ErrSlotTaken
	}
	if errors.As(err, &pe) && pe.Code == pgerrcode.ExclusionViolation {
		if pe.ConstraintName == "appointments_patient_no_overlap" {
			return dialogs.ErrPatientBusy
		}
		return dialogs.ErrSlotTaken
	}
	return err
}

const specialtiesSQL = `
SELECT s.code, s.names
FROM specialties s
JOIN clinician_specialties cs ON cs.specialty_code = s.code
JOIN clinicians c ON c.id = cs.clinician_id AND c.active AND c.role = 'clinician'
WHERE EXISTS (SELECT 1 FROM availability a WHERE a.clinician_id = c.id)
   OR EXISTS (SELECT 1 FROM availability_exceptions e WHERE e.clinician_id = c.id AND e.kind = 'extra' AND e.day >= current_date)
GROUP BY s.code
ORDER BY count(DISTINCT c.id) DESC, s.code`

// Specialties lists the specialties with at least one active clinician who
// has availability, those with more clinicians first.
func (a *Appointments) Specialties(ctx context.Context) ([]dialogs.Specialty, error) {
	rows, _ := a.pool.Query(ctx, specialtiesSQL)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[dialogs.Specialty])
	if err != nil {
		return nil, fmt.Errorf("store: list specialties: %w", err)
	}
	return out, nil
}

// Specialty returns the specialty with this code, or dialogs.ErrNotFound.
func (a *Appointments) Specialty(ctx context.Context, code string) (dialogs.Specialty, error) {
	rows, _ := a.pool.Query(ctx, `SELECT code, names FROM specialties WHERE code = $1`, code)
	s, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByPos[dialogs.Specialty])
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return dialogs.Specialty{}, fmt.Errorf("store: specialty: %w", err)
	}
	return s, nil
}

// Clinician returns the active clinician with this id, or
// dialogs.ErrNotFound.
func (a *Appointments) Clinician(ctx context.Context, id int64) (dialogs.Clinician, error) {
	rows, _ := a.pool.Query(ctx,
		`SELECT id, display_names FROM clinicians WHERE id = $1 AND active`, id)
	c, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByPos[dialogs.Clinician])
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return dialogs.Clinician{}, fmt.Errorf("store: clinician %d: %w", id, err)
	}
	return c, nil
}

// FreeSlots lists q's free slots now (see dialogs.Appointments).
func (a *Appointments) FreeSlots(ctx context.Context, q dialogs.SlotQuery) ([]schedule.Slot, error) {
	free, err := a.freeSlots(ctx, a.pool, slotQuery{SlotQuery: q, moving: q.Moving}, a.now())
	if err != nil {
		return nil, fmt.Errorf("store: free slots: %w", err)
	}
	out := make([]schedule.Slot, len(free))
	for i, f := range free {
		out[i] = f.Slot
	}
	return out, nil
}

// appointmentColumns read an appointment with its facility's zone, which
// the patient is told its times in.
const appointmentColumns = `
SELECT a.id, a.patient_id, a.clinician_id, c.display_names,
       a.specialty_code, s.names, lower(a.during), upper(a.during),
       a.status, a.version, coalesce(a.room, ''), a.confirmed_at IS NOT NULL, f.time_zone
FROM appointments a
JOIN clinicians c ON c.id = a.clinician_id
JOIN specialties s ON s.code = a.specialty_code
JOIN facilities f ON f.id = a.facility_id`

func scanAppointment(row pgx.CollectableRow) (dialogs.Appointment, error) {
	var ap dialogs.Appointment
	err := row.Scan(&ap.ID, &ap.PatientID, &ap.Clinician.ID, &ap.Clinician.Names,
		&ap.Specialty.Code, &ap.Specialty.Names, &ap.Start, &ap.End,
		&ap.Status, &ap.Version, &ap.Room, &ap.Confirmed, &ap.Zone)
	ap.Start, ap.End = ap.Start.UTC(), ap.End.UTC()
	return ap, err
}

// Upcoming lists the patient's booked appointments that have not ended,
// soonest first, at most ten.
func (a *Appointments) Upcoming(ctx context.Context, patientID int64) ([]dialogs.Appointment, error) {
	rows, _ := a.pool.Query(ctx, appointmentColumns+`
WHERE a.patient_id = $1 AND a.status = 'booked' AND upper(a.during) > $2
ORDER BY lower(a.during) LIMIT 10`, patientID, a.now())
	out, err := pgx.CollectRows(rows, scanAppointment)
	if err != nil {
		return nil, fmt.Errorf("store: upcoming appointments of patient %d: %w", patientID, err)
	}
	return out, nil
}

// Appointment returns one appointment of the patient, booked or
// cancelled; dialogs.ErrNotFound if it is not theirs (holds are not
// appointments).
func (a *Appointments) Appointment(ctx context.Context, patientID, id int64) (dialogs.Appointment, error) {
	ap, err := loadAppointment(ctx, a.pool, patientID, id)
	if err != nil {
		return dialogs.Appointment{}, fmt.Errorf("store: appointment %d: %w", id, err)
	}
	return ap, nil
}

func loadAppointment(ctx context.Context, db apptQuerier, patientID, id int64) (dialogs.Appointment, error) {
	rows, _ := db.Query(ctx, appointmentColumns+`
WHERE a.id = $1 AND a.patient_id = $2 AND a.status <> 'held'`, id, patientID)
	ap, err := pgx.CollectExactlyOneRow(rows, scanAppointment)
	if errors.Is(err, pgx.ErrNoRows) {
		return ap, dialogs.ErrNotFound
	}
	return ap, err
}

// LastClinician returns the clinician and specialty of the patient's
// latest booked appointment (by start), or dialogs.ErrNotFound.
func (a *Appointments) LastClinician(ctx context.Context, patientID int64) (dialogs.Clinician, dialogs.Specialty, error) {
	rows, _ := a.pool.Query(ctx, appointmentColumns+`
WHERE a.patient_id = $1 AND a.status = 'booked' AND c.active
ORDER BY lower(a.during) DESC LIMIT 1`, patientID)
	ap, err := pgx.CollectExactlyOneRow(rows, scanAppointment)
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return dialogs.Clinician{}, dialogs.Specialty{}, fmt.Errorf("store: last clinician of patient %d: %w", patientID, err)
	}
	return ap.Clinician, ap.Specialty, nil
}
