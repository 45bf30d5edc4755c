// Package storetest gives tests their own PostgreSQL database and Redis key
// prefix on the real servers, cleaned up when the test ends.
//
// The servers come from FRONTDOOR_TEST_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable; the role must
// be allowed to create databases) and FRONTDOOR_TEST_REDIS_URL (default
// redis://127.0.0.1:6379/0). When a server cannot be reached the test fails
// with a message saying which and how to fix it; set
// FRONTDOOR_SKIP_SERVICES=1 to skip such tests instead.
package storetest

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Environment variables read by the helpers.
const (
	EnvDatabaseURL  = "FRONTDOOR_TEST_DATABASE_URL"
	EnvRedisURL     = "FRONTDOOR_TEST_REDIS_URL"
	EnvSkipServices = "FRONTDOOR_SKIP_SERVICES"
)

const (
	defaultDatabaseURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	defaultRedisURL    = "redis://127.0.0.1:6379/0"
	setupTimeout       = 30 * time.Second
)

// DatabaseURL returns the URL of the test PostgreSQL server's maintenance
// database, where test databases are created.
func DatabaseURL() string { return envOr(EnvDatabaseURL, defaultDatabaseURL) }

// RedisURL returns the URL of the test Redis server.
func RedisURL() string { return envOr(EnvRedisURL, defaultRedisURL) }

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// unreachable fails tb, or skips it when FRONTDOOR_SKIP_SERVICES=1.
func unreachable(tb testing.TB, what, env string, err error) {
	tb.Helper()
	msg := fmt.Sprintf("storetest: %s is not reachable (%v).\n"+
		"Start it, point %s at it, or set %s=1 to skip tests that need it.",
		what, err, env, EnvSkipServices)
	if os.Getenv(EnvSkipServices) == "1" {
		tb.Skip(msg)
	}
	tb.Fatal(msg)
}

// NewDatabase creates a database fdtest_<random> on the test server,
// migrated, and returns its URL. The database is dropped (WITH (FORCE),
// closing connections left open) when tb ends.
//
// It is a copy of a template database migrated once per schema (see
// migratedTemplate): running every migration costs about a second, and the
// suite makes hundreds of databases; a copy costs a tenth of that. Migrate
// still runs on the copy, finding nothing to do, so a copy can never lag
// the code.
func NewDatabase(tb testing.TB) string {
	tb.Helper()
	dbURL := newDatabase(tb, migratedTemplate(tb))
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	if err := migrate(ctx, dbURL); err != nil {
		tb.Fatalf("storetest: %v", err)
	}
	return dbURL
}

func migrate(ctx context.Context, dbURL string) error {
	pg, err := store.OpenPostgres(ctx, dbURL, 2)
	if err != nil {
		return err
	}
	defer pg.Close()
	return store.Migrate(ctx, pg.Pool(), store.MigrateLogger(slog.New(slog.DiscardHandler)))
}

// TemplatePrefix starts the name of every template database NewDatabase
// makes; scripts/test drops them when the suite ends.
const TemplatePrefix = "fdtemplate_"

// templateLockID keys the advisory lock under which one process makes the
// template while the others wait ("fdtempl" in ASCII).
const templateLockID int64 = 0x666474656d706c

var (
	templateMu   sync.Mutex
	templateName string // made by this process or found, once
)

// migratedTemplate returns the name of a migrated database for the
// embedded migrations, making it on first use. Its name carries the
// migrations' digest, so test processes of the same build (packages run in
// parallel) share it, and a build with other migrations (another branch)
// makes its own. It is made under another name and renamed when complete,
// so a half-made template is never copied.
func migratedTemplate(tb testing.TB) string {
	tb.Helper()
	templateMu.Lock()
	defer templateMu.Unlock()
	if templateName != "" {
		return templateName
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*setupTimeout)
	defer cancel()
	admin, err := pgx.Connect(ctx, DatabaseURL())
	if err != nil {
		unreachable(tb, "PostgreSQL", EnvDatabaseURL, err)
	}
	defer admin.Close(ctx)
	name := TemplatePrefix + store.MigrationsDigest()
	if err := makeTemplate(ctx, admin, name); err != nil {
		tb.Fatalf("storetest: template database %s: %v", name, err)
	}
	templateName = name
	return name
}

func forgetTemplate(name string) {
	templateMu.Lock()
	defer templateMu.Unlock()
	if templateName == name {
		templateName = ""
	}
}

func makeTemplate(ctx context.Context, admin *pgx.Conn, name string) error {
	if _, err := admin.Exec(ctx, "SELECT pg_advisory_lock($1)", templateLockID); err != nil {
		return err
	}
	defer admin.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", templateLockID) //nolint:errcheck // the session ends with admin anyway
	var exists bool
	if err := admin.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return err
	}
	if exists {
		return nil
	}
	building := name + "_" + strings.ToLower(rand.Text()[:8])
	if err := createDatabase(ctx, admin, building, "template0"); err != nil {
		return err
	}
	buildingURL, err := withDatabase(DatabaseURL(), building)
	if err == nil {
		err = migrate(ctx, buildingURL)
	}
	if err == nil {
		// The migration's connections may still be closing on the server.
		err = retryInUse(ctx, func() error {
			_, err := admin.Exec(ctx, "ALTER DATABASE "+pgx.Identifier{building}.Sanitize()+" RENAME TO "+pgx.Identifier{name}.Sanitize())
			return err
		})
	}
	if err != nil {
		admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{building}.Sanitize()+" WITH (FORCE)") //nolint:errcheck // best effort; the first error is the one to report
		return err
	}
	return nil
}

