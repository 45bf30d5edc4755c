package store

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"

	"github.com/frontdoor-health/frontdoor/locales"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationLockID keys the advisory lock that serialises migrations; any
// constant works as long as only migrations use it (advisory locks are per
// database). It spells "frontdor" in ASCII.
const migrationLockID int64 = 0x66726f6e74646f72

// MigrationsDigest is a short hash of the embedded migration files' names
// and contents: two builds with the same digest make the same schema. Tests
// key a migrated template database by it (storetest), so that every test
// database is a copy rather than a fresh run of every migration.
func MigrationsDigest() string {
	h := sha256.New()
	err := fs.WalkDir(migrationFiles, "migrations", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := migrationFiles.ReadFile(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(body))
		h.Write(body)
		return nil
	})
	if err != nil {
		// The files are embedded at build time; reading them cannot fail.
		panic(fmt.Sprintf("store: migrations digest: %v", err))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// MigrateOption adjusts Migrate.
type MigrateOption func(*migrateConfig)

type migrateConfig struct {
	log *slog.Logger
}

// MigrateLogger sends Migrate's log lines to l instead of slog's default
// logger.
func MigrateLogger(l *slog.Logger) MigrateOption {
	return func(c *migrateConfig) { c.log = l }
}

// Migrate applies every pending migration, each in its own transaction, and
// logs what it ran (file names and versions). Concurrent callers (many
// processes starting at once) are safe: a session advisory lock lets one
// migrate while the others wait, until ctx ends, and then find nothing
// left to do. (On a database never migrated before, goose creates its
// version table before taking the lock, and a process that loses that race
// retries a second later.)
func Migrate(ctx context.Context, pool *pgxpool.Pool, opts ...MigrateOption) error {
	cfg := migrateConfig{log: slog.Default()}
	for _, o := range opts {
		o(&cfg)
	}
	p, closeDB, err := newProvider(pool)
	if err != nil {
		return err
	}
	defer closeDB()
	results, err := p.Up(ctx)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	// goose logs only in verbose mode, and then every statement; log the
	// files instead.
	for _, r := range results {
		cfg.log.InfoContext(ctx, "store: migration applied",
			"version", r.Source.Version, "file", path.Base(r.Source.Path), "duration", r.Duration)
	}
	if err := syncLanguages(ctx, pool); err != nil {
		return err
	}
	version, err := p.GetDBVersion(ctx)
	if err != nil {
		return fmt.Errorf("store: migrate: read version: %w", err)
	}
	cfg.log.InfoContext(ctx, "store: schema up to date", "version", version, "applied", len(results))
	return nil
}

// Migration is one migration file and whether the database has it.
type Migration struct {
	Version   int64
	File      string
	Applied   bool
	AppliedAt time.Time // zero when not applied
}

// MigrationStatus lists every embedded migration in order with its state in
// the database. It takes no lock.
func MigrationStatus(ctx context.Context, pool *pgxpool.Pool) ([]Migration, error) {
	p, closeDB, err := newProvider(pool)
	if err != nil {
		return nil, err
	}
	defer closeDB()
	status, err := p.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: migration status: %w", err)
	}
	out := make([]Migration, 0, len(status))
	for _, s := range status {
		out = append(out, Migration{
			Version:   s.Source.Version,
			File:      path.Base(s.Source.Path),
			Applied:   s.State == goose.StateApplied,
			AppliedAt: s.AppliedAt,
		})
	}
	return out, nil
}

func newProvider(pool *pgxpool.Pool) (*goose.Provider, func(), error) {
	files, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return nil, nil, fmt.Errorf("store: migrations: %w", err)
	}
	// goose speaks database/sql; this *sql.DB borrows the pool's
	// connections and closing it leaves the pool open.
	db := stdlib.OpenDBFromPool(pool)
	p, err := goose.NewProvider(goose.DialectPostgres, db, files,
		goose.WithSessionLocker(advisoryLocker{id: migrationLockID}),
		goose.WithDisableGlobalRegistry(true),
	)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("store: migrations: %w", err)
	}
	return p, func() { db.Close() }, nil
}

// syncLanguages adds every language Frontdoor speaks to the languages
// table, which patients' and cases' languages must name. It never removes
// one: patients and cases in a language no longer offered keep it.
func syncLanguages(ctx context.Context, pool *pgxpool.Pool) error {
	_, err := pool.Exec(ctx, `INSERT INTO languages (code) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, locales.Languages)
	if err != nil {
		return fmt.Errorf("store: migrate: add languages: %w", err)
	}
	return nil
}
