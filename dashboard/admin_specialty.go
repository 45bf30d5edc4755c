package dashboard

import (
	"net/http"
	"strings"

	"github.com/frontdoor-health/frontdoor/clinic"
)

// saveSpecialty is POST /dashboard/admin/specialties: add a specialty, or
// rename one (its code stays: triage and bookings name it), with its usual
// appointment length and rest (blank: none), which the weekly hours that
// set none use; slots follow at once.
func (d *Dashboard) saveSpecialty(w http.ResponseWriter, r *http.Request, a *account) {
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	slot, buffer := strings.TrimSpace(r.PostFormValue("slot")), strings.TrimSpace(r.PostFormValue("buffer"))
	s := clinic.Specialty{Code: strings.TrimSpace(r.PostFormValue("code")), Name: formNames(r, "name"),
		SlotMinutes: minutesOf(slot), BufferMinutes: minutesOf(buffer)}
	err := d.cfg.Admin.SaveSpecialty(r.Context(), s, a.actor())
	if p, ok := problemsOf(tr{lang: a.Lang, text: d.cfg.Text}, err, false); ok {
		typed := map[string]string{"code": s.Code, "slot": slot, "buffer": buffer}
		for lang, n := range s.Name {
			typed["name."+lang] = n
		}
		d.renderAdmin(w, r, a, http.StatusUnprocessableEntity, adminData{Specialty: typed, Problems: p, Form: "specialty"})
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: specialty saved", "by", a.ID)
	d.sessions.Put(r.Context(), keyFlash, "admin_saved")
	http.Redirect(w, r, pathAdmin, http.StatusSeeOther)
}
