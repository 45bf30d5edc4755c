package dashboard

import (
	"errors"
	"net/http"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// setDuty is POST /dashboard/duty: a clinician turns their own on-duty
// switch on ("on=1") or off. Only a clinician who is on duty and has the
// dashboard open counts for the quick-consult queue's waits and for the
// no-doctor fallback (store.OnlineWithin), so going home is one press and
// an open tab no longer keeps a doctor "on duty".
func (d *Dashboard) setDuty(w http.ResponseWriter, r *http.Request, a *account) {
	if a.Role != "clinician" {
		d.fail(w, r, a, http.StatusForbidden)
		return
	}
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	on := r.PostFormValue("on") == "1"
	if err := d.cfg.Accounts.SetOnDuty(r.Context(), a.ID, on, a.actor()); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: duty switched", "clinician", a.ID, "on", on)
	d.sessions.Put(r.Context(), keyFlash, dutyFlash(on))
	http.Redirect(w, r, "/dashboard/queue", http.StatusSeeOther)
}

// setDutyFor is POST /dashboard/admin/accounts/{username}/duty: an admin
// turns a clinician's switch on or off (a doctor who left their dashboard
// on duty, or who is called in).
func (d *Dashboard) setDutyFor(w http.ResponseWriter, r *http.Request, a *account) {
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	c, err := d.cfg.Admin.AdminAccount(r.Context(), r.PathValue("username"))
	if errors.Is(err, dialogs.ErrNotFound) {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	on := r.PostFormValue("on") == "1"
	err = d.cfg.Accounts.SetOnDuty(r.Context(), c.ID, on, a.actor())
	if errors.Is(err, dialogs.ErrNotFound) { // not a clinician
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: duty switched", "clinician", c.ID, "on", on, "by", a.ID)
	d.sessions.Put(r.Context(), keyFlash, dutyFlash(on))
	http.Redirect(w, r, pathAdmin+"#duty-h", http.StatusSeeOther)
}

func dutyFlash(on bool) string {
	if on {
		return "dash_duty_now_on"
	}
	return "dash_duty_now_off"
}
