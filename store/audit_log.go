package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// AuditRecord is one line of the audit log as the admins' page shows it.
type AuditRecord struct {
	ID          int64     `db:"id"`
	At          time.Time `db:"at"`
	ActorKind   string    `db:"actor_kind"`
	ActorID     string    `db:"actor_id"`
	ActorName   string    `db:"actor_name"` // the username when the actor is a clinician
	Action      string    `db:"action"`
	SubjectKind string    `db:"subject_kind"`
	SubjectID   string    `db:"subject_id"`
	Detail      string    `db:"detail"` // a JSON object of ids, kinds and counts
}

// AuditQuery selects a page of the audit log, newest first. Empty fields
// match everything.
type AuditQuery struct {
	ActorKind string
	// Actor matches the actor id or, for clinicians, the username.
	Actor       string
	SubjectKind string
	SubjectID   string
	// Before pages back: only records with a smaller id (0: from the newest).
	Before int64
	// Limit bounds the page (1-500; 0 means 50).
	Limit int
}

const auditLogSQL = `
SELECT a.id, a.at, a.actor_kind, a.actor_id, coalesce(c.username, '') AS actor_name,
       a.action, a.subject_kind, a.subject_id, a.detail::text AS detail
FROM audit_log a
LEFT JOIN clinicians c ON a.actor_kind = 'clinician' AND c.id::text = a.actor_id
WHERE ($1 = '' OR a.actor_kind = $1)
  AND ($2 = '' OR a.actor_id = $2 OR c.username = $2)
  AND ($3 = '' OR a.subject_kind = $3)
  AND ($4 = '' OR a.subject_id = $4)
  AND ($5 = 0 OR a.id < $5)
ORDER BY a.id DESC
LIMIT $6`

// Page returns one page of the audit log, newest first, and whether
// older records match too (then ask again with Before set to the last id).
func (l *AuditLog) Page(ctx context.Context, q AuditQuery) (page []AuditRecord, more bool, err error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, 500)
	rows, _ := l.pool.Query(ctx, auditLogSQL, q.ActorKind, q.Actor, q.SubjectKind, q.SubjectID, q.Before, limit+1)
	page, err = pgx.CollectRows(rows, pgx.RowToStructByName[AuditRecord])
	if err != nil {
		return nil, false, fmt.Errorf("store: read audit log: %w", err)
	}
	if len(page) > limit {
		return page[:limit], true, nil
	}
	return page, false, nil
}
