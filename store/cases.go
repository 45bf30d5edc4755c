package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Cases keeps triage cases and the queue: the patients' side the dialogs
// engine needs (opening a case, joining the queue, its place, a shared
// phone) and the clinicians' (the queue, a case's page, the claim). It
// carries Redis because it is the one publisher of case events: every
// change to a case the open dashboards must hear of is announced by it
// (announce), after the transaction that made it true, whoever asked for
// the change (the dialogs engine, the dashboard, the relay through
// Consults). Get it from Postgres.Cases; safe for concurrent use.
type Cases struct {
	pool  *pgxpool.Pool
	redis *Redis
}

// Cases is the engine's CaseStore, queue and phones included.
var _ dialogs.CaseStore = (*Cases)(nil)

// Cases returns the cases over p's pool, announcing their events on rd.
func (p *Postgres) Cases(rd *Redis) *Cases { return &Cases{pool: p.pool, redis: rd} }

// announce publishes e for the open dashboards (PublishCaseEvent): every
// case event goes through here, after its transaction committed. A lost
// announcement (Redis down) leaves the case as recorded: dashboards show it
// at their next periodic refresh, so the write that made it true does not
// fail for it.
func (cs *Cases) announce(ctx context.Context, e CaseEvent) {
	_, _ = cs.redis.PublishCaseEvent(ctx, e)
}

// openCaseSQL inserts the case, or finds the one a redelivered input
// already opened (the no-op update makes RETURNING see the existing row).
// Its facility is routeCaseSQL's.
const openCaseSQL = `
INSERT INTO cases (patient_id, source, lang, complaint, urgency, specialty, red_flags,
                   pathway, answers, facts, status, queued_at, facility_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
        CASE WHEN $11 THEN 'waiting' ELSE 'triaged' END,
        CASE WHEN $11 THEN now() END,
        ` + routeCaseSQL + `)
ON CONFLICT (source) DO UPDATE SET source = EXCLUDED.source
RETURNING id`

// OpenCase records a triaged case (see dialogs.CaseStore) and, when it
// joins the queue, announces EventCaseCreated.
func (cs *Cases) OpenCase(ctx context.Context, c dialogs.Case) (int64, error) {
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
	err := cs.pool.QueryRow(ctx, openCaseSQL, c.PatientID, c.Source, c.Lang, dialogs.CleanText(c.Complaint), c.Urgency,
		c.Specialty, redFlags, c.Pathway, answers, facts, c.Queue).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: open case: %w", err)
	}
	if c.Queue {
		cs.announce(ctx, CaseEvent{Kind: EventCaseCreated, CaseID: id, Specialty: c.Specialty, Urgency: c.Urgency})
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