// NewEmptyDatabase is NewDatabase without the migrations, for tests of
// the migrations themselves.
func NewEmptyDatabase(tb testing.TB) string {
	tb.Helper()
	return newDatabase(tb, "template0")
}

// newDatabase creates fdtest_<random> as a copy of template and drops it
// when tb ends.
func newDatabase(tb testing.TB, template string) string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()

	admin, err := pgx.Connect(ctx, DatabaseURL())
	if err != nil {
		unreachable(tb, "PostgreSQL", EnvDatabaseURL, err)
	}
	defer admin.Close(ctx)

	name := "fdtest_" + strings.ToLower(rand.Text())
	dbURL, err := withDatabase(DatabaseURL(), name)
	if err != nil {
		tb.Fatalf("storetest: %v", err)
	}
	err = createDatabase(ctx, admin, name, template)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == pgerrcode.InvalidCatalogName && template != "template0" {
		// The template was dropped under us (scripts/test removes them
		// when a suite ends): make it again.
		forgetTemplate(template)
		err = createDatabase(ctx, admin, name, migratedTemplate(tb))
	}
	if err != nil {
		tb.Fatalf("storetest: create database %s: %v", name, err)
	}
	tb.Cleanup(func() { dropDatabase(tb, name) })
	return dbURL
}

// createDatabase copies template into a new database name, retrying while
// another session is connected to the template, which makes CREATE
// DATABASE fail at once.
func createDatabase(ctx context.Context, admin *pgx.Conn, name, template string) error {
	return retryInUse(ctx, func() error {
		_, err := admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()+" TEMPLATE "+pgx.Identifier{template}.Sanitize())
		return err
	})
}

// retryInUse runs do until it does not fail with "object in use" (a
// database another session is connected to), or ctx ends.
func retryInUse(ctx context.Context, do func() error) error {
	for {
		err := do()
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != pgerrcode.ObjectInUse {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func dropDatabase(tb testing.TB, name string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	admin, err := pgx.Connect(ctx, DatabaseURL())
	if err != nil {
		tb.Errorf("storetest: drop database %s: %v", name, err)
		return
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		tb.Errorf("storetest: drop database %s: %v", name, err)
	}
}

// withDatabase returns the URL u with its database replaced by name.
func withDatabase(u, name string) (string, error) {
	parsed, err := url.Parse(u)
	if err != nil || (parsed.Scheme != "postgres" && parsed.Scheme != "postgresql") {
		return "", fmt.Errorf("%s must be a postgres:// URL", EnvDatabaseURL)
	}
	parsed.Path = "/" + name
	parsed.RawPath = ""
	return parsed.String(), nil
}

// NewPostgres returns a Postgres on a fresh migrated database (see
// NewDatabase), closed when tb ends.
func NewPostgres(tb testing.TB, opts ...store.PostgresOption) *store.Postgres {
	tb.Helper()
	dbURL := NewDatabase(tb)
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	pg, err := store.OpenPostgres(ctx, dbURL, 8, opts...)
	if err != nil {
		tb.Fatalf("storetest: %v", err)
	}
	// Registered after the drop, so it runs before it.
	tb.Cleanup(pg.Close)
	return pg
}

// NewRedis returns a Redis on the test server whose keys all start with a
// fresh prefix "fdtest:<random>:". When tb ends, every key under that prefix
// is deleted and the client closed.
func NewRedis(tb testing.TB, opts ...store.RedisOption) *store.Redis {
	tb.Helper()
	return NewRedisAt(tb, RedisURL(), opts...)
}

// NewRedisWithin is NewRedisAt(tb, url) when tb runs within the test named
// parent (one that started a server of its own at url, such as a cluster,
// and runs other tests as its subtests), and NewRedis otherwise.
func NewRedisWithin(tb testing.TB, parent, url string) *store.Redis {
	tb.Helper()
	if strings.HasPrefix(tb.Name(), parent+"/") {
		return NewRedisAt(tb, url)
	}
	return NewRedis(tb)
}

// NewRedisAt is NewRedis on the server (or Sentinel, or cluster) at url,
// such as one NewClusterRedis started: tests that share it keep apart by
// their prefixes.
func NewRedisAt(tb testing.TB, url string, opts ...store.RedisOption) *store.Redis {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
	defer cancel()
	prefix := "fdtest:" + strings.ToLower(rand.Text()) + ":"
	r, err := store.OpenRedis(ctx, url, prefix, opts...)
	if err != nil {
		unreachable(tb, "Redis", EnvRedisURL, err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
		defer cancel()
		if err := deletePrefix(ctx, r, prefix); err != nil {
			tb.Errorf("storetest: clean up redis prefix %s: %v", prefix, err)
		}
		if err := r.Close(); err != nil {
			tb.Errorf("storetest: %v", err)
		}
	})
	return r
}

func deletePrefix(ctx context.Context, r *store.Redis, prefix string) error {
	_, err := r.DeleteMatching(ctx, prefix+"*")
	return err
}
