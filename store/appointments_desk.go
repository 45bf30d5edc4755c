package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// The coordinator's desk: every appointment of a scope's facilities, by
// day and clinician, and the changes a coordinator makes to them
// (appointments_desk_change.go). The scope is the cases' (Scope): an
// appointment is within it when its facility is one of the scope's and,
// for an account that does not see every specialty, its specialty is one
// of the account's.

// deskScopeWhere is the scope over appointments a, with $1 facilities, $2
// all specialties and $3 specialties.
const deskScopeWhere = `
cardinality($1::bigint[]) > 0 AND a.facility_id = ANY($1::bigint[])
AND ($2::bool OR a.specialty_code = ANY($3::text[]))`

func deskScopeArgs(s Scope) []any {
	args := scopeArgs(s)
	return args[:3]
}

// DeskAppointment is one appointment on the desk. It holds the patient's
// number, language and channel, never their name or phone, except for a
// patient booked at the desk (Proxy), whose name the coordinator gave.
type DeskAppointment struct {
	AppointmentRecord
	Facility    FacilityRef
	NoShow      bool
	PatientLang string // "" if never chosen
	Channel     string // dialogs.ChannelTelegram, dialogs.ChannelWeb
}

// DeskQuery selects the desk's appointments: those of Scope starting in
// [From, To), narrowed to one facility and one clinician when set.
type DeskQuery struct {
	Scope     Scope
	Facility  int64
	Clinician int64
	From, To  time.Time
}

const deskSQL = `
SELECT a.id, a.patient_id, a.clinician_id, c.display_names,
       a.specialty_code, s.names, lower(a.during), upper(a.during),
       a.status, a.version, coalesce(a.room, ''), a.confirmed_at IS NOT NULL,
       a.facility_id, a.created_at, a.updated_at, coalesce(a.cancelled_by, ''),
       f.names, f.time_zone, a.no_show_at IS NOT NULL, coalesce(p.lang, ''), p.channel
FROM appointments a
JOIN clinicians c ON c.id = a.clinician_id
JOIN specialties s ON s.code = a.specialty_code
JOIN facilities f ON f.id = a.facility_id
JOIN patients p ON p.id = a.patient_id
WHERE a.status <> 'held' AND lower(a.during) >= $4 AND lower(a.during) < $5
  AND ($6::bigint = 0 OR a.facility_id = $6::bigint)
  AND ($7::bigint = 0 OR a.clinician_id = $7::bigint)
  AND` + deskScopeWhere + `
ORDER BY lower(a.during), c.id, a.id
LIMIT 2000`

// Desk lists q's appointments, booked and cancelled, by start and
// clinician (at most 2000), and writes an audit row of the viewing by
// actor (the list shows which patients have appointments) in the same
// transaction.
func (a *Appointments) Desk(ctx context.Context, q DeskQuery, actor AuditActor) ([]DeskAppointment, error) {
	var out []DeskAppointment
	err := pgx.BeginFunc(ctx, a.pool, func(tx pgx.Tx) error {
		args := append(deskScopeArgs(q.Scope), q.From, q.To, q.Facility, q.Clinician)
		rows, _ := tx.Query(ctx, deskSQL, args...)
		var err error
		out, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (DeskAppointment, error) {
			var d DeskAppointment
			ap := &d.Appointment
			err := row.Scan(&ap.ID, &ap.PatientID, &ap.Clinician.ID, &ap.Clinician.Names,
				&ap.Specialty.Code, &ap.Specialty.Names, &ap.Start, &ap.End,
				&ap.Status, &ap.Version, &ap.Room, &ap.Confirmed, &d.FacilityID, &d.Created, &d.Updated, &d.CancelledBy,
				&d.Facility.Names, &d.Facility.Zone, &d.NoShow, &d.PatientLang, &d.Channel)
			ap.Start, ap.End = ap.Start.UTC(), ap.End.UTC()
			d.Facility.ID = d.FacilityID
			return d, err
		})
		if err != nil {
			return err
		}
		return auditTx(ctx, tx, actor, "appointment.desk_view", "facility", fmt.Sprint(q.Facility), map[string]any{
			"from": q.From.UTC(), "to": q.To.UTC(), "clinician": q.Clinician, "count": len(out),
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: desk: %w", err)
	}
	return out, nil
}

// auditTx appends one audit row in tx (see AuditEntry: ids, kinds and
// counts only).
func auditTx(ctx context.Context, tx pgx.Tx, actor AuditActor, action, subjectKind, subjectID string, detail map[string]any) error {
	_, err := tx.Exec(ctx, appendAuditSQL, actor.Kind, actor.ID, action, subjectKind, subjectID, detail)
	if err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return nil
}

// DeskFacilities lists the scope's facilities with their zones, by id.
func (a *Appointments) DeskFacilities(ctx context.Context, scope Scope) ([]FacilityRef, error) {
	rows, _ := a.pool.Query(ctx, `
SELECT id, names, time_zone FROM facilities WHERE id = ANY($1::bigint[]) ORDER BY id`, deskScopeArgs(scope)[0])
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[FacilityRef])
	if err != nil {
		return nil, fmt.Errorf("store: desk facilities: %w", err)
	}
	return out, nil
}

// DeskClinicians lists the active clinicians who work at one of the
// scope's facilities (a home or served facility, or weekly hours there),
// of the scope's specialties, by id.
func (a *Appointments) DeskClinicians(ctx context.Context, scope Scope) ([]dialogs.Clinician, error) {
	rows, _ := a.pool.Query(ctx, `
SELECT c.id, c.display_names FROM clinicians c
WHERE c.active AND c.role = 'clinician' AND cardinality($1::bigint[]) > 0
  AND (c.facility_id = ANY($1::bigint[])
       OR EXISTS (SELECT 1 FROM clinician_facilities cf WHERE cf.clinician_id = c.id AND cf.facility_id = ANY($1::bigint[]))
       OR EXISTS (SELECT 1 FROM availability v WHERE v.clinician_id = c.id AND v.facility_id = ANY($1::bigint[])))
  AND ($2::bool OR EXISTS (SELECT 1 FROM clinician_specialties cs
                           WHERE cs.clinician_id = c.id AND cs.specialty_code = ANY($3::text[])))
ORDER BY c.id`, deskScopeArgs(scope)...)
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[dialogs.Clinician])
	if err != nil {
		return nil, fmt.Errorf("store: desk clinicians: %w", err)
	}
	return out, nil
}

