package dashboard

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// moveData is what templates/desk_move.html renders.
type moveData struct {
	ID                             int64
	Version                        int
	Number, Now, Doctor, Specialty string
	Day, DayLabel, Prev, Next      string
	Back                           string
	Groups                         []slotGroup
}

// slotGroup is one clinician's free times of the day.
type slotGroup struct {
	Clinician string
	Slots     []slotChoice
}

type slotChoice struct {
	Value, Label string
}

// showMove offers the free times an appointment may move to on one day
// (?day=, default its own day, in its facility's zone): its clinician's
// and those of the other clinicians of its specialty at the reader's
// facilities. A time just taken by someone else comes back here, so the
// coordinator sees the alternatives at once.
func (d *Dashboard) showMove(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	ctx := r.Context()
	st := d.cfg.Desk.Store
	rec, err := st.DeskAppointment(ctx, a.Scope, id)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if rec.Status != dialogs.StatusBooked || !rec.Start.After(d.now()) {
		d.flashTo(w, r, pathDesk, "dash_desk_changed")
		return
	}
	facilities, err := st.DeskFacilities(ctx, a.Scope)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	f, _ := facilityOf(facilities, rec.FacilityID)
	zs := zones{}
	loc := zs.get(f.Zone)
	day, ok := dayIn(r.URL.Query().Get("day"), loc, rec.Start)
	if !ok {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	slots, err := st.DeskSlots(ctx, a.Scope, id, day, day.AddDate(0, 0, 1))
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	clinicians, err := st.DeskClinicians(ctx, a.Scope)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	self := fmt.Sprintf("%s/%d/move", pathDesk, id)
	data := moveData{
		ID: id, Version: rec.Version, Number: tr{lang: a.Lang, text: d.cfg.Text}.Num(int(id)),
		Now:    dialogs.Moment(d.cfg.Text, a.Lang, loc, d.now(), rec.Start),
		Doctor: rec.Clinician.Name(a.Lang), Specialty: rec.Specialty.Name(a.Lang),
		Day: day.Format(time.DateOnly), DayLabel: dialogs.LongDate(d.cfg.Text, a.Lang, loc, day),
		Prev:   self + "?day=" + day.AddDate(0, 0, -1).Format(time.DateOnly),
		Next:   self + "?day=" + day.AddDate(0, 0, 1).Format(time.DateOnly),
		Back:   pathDesk + "?day=" + day.Format(time.DateOnly),
		Groups: d.slotGroups(a.Lang, clinicians, slots, facilities, zs, rec.Clinician.ID, rec.Clinician.Name(a.Lang)),
	}
	d.render(w, http.StatusOK, "desk_move", d.view(r, a, "desk", data))
}

// moveAppointment moves an appointment to the chosen free time and tells
// the patient at once. A time taken meanwhile (the exclusion constraint
// decides, as for bookings) or one the patient is busy at sends the
// coordinator back to the free times with a flash.
func (d *Dashboard) moveAppointment(w http.ResponseWriter, r *http.Request, a *account) {
	c, ok := deskChange(r, a)
	slot, okSlot := parseSlot(r.PostFormValue("slot"))
	if !ok || !okSlot {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	again := fmt.Sprintf("%s/%d/move?day=%s", pathDesk, c.ID, r.PostFormValue("day"))
	if _, err := time.Parse(time.DateOnly, r.PostFormValue("day")); err != nil {
		again = fmt.Sprintf("%s/%d/move", pathDesk, c.ID)
	}
	n, err := d.cfg.Desk.Store.DeskMove(r.Context(), c, slot)
	switch {
	case errors.Is(err, dialogs.ErrSlotTaken), errors.Is(err, dialogs.ErrPatientBusy):
		d.flashTo(w, r, again, "dash_desk_taken")
		return
	case errors.Is(err, dialogs.ErrAppointmentChanged):
		d.flashTo(w, r, pathDesk, "dash_desk_changed")
		return
	case err != nil:
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: appointment moved at the desk", "appointment", c.ID, "clinician", a.ID)
	d.flashTo(w, r, deskBack(r), d.tell(r, n, "dash_desk_moved"))
}
