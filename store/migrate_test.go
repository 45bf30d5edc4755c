package store_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
)

var quiet = store.MigrateLogger(slog.New(slog.DiscardHandler))

func openPostgres(t *testing.T, url string) *store.Postgres {
	t.Helper()
	pg, err := store.OpenPostgres(context.Background(), url, 4)
	if err != nil {
		t.Fatalf("OpenPostgres: %v", err)
	}
	t.Cleanup(pg.Close)
	return pg
}

func migrationFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("migrations/*.sql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no migrations found: %v", err)
	}
	return files
}

// assertAllApplied checks that every migration file is applied, and
// returns the status.
func assertAllApplied(t *testing.T, pg *store.Postgres) []store.Migration {
	t.Helper()
	status, err := store.MigrationStatus(context.Background(), pg.Pool())
	if err != nil {
		t.Fatalf("MigrationStatus: %v", err)
	}
	files := migrationFiles(t)
	if len(status) != len(files) {
		t.Fatalf("MigrationStatus lists %d migrations, want %d (files)", len(status), len(files))
	}
	for i, m := range status {
		if !m.Applied || m.AppliedAt.IsZero() || m.File != filepath.Base(files[i]) {
			t.Errorf("migration %d = %+v, want %s applied", i, m, filepath.Base(files[i]))
		}
	}
	return status
}

func TestMigrateFreshThenNoOp(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := openPostgres(t, storetest.NewEmptyDatabase(t))

	before, err := store.MigrationStatus(ctx, pg.Pool())
	if err != nil {
		t.Fatalf("MigrationStatus: %v", err)
	}
	for _, m := range before {
		if m.Applied {
			t.Errorf("fresh database: %s applied before Migrate", m.File)
		}
	}
	var log bytes.Buffer
	logTo := store.MigrateLogger(slog.New(slog.NewTextHandler(&log, nil)))
	if err := store.Migrate(ctx, pg.Pool(), logTo); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	first := assertAllApplied(t, pg)
	for _, m := range first {
		if !strings.Contains(log.String(), "file="+m.File) {
			t.Errorf("Migrate did not log %s:\n%s", m.File, log.String())
		}
	}
	log.Reset()
	if err := store.Migrate(ctx, pg.Pool(), logTo); err != nil {
		t.Fatalf("second Migrate: %v", err)
	}
	second := assertAllApplied(t, pg)
	if !strings.Contains(log.String(), "applied=0") || strings.Contains(log.String(), "file=") {
		t.Errorf("second Migrate logged:\n%s\nwant only that the schema is up to date", log.String())
	}
	for i := range first {
		if !first[i].AppliedAt.Equal(second[i].AppliedAt) {
			t.Errorf("%s re-applied by the second Migrate", first[i].File)
		}
	}
}

// Four processes starting at once: each has its own pool, one migrates and
// the others find nothing to do.
func TestMigrateConcurrent(t *testing.T) {
	t.Parallel()
	url := storetest.NewEmptyDatabase(t)
	const n = 4
	pools := make([]*store.Postgres, n)
	for i := range pools {
		pools[i] = openPostgres(t, url)
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i, pg := range pools {
		wg.Go(func() { errs[i] = store.Migrate(context.Background(), pg.Pool(), quiet) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Migrate #%d: %v", i, err)
		}
	}
	assertAllApplied(t, pools[0])
	var rows int
	if err := pools[0].Pool().QueryRow(context.Background(),
		`SELECT count(*) FROM goose_db_version WHERE version_id > 0`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if want := len(migrationFiles(t)); rows != want {
		t.Errorf("goose_db_version has %d applied rows, want %d (no migration twice)", rows, want)
	}
}

// The down migrations are code too: all the way down and up again must
// work on a fresh database.
func TestMigrateDownAndUp(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := openPostgres(t, storetest.NewDatabase(t))
	db := stdlib.OpenDBFromPool(pg.Pool())
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, os.DirFS("migrations"), goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 0); err != nil {
		t.Fatalf("down to 0: %v", err)
	}
	var tables int
	if err := pg.Pool().QueryRow(ctx,
		`SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'goose_db_version'`).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables != 0 {
		t.Errorf("%d tables left after migrating down to 0", tables)
	}
	if err := store.Migrate(ctx, pg.Pool(), quiet); err != nil {
		t.Fatalf("Migrate after down: %v", err)
	}
	assertAllApplied(t, pg)
}
