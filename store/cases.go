package store

import (
	"context"
	"fmt"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

var _ dialogs.CaseStore = (*Postgres)(nil)

// openCaseSQL inserts the case, or finds the one a redelivered input
// already opened (the no-op update makes RETURNING see the existing row).
const openCaseSQL = `
INSERT INTO cases (patient_id, source, lang, complaint, urgency, specialty, red_flags,
                   pathway, answers, facts, status, queued_at, facility_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
        CASE WHEN $11 THEN 'waiting' ELSE 'triaged' END,
        CASE WHEN $11 THEN now() END,
        (SELECT facility_id FROM patients WHERE id = $1))
ON CONFLICT (source) DO UPDATE SET source = EXCLUDED.source
RETURNING id`

// OpenCase records a triaged case; see dialogs.CaseStore.
func (p *Postgres) OpenCase(ctx context.Context, c dialogs.Case) (int64, error) {
	answers, facts := c.Answers, c.Facts
	if answers == nil {
		answers = map[string]string{}
	}
	if facts == nil {
		facts = map[string]string{}
	}
	redFlags := c.RedFlags
	if redFlags == nil {
		redFlags = []string{}
	}
	// PostgreSQL refuses a NUL in text and jsonb: a case, an emergency's
	// above all, must not be lost to one that slipped past a channel.
	answers, facts = cleanValues(answers), cleanValues(facts)
	var id int64
	err := p.pool.QueryRow(ctx, openCaseSQL, c.PatientID, c.Source, c.Lang, dialogs.CleanText(c.Complaint), c.Urgency,
		c.Specialty, redFlags, c.Pathway, answers, facts, c.Queue).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: open case: %w", err)
	}
	return id, nil
}

// cleanValues returns m with its keys and values cleaned (dialogs.CleanText).
func cleanValues(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[dialogs.CleanText(k)] = dialogs.CleanText(v)
	}
	return out
}
