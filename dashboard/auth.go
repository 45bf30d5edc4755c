package dashboard

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// account is the signed-in clinician of one request, loaded afresh from
// PostgreSQL so that a disabled account, a changed role or a "log out
// everywhere" takes effect on the very next request.
type account struct {
	store.Clinician
	Lang  string
	Scope store.Scope
}

// actor names the account in the audit log.
func (a *account) actor() store.AuditActor {
	return store.AuditActor{Kind: store.ActorClinician, ID: fmt.Sprint(a.ID)}
}

// handlerFunc is a handler for signed-in accounts.
type handlerFunc func(w http.ResponseWriter, r *http.Request, a *account)

// page wraps a handler of pages and forms: without a valid session the
// browser is sent to the login page, and back here afterwards.
func (d *Dashboard) page(next handlerFunc) http.Handler {
	return d.signedIn(next, false)
}

// api wraps a handler that script calls (fragments, the event stream):
// without a valid session it answers 401 and the script reloads the page.
func (d *Dashboard) api(next handlerFunc) http.Handler {
	return d.signedIn(next, true)
}

func (d *Dashboard) signedIn(next handlerFunc, api bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		noStore(w)
		a, err := d.current(r)
		switch {
		case errors.Is(err, errSignedOut):
			if api {
				http.Error(w, http.StatusText(http.StatusUnauthorized), http.StatusUnauthorized)
				return
			}
			target := pathLogin
			if r.Method == http.MethodGet {
				target += "?next=" + url.QueryEscape(r.URL.RequestURI())
			}
			http.Redirect(w, r, target, http.StatusSeeOther)
		case err != nil:
			d.log.Error("dashboard: load account", "err", err)
			d.fail(w, r, nil, http.StatusInternalServerError)
		default:
			next(w, r, a)
		}
	})
}

// errSignedOut means the request has no valid session.
var errSignedOut = errors.New("signed out")

// current returns the request's account, or errSignedOut (destroying the
// session) when there is none, the session outlived its lifetime, or the
// account was disabled or logged out everywhere since.
func (d *Dashboard) current(r *http.Request) (*account, error) {
	ctx := r.Context()
	id := d.sessions.GetInt64(ctx, keyClinician)
	if id == 0 {
		return nil, errSignedOut
	}
	// scs leaves the absolute lifetime to the store's expiry; check it here
	// too, so no store edge can stretch a session past it.
	if d.now().After(d.sessions.Deadline(ctx)) {
		return nil, d.endSession(r)
	}
	c, err := d.cfg.Accounts.ClinicianByID(ctx, id)
	if errors.Is(err, dialogs.ErrNotFound) {
		return nil, d.endSession(r)
	}
	if err != nil {
		return nil, err
	}
	if !c.Active || c.SessionEpoch != d.sessions.GetInt64(ctx, keyEpoch) {
		return nil, d.endSession(r)
	}
	return &account{Clinician: c, Lang: d.lang(r), Scope: c.Scope()}, nil
}

// endSession destroys the request's session and returns errSignedOut.
func (d *Dashboard) endSession(r *http.Request) error {
	if err := d.sessions.Destroy(r.Context()); err != nil {
		return fmt.Errorf("dashboard: end session: %w", err)
	}
	return errSignedOut
}

// admin lets only admins through; others get 403.
func (d *Dashboard) admin(next handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a *account) {
		if a.Role != store.RoleAdmin {
			d.fail(w, r, a, http.StatusForbidden)
			return
		}
		next(w, r, a)
	}
}
