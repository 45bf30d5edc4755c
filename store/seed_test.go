package store_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/jackc/pgx/v5"
)

// The codes booking and triage rely on, exactly.
var specialtyCodes = []string{
	"general_practice", "internal_medicine", "cardiology", "pulmonology", "neurology",
	"gastroenterology", "endocrinology", "nephrology", "infectious_disease", "pediatrics",
	"obstetrics_gynecology", "dermatology", "ent", "ophthalmology", "orthopedics", "psychiatry",
	"urology", "dentistry", "emergency_medicine",
}

// snapshotSQL renders every seeded row with its xmin, the id of the
// transaction that last wrote it: equal snapshots mean nothing was written.
const snapshotSQL = `
SELECT 'facility ' || code || ' ' || xmin || ' ' || row_to_json(f)::text FROM facilities f
UNION ALL SELECT 'specialty ' || code || ' ' || xmin || ' ' || row_to_json(s)::text FROM specialties s
UNION ALL SELECT 'clinician ' || username || ' ' || xmin || ' ' || row_to_json(c)::text FROM clinicians c
UNION ALL SELECT 'clinician_specialty ' || xmin || ' ' || row_to_json(cs)::text FROM clinician_specialties cs
UNION ALL SELECT 'availability ' || xmin || ' ' || row_to_json(a)::text FROM availability a
ORDER BY 1`

func snapshot(t *testing.T, pg *store.Postgres) []string {
	t.Helper()
	rows, _ := pg.Pool().Query(context.Background(), snapshotSQL)
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func seed(t *testing.T, pg *store.Postgres) store.Demo {
	t.Helper()
	d, err := store.SeedDemo(context.Background(), pg)
	if err != nil {
		t.Fatalf("SeedDemo: %v", err)
	}
	return d
}

func TestSeedDemo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	first := seed(t, pg)
	if first.Facilities != 3 || first.Specialties != 19 || first.Clinicians != 6 || first.Windows == 0 || first.Written == 0 {
		t.Errorf("first SeedDemo = %+v; want 3 facilities, 19 specialties, 6 clinicians, some windows, rows written", first)
	}

	rows, _ := pg.Pool().Query(ctx, `SELECT code FROM specialties ORDER BY code`)
	codes, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Sorted(slices.Values(specialtyCodes))
	if !slices.Equal(codes, want) {
		t.Errorf("specialty codes = %q\nwant %q", codes, want)
	}

	roles := map[string]int{}
	for _, l := range first.Logins {
		roles[l.Role]++
		var hash string
		if err := pg.Pool().QueryRow(ctx, `SELECT password_hash FROM clinicians WHERE username = $1`, l.Username).Scan(&hash); err != nil {
			t.Fatalf("login %s: %v", l.Username, err)
		}
		if ok, err := password.Verify(first.Password, hash); !ok || err != nil {
			t.Errorf("login %s: demo password does not verify (%v)", l.Username, err)
		}
	}
	if roles["admin"] != 1 || roles["coordinator"] != 1 || roles["clinician"] < 3 {
		t.Errorf("demo roles = %v; want one admin, one coordinator, clinicians", roles)
	}

	// Every zone must be one PostgreSQL knows, and every clinician who sees
	// patients has a specialty and a window.
	var bad int
	err = pg.Pool().QueryRow(ctx, `
		SELECT (SELECT count(*) FROM facilities WHERE (now() AT TIME ZONE time_zone) IS NULL)
		     + (SELECT count(*) FROM clinicians c WHERE c.role = 'clinician' AND (
		            NOT EXISTS (SELECT 1 FROM clinician_specialties s WHERE s.clinician_id = c.id)
		         OR NOT EXISTS (SELECT 1 FROM availability a WHERE a.clinician_id = c.id)))`).Scan(&bad)
	if err != nil || bad != 0 {
		t.Errorf("demo consistency: %d bad rows, %v", bad, err)
	}

	// The demo's clinicians start on duty (new accounts otherwise start
	// off); one who goes off duty stays off when the demo is seeded again.
	var offDuty int
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM clinicians WHERE role = 'clinician' AND NOT on_duty`).Scan(&offDuty); err != nil || offDuty != 0 {
		t.Errorf("%d demo clinicians off duty (%v), want all on duty", offDuty, err)
	}
	var id int64
	if err := pg.Pool().QueryRow(ctx, `SELECT id FROM clinicians WHERE role = 'clinician' ORDER BY id LIMIT 1`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	if err := pg.Accounts().SetOnDuty(ctx, id, false, store.AuditActor{Kind: store.ActorSystem, ID: "test"}); err != nil {
		t.Fatal(err)
	}
	seed(t, pg)
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM clinicians WHERE role = 'clinician' AND NOT on_duty`).Scan(&offDuty); err != nil || offDuty != 1 {
		t.Errorf("after seeding again, %d clinicians off duty (%v), want the one who went off", offDuty, err)
	}
}

