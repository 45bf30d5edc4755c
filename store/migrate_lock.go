package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/pressly/goose/v3/lock"
)

// advisoryLocker is a goose SessionLocker on a blocking session advisory
// lock. goose's own Postgres locker polls pg_try_advisory_lock at a fixed
// interval (one second at best), so with N processes starting together the
// last waits about N seconds doing nothing; here the server wakes each
// waiter the moment the lock is free, and waiting ends when ctx does.
type advisoryLocker struct {
	id int64
}

var _ lock.SessionLocker = advisoryLocker{}

func (l advisoryLocker) SessionLock(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", l.id); err != nil {
		return fmt.Errorf("take migration lock: %w", err)
	}
	return nil
}

func (l advisoryLocker) SessionUnlock(ctx context.Context, conn *sql.Conn) error {
	var released bool
	if err := conn.QueryRowContext(ctx, "SELECT pg_advisory_unlock($1)", l.id).Scan(&released); err != nil {
		return fmt.Errorf("release migration lock: %w", err)
	}
	if !released {
		return fmt.Errorf("release migration lock: not held by this session")
	}
	return nil
}