// DeskSlot is a free slot an appointment may move to, with its facility.
type DeskSlot struct {
	schedule.Slot
	Facility int64
}

// DeskSlots lists where appointment id (within scope) may move to, in
// [from, to): the free slots, at the scope's facilities, of every
// clinician of its specialty (its own clinician's among them) that its
// patient is free for, within the facilities' booking rules. The
// appointment's own time counts as free for its patient, not for its
// clinician. dialogs.ErrNotFound if the appointment is not in scope.
func (a *Appointments) DeskSlots(ctx context.Context, scope Scope, id int64, from, to time.Time) ([]DeskSlot, error) {
	cur, err := a.deskAppointment(ctx, a.pool, scope, id)
	if err != nil {
		return nil, fmt.Errorf("store: desk slots of %d: %w", id, err)
	}
	q := slotQuery{
		SlotQuery: dialogs.SlotQuery{Specialty: cur.Specialty.Code, PatientID: cur.PatientID},
		moving:    id, from: from, to: to,
	}
	free, err := a.freeSlots(ctx, a.pool, q, a.now())
	if err != nil {
		return nil, fmt.Errorf("store: desk slots of %d: %w", id, err)
	}
	return inScope(free, scope, from, to), nil
}

// inScope keeps the free slots at the scope's facilities starting in
// [from, to).
func inScope(free []freeSlot, scope Scope, from, to time.Time) []DeskSlot {
	var out []DeskSlot
	for _, f := range free {
		if slices.Contains(scope.Facilities, f.Facility) && !f.Start.Before(from) && f.Start.Before(to) {
			out = append(out, DeskSlot(f))
		}
	}
	return out
}

// DeskAppointment returns appointment id (not a hold) if it is within
// scope, or dialogs.ErrNotFound.
func (a *Appointments) DeskAppointment(ctx context.Context, scope Scope, id int64) (AppointmentRecord, error) {
	r, err := a.deskAppointment(ctx, a.pool, scope, id)
	if err != nil {
		return r, fmt.Errorf("store: desk appointment %d: %w", id, err)
	}
	return r, nil
}

func (a *Appointments) deskAppointment(ctx context.Context, db apptQuerier, scope Scope, id int64) (AppointmentRecord, error) {
	rows, _ := db.Query(ctx, recordColumns+`
WHERE a.id = $4 AND a.status <> 'held' AND`+deskScopeWhere, append(deskScopeArgs(scope), id)...)
	r, err := pgx.CollectExactlyOneRow(rows, scanRecord)
	if err != nil {
		return r, notFound(err)
	}
	return r, nil
}

// notFound turns "no row" into dialogs.ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return dialogs.ErrNotFound
	}
	return err
}