func TestSeedDemoTwiceChangesNothing(t *testing.T) {
	t.Parallel()
	pg := storetest.NewPostgres(t)
	first := seed(t, pg)
	before := snapshot(t, pg)
	second := seed(t, pg)
	after := snapshot(t, pg)

	if second.Written != 0 {
		t.Errorf("second SeedDemo wrote %d rows, want 0", second.Written)
	}
	first.Written = 0
	if !sameDemo(first, second) {
		t.Errorf("second SeedDemo = %+v\nfirst = %+v", second, first)
	}
	if !slices.Equal(before, after) {
		t.Errorf("rows changed by the second SeedDemo:\nbefore %q\nafter  %q", before, after)
	}
}

func sameDemo(a, b store.Demo) bool {
	return a.Facilities == b.Facilities && a.Specialties == b.Specialties && a.Clinicians == b.Clinicians &&
		a.Windows == b.Windows && a.Written == b.Written && a.Password == b.Password && slices.Equal(a.Logins, b.Logins)
}

func TestSeedDemoKeepsOperatorChanges(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	d := seed(t, pg)
	user := d.Logins[0].Username

	newHash, err := password.Hash("changed by the operator")
	if err != nil {
		t.Fatal(err)
	}
	for _, change := range []struct {
		sql  string
		args []any
	}{
		{`UPDATE clinicians SET password_hash = $2 WHERE username = $1`, []any{user, newHash}},
		{`DELETE FROM availability WHERE clinician_id = (SELECT id FROM clinicians WHERE username = $1)`, []any{user}},
		{`UPDATE facilities SET names = names || '{"en": "Renamed"}' WHERE code = 'makkah_ajyad'`, nil},
	} {
		if _, err := pg.Pool().Exec(ctx, change.sql, change.args...); err != nil {
			t.Fatalf("%s: %v", change.sql, err)
		}
	}
	again := seed(t, pg)
	if again.Written != 1 {
		t.Errorf("SeedDemo after changes wrote %d rows, want 1 (the renamed facility restored)", again.Written)
	}
	var hash string
	var windows int
	var name string
	err = pg.Pool().QueryRow(ctx, `SELECT c.password_hash,
		(SELECT count(*) FROM availability a WHERE a.clinician_id = c.id),
		(SELECT names->>'en' FROM facilities WHERE code = 'makkah_ajyad')
		FROM clinicians c WHERE username = $1`, user).Scan(&hash, &windows, &name)
	if err != nil {
		t.Fatal(err)
	}
	if hash != newHash || windows != 0 {
		t.Errorf("after re-seeding: password reset = %v, windows = %d; want the operator's password and no windows", hash != newHash, windows)
	}
	if name != "Makkah Virtual Clinic – Ajyad" {
		t.Errorf("facility name = %q, want the demo name restored", name)
	}
}

func TestSeedDemoConcurrent(t *testing.T) {
	t.Parallel()
	pg := storetest.NewPostgres(t)
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Go(func() { _, errs[i] = store.SeedDemo(context.Background(), pg) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("SeedDemo #%d: %v", i, err)
		}
	}
	d := seed(t, pg)
	if d.Written != 0 || d.Clinicians != 6 || d.Facilities != 3 || d.Specialties != 19 {
		t.Errorf("after concurrent seeds SeedDemo = %+v; want everything present once, nothing to write", d)
	}
}
