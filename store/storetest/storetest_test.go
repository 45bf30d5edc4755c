package storetest_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// What a test creates is gone once it ends.
func TestCleanup(t *testing.T) {
	ctx := context.Background()
	var dbName, prefix string
	t.Run("use", func(t *testing.T) {
		u, err := url.Parse(storetest.NewDatabase(t))
		if err != nil {
			t.Fatal(err)
		}
		dbName = strings.TrimPrefix(u.Path, "/")
		if !strings.HasPrefix(dbName, "fdtest_") {
			t.Errorf("database %q, want fdtest_…", dbName)
		}
		pg := storetest.NewPostgres(t)
		if err := pg.Ping(ctx); err != nil {
			t.Errorf("Ping: %v", err)
		}
		r := storetest.NewRedis(t)
		prefix = r.Prefix()
		for _, k := range []string{"a", "b", "lock:c"} {
			if err := r.Client().Set(ctx, r.Key(k), "1", time.Hour).Err(); err != nil {
				t.Fatal(err)
			}
		}
	})

	admin, err := store.OpenPostgres(ctx, storetest.DatabaseURL(), 1)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var exists bool
	if err := admin.Pool().QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, dbName).Scan(&exists); err != nil || exists {
		t.Errorf("database %s still exists (%v) after the test", dbName, err)
	}

	r, err := store.OpenRedis(ctx, storetest.RedisURL(), prefix)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if keys, err := r.Client().Keys(ctx, prefix+"*").Result(); err != nil || len(keys) != 0 {
		t.Errorf("keys left under %s: %q, %v", prefix, keys, err)
	}
}

// Test databases are copies of one migrated template: each is fully
// migrated, and what one test writes never shows in another's.
func TestDatabasesAreMigratedAndApart(t *testing.T) {
	ctx := context.Background()
	a, b := storetest.NewPostgres(t), storetest.NewPostgres(t)
	for _, pg := range []*store.Postgres{a, b} {
		status, err := store.MigrationStatus(ctx, pg.Pool())
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range status {
			if !m.Applied {
				t.Errorf("migration %s not applied on a test database", m.File)
			}
		}
	}
	if _, err := a.Pool().Exec(ctx, `CREATE TABLE only_in_a (x int)`); err != nil {
		t.Fatal(err)
	}
	var seen bool
	if err := b.Pool().QueryRow(ctx, `SELECT to_regclass('only_in_a') IS NOT NULL`).Scan(&seen); err != nil || seen {
		t.Errorf("a table made in one test database shows in another (%v)", err)
	}
}
