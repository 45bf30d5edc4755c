package dashboard

import (
	"errors"
	"net/http"
	"slices"
	"strings"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// facilityData is what templates/admin_facility.html renders.
type facilityData struct {
	New         bool              // "new": a facility not yet saved
	Typed       map[string]string // field → value ("name.ar", "where.en", "time_zone")
	Offered     []string          // specialty codes ticked
	Specialties []store.SpecialtyAdmin
	Problems    problems
}

// Offers reports whether code is ticked.
func (f facilityData) Offers(code string) bool { return slices.Contains(f.Offered, code) }

// showFacility is GET /dashboard/admin/facilities/{code}: a facility's
// names per language, time zone, phone, urgent-care fallback and the
// specialties it offers; "new" is the empty form.
func (d *Dashboard) showFacility(w http.ResponseWriter, r *http.Request, a *account) {
	code := r.PathValue("code")
	data := facilityData{New: code == "new", Typed: map[string]string{"time_zone": "Asia/Riyadh"}}
	if !data.New {
		f, err := d.cfg.Admin.AdminFacility(r.Context(), code)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		data.Typed = map[string]string{"code": f.Code, "city": f.City, "time_zone": f.TimeZone, "phone": f.Phone,
			"fallback_phone": f.Fallback}
		for lang, n := range f.Names {
			data.Typed["name."+lang] = n
		}
		for lang, n := range f.Where {
			data.Typed["where."+lang] = n
		}
		data.Offered = f.Specialties
	}
	d.renderFacility(w, r, a, http.StatusOK, data)
}

func (d *Dashboard) renderFacility(w http.ResponseWriter, r *http.Request, a *account, status int, data facilityData) {
	var err error
	if data.Specialties, err = d.cfg.Admin.AdminSpecialties(r.Context()); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.render(w, status, "admin_facility", d.view(r, a, "admin", data))
}

// saveFacility is POST /dashboard/admin/facilities: create or change the
// facility with the form's code. A refused form comes back with each
// problem next to its field.
func (d *Dashboard) saveFacility(w http.ResponseWriter, r *http.Request, a *account) {
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	field := func(name string) string { return strings.TrimSpace(r.PostFormValue(name)) }
	s := store.FacilitySettings{
		Facility: clinic.Facility{Code: field("code"), Name: formNames(r, "name"), City: field("city"),
			TimeZone: field("time_zone"), Phone: field("phone")},
		Fallback:    dialogs.UrgentFallback{Phone: field("fallback_phone"), Where: formNames(r, "where")},
		Specialties: r.PostForm["specialties"],
	}
	err := d.cfg.Admin.SaveFacility(r.Context(), s, a.actor())
	if p, ok := problemsOf(tr{lang: a.Lang, text: d.cfg.Text}, err, false); ok {
		typed := map[string]string{"code": s.Code, "city": s.City, "time_zone": s.TimeZone, "phone": s.Phone,
			"fallback_phone": s.Fallback.Phone}
		for lang, n := range s.Name {
			typed["name."+lang] = n
		}
		for lang, n := range s.Fallback.Where {
			typed["where."+lang] = n
		}
		d.renderFacility(w, r, a, http.StatusUnprocessableEntity, facilityData{
			New: r.PostFormValue("new") == "1", Typed: typed, Offered: s.Specialties, Problems: p})
		return
	}
	if errors.Is(err, dialogs.ErrNotFound) {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: facility saved", "by", a.ID)
	d.sessions.Put(r.Context(), keyFlash, "admin_saved")
	http.Redirect(w, r, pathAdmin, http.StatusSeeOther)
}
