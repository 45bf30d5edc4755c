package store

import (
	"context"
	"fmt"
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

// Audit appends e to the audit log. The log cannot be changed afterwards:
// the database rejects UPDATE, DELETE and TRUNCATE on it.
func (p *Postgres) Audit(ctx context.Context, e AuditEntry) error {
	_, err := p.pool.Exec(ctx, appendAuditSQL, e.ActorKind, e.ActorID, e.Action, e.SubjectKind, e.SubjectID, e.Detail)
	if err != nil {
		return fmt.Errorf("store: audit %s: %w", e.Action, err)
	}
	return nil
}
