package dashboard

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
)

func TestSessionRenewedAtLogin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")
	first := b.sessionCookie()

	// Logging in again (another account, the same browser) gets a new
	// token, and the old one is worth nothing.
	b.mustLogin("dr.aisha")
	second := b.sessionCookie()
	if first == "" || second == "" || first == second {
		t.Fatalf("tokens %q then %q: want a new one at login", first, second)
	}
	old := e.browser(t, "en")
	old.setSessionCookie(first)
	if old.signedIn() {
		t.Error("the token from before the second login still works")
	}

	// A token planted before login (session fixation) is replaced.
	victim := e.browser(t, "en")
	victim.setSessionCookie("planted-by-an-attacker")
	victim.mustLogin("dr.khalid")
	if got := victim.sessionCookie(); got == "planted-by-an-attacker" {
		t.Error("login kept the planted token")
	}

	// Tokens are stored hashed: no Redis key contains a cookie value.
	for _, k := range e.sessionKeys(t) {
		for _, tok := range []string{first, second, victim.sessionCookie()} {
			if strings.Contains(k, tok) {
				t.Errorf("session stored under its plain token %q", k)
			}
		}
	}
}

func TestSessionIdleExpiryAndRenewal(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const idle = 30 * time.Minute
	e := newEnv(t, func(c *Config) { c.IdleTimeout = idle })
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")
	keys := e.sessionKeys(t)
	if len(keys) != 1 {
		t.Fatalf("session keys = %v, want one", keys)
	}
	key := keys[0]
	ttl := e.rd.Client().PTTL(ctx, key).Val()
	if ttl <= 0 || ttl > idle {
		t.Fatalf("session TTL after login = %v, want (0, %v]", ttl, idle)
	}

	// Renewal: a request pushes the idle expiry out again.
	if err := e.rd.Client().PExpire(ctx, key, time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	if !b.signedIn() {
		t.Fatal("signed out with a minute left")
	}
	if ttl := e.rd.Client().PTTL(ctx, key).Val(); ttl <= time.Minute || ttl > idle {
		t.Errorf("session TTL after a request = %v, want renewed to about %v", ttl, idle)
	}

	// Expiry: once Redis drops the idle session, the browser must log in.
	if err := e.rd.Client().PExpire(ctx, key, time.Millisecond).Err(); err != nil {
		t.Fatal(err)
	}
	for e.rd.Client().Exists(ctx, key).Val() == 1 {
		time.Sleep(time.Millisecond)
	}
	if b.signedIn() {
		t.Error("still signed in after the session expired")
	}
}

func TestSessionLifetime(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(c *Config) { c.Lifetime = 12 * time.Hour })
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")
	e.moveClock(11 * time.Hour)
	if !b.signedIn() {
		t.Fatal("signed out within the lifetime")
	}
	// However active, a session ends when its lifetime does.
	e.moveClock(2 * time.Hour)
	if b.signedIn() {
		t.Error("signed in past the session's lifetime")
	}
	if keys := e.sessionKeys(t); len(keys) != 0 {
		t.Errorf("session keys after the lifetime = %v, want none", keys)
	}
}

// Background requests (the rows, the event stream) read the session but
// never extend it: an open queue tab does not defeat the idle timeout.
func TestBackgroundRequestsDoNotExtendTheSession(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newEnv(t)
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")
	key := e.sessionKeys(t)[0]
	if err := e.rd.Client().PExpire(ctx, key, time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	if res := b.get("/dashboard/queue/rows"); res.status != http.StatusOK || len(res.header.Values("Set-Cookie")) != 0 {
		t.Fatalf("rows = %d with cookies %q", res.status, res.header.Values("Set-Cookie"))
	}
	if ttl := e.rd.Client().PTTL(ctx, key).Val(); ttl > time.Minute {
		t.Errorf("session TTL after a background request = %v, want it left at most 1m", ttl)
	}
	if !b.signedIn() { // a page view does extend it
		t.Fatal("signed out")
	}
	if ttl := e.rd.Client().PTTL(ctx, key).Val(); ttl <= time.Minute {
		t.Errorf("session TTL after a page view = %v, want renewed", ttl)
	}
}

func TestLogoutEverywhere(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	laptop, phone, other := e.browser(t, "en"), e.browser(t, "en"), e.browser(t, "en")
	laptop.mustLogin("dr.khalid")
	phone.mustLogin("dr.khalid")
	other.mustLogin("dr.aisha")

	// Logging out ends only this browser's session.
	if res := phone.post("/dashboard/logout", nil); res.status != http.StatusSeeOther || res.header.Get("Location") != pathLogin {
		t.Fatalf("logout = %d to %q", res.status, res.header.Get("Location"))
	}
	if phone.signedIn() || !laptop.signedIn() {
		t.Fatal("logout ended the wrong sessions")
	}

	phone.mustLogin("dr.khalid")
	if res := laptop.post("/dashboard/logout-all", nil); res.status != http.StatusSeeOther {
		t.Fatalf("logout everywhere = %d", res.status)
	}
	if laptop.signedIn() || phone.signedIn() {
		t.Error("a session of the account survived logging out everywhere")
	}
	if !other.signedIn() {
		t.Error("logging out everywhere ended another account's session")
	}
	if n := e.auditCount(t, "clinician.logout_all", fmt.Sprint(khalid.ID)); n != 1 {
		t.Errorf("clinician.logout_all audit rows = %d, want 1", n)
	}
	// A new login works as usual.
	laptop.mustLogin("dr.khalid")
	if !laptop.signedIn() {
		t.Error("cannot sign in again after logging out everywhere")
	}
}

func TestDisableAndPasswordEndSessions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newEnv(t)
	cli := store.AuditActor{Kind: store.ActorSystem, ID: "test"}
	for _, tc := range []struct {
		name   string
		user   string
		change func() error
	}{
		{"disable", "dr.omar", func() error { return e.pg.Accounts().DisableClinician(ctx, "dr.omar", cli) }},
		{"new password", "dr.aisha", func() error {
			return e.pg.Accounts().SetClinicianPassword(ctx, "dr.aisha", e.d.decoy, cli)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := e.browser(t, "en")
			b.mustLogin(tc.user)
			if err := tc.change(); err != nil {
				t.Fatal(err)
			}
			if b.signedIn() {
				t.Errorf("still signed in after %s", tc.name)
			}
		})
	}
}
