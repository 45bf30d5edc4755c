package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Postgres is Frontdoor's system of record. Safe for concurrent use.
type Postgres struct {
	pool *pgxpool.Pool
}

// OpenPostgres connects a pool of at most maxConns connections to the
// database at url (a postgres:// URL or key=value DSN) and checks that it
// answers. The caller must Close it. Errors never contain the URL, which
// may hold a password.
func OpenPostgres(ctx context.Context, url string, maxConns int32, opts ...PostgresOption) (*Postgres, error) {
	if maxConns < 1 {
		return nil, fmt.Errorf("store: open postgres: maxConns %d, want at least 1", maxConns)
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx's parse errors quote the URL; keep only that it failed.
		return nil, errors.New("store: open postgres: cannot parse the database URL")
	}
	// pgxpool defaults to max(4, NumCPU); size it on purpose instead.
	cfg.MaxConns = maxConns
	for _, o := range opts {
		o(cfg)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	return &Postgres{pool: pool}, nil
}

// PostgresOption adjusts the pool's configuration at OpenPostgres.
type PostgresOption func(*pgxpool.Config)

// WithQueryTracer traces every query of the pool's connections (each is
// one round trip to the server, BEGIN and COMMIT included); the round-trip
// benchmarks count them with it.
func WithQueryTracer(t pgx.QueryTracer) PostgresOption {
	return func(c *pgxpool.Config) { c.ConnConfig.Tracer = t }
}

// Ping reports whether the database answers.
func (p *Postgres) Ping(ctx context.Context) error {
	if err := p.pool.Ping(ctx); err != nil {
		return fmt.Errorf("store: ping postgres: %w", err)
	}
	return nil
}

// Close waits for acquired connections to be released and closes the pool.
func (p *Postgres) Close() { p.pool.Close() }

// Pool returns the connection pool, for migrations and for packages that
// own their own tables (job queues).
func (p *Postgres) Pool() *pgxpool.Pool { return p.pool }
