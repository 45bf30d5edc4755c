package store

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// ChannelDesk is the channel of a patient booked at the desk who has no
// conversation with the bot: nothing reaches them but the printed page.
const ChannelDesk = "desk"

// ErrInvalidDeskPatient is returned by DeskBook for a new patient without
// a name (1-200 characters), with a phone that is not 3-15 digits (with an
// optional +), or with a language Frontdoor does not speak; and for a
// patient, new or not, given a zone that is not one.
var ErrInvalidDeskPatient = errors.New("store: desk booking: a name (at most 200 characters), a phone of 3-15 digits and a known language are needed")

// DeskBooking is a booking made at the desk for a patient who is present
// or on the phone. With Patient set, it books for that existing patient
// (one who uses the bot: the confirmation reaches them there); otherwise a
// desk patient is created from Name, Phone and Lang.
type DeskBooking struct {
	Scope   Scope
	Actor   AuditActor
	Patient int64
	Name    string
	Phone   string
	Lang    string
	// Zone, when set, is the zone the patient reads times in (an IANA
	// zone, or dialogs.ZoneClinic): kept on the patient, new or existing,
	// so that this booking's messages and every later one give their time
	// beside the clinic's.
	Zone      string
	Specialty string
	Slot      schedule.Slot
}

var deskPhone = regexp.MustCompile(`^\+?[0-9]{3,15}$`)

const insertDeskPatientSQL = `
INSERT INTO patients (channel, conversation_id, user_id, lang, desk_name, desk_phone)
VALUES ('desk', $1, '', nullif($2, ''), $3, nullif($4, ''))
RETURNING id`

const insertDeskBookedSQL = `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at, booked_by)
VALUES ($1, $2, $3, $4, tstzrange($5, $6), 'booked', $7, now(), $8)
RETURNING id`

// DeskBook books b.Slot with its reminders and an audit row in one
// transaction, creating the desk patient first when b names none, and
// returns what the patient must be told (their conversation, whose channel
// is ChannelDesk for a desk patient). The slot must be free and at a
// facility of the scope: dialogs.ErrSlotTaken otherwise (a concurrent
// booking of the same time loses in the exclusion constraint), and
// dialogs.ErrPatientBusy when the patient has another appointment then.
// dialogs.ErrNotFound for an existing patient that does not exist;
// ErrInvalidDeskPatient for a new patient's bad details.
func (a *Appointments) DeskBook(ctx context.Context, b DeskBooking) (DeskNotice, error) {
	b.Name, b.Phone = strings.TrimSpace(b.Name), strings.Join(strings.Fields(b.Phone), "")
	if b.Patient == 0 && (b.Name == "" || utf8.RuneCountInString(b.Name) > 200 || (b.Phone != "" && !deskPhone.MatchString(b.Phone))) {
		return DeskNotice{}, ErrInvalidDeskPatient
	}
	var n DeskNotice
	room := a.rooms()
	token := "desk-" + rand.Text()
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		patient := b.Patient
		if patient != 0 {
			if err := tx.QueryRow(ctx, `SELECT id FROM patients WHERE id = $1`, patient).Scan(&patient); err != nil {
				return notFound(err)
			}
		} else {
			err := tx.QueryRow(ctx, insertDeskPatientSQL, token, b.Lang, b.Name, b.Phone).Scan(&patient)
			if err != nil {
				return deskPatientError(err)
			}
		}
		if b.Zone != "" {
			if _, err := tx.Exec(ctx, `UPDATE patients SET time_zone = $2 WHERE id = $1`, patient, b.Zone); err != nil {
				return deskPatientError(err)
			}
		}
		if err := lockBooking(ctx, tx, int64(b.Slot.Clinician), patient); err != nil {
			return err
		}
		f, err := a.findFree(ctx, tx, b.Slot, b.Specialty, patient, 0)
		if err != nil {
			return err
		}
		if !slices.Contains(b.Scope.Facilities, f.Facility) {
			return dialogs.ErrSlotTaken // not a slot the desk offers
		}
		if _, err := tx.Exec(ctx, clearHoldsSQL, patient, f.Clinician, f.Start, f.End); err != nil {
			return err
		}
		// A desk patient belongs to the facility they were booked at, so
		// that a case they open later reaches its staff.
		_, err = tx.Exec(ctx, `UPDATE patients SET facility_id = $2 WHERE id = $1 AND channel = 'desk' AND facility_id IS NULL`, patient, f.Facility)
		if err != nil {
			return err
		}
		var id int64
		err = tx.QueryRow(ctx, insertDeskBookedSQL, patient, f.Clinician, f.Facility, b.Specialty,
			f.Start, f.End, room, b.Scope.ClinicianID).Scan(&id)
		if err != nil {
			return err
		}
		if n, err = deskNotice(ctx, tx, patient, id); err != nil {
			return err
		}
		if err := a.planReminders(ctx, tx, n.Appointment); err != nil {
			return err
		}
		return auditTx(ctx, tx, b.Actor, "appointment.desk_book", "appointment", fmt.Sprint(id), map[string]any{
			"patient": patient, "new_patient": b.Patient == 0, "clinician": f.Clinician, "facility": f.Facility,
			"zone_set": b.Zone != "",
		})
	})
	if err != nil {
		return DeskNotice{}, fmt.Errorf("store: desk booking with clinician %d: %w", b.Slot.Clinician, bookingError(err))
	}
	return n, nil
}

