package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// What the patient must hear of their case (the claim, the clinician's
// messages, the closing) is written to the thread first, in the
// transaction that makes it true, and delivered from there in id order:
// nothing is lost when a channel or a process fails, and a case's messages
// never overtake each other. Delivery is at least once: a message whose
// delivery was cut short after the channel took it may go twice.

// MaxDeliveryAttempts is how often a message is tried before it is given
// up (marked failed); so is any message a day old.
const MaxDeliveryAttempts = 10

// Outbound is a message to deliver to the patient of a case, with what is
// needed to word it.
type Outbound struct {
	ID           int64
	CaseID       int64
	Kind         string // "text" (the clinician's words), "claimed", "closed"
	Body         string // the clinician's words, verbatim
	Attempts     int
	Clinician    dialogs.Clinician // the author, or the clinician who claimed the case
	PatientID    int64
	Conversation dialogs.ConversationKey
	Lang         string // the patient's language, "" if never chosen
	Urgency      string
	FacilityID   int64 // 0: the network-wide pool
	Specialty    string
	Room         string // the consult's video room
	ClaimedAt    time.Time
	Disposition  string
	// FollowUp is the appointment booked at the closing (times only).
	FollowUp *dialogs.Appointment
}

const undeliveredSQL = `
SELECT m.id, m.case_id, m.kind, m.body, m.attempts,
       coalesce(k.id, 0), coalesce(k.display_names, '{}'::jsonb),
       p.id, p.channel, p.conversation_id, coalesce(p.lang, ''), c.urgency, coalesce(c.facility_id, 0),
       c.specialty, coalesce(c.video_room, ''),
       coalesce(c.claimed_at, c.created_at), coalesce(c.disposition, ''),
       coalesce(a.id, 0), lower(a.during), upper(a.during)
FROM case_messages m
JOIN cases c ON c.id = m.case_id
JOIN patients p ON p.id = c.patient_id
LEFT JOIN clinicians k ON k.id = coalesce(m.clinician_id, c.claimed_by)
LEFT JOIN appointments a ON a.id = c.follow_up_id
WHERE m.case_id = $1 AND m.outbound AND m.delivered_at IS NULL AND NOT m.failed
ORDER BY m.id
LIMIT $2`

// Undelivered returns the messages of case id still to deliver, oldest
// first, at most limit. Deliver them in this order, one case at a time
// (hold a lock named for the case), and stop at the first that fails.
func (co *Consults) Undelivered(ctx context.Context, caseID int64, limit int) ([]Outbound, error) {
	rows, _ := co.pool.Query(ctx, undeliveredSQL, caseID, limit)
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Outbound, error) {
		var o Outbound
		var apptID int64
		var start, end *time.Time
		err := row.Scan(&o.ID, &o.CaseID, &o.Kind, &o.Body, &o.Attempts,
			&o.Clinician.ID, &o.Clinician.Names,
			&o.PatientID, &o.Conversation.Channel, &o.Conversation.ID, &o.Lang, &o.Urgency,
			&o.FacilityID, &o.Specialty, &o.Room,
			&o.ClaimedAt, &o.Disposition, &apptID, &start, &end)
		if apptID != 0 && start != nil && end != nil {
			o.FollowUp = &dialogs.Appointment{ID: apptID, PatientID: o.PatientID, Start: start.UTC(), End: end.UTC()}
		}
		return o, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: undelivered messages of case %d: %w", caseID, err)
	}
	return out, nil
}

// Delivered records that the patient's channel took message id.
func (co *Consults) Delivered(ctx context.Context, id int64) error {
	if _, err := co.pool.Exec(ctx, `UPDATE case_messages SET delivered_at = now(), attempts = attempts + 1
WHERE id = $1 AND delivered_at IS NULL`, id); err != nil {
		return fmt.Errorf("store: message %d delivered: %w", id, err)
	}
	return nil
}

// DeliveryFailed records a failed delivery of message id; final (the
// patient can never be reached this way), the last allowed attempt or a
// message a day old gives it up.
func (co *Consults) DeliveryFailed(ctx context.Context, id int64, final bool) error {
	_, err := co.pool.Exec(ctx, `
UPDATE case_messages SET attempts = attempts + 1,
       failed = $2 OR attempts + 1 >= $3 OR created_at < now() - interval '1 day'
WHERE id = $1 AND delivered_at IS NULL`, id, final, MaxDeliveryAttempts)
	if err != nil {
		return fmt.Errorf("store: message %d not delivered: %w", id, err)
	}
	return nil
}

// CasesToDeliver lists cases with messages still to deliver that are at
// least olderThan old (younger ones are in the hands of the request that
// wrote them), at most limit, for the sweep that retries deliveries.
func (co *Consults) CasesToDeliver(ctx context.Context, olderThan time.Duration, limit int) ([]int64, error) {
	rows, _ := co.pool.Query(ctx, `
SELECT DISTINCT case_id FROM case_messages
WHERE outbound AND delivered_at IS NULL AND NOT failed AND created_at < now() - make_interval(secs => $1)
LIMIT $2`, olderThan.Seconds(), limit)
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("store: cases to deliver: %w", err)
	}
	return ids, nil
}

// DeliveriesDone tells the open case pages that the thread of last's case
// changed in a run of deliveries (last is the last message tried, delivered
// or not): once per run rather than per message, so a page reloads the
// thread once for a batch. Nothing is written; the outcomes were recorded
// by Delivered and DeliveryFailed.
func (co *Consults) DeliveriesDone(ctx context.Context, last Outbound) {
	co.cases.announce(ctx, CaseEvent{Kind: EventCaseMessage, CaseID: last.CaseID,
		FacilityID: last.FacilityID, Specialty: last.Specialty, Urgency: last.Urgency,
		ClinicianID: last.Clinician.ID})
}
