package dashboard

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

// Session values.
const (
	keyClinician = "cid"   // int64: the signed-in account
	keyEpoch     = "epoch" // int64: the account's session epoch at login
	keyLang      = "lang"  // string: "ar" or "en", chosen on the toggle
	keyFlash     = "flash" // string: a message id shown once on the next page
)

// newSessionManager configures scs: a cookie that script cannot read,
// sent only to this site's top-level navigations and same-site requests,
// over HTTPS when Secure (then with the __Host- prefix, so no sibling
// subdomain can plant one); tokens stored hashed, so a copy of Redis holds
// no usable session.
func newSessionManager(cfg Config) *scs.SessionManager {
	sm := scs.New()
	sm.Store = cfg.Sessions
	sm.IdleTimeout = cfg.IdleTimeout
	sm.Lifetime = cfg.Lifetime
	sm.HashTokenInStore = true
	sm.Cookie.Name = "fd_dash"
	if cfg.Secure {
		sm.Cookie.Name = "__Host-fd_dash"
	}
	sm.Cookie.Path = "/"
	sm.Cookie.HttpOnly = true
	sm.Cookie.Secure = cfg.Secure
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Persist = false // the cookie dies with the browser; the session may too
	sm.ErrorFunc = func(w http.ResponseWriter, r *http.Request, err error) {
		if r.Context().Err() != nil {
			return // the client went away; nobody reads the answer
		}
		cfg.Log.Error("dashboard: session store", "err", err)
		http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
	}
	return sm
}

// loadSession loads the request's session for handlers that script calls
// in the background (the rows, the event stream) and never writes it back:
// a tab left open on the queue must not keep an idle session alive, and a
// background request finishing after a logout must not undo it.
func (d *Dashboard) loadSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var token string
		if c, err := r.Cookie(d.sessions.Cookie.Name); err == nil {
			token = c.Value
		}
		ctx, err := d.sessions.Load(r.Context(), token)
		if err != nil {
			d.log.Error("dashboard: load session", "err", err)
			http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
			return
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
