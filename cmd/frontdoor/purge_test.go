package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

func TestParseAge(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     time.Duration
		ok       bool
	}{
		{"days", "365d", 365 * 24 * time.Hour, true},
		{"weeks", "52w", 52 * 7 * 24 * time.Hour, true},
		{"hours", "8760h", 8760 * time.Hour, true},
		{"empty", "", 0, false},
		{"less than a day", "12h", 0, false},
		{"zero days", "0d", 0, false},
		{"words", "a year", 0, false},
		{"negative", "-5d", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseAge(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Errorf("parseAge(%q) = %v, %v; want %v (ok %v)", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
}

// TestPurgeCommand purges an old patient: the row, the Redis session.
func TestPurgeCommand(t *testing.T) {
	ctx := context.Background()
	dbURL := storetest.NewDatabase(t)
	rs := storetest.NewRedis(t)
	pg, err := store.OpenPostgres(ctx, dbURL, 2)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "777"}
	p, err := pg.Patients().EnsurePatient(ctx, key, "777")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pg.Pool().Exec(ctx, `UPDATE patients SET created_at = now() - interval '400 days' WHERE id = $1`, p.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := rs.Save(ctx, key, dialogs.Session{Flow: "onboarding", State: "menu", PatientID: p.ID}); err != nil {
		t.Fatal(err)
	}
	env := func(args ...string) (int, string) {
		var out, errs bytes.Buffer
		code := runPurge(ctx, &environment{stdout: &out, stderr: &errs, environ: []string{
			"FRONTDOOR_DATABASE_URL=" + dbURL, "FRONTDOOR_REDIS_URL=" + storetest.RedisURL(),
			"FRONTDOOR_REDIS_PREFIX=" + rs.Prefix(),
		}}, args)
		return code, out.String() + errs.String()
	}
	if code, out := env("--older-than", "12h"); code != exitConfig {
		t.Errorf("12h: exit %d, want a refusal; %s", code, out)
	}
	if code, out := env("--older-than", "365d", "--dry-run"); code != exitOK || !strings.Contains(out, "would delete") || !strings.Contains(out, "1 patients") {
		t.Errorf("dry run: exit %d: %s", code, out)
	}
	if code, out := env("--older-than", "365d"); code != exitOK || !strings.Contains(out, "deleted") {
		t.Fatalf("purge: exit %d: %s", code, out)
	}
	if _, err := rs.Load(ctx, key); err == nil {
		t.Error("the purged patient's session is still in Redis")
	}
	var n int
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM patients`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d patients left (%v)", n, err)
	}
}