// deskPatientError turns the patients table's refusals of a desk patient
// into ErrInvalidDeskPatient (an unknown language is a foreign-key
// violation, bad details a check violation).
func deskPatientError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == pgerrcode.ForeignKeyViolation || pe.Code == pgerrcode.CheckViolation) {
		return ErrInvalidDeskPatient
	}
	return err
}

// DeskPatient is a patient booked at the desk as its printed page shows
// them.
type DeskPatient struct {
	Name, Phone, Lang string
}

// DeskPrint returns appointment id (within scope) and, for a desk patient,
// their name and phone, writing an audit row of the reading; the printed
// page is the only place the desk shows them. dialogs.ErrNotFound outside
// the scope or for a patient who is not a desk patient.
func (a *Appointments) DeskPrint(ctx context.Context, scope Scope, actor AuditActor, id int64) (AppointmentRecord, DeskPatient, error) {
	var rec AppointmentRecord
	var p DeskPatient
	err := pgx.BeginFunc(ctx, a.pool, func(tx pgx.Tx) error {
		var err error
		if rec, err = a.deskAppointment(ctx, tx, scope, id); err != nil {
			return err
		}
		err = tx.QueryRow(ctx, `
SELECT desk_name, coalesce(desk_phone, ''), coalesce(lang, '') FROM patients WHERE id = $1 AND channel = 'desk'`,
			rec.PatientID).Scan(&p.Name, &p.Phone, &p.Lang)
		if err != nil {
			return notFound(err)
		}
		return auditTx(ctx, tx, actor, "appointment.desk_print", "appointment", fmt.Sprint(id), nil)
	})
	if err != nil {
		return rec, p, fmt.Errorf("store: desk print of appointment %d: %w", id, err)
	}
	return rec, p, nil
}

// DeskFreeSlots lists the free slots of specialty at the scope's
// facilities starting in [from, to), within the facilities' booking rules.
func (a *Appointments) DeskFreeSlots(ctx context.Context, scope Scope, specialty string, from, to time.Time) ([]DeskSlot, error) {
	q := slotQuery{SlotQuery: dialogs.SlotQuery{Specialty: specialty}, from: from, to: to}
	free, err := a.freeSlots(ctx, a.pool, q, a.now())
	if err != nil {
		return nil, fmt.Errorf("store: desk free slots of %s: %w", specialty, err)
	}
	return inScope(free, scope, from, to), nil
}
