package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Actor kinds in the audit log.
const (
	ActorPatient   = "patient"
	ActorClinician = "clinician"
	ActorSystem    = "system"
)

// AuditEntry is one line of the append-only audit log. Detail is stored as
// a JSON object and must hold ids, kinds and counts only: never message
// text, names or phone numbers.
type AuditEntry struct {
	ActorKind   string // ActorPatient, ActorClinician or ActorSystem
	ActorID     string
	Action      string // dotted lower case: "case.view", "patient.consent"
	SubjectKind string
	SubjectID   string
	Detail      map[string]any
}

const appendAuditSQL = `
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id, detail)
VALUES ($1, $2, $3, $4, $5, coalesce($6::jsonb, '{}'))`

// AuditLog is the append-only audit log: records of who did what to which
// subject. Other writes add their records in their own statements (a case
// view, a claim, an account change); AuditLog adds the records of actions
// that write nothing else, and reads the log. Get it from
// Postgres.AuditLog; safe for concurrent use.
type AuditLog struct {
	pool *pgxpool.Pool
}

// AuditLog returns the audit log kept in p's database, sharing its pool.
func (p *Postgres) AuditLog() *AuditLog { return &AuditLog{pool: p.pool} }

// Append appends e to the audit log. The log cannot be changed afterwards:
// the database rejects UPDATE, DELETE and TRUNCATE on it.
func (l *AuditLog) Append(ctx context.Context, e AuditEntry) error {
	_, err := l.pool.Exec(ctx, appendAuditSQL, e.ActorKind, e.ActorID, e.Action, e.SubjectKind, e.SubjectID, e.Detail)
	if err != nil {
		return fmt.Errorf("store: audit %s: %w", e.Action, err)
	}
	return nil
}
