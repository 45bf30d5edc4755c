package dashboard

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/store"
)

// maxPasswordBytes bounds what argon2id is asked to hash.
const maxPasswordBytes = 1024

// submitLogin checks a username and password. Every failure gets the same
// answer whether or not the account exists, and costs the same work (an
// unknown username is checked against a decoy hash and its failure is
// audited like a real one). Repeated failures lock out the pair of
// username and client address, and the client address, for a growing
// time; they only slow the account down for everyone else (up to
// loginSlowMax), so one attacker cannot lock the hospital out.
func (d *Dashboard) submitLogin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		d.fail(w, r, nil, http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	username := strings.ToLower(strings.TrimSpace(r.PostFormValue("username")))
	pw := r.PostFormValue("password")
	data := loginData{Next: localPath(r.PostFormValue("next")), Username: username}
	k := d.loginKeys(username, d.cfg.ClientIP(r))

	wait, slow, err := d.lockedFor(ctx, k)
	if err != nil {
		d.log.Error("dashboard: login throttle", "err", err)
		d.fail(w, r, nil, http.StatusServiceUnavailable)
		return
	}
	if wait > 0 {
		d.refuseLogin(w, r, data, wait)
		return
	}
	if slow > 0 {
		select {
		case <-time.After(min(slow, loginSlowMax)):
		case <-ctx.Done():
			return
		}
	}

	c, ok, err := d.authenticate(ctx, username, pw)
	if err != nil {
		d.log.Error("dashboard: login", "err", err)
		d.fail(w, r, nil, http.StatusInternalServerError)
		return
	}
	if !ok {
		wait := d.loginFailed(ctx, c, k)
		d.refuseLogin(w, r, data, wait)
		return
	}

	if err := d.cfg.LoginUser.Reset(ctx, k.pair); err != nil {
		d.log.Warn("dashboard: login throttle reset", "err", err)
	}
	lang := d.lang(r)
	// A new token at login: a token planted before it is worth nothing.
	if err := d.sessions.RenewToken(ctx); err != nil {
		d.log.Error("dashboard: renew session", "err", err)
		d.fail(w, r, nil, http.StatusServiceUnavailable)
		return
	}
	d.sessions.Put(ctx, keyClinician, c.ID)
	d.sessions.Put(ctx, keyEpoch, c.SessionEpoch)
	d.sessions.Put(ctx, keyLang, lang)
	d.audit(ctx, store.AuditEntry{ActorKind: store.ActorClinician, ActorID: fmt.Sprint(c.ID),
		Action: "clinician.login", SubjectKind: "clinician", SubjectID: fmt.Sprint(c.ID)})
	d.log.Info("dashboard: login", "clinician", c.ID)
	http.Redirect(w, r, data.Next, http.StatusSeeOther)
}

// loginSlowMax caps how long a login waits while its account is under
// attack: a clinician still gets in, a few seconds late.
const loginSlowMax = 3 * time.Second

// loginKeys are the throttle keys of one attempt.
type loginKeys struct {
	account string // the username, hashed
	ip      string // the client address (IPv6 by its /64)
	pair    string // both: what locks out
}

func (d *Dashboard) loginKeys(username, ip string) loginKeys {
	u, a := hashKey(username), clientKey(ip)
	return loginKeys{account: u, ip: a, pair: u + "@" + a}
}

// refuseLogin re-renders the form: 429 with the wait while locked out,
// else 401 with the one generic message.
func (d *Dashboard) refuseLogin(w http.ResponseWriter, r *http.Request, data loginData, wait time.Duration) {
	v := d.view(r, nil, "login", nil)
	status := http.StatusUnauthorized
	data.Error = v.L.T("dash_login_failed")
	if wait > 0 {
		status = http.StatusTooManyRequests
		minutes := int(math.Ceil(wait.Minutes()))
		data.Error = v.L.N("dash_login_locked", minutes)
		w.Header().Set("Retry-After", fmt.Sprint(int(math.Ceil(wait.Seconds()))))
	}
	v.Data = data
	d.render(w, status, "login", v)
}

