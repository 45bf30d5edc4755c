package dashboard

import (
	"net/http"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
)

// adminData is what templates/admin.html renders.
type adminData struct {
	Facilities  []store.FacilityAdmin
	Specialties []store.SpecialtyAdmin
	Accounts    []store.Clinician
	Duty        []dutyRow
	// The forms on the page: what was typed and what was wrong with it.
	Specialty, Holiday map[string]string
	Problems           problems
	Form               string // which form Problems are about
	Affected           []affectedRow
	AffectedShown      bool // a holiday was just added: say how many it touched
}

type dutyRow struct {
	store.OnDuty
	Seen string // when last seen, in the reader's digits
}

// showAdmin is GET /dashboard/admin: the network's facilities,
// specialties, accounts and who is on duty now, with the forms that add a
// specialty or a holiday.
func (d *Dashboard) showAdmin(w http.ResponseWriter, r *http.Request, a *account) {
	d.renderAdmin(w, r, a, http.StatusOK, adminData{})
}

func (d *Dashboard) renderAdmin(w http.ResponseWriter, r *http.Request, a *account, status int, data adminData) {
	ctx := r.Context()
	var err error
	if data.Facilities, err = d.cfg.Admin.AdminFacilities(ctx); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if data.Specialties, err = d.cfg.Admin.AdminSpecialties(ctx); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if data.Accounts, err = d.cfg.Admin.AdminAccounts(ctx); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	duty, err := d.cfg.Admin.Duty(ctx)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	t := tr{lang: a.Lang, text: d.cfg.Text}
	for _, c := range duty {
		row := dutyRow{OnDuty: c}
		if c.SeenAt != nil {
			row.Seen = t.Num(int(d.now().Sub(*c.SeenAt).Round(time.Minute) / time.Minute))
		}
		data.Duty = append(data.Duty, row)
	}
	d.render(w, status, "admin", d.view(r, a, "admin", data))
}
