package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// seededDatabase is a new database with the demo seed, and a pool on it
// closed at the end of the test.
func seededDatabase(t *testing.T) (string, *store.Postgres) {
	t.Helper()
	dbURL := storetest.NewDatabase(t)
	pg, err := store.OpenPostgres(context.Background(), dbURL, 2)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pg.Close)
	if _, err := store.SeedDemo(context.Background(), pg); err != nil {
		t.Fatal(err)
	}
	return dbURL, pg
}

// TestClinicianCommand runs "frontdoor clinician …" in-process against a
// real database: add (password from the environment, then from stdin),
// passwd, disable, list, and the refusals.
func TestClinicianCommand(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dbURL, pg := seededDatabase(t)
	base := []string{"FRONTDOOR_DATABASE_URL=" + dbURL, "FRONTDOOR_REDIS_URL=" + storetest.RedisURL()}

	type result struct {
		code           int
		stdout, stderr string
	}
	cmd := func(stdin string, extraEnv []string, args ...string) result {
		t.Helper()
		var out, errOut bytes.Buffer
		env := &environment{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, environ: append(append([]string{}, base...), extraEnv...)}
		code := runClinician(ctx, env, args)
		return result{code, out.String(), errOut.String()}
	}

	add := []string{"add", "--username", "Dr.Layla", "--facility", "jeddah_corniche,makkah_ajyad", "--role", "clinician",
		"--name-ar", "د. ليلى", "--name-en", "Dr. Layla", "--specialty", "pediatrics, dermatology"}
	r := cmd("", []string{"FRONTDOOR_CLINICIAN_PASSWORD=correct horse battery"}, add...)
	if r.code != exitOK || !strings.Contains(r.stdout, "added dr.layla (clinician") || !strings.Contains(r.stdout, "jeddah_corniche, makkah_ajyad") {
		t.Fatalf("add = %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout+r.stderr, "correct horse") {
		t.Error("the password was echoed")
	}
	_, hash, err := pg.Accounts().ClinicianLogin(ctx, "dr.layla")
	if ok, _ := password.Verify("correct horse battery", hash); err != nil || !ok {
		t.Errorf("the stored hash does not verify the password: %v", err)
	}

	for _, tc := range []struct {
		name, stdin string
		env         []string
		args        []string
		code        int
		stderr      string
	}{
		{"taken", "", []string{"FRONTDOOR_CLINICIAN_PASSWORD=correct horse battery"}, add, exitFail, "username already taken"},
		{"short password", "", []string{"FRONTDOOR_CLINICIAN_PASSWORD=short"}, []string{"passwd", "dr.layla"}, exitFail, "at least 12 characters"},
		{"clinician without specialty", "", []string{"FRONTDOOR_CLINICIAN_PASSWORD=correct horse battery"},
			[]string{"add", "--username", "dr.x", "--facility", "makkah_ajyad", "--name-ar", "س", "--name-en", "X"}, exitFail, "--specialty"},
		{"unknown facility", "correct horse battery\n", nil,
			[]string{"add", "--username", "dr.y", "--facility", "riyadh", "--role", "coordinator", "--name-ar", "س", "--name-en", "Y"}, exitFail, "unknown facility"},
		{"unknown account", "another good password\n", nil, []string{"passwd", "dr.nobody"}, exitFail, "not found"},
		{"password on the command line", "", nil, []string{"passwd", "dr.layla", "hunter2hunter2"}, exitConfig, "usage"},
		{"unknown subcommand", "", nil, []string{"delete", "dr.layla"}, exitConfig, "unknown command"},
		{"no subcommand", "", nil, nil, exitConfig, "usage"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := cmd(tc.stdin, tc.env, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("clinician %q = %d, stderr %q; want %d mentioning %q", tc.args, r.code, r.stderr, tc.code, tc.stderr)
			}
		})
	}

	// passwd with the password on stdin (a pipe: one line), then disable.
	if r := cmd("a brand new passphrase\n", nil, "passwd", "dr.layla"); r.code != exitOK {
		t.Fatalf("passwd = %d: %s", r.code, r.stderr)
	}
	c, hash, _ := pg.Accounts().ClinicianLogin(ctx, "dr.layla")
	if ok, _ := password.Verify("a brand new passphrase", hash); !ok || c.SessionEpoch != 1 {
		t.Errorf("after passwd: verifies %v, session epoch %d; want the new password and sessions ended", ok, c.SessionEpoch)
	}
	if r := cmd("", nil, "disable", "dr.layla"); r.code != exitOK || !strings.Contains(r.stdout, "disabled dr.layla") {
		t.Fatalf("disable = %d: %s", r.code, r.stderr)
	}
	r = cmd("", nil, "list")
	if r.code != exitOK {
		t.Fatalf("list = %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"USERNAME", "dr.layla", "no", "jeddah_corniche,makkah_ajyad", "dermatology,pediatrics", "admin.noura"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("list lacks %q:\n%s", want, r.stdout)
		}
	}
	var audits int
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE actor_id = 'cli' AND action LIKE 'clinician.%'`).Scan(&audits); err != nil || audits != 3 {
		t.Errorf("CLI audit rows = %d, %v; want add, passwd, disable", audits, err)
	}
}
