package dashboard

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/frontdoor-health/frontdoor/store"
)

// UnlockLogin lifts every lock-out of username (at every address) and its
// slowdown, and audits who did it. The CLI (frontdoor clinician unlock)
// and the admin form call it alike.
func UnlockLogin(ctx context.Context, perUser, perAccount Limiter, audit AuditLog, username string, by store.AuditActor) error {
	u := UsernameKey(username)
	if err := perUser.ResetPrefix(ctx, u+"@"); err != nil {
		return fmt.Errorf("dashboard: unlock: %w", err)
	}
	if err := perAccount.Reset(ctx, u); err != nil {
		return fmt.Errorf("dashboard: unlock: %w", err)
	}
	if err := audit.Append(ctx, store.AuditEntry{ActorKind: by.Kind, ActorID: by.ID, Action: "clinician.unlock",
		SubjectKind: "username", SubjectID: u}); err != nil {
		return fmt.Errorf("dashboard: unlock: %w", err)
	}
	return nil
}

// unlockLogin is an admin's POST /dashboard/audit/unlock: the form on the
// audit page lifts one username's lock-outs.
func (d *Dashboard) unlockLogin(w http.ResponseWriter, r *http.Request, a *account) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	username := strings.TrimSpace(r.PostFormValue("username"))
	if username == "" || len(username) > 100 {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	if err := UnlockLogin(r.Context(), d.cfg.LoginUser, d.cfg.LoginAccount, d.cfg.Audit, username, a.actor()); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: login unlocked", "by", a.ID)
	d.sessions.Put(r.Context(), keyFlash, "dash_unlock_done")
	http.Redirect(w, r, "/dashboard/audit", http.StatusSeeOther)
}

// UsernameKey names a username in the login throttles' keys (its hash, so
// that the keys hold no typed names); the key of a username at an address
// is UsernameKey(u) + "@" + the address.
func UsernameKey(username string) string {
	return hashKey(strings.ToLower(strings.TrimSpace(username)))
}