// lockedFor returns how long this username at this address, or this
// address, is locked out, and how long the account's logins are slowed.
func (d *Dashboard) lockedFor(ctx context.Context, k loginKeys) (wait, slow time.Duration, err error) {
	u, err := d.cfg.LoginUser.Locked(ctx, k.pair)
	if err != nil {
		return 0, 0, err
	}
	ip, err := d.cfg.LoginIP.Locked(ctx, k.ip)
	if err != nil {
		return 0, 0, err
	}
	slow, err = d.cfg.LoginAccount.Locked(ctx, k.account)
	if err != nil {
		return 0, 0, err
	}
	return max(u, ip), slow, nil
}

// authenticate returns the active account username names if pw is its
// password. For an unknown or disabled username it still runs argon2id
// (on a decoy hash) and returns a zero Clinician, so timing tells nothing.
func (d *Dashboard) authenticate(ctx context.Context, username, pw string) (store.Clinician, bool, error) {
	c, hash, err := d.cfg.Accounts.ClinicianLogin(ctx, username)
	if err != nil && !errors.Is(err, dialogs.ErrNotFound) {
		return store.Clinician{}, false, err
	}
	known := err == nil
	if !known {
		hash = d.decoy
	}
	if len(pw) > maxPasswordBytes {
		pw = pw[:maxPasswordBytes] // still hashed: the answer takes as long
	}
	select {
	case d.verify <- struct{}{}:
	case <-ctx.Done():
		return store.Clinician{}, false, ctx.Err()
	}
	ok, err := password.Verify(pw, hash)
	<-d.verify
	if err != nil {
		return store.Clinician{}, false, fmt.Errorf("dashboard: verify password of clinician %d: %w", c.ID, err)
	}
	if !known {
		return store.Clinician{}, false, nil
	}
	return c, ok, nil
}

// loginFailed counts a failure against the pair, the address and the
// account, audits it, and returns the lock-out it caused. A known and an
// unknown username take the same path (the same Redis calls and one audit
// insert), so the time of the answer does not tell which it was.
func (d *Dashboard) loginFailed(ctx context.Context, c store.Clinician, k loginKeys) time.Duration {
	u, err := d.cfg.LoginUser.Fail(ctx, k.pair)
	if err != nil {
		d.log.Error("dashboard: login throttle", "err", err)
	}
	ip, err := d.cfg.LoginIP.Fail(ctx, k.ip)
	if err != nil {
		d.log.Error("dashboard: login throttle", "err", err)
	}
	if _, err := d.cfg.LoginAccount.Fail(ctx, k.account); err != nil {
		d.log.Error("dashboard: login throttle", "err", err)
	}
	wait := max(u, ip)
	// An unknown username is named by its hash: the audit log holds no
	// guessed passwords typed into the wrong field.
	subjectKind, subjectID := "username", k.account
	if c.ID != 0 {
		subjectKind, subjectID = "clinician", fmt.Sprint(c.ID)
	}
	d.audit(ctx, store.AuditEntry{ActorKind: store.ActorSystem, ActorID: "login",
		Action: "clinician.login_failed", SubjectKind: subjectKind, SubjectID: subjectID,
		Detail: map[string]any{"locked_seconds": int(wait.Seconds())}})
	d.log.Info("dashboard: login failed", "known", c.ID != 0, "locked", wait > 0)
	return wait
}

// hashKey names a username in Redis keys: fixed length, whatever was typed.
func hashKey(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// clientKey names a client address for the lock-out: IPv4 as is, IPv6 by
// its /64, which one subscriber usually holds whole.
func clientKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return hashKey(ip)
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// remoteIP is the connection's address, the default Config.ClientIP.
func remoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// audit appends e; a failure is logged, not shown (the login itself
// stands). Case views do not use it: they are audited in the same
// statement that reads the case.
func (d *Dashboard) audit(ctx context.Context, e store.AuditEntry) {
	if err := d.cfg.Audit.Append(ctx, e); err != nil {
		d.log.Error("dashboard: audit", "action", e.Action, "err", err)
	}
}
