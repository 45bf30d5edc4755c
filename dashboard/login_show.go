package dashboard

import (
	"net/http"
)

// loginData is what templates/login.html renders.
type loginData struct {
	Next     string
	Username string
	Error    string // why the last attempt failed, never whether the account exists
}

// showLogin renders the login form; a signed-in visitor goes straight on.
func (d *Dashboard) showLogin(w http.ResponseWriter, r *http.Request) {
	next := localPath(r.URL.Query().Get("next"))
	if _, err := d.current(r); err == nil {
		http.Redirect(w, r, next, http.StatusSeeOther)
		return
	}
	d.render(w, http.StatusOK, "login", d.view(r, nil, "login", loginData{Next: next}))
}
