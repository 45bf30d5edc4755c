package dashboard

import (
	"errors"
	"net/http"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// cancelAppointment cancels an appointment for the clinic and tells the
// patient at once; an appointment changed since the page was shown is
// left as it is and the desk shown again.
func (d *Dashboard) cancelAppointment(w http.ResponseWriter, r *http.Request, a *account) {
	c, ok := deskChange(r, a)
	if !ok {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	back := deskBack(r)
	n, err := d.cfg.Desk.Store.DeskCancel(r.Context(), c)
	switch {
	case errors.Is(err, dialogs.ErrAppointmentChanged):
		d.flashTo(w, r, back, "dash_desk_changed")
		return
	case err != nil:
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: appointment cancelled at the desk", "appointment", c.ID, "clinician", a.ID)
	d.flashTo(w, r, back, d.tell(r, n, "dash_desk_cancelled"))
}

// markNoShow records that the patient did not come; the patient is not
// told.
func (d *Dashboard) markNoShow(w http.ResponseWriter, r *http.Request, a *account) {
	c, ok := deskChange(r, a)
	if !ok {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	back := deskBack(r)
	err := d.cfg.Desk.Store.DeskNoShow(r.Context(), c)
	switch {
	case errors.Is(err, dialogs.ErrAppointmentChanged):
		d.flashTo(w, r, back, "dash_desk_changed")
		return
	case errors.Is(err, store.ErrNotStarted):
		d.flashTo(w, r, back, "dash_desk_too_early")
		return
	case err != nil:
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: no-show marked", "appointment", c.ID, "clinician", a.ID)
	d.flashTo(w, r, back, "dash_desk_no_show_done")
}

// deskBack is the desk page the form came from (its "back" field, a desk
// path only), or the desk of today.
func deskBack(r *http.Request) string {
	b := r.PostFormValue("back")
	if b == pathDesk || (len(b) > len(pathDesk) && b[:len(pathDesk)+1] == pathDesk+"?") {
		return b
	}
	return pathDesk
}
