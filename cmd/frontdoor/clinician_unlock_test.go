package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// "frontdoor clinician unlock" lifts a username's lock-outs at every
// address, as the admin form does, and audits it as the CLI.
func TestClinicianUnlock(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dbURL := storetest.NewDatabase(t)
	rd := storetest.NewRedis(t)
	pg, err := store.OpenPostgres(ctx, dbURL, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	if _, err := store.SeedDemo(ctx, pg); err != nil {
		t.Fatal(err)
	}
	logins := newLoginThrottles(rd)
	key := dashboard.UsernameKey("dr.khalid")
	for range 8 {
		if _, err := logins.user.Fail(ctx, key+"@198.51.100.7"); err != nil {
			t.Fatal(err)
		}
		if _, err := logins.account.Fail(ctx, key); err != nil {
			t.Fatal(err)
		}
	}
	if wait, _ := logins.user.Locked(ctx, key+"@198.51.100.7"); wait == 0 {
		t.Fatal("not locked before the unlock")
	}
	var out, errOut bytes.Buffer
	env := &environment{stdout: &out, stderr: &errOut, environ: []string{
		"FRONTDOOR_DATABASE_URL=" + dbURL, "FRONTDOOR_REDIS_URL=" + storetest.RedisURL(), "FRONTDOOR_REDIS_PREFIX=" + rd.Prefix()}}
	if code := runClinician(ctx, env, []string{"unlock", "dr.khalid"}); code != exitOK || !strings.Contains(out.String(), "dr.khalid") {
		t.Fatalf("unlock = %d\nstdout: %s\nstderr: %s", code, out.String(), errOut.String())
	}
	for name, limiter := range map[string]*store.Throttle{"pair": logins.user, "account": logins.account} {
		k := key
		if name == "pair" {
			k += "@198.51.100.7"
		}
		if wait, err := limiter.Locked(ctx, k); err != nil || wait != 0 {
			t.Errorf("%s still locked for %v (%v)", name, wait, err)
		}
	}
	var n int
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'clinician.unlock' AND actor_id = 'cli'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("unlock audit rows = %d (%v), want 1", n, err)
	}
}
