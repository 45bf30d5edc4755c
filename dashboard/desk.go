package dashboard

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
)

// Desk is the coordinator's desk: every appointment of the reader's
// facilities by day and clinician; moving, cancelling and marking
// no-shows; and booking for a patient who is present or on the phone. Coordinators and admins use it, within the scope they have for
// cases. The store makes each change, with the reminders and the audit
// row, in one transaction; the patient is then told at once through
// Patients.
type Desk struct {
	// Store is the appointments' system of record (store.Appointments).
	// Required.
	Store DeskStore
	// Patients tells a patient of a change (relay.DeskNotices). Required.
	Patients DeskPatients
	// Links makes a desk patient's join link for the printed page (the
	// booking's video links); nil prints none.
	Links dialogs.VideoLinks
	// Sessions passes a zone set at the desk to the patient's live chat
	// session (*dialogs.Engine); nil leaves it to their next session.
	Sessions DeskSessions
}

// DeskSessions updates a patient's live chat session (*dialogs.Engine).
type DeskSessions interface {
	SetSessionZone(ctx context.Context, key dialogs.ConversationKey, zone string) error
}

// DeskStore is what the desk needs from the store (store.Appointments);
// see its methods for their contracts.
type DeskStore interface {
	Desk(ctx context.Context, q store.DeskQuery, actor store.AuditActor) ([]store.DeskAppointment, error)
	DeskFacilities(ctx context.Context, scope store.Scope) ([]store.FacilityRef, error)
	DeskClinicians(ctx context.Context, scope store.Scope) ([]dialogs.Clinician, error)
	DeskAppointment(ctx context.Context, scope store.Scope, id int64) (store.AppointmentRecord, error)
	DeskSlots(ctx context.Context, scope store.Scope, id int64, from, to time.Time) ([]store.DeskSlot, error)
	DeskCancel(ctx context.Context, c store.DeskChange) (store.DeskNotice, error)
	DeskMove(ctx context.Context, c store.DeskChange, slot schedule.Slot) (store.DeskNotice, error)
	DeskNoShow(ctx context.Context, c store.DeskChange) error
	DeskSetZone(ctx context.Context, c store.DeskChange, zone string) (dialogs.ConversationKey, error)
	DeskBook(ctx context.Context, b store.DeskBooking) (store.DeskNotice, error)
	DeskPrint(ctx context.Context, scope store.Scope, actor store.AuditActor, id int64) (store.AppointmentRecord, store.DeskPatient, error)
	DeskFreeSlots(ctx context.Context, scope store.Scope, specialty string, from, to time.Time) ([]store.DeskSlot, error)
	Specialties(ctx context.Context) ([]dialogs.Specialty, error)
}

// DeskPatients tells a patient, on their channel and in their language,
// that the clinic moved or cancelled their appointment (relay.DeskNotices).
type DeskPatients interface {
	AppointmentChanged(ctx context.Context, n store.DeskNotice) error
}

// pathDesk is the desk's page.
const pathDesk = "/dashboard/desk"

// desk wraps a desk handler: coordinators and admins only, and 404 when
// the desk is off.
func (d *Dashboard) desk(next handlerFunc) handlerFunc {
	return d.staff(func(w http.ResponseWriter, r *http.Request, a *account) {
		if d.cfg.Desk == nil {
			d.fail(w, r, a, http.StatusNotFound)
			return
		}
		next(w, r, a)
	})
}

// deskChange reads the appointment id from the path and the version the
// form was shown with; ok is false for anything malformed.
func deskChange(r *http.Request, a *account) (store.DeskChange, bool) {
	id, ok := caseID(r)
	v, err := strconv.Atoi(r.PostFormValue("version"))
	if !ok || err != nil || v < 1 {
		return store.DeskChange{}, false
	}
	return store.DeskChange{Scope: a.Scope, Actor: a.actor(), ID: id, Version: v}, true
}

// zones loads time zones by name, once per request.
type zones map[string]*time.Location

func (z zones) get(name string) *time.Location {
	if loc, ok := z[name]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = time.UTC // the schema's zones were loaded once; this is unreachable in practice
	}
	z[name] = loc
	return loc
}

// dayIn reads a YYYY-MM-DD day in loc, or today there when empty; ok is
// false for a malformed day.
func dayIn(v string, loc *time.Location, now time.Time) (time.Time, bool) {
	if v == "" {
		n := now.In(loc)
		return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, loc), true
	}
	t, err := time.ParseInLocation(time.DateOnly, v, loc)
	return t, err == nil
}

// facilityOf returns the facility with id among fs.
func facilityOf(fs []store.FacilityRef, id int64) (store.FacilityRef, bool) {
	i := slices.IndexFunc(fs, func(f store.FacilityRef) bool { return f.ID == id })
	if i < 0 {
		return store.FacilityRef{}, false
	}
	return fs[i], true
}

// tell tells the patient of n and returns the flash for the coordinator:
// done when they were told, otherwise the one asking to call them.
func (d *Dashboard) tell(r *http.Request, n store.DeskNotice, done string) string {
	if err := d.cfg.Desk.Patients.AppointmentChanged(r.Context(), n); err != nil {
		d.log.WarnContext(r.Context(), "dashboard: patient not told of a desk change", "appointment", n.Appointment.ID, "err", err)
		return "dash_desk_not_told"
	}
	return done
}

// slotGroups groups free slots by clinician, in the order of their first
// slot, each labelled with its time in its facility's zone; own names the
// appointment's own clinician, who may be missing from clinicians (no
// longer serving the reader's facilities).
func (d *Dashboard) slotGroups(lang string, clinicians []dialogs.Clinician, slots []store.DeskSlot,
	facilities []store.FacilityRef, zs zones, own int64, ownName string) []slotGroup {
	names := map[int64]string{own: ownName}
	for _, c := range clinicians {
		names[c.ID] = c.Name(lang)
	}
	var out []slotGroup
	at := map[int64]int{}
	for _, s := range slots {
		c := int64(s.Clinician)
		i, ok := at[c]
		if !ok {
			i = len(out)
			at[c] = i
			out = append(out, slotGroup{Clinician: names[c]})
		}
		f, _ := facilityOf(facilities, s.Facility)
		out[i].Slots = append(out[i].Slots, slotChoice{
			Value: slotValue(s.Slot),
			Label: dialogs.Moment(d.cfg.Text, lang, zs.get(f.Zone), s.Start, s.Start),
		})
	}
	return out
}
