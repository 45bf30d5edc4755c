package dashboard

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/frontdoor-health/frontdoor/clinic"
)

// addDaysOff is POST /dashboard/admin/accounts/{username}/days-off: leave
// from one day to another. The page then lists the booked appointments on
// those days and how many, each with a link to the coordinator's desk
// where it is moved or cancelled; they stay booked until then.
func (d *Dashboard) addDaysOff(w http.ResponseWriter, r *http.Request, a *account) {
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	dr := clinic.DayRange{From: strings.TrimSpace(r.PostFormValue("from")), To: strings.TrimSpace(r.PostFormValue("to"))}
	t := tr{lang: a.Lang, text: d.cfg.Text}
	affected, err := d.cfg.Admin.AddDaysOff(r.Context(), r.PathValue("username"), dr, a.actor())
	if p, ok := problemsOf(t, err, false); ok {
		d.renderHours(w, r, a, http.StatusUnprocessableEntity, hoursData{Problems: p, Form: "days_off",
			Typed: map[string]string{"from": dr.From, "to": dr.To}}, nil)
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: days off added", "by", a.ID, "affected", len(affected))
	d.renderHours(w, r, a, http.StatusOK, hoursData{Affected: d.affectedRows(t, affected), AffectedShown: true}, nil)
}

// addExtra is POST /dashboard/admin/accounts/{username}/extra: a one-off
// session beside the weekly hours (an evening before Eid).
func (d *Dashboard) addExtra(w http.ResponseWriter, r *http.Request, a *account) {
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	field := func(name string) string { return strings.TrimSpace(r.PostFormValue(name)) }
	x := clinic.Extra{Date: field("date"), Facility: field("facility"), From: field("from"), To: field("to"),
		SlotMinutes: atoiOr(field("slot"), -1), BufferMinutes: atoiOr(field("buffer"), -1)}
	err := d.cfg.Admin.AddExtraSession(r.Context(), r.PathValue("username"), x, a.actor())
	if p, ok := problemsOf(tr{lang: a.Lang, text: d.cfg.Text}, err, false); ok {
		d.renderHours(w, r, a, http.StatusUnprocessableEntity, hoursData{Problems: p, Form: "extra",
			Typed: map[string]string{"date": x.Date, "facility": x.Facility, "from": x.From, "to": x.To,
				"slot": field("slot"), "buffer": field("buffer")}}, nil)
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: extra session added", "by", a.ID)
	d.sessions.Put(r.Context(), keyFlash, "admin_saved")
	http.Redirect(w, r, pathAdminAccount+r.PathValue("username")+"/hours", http.StatusSeeOther)
}

// removeException is POST …/exceptions/{id}/remove: the day off or extra
// session goes, and the day's weekly hours apply again.
func (d *Dashboard) removeException(w http.ResponseWriter, r *http.Request, a *account) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	c, err := d.cfg.Admin.AdminAccount(r.Context(), r.PathValue("username"))
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if err := d.cfg.Admin.RemoveException(r.Context(), c.ID, id, a.actor()); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: exception removed", "by", a.ID)
	d.sessions.Put(r.Context(), keyFlash, "admin_saved")
	http.Redirect(w, r, pathAdminAccount+c.Username+"/hours", http.StatusSeeOther)
}
