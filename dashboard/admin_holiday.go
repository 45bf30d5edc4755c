package dashboard

import (
	"net/http"
	"strings"

	"github.com/frontdoor-health/frontdoor/clinic"
)

// addHoliday is POST /dashboard/admin/holidays: close facilities (none
// ticked: every one) on a run of days for all their clinicians. The page
// then lists the booked appointments on those days, with links to the
// coordinator's desk where they are moved or cancelled.
func (d *Dashboard) addHoliday(w http.ResponseWriter, r *http.Request, a *account) {
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	h := clinic.Holiday{Name: strings.TrimSpace(r.PostFormValue("name")), From: strings.TrimSpace(r.PostFormValue("from")),
		To: strings.TrimSpace(r.PostFormValue("to")), Facilities: r.PostForm["facilities"]}
	t := tr{lang: a.Lang, text: d.cfg.Text}
	affected, err := d.cfg.Admin.AddHoliday(r.Context(), h, a.actor())
	if p, ok := problemsOf(t, err, false); ok {
		typed := map[string]string{"name": h.Name, "from": h.From, "to": h.To}
		d.renderAdmin(w, r, a, http.StatusUnprocessableEntity, adminData{Holiday: typed, Problems: p, Form: "holiday"})
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: holiday added", "by", a.ID, "affected", len(affected))
	d.renderAdmin(w, r, a, http.StatusOK, adminData{Affected: d.affectedRows(t, affected), AffectedShown: true})
}
