package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// Reads for clinicians' systems (the FHIR endpoints) and the dashboard:
// schedules, slots and appointments by clinician, without patient names.

// FacilityRef names a facility.
type FacilityRef struct {
	ID    int64
	Names locales.Names
	Zone  string
}

// ClinicianSchedule is one clinician's bookable schedule.
type ClinicianSchedule struct {
	Clinician   dialogs.Clinician
	Specialties []dialogs.Specialty
	Facilities  []FacilityRef // where the clinician has windows
	Horizon     time.Duration // the longest booking horizon of those facilities
}

const schedulesSQL = `
SELECT c.id, c.display_names,
       coalesce((SELECT jsonb_agg(jsonb_build_object('c', s.code, 'n', s.names) ORDER BY s.code)
                 FROM clinician_specialties cs JOIN specialties s ON s.code = cs.specialty_code
                 WHERE cs.clinician_id = c.id), '[]'),
       (SELECT jsonb_agg(DISTINCT jsonb_build_object('i', f.id, 'n', f.names, 'z', f.time_zone, 'h', extract(epoch FROM f.booking_horizon)::bigint))
        FROM facilities f WHERE f.id IN (SELECT facility_id FROM availability WHERE clinician_id = c.id
                                         UNION SELECT facility_id FROM availability_exceptions
                                               WHERE clinician_id = c.id AND kind = 'extra'))
FROM clinicians c
WHERE c.active AND c.role = 'clinician' AND ($1::bigint = 0 OR c.id = $1::bigint)
  AND (EXISTS (SELECT 1 FROM availability a WHERE a.clinician_id = c.id)
       OR EXISTS (SELECT 1 FROM availability_exceptions e WHERE e.clinician_id = c.id AND e.kind = 'extra'))
ORDER BY c.id`

// Schedules lists the schedules of active clinicians who have
// availability; clinicianID 0 lists all, otherwise one (or none).
func (a *Appointments) Schedules(ctx context.Context, clinicianID int64) ([]ClinicianSchedule, error) {
	type spec struct {
		C string
		N locales.Names
	}
	type fac struct {
		I int64
		N locales.Names
		Z string
		H int64
	}
	rows, _ := a.pool.Query(ctx, schedulesSQL, clinicianID)
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (ClinicianSchedule, error) {
		var s ClinicianSchedule
		var specs []spec
		var facs []fac
		if err := row.Scan(&s.Clinician.ID, &s.Clinician.Names, &specs, &facs); err != nil {
			return s, err
		}
		for _, sp := range specs {
			s.Specialties = append(s.Specialties, dialogs.Specialty{Code: sp.C, Names: sp.N})
		}
		for _, f := range facs {
			s.Facilities = append(s.Facilities, FacilityRef{ID: f.I, Names: f.N, Zone: f.Z})
			s.Horizon = max(s.Horizon, time.Duration(f.H)*time.Second)
		}
		return s, nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: schedules: %w", err)
	}
	return out, nil
}

// ClinicianFreeSlots lists the clinician's free slots starting in
// [from, to), within the booking horizon and notice.
func (a *Appointments) ClinicianFreeSlots(ctx context.Context, clinicianID int64, from, to time.Time) ([]schedule.Slot, error) {
	if clinicianID <= 0 {
		return nil, fmt.Errorf("store: free slots: %w", dialogs.ErrNotFound)
	}
	q := slotQuery{SlotQuery: dialogs.SlotQuery{Clinician: clinicianID}, from: from, to: to}
	free, err := a.freeSlots(ctx, a.pool, q, a.now())
	if err != nil {
		return nil, fmt.Errorf("store: free slots of clinician %d: %w", clinicianID, err)
	}
	out := make([]schedule.Slot, len(free))
	for i, f := range free {
		out[i] = f.Slot
	}
	return out, nil
}

// AppointmentRecord is an appointment as clinicians' systems see it.
type AppointmentRecord struct {
	dialogs.Appointment
	FacilityID  int64
	Created     time.Time
	Updated     time.Time
	CancelledBy string // "", "patient", "clinician", "system"
}

