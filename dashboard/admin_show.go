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
	// SpecialtyRows are Specialties as the list shows them.
	SpecialtyRows []specialtyRow
	Accounts      []store.Clinician
	Duty          []dutyRow
	// The forms on the page: what was typed and what was wrong with it.
	Specialty, Holiday map[string]string
	Problems           problems
	Form               string // which form Problems are about
	Affected           []affectedRow
	AffectedShown      bool // a holiday was just added: say how many it touched
}

// specialtyRow is a specialty as the list shows it: Length says its usual
// appointment length and rest ("" when it sets none).
type specialtyRow struct {
	store.SpecialtyAdmin
	Length string
}

type dutyRow struct {
	store.OnDuty
	Seen string // when last seen, in the reader's digits
}

// showAdmin is GET /dashboard/admin: the network's facilities,
// specialties, accounts and who is on duty now, with the forms that add a
// specialty or a holiday.
func (d *Dashboard) showAdmin(w http.ResponseWriter, r *http.Request, a *account) {
	d.renderAdmin(w, r, a, http.StatusOK, adminData{Specialty: d.specialtyTyped(r, r.URL.Query().Get("specialty"))})
}

// specialtyTyped fills the specialty form with the specialty code's names
// and lengths (?specialty=code: its Change link), nil for none.
func (d *Dashboard) specialtyTyped(r *http.Request, code string) map[string]string {
	if code == "" {
		return nil
	}
	list, err := d.cfg.Admin.AdminSpecialties(r.Context())
	if err != nil {
		return nil // the page reads them again and says what failed
	}
	for _, s := range list {
		if s.Code == code {
			typed := map[string]string{"code": s.Code, "slot": minutesText(s.Slot), "buffer": minutesText(s.Buffer)}
			for lang, n := range s.Names {
				typed["name."+lang] = n
			}
			return typed
		}
	}
	return nil
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
	for _, s := range data.Specialties {
		row := specialtyRow{SpecialtyAdmin: s}
		if s.Slot != nil {
			rest := 0
			if s.Buffer != nil {
				rest = *s.Buffer
			}
			row.Length = t.D("admin_specialty_length", "Minutes", t.Num(*s.Slot), "Rest", t.Num(rest))
		}
		data.SpecialtyRows = append(data.SpecialtyRows, row)
	}
	for _, c := range duty {
		row := dutyRow{OnDuty: c}
		if c.SeenAt != nil {
			row.Seen = t.Num(int(d.now().Sub(*c.SeenAt).Round(time.Minute) / time.Minute))
		}
		data.Duty = append(data.Duty, row)
	}
	d.render(w, status, "admin", d.view(r, a, "admin", data))
}
