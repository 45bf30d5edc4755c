package dashboard

import (
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/clientip"
	"github.com/frontdoor-health/frontdoor/store"
)

// behindProxy serves the dashboard as if behind a reverse proxy on
// 127.0.0.1: browsers name their address in X-Forwarded-For.
func behindProxy(c *Config) {
	c.ClientIP = clientip.Resolver{Trusted: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}.Addr
}

// One attacker guessing a clinician's password locks out themselves, not
// the clinician: the lock-out is per username and address, and the
// account is only slowed down (break 4 of issue 11).
func TestLoginAttackerCannotLockOutClinician(t *testing.T) {
	t.Parallel()
	e := newEnv(t, behindProxy)
	attacker := e.browser(t, "en")
	attacker.from = "198.51.100.66"
	var last int
	for range 8 {
		last = attacker.login("dr.khalid", "wrong").status
	}
	if last != http.StatusTooManyRequests {
		t.Fatalf("attacker after 8 failures = %d, want 429", last)
	}
	clinician := e.browser(t, "en")
	clinician.from = "203.0.113.10"
	start := time.Now()
	if res := clinician.login("dr.khalid", store.DemoPassword); res.status != http.StatusSeeOther {
		t.Fatalf("the clinician from the ward during the attack = %d, want 303 (signed in)", res.status)
	}
	t.Logf("the clinician's login took %v during the attack (slowdown capped at %v)", time.Since(start), loginSlowMax)
}

// Behind a trusted proxy every client has its own address: the proxy's
// own address, which everyone shares, is never what locks (break 4).
func TestLoginLockoutBehindProxyIsPerClient(t *testing.T) {
	t.Parallel()
	e := newEnv(t, behindProxy, func(c *Config) {
		c.LoginIP = c.Events.(*store.Redis).Throttle("test:ip", store.Backoff{Threshold: 3, Base: time.Minute, Max: time.Hour, Window: time.Hour})
	})
	attacker := e.browser(t, "en")
	attacker.from = "198.51.100.66"
	for _, u := range []string{"dr.a", "dr.b", "dr.c"} {
		attacker.login(u, "wrong")
	}
	if res := attacker.login("dr.aisha", store.DemoPassword); res.status != http.StatusTooManyRequests {
		t.Errorf("the attacker's address = %d, want 429", res.status)
	}
	// A forged header from an untrusted sender does not help: only the
	// hop the proxy added counts.
	forger := e.browser(t, "en")
	forger.from = "203.0.113.99, 198.51.100.66"
	if res := forger.login("dr.aisha", store.DemoPassword); res.status != http.StatusTooManyRequests {
		t.Errorf("the attacker with a forged left-most hop = %d, want 429", res.status)
	}
	colleague := e.browser(t, "en")
	colleague.from = "203.0.113.10"
	if res := colleague.login("dr.aisha", store.DemoPassword); res.status != http.StatusSeeOther {
		t.Errorf("another client behind the same proxy = %d, want 303", res.status)
	}
}

// An admin lifts a lock-out from the dashboard, and it is audited.
func TestAdminUnlocksLogin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	victim := e.browser(t, "en")
	for range 6 {
		victim.login("dr.khalid", "wrong")
	}
	if res := victim.login("dr.khalid", store.DemoPassword); res.status != http.StatusTooManyRequests {
		t.Fatalf("locked = %d, want 429", res.status)
	}
	clinician := e.browser(t, "en")
	clinician.mustLogin("dr.aisha")
	if res := clinician.post("/dashboard/audit/unlock", url.Values{"username": {"dr.khalid"}}); res.status != http.StatusForbidden {
		t.Errorf("a clinician unlocking = %d, want 403", res.status)
	}
	admin := e.browser(t, "en")
	admin.mustLogin("admin.noura")
	res := admin.post("/dashboard/audit/unlock", url.Values{"username": {"Dr.Khalid "}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("unlock = %d, want 303; body:\n%s", res.status, res.body)
	}
	if res := victim.login("dr.khalid", store.DemoPassword); res.status != http.StatusSeeOther {
		t.Errorf("after the unlock = %d, want 303", res.status)
	}
	if n := e.auditCount(t, "clinician.unlock", hashKey("dr.khalid")); n != 1 {
		t.Errorf("unlock audit rows = %d, want 1", n)
	}
}

// A failed login costs the same work for a real and an unknown username:
// both write one audit row (before, only real accounts did, which made
// them about 1.5 ms slower: break 7).
func TestLoginFailureSameWorkForUnknownUsername(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	b.login("dr.khalid", "wrong")
	b.login("dr.nobody", "wrong")
	known := e.auditCount(t, "clinician.login_failed", fmt.Sprint(e.clinician(t, "dr.khalid").ID))
	unknown := e.auditCount(t, "clinician.login_failed", hashKey("dr.nobody"))
	if known != 1 || unknown != 1 {
		t.Errorf("audit rows for a failure: known %d, unknown %d; want 1 and 1", known, unknown)
	}
}