// AppointmentQuery filters ClinicianAppointments; zero fields do not
// filter. Limit defaults to 100 and is capped at 1000.
type AppointmentQuery struct {
	Clinician int64
	Patient   int64
	From, To  time.Time // start in [From, To)
	Statuses  []string  // dialogs.StatusBooked, dialogs.StatusCancelled
	Limit     int
}

const recordColumns = `
SELECT a.id, a.patient_id, a.clinician_id, c.display_names,
       a.specialty_code, s.names, lower(a.during), upper(a.during),
       a.status, a.version, coalesce(a.room, ''), a.confirmed_at IS NOT NULL,
       a.facility_id, a.created_at, a.updated_at, coalesce(a.cancelled_by, ''), f.time_zone
FROM appointments a
JOIN clinicians c ON c.id = a.clinician_id
JOIN specialties s ON s.code = a.specialty_code
JOIN facilities f ON f.id = a.facility_id`

func scanRecord(row pgx.CollectableRow) (AppointmentRecord, error) {
	var r AppointmentRecord
	ap := &r.Appointment
	err := row.Scan(&ap.ID, &ap.PatientID, &ap.Clinician.ID, &ap.Clinician.Names,
		&ap.Specialty.Code, &ap.Specialty.Names, &ap.Start, &ap.End,
		&ap.Status, &ap.Version, &ap.Room, &ap.Confirmed, &r.FacilityID, &r.Created, &r.Updated, &r.CancelledBy, &ap.Zone)
	ap.Start, ap.End = ap.Start.UTC(), ap.End.UTC()
	return r, err
}

// ClinicianAppointments lists appointments (never holds) matching q, by
// start.
func (a *Appointments) ClinicianAppointments(ctx context.Context, q AppointmentQuery) ([]AppointmentRecord, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	statuses := q.Statuses
	if len(statuses) == 0 {
		statuses = []string{dialogs.StatusBooked, dialogs.StatusCancelled}
	}
	var from, to *time.Time
	if !q.From.IsZero() {
		from = &q.From
	}
	if !q.To.IsZero() {
		to = &q.To
	}
	rows, _ := a.pool.Query(ctx, recordColumns+`
WHERE a.status = ANY($1) AND ($2::bigint = 0 OR a.clinician_id = $2::bigint)
  AND ($3::bigint = 0 OR a.patient_id = $3::bigint)
  AND ($4::timestamptz IS NULL OR lower(a.during) >= $4) AND ($5::timestamptz IS NULL OR lower(a.during) < $5)
ORDER BY lower(a.during), a.id LIMIT $6`, statuses, q.Clinician, q.Patient, from, to, min(limit, 1000))
	out, err := pgx.CollectRows(rows, scanRecord)
	if err != nil {
		return nil, fmt.Errorf("store: appointments: %w", err)
	}
	return out, nil
}

// AppointmentRecord returns one appointment (not a hold) by id, or
// dialogs.ErrNotFound.
func (a *Appointments) AppointmentRecord(ctx context.Context, id int64) (AppointmentRecord, error) {
	rows, _ := a.pool.Query(ctx, recordColumns+` WHERE a.id = $1 AND a.status <> 'held'`, id)
	r, err := pgx.CollectExactlyOneRow(rows, scanRecord)
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return r, fmt.Errorf("store: appointment %d: %w", id, err)
	}
	return r, nil
}

// AppointmentByRoom returns the appointment (not a hold) whose video room
// is room, cancelled or not, or dialogs.ErrNotFound: the patient's join
// link names the room, and opening it must find the appointment's state
// now, not when the link was sent.
func (a *Appointments) AppointmentByRoom(ctx context.Context, room string) (dialogs.Appointment, error) {
	rows, _ := a.pool.Query(ctx, recordColumns+` WHERE a.room = $1 AND a.status <> 'held'`, room)
	r, err := pgx.CollectExactlyOneRow(rows, scanRecord)
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return dialogs.Appointment{}, fmt.Errorf("store: appointment by room: %w", err)
	}
	return r.Appointment, nil
}
