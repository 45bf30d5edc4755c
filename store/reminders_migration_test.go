package store_test

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// riverMigrationFile holds River's schema in our own migration history, so
// that one command (store.Migrate, under goose's advisory lock) brings up
// the whole database and every test database has it.
const riverMigrationFile = "migrations/00006_river.sql"

// envUpdateRiver rewrites riverMigrationFile from the River module in
// go.mod: FRONTDOOR_UPDATE_RIVER_SQL=1 go test ./store -run TestRiverMigration
const envUpdateRiver = "FRONTDOOR_UPDATE_RIVER_SQL"

// riverVersionsInFile is the last River migration version the file holds.
// A River upgrade that brings version riverVersionsInFile+1 needs a new
// migration file (goose never re-runs 00006): this test then fails and
// says so.
const riverVersionsInFile = 8

// riverSQL renders River's "main" migration line, versions 1..last, as one
// goose migration. Each River version is one statement block (River runs
// each as one Exec too). One change is needed to run them in a single
// transaction: River's version 004 adds the enum value 'pending' that
// version 006 uses in an immutable function, which PostgreSQL refuses
// before the value is committed; so the value is declared where the type
// is created (in the same position 004 puts it), and 004's ADD VALUE IF NOT
// EXISTS does nothing. The resulting schema is compared with River's own
// migrator's in TestRiverMigrationSchemaMatchesRiver.
func riverSQL(tb testing.TB, last int) string {
	tb.Helper()
	m, err := rivermigrate.New(riverpgxv5.New(nil), nil)
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(`-- River's job queue schema (github.com/riverqueue/river, migration line
-- "main"), for the appointment reminders. Generated from the River module in
-- go.mod by store/reminders_migration_test.go; do not edit by hand. River's
-- own migrator would run each version in its own transaction; here they run
-- in one, so the enum value 'pending' (River's version 004) is declared when
-- the type is created. The rows in river_migration tell River's migrator
-- which versions are in place.

-- +goose Up
`)
	for _, v := range m.AllVersions() {
		if v.Version > last {
			break
		}
		sql := strings.ReplaceAll(v.SQLUp, "/* TEMPLATE: schema */", "")
		if v.Version == 2 {
			const from = "  'discarded',\n  'retryable',"
			if !strings.Contains(sql, from) {
				tb.Fatalf("River's version 002 no longer declares the enum as expected; review riverSQL")
			}
			sql = strings.Replace(sql, from, "  'discarded',\n  'pending',\n  'retryable',", 1)
		}
		fmt.Fprintf(&b, "\n-- River version %03d: %s\n-- +goose StatementBegin\n%s\n-- +goose StatementEnd\n",
			v.Version, v.Name, strings.TrimSpace(sql))
	}
	fmt.Fprintf(&b, `
-- +goose StatementBegin
INSERT INTO river_migration (line, version)
SELECT 'main', v FROM generate_series(1, %d) AS v
ON CONFLICT DO NOTHING;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP TABLE IF EXISTS river_notification, river_queue, river_leader, river_job, river_migration;
DROP FUNCTION IF EXISTS river_job_state_in_bitmask(bit, river_job_state);
DROP TYPE IF EXISTS river_job_state;
-- +goose StatementEnd
`, last)
	return b.String()
}

func TestRiverMigrationFileIsCurrent(t *testing.T) {
	m, err := rivermigrate.New(riverpgxv5.New(nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	all := m.AllVersions()
	if latest := all[len(all)-1].Version; latest != riverVersionsInFile {
		t.Fatalf("River now has migration version %d; %s holds 1..%d. Add a new migration file with "+
			"versions %d..%d (River's `river migrate-get --version N --up`), then raise riverVersionsInFile.",
			latest, riverMigrationFile, riverVersionsInFile, riverVersionsInFile+1, latest)
	}
	want := riverSQL(t, riverVersionsInFile)
	if os.Getenv(envUpdateRiver) == "1" {
		if err := os.WriteFile(riverMigrationFile, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(riverMigrationFile)
	if err != nil {
		t.Fatalf("read %s (create it with %s=1): %v", riverMigrationFile, envUpdateRiver, err)
	}
	if string(got) != want {
		t.Errorf("%s differs from River's migrations in go.mod; regenerate it with %s=1 (only if it was never applied anywhere)",
			riverMigrationFile, envUpdateRiver)
	}
}

// TestRiverMigrationSchemaMatchesRiver: the schema our migration builds is
// the one River's own migrator builds, and River's migrator finds nothing
// left to do on ours.
func TestRiverMigrationSchemaMatchesRiver(t *testing.T) {
	ctx := t.Context()
	ours := riverTestPool(t, storetest.NewDatabase(t))
	theirs := riverTestPool(t, storetest.NewEmptyDatabase(t))
	migrator, err := rivermigrate.New(riverpgxv5.New(theirs), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		t.Fatalf("river migrate: %v", err)
	}
	onOurs, err := rivermigrate.New(riverpgxv5.New(ours), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := onOurs.Validate(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK {
		t.Errorf("River's migrator on our schema: %v", res.Messages)
	}
	a, b := riverSchema(t, ours), riverSchema(t, theirs)
	if len(a) < 40 {
		t.Fatalf("only %d schema lines; is the query right?", len(a))
	}
	if !slices.Equal(a, b) {
		t.Errorf("schemas differ:\n--- ours\n%s\n--- river\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
	}
}

// riverSchema describes River's objects: columns, constraints, indexes,
// enum labels and functions, one sorted line each.
func riverSchema(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	const q = `
SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
FROM information_schema.columns WHERE table_schema = 'public' AND table_name LIKE 'river%'
UNION ALL
SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
FROM pg_constraint WHERE conrelid::regclass::text LIKE 'river%'
UNION ALL
SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename LIKE 'river%'
UNION ALL
SELECT 'enum ' || string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'river_job_state'::regtype
UNION ALL
SELECT 'function ' || p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid))
FROM pg_proc p WHERE p.proname LIKE 'river%' AND p.pronamespace = 'public'::regnamespace
UNION ALL
SELECT 'relpersistence ' || relname || ' ' || relpersistence::text FROM pg_class WHERE relname LIKE 'river%' AND relkind = 'r'`
	rows, _ := pool.Query(t.Context(), q)
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	// Anonymous constraint and index names may differ in their numbering.
	num := regexp.MustCompile(`_idx\d+|_key\d+`)
	for i := range lines {
		lines[i] = num.ReplaceAllString(lines[i], "")
	}
	slices.Sort(lines)
	return lines
}

func riverTestPool(t *testing.T, url string) *pgxpool.Pool {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}
