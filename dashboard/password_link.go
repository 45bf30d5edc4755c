package dashboard

import (
	"errors"
	"net/http"

	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/store"
)

// passwordData is what templates/password_set.html renders.
type passwordData struct {
	Username string
	Error    string
	Min      string // the policy's least length, in the reader's digits
}

// showPasswordLink is GET /dashboard/password/{token}: the page a
// set-password link opens, for nobody signed in. An unknown, used or
// expired link says so.
func (d *Dashboard) showPasswordLink(w http.ResponseWriter, r *http.Request) {
	noStore(w)
	c, err := d.cfg.Admin.PasswordResetAccount(r.Context(), r.PathValue("token"))
	if errors.Is(err, store.ErrResetLink) {
		d.renderPasswordLink(w, r, http.StatusNotFound, passwordData{Error: "admin_link_dead"})
		return
	}
	if err != nil {
		d.log.Error("dashboard: read set-password link", "err", err)
		d.fail(w, r, nil, http.StatusInternalServerError)
		return
	}
	d.renderPasswordLink(w, r, http.StatusOK, passwordData{Username: c.Username})
}

func (d *Dashboard) renderPasswordLink(w http.ResponseWriter, r *http.Request, status int, data passwordData) {
	v := d.view(r, nil, "password", nil)
	if data.Error != "" {
		data.Error = v.L.T(data.Error)
	}
	data.Min = v.L.Num(password.MinChars)
	v.Data = data
	d.render(w, status, "password_set", v)
}

// usePasswordLink is POST /dashboard/password/{token}: the new password,
// twice. It must follow the password policy; the link then stops working,
// every session of the account ends, and the login page follows.
func (d *Dashboard) usePasswordLink(w http.ResponseWriter, r *http.Request) {
	noStore(w)
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		d.fail(w, r, nil, http.StatusBadRequest)
		return
	}
	token := r.PathValue("token")
	c, err := d.cfg.Admin.PasswordResetAccount(r.Context(), token)
	if errors.Is(err, store.ErrResetLink) {
		d.renderPasswordLink(w, r, http.StatusNotFound, passwordData{Error: "admin_link_dead"})
		return
	}
	if err != nil {
		d.log.Error("dashboard: read set-password link", "err", err)
		d.fail(w, r, nil, http.StatusInternalServerError)
		return
	}
	pw := r.PostFormValue("password")
	var problem string
	switch {
	case pw != r.PostFormValue("again"):
		problem = "admin_password_differ"
	case password.Check(pw) != nil:
		problem = "admin_password_short"
	}
	if problem != "" {
		d.renderPasswordLink(w, r, http.StatusUnprocessableEntity, passwordData{Username: c.Username, Error: problem})
		return
	}
	d.verify <- struct{}{} // argon2id takes 19 MiB: bounded as logins are
	hash, err := password.Hash(pw)
	<-d.verify
	if err != nil {
		d.log.Error("dashboard: hash password", "err", err)
		d.fail(w, r, nil, http.StatusInternalServerError)
		return
	}
	if err := d.cfg.Admin.UsePasswordReset(r.Context(), token, hash); errors.Is(err, store.ErrResetLink) {
		d.renderPasswordLink(w, r, http.StatusNotFound, passwordData{Error: "admin_link_dead"})
		return
	} else if err != nil {
		d.log.Error("dashboard: use set-password link", "err", err)
		d.fail(w, r, nil, http.StatusInternalServerError)
		return
	}
	d.log.Info("dashboard: password set by link", "account", c.ID)
	d.sessions.Put(r.Context(), keyFlash, "admin_password_set")
	http.Redirect(w, r, pathLogin, http.StatusSeeOther)
}
