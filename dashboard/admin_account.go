package dashboard

import (
	"net/http"
	"slices"
	"strings"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// accountData is what templates/admin_account.html renders.
type accountData struct {
	New         bool
	Typed       map[string]string // "username", "name.ar", "role", "home"
	Active      bool
	Served      []string // facility codes besides the home
	Held        []string // specialty codes
	Roles       []string
	Facilities  []store.FacilityAdmin
	Specialties []store.SpecialtyAdmin
	Problems    problems
}

// Serves reports whether the account serves facility code besides its home.
func (d accountData) Serves(code string) bool { return slices.Contains(d.Served, code) }

// Has reports whether the account has specialty code.
func (d accountData) Has(code string) bool { return slices.Contains(d.Held, code) }

// showAccount is GET /dashboard/admin/accounts/{username}: an account's
// names, role, facilities, specialties and whether it may log in; "new"
// is the empty form.
func (d *Dashboard) showAccount(w http.ResponseWriter, r *http.Request, a *account) {
	username := r.PathValue("username")
	data := accountData{New: username == "new", Active: true, Typed: map[string]string{"role": store.RoleClinician}}
	if !data.New {
		c, err := d.cfg.Admin.AdminAccount(r.Context(), username)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		data.Active, data.Held = c.Active, c.Specialties
		data.Typed = map[string]string{"username": c.Username, "role": c.Role}
		if len(c.FacilityCodes) > 0 {
			data.Typed["home"], data.Served = c.FacilityCodes[0], c.FacilityCodes[1:]
		}
		for lang, n := range c.Names {
			data.Typed["name."+lang] = n
		}
	}
	d.renderAccount(w, r, a, http.StatusOK, data)
}

func (d *Dashboard) renderAccount(w http.ResponseWriter, r *http.Request, a *account, status int, data accountData) {
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
	data.Roles = clinic.Roles
	d.render(w, status, "admin_account", d.view(r, a, "admin", data))
}

// saveAccount is POST /dashboard/admin/accounts: create or change the
// account with the form's username. A new account cannot log in until it
// sets a password through a link (resetLink).
func (d *Dashboard) saveAccount(w http.ResponseWriter, r *http.Request, a *account) {
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	home := strings.TrimSpace(r.PostFormValue("home"))
	c := clinic.Account{Username: strings.ToLower(strings.TrimSpace(r.PostFormValue("username"))),
		Name: formNames(r, "name"), Role: r.PostFormValue("role"), Specialties: r.PostForm["specialties"]}
	if home != "" {
		c.Facilities = []string{home}
	}
	for _, f := range r.PostForm["facilities"] {
		if f != home {
			c.Facilities = append(c.Facilities, f)
		}
	}
	active := r.PostFormValue("active") == "1"
	if c.Username == a.Username && (!active || c.Role != store.RoleAdmin) {
		// An admin who disabled or demoted themself could leave the
		// network with nobody to administer it.
		d.fail(w, r, a, http.StatusConflict)
		return
	}
	_, err := d.cfg.Admin.SaveAccount(r.Context(), c, active, a.actor())
	if p, ok := problemsOf(tr{lang: a.Lang, text: d.cfg.Text}, err, false); ok {
		typed := map[string]string{"username": c.Username, "role": c.Role, "home": home}
		for lang, n := range c.Name {
			typed["name."+lang] = n
		}
		served := slices.DeleteFunc(slices.Clone(r.PostForm["facilities"]), func(f string) bool { return f == home })
		d.renderAccount(w, r, a, http.StatusUnprocessableEntity, accountData{New: r.PostFormValue("new") == "1",
			Typed: typed, Active: active, Served: served, Held: c.Specialties, Problems: p})
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: account saved", "by", a.ID)
	d.sessions.Put(r.Context(), keyFlash, "admin_saved")
	http.Redirect(w, r, pathAdminAccount+c.Username, http.StatusSeeOther)
}

// resetData is what templates/admin_reset.html renders.
type resetData struct {
	Username, Link, Hours string
}

// resetLink is POST /dashboard/admin/accounts/{username}/reset: a
// one-time link for the account to set its password, shown on this
// response only (the store keeps its hash) for the admin to hand over.
func (d *Dashboard) resetLink(w http.ResponseWriter, r *http.Request, a *account) {
	c, err := d.cfg.Admin.AdminAccount(r.Context(), r.PathValue("username"))
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	link, err := d.cfg.Admin.IssuePasswordReset(r.Context(), c.ID, a.actor())
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: set-password link made", "by", a.ID, "account", c.ID)
	scheme := "http"
	if d.cfg.Secure || r.TLS != nil {
		scheme = "https"
	}
	data := resetData{Username: c.Username, Link: scheme + "://" + r.Host + pathPasswordLink + link.Token,
		Hours: numerals.Format(a.Lang, int(store.ResetLifetime.Hours()))}
	d.render(w, http.StatusOK, "admin_reset", d.view(r, a, "admin", data))
}
