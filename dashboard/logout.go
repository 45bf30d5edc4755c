package dashboard

import (
	"fmt"
	"net/http"

	"github.com/frontdoor-health/frontdoor/store"
)

// logout ends this browser's session.
func (d *Dashboard) logout(w http.ResponseWriter, r *http.Request, a *account) {
	if err := d.sessions.Destroy(r.Context()); err != nil {
		d.log.Error("dashboard: logout", "err", err)
		d.fail(w, r, a, http.StatusServiceUnavailable)
		return
	}
	d.audit(r.Context(), store.AuditEntry{ActorKind: store.ActorClinician, ActorID: fmt.Sprint(a.ID),
		Action: "clinician.logout", SubjectKind: "clinician", SubjectID: fmt.Sprint(a.ID)})
	http.Redirect(w, r, pathLogin, http.StatusSeeOther)
}

// logoutAll ends every session of the account, on every device: the
// account's session epoch goes up, so each is refused on its next request
// (and open event streams at their next heartbeat).
func (d *Dashboard) logoutAll(w http.ResponseWriter, r *http.Request, a *account) {
	if err := d.cfg.Accounts.EndClinicianSessions(r.Context(), a.ID, a.actor()); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if err := d.sessions.Destroy(r.Context()); err != nil {
		d.log.Error("dashboard: logout everywhere", "err", err)
	}
	d.log.Info("dashboard: logged out everywhere", "clinician", a.ID)
	http.Redirect(w, r, pathLogin, http.StatusSeeOther)
}
