package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/stream"
)

// Kinds of case events.
const (
	EventCaseCreated = "case.created"
	EventCaseUpdated = "case.updated" // the patient added something, or left
	EventCaseClaimed = "case.claimed"
	EventCaseClosed  = "case.closed"
	// EventSessionChanged: the desk moved or cancelled a referral's joint
	// session (Referral); only its two clinicians (For) are told.
	EventSessionChanged = "referral.session"
)

// CaseEvent is a change to a case that open dashboards show at once. It
// carries ids and kinds only, never patient text.
type CaseEvent struct {
	// ID is the event's stream id ("<ms>-<seq>"), set by Redis: it grows
	// with every event and is what a dashboard resumes after.
	ID          string  `json:"-"`
	Kind        string  `json:"k"`
	CaseID      int64   `json:"c"`
	FacilityID  int64   `json:"f,omitempty"` // 0: the network-wide pool
	Specialty   string  `json:"s,omitempty"`
	Urgency     string  `json:"u,omitempty"`  // emergencies reach every specialty
	ClinicianID int64   `json:"by,omitempty"` // who claimed or closed it
	Referral    int64   `json:"r,omitempty"`  // EventSessionChanged's referral
	For         []int64 `json:"to,omitempty"` // the only readers, when set
}

// caseEventsKept bounds the stream: enough for a dashboard that lost its
// connection for a while to catch up; one that was away longer reloads.
const caseEventsKept = 10000

// Case events travel in a Redis Stream, not PUBLISH: a stream fans out to
// every reader just the same, but an entry is not lost while a reader
// reconnects, and its id is what a browser's Last-Event-ID resumes after.
func (r *Redis) caseEventsKey() string { return r.prefix + "dash:events" }

// PublishCaseEvent appends e for every dashboard process and returns its id.
// In production only Cases.announce calls it, after the write the event
// reports (archtest keeps it so); tests call it to exercise the readers.
func (r *Redis) PublishCaseEvent(ctx context.Context, e CaseEvent) (string, error) {
	data, err := json.Marshal(e)
	if err != nil {
		return "", fmt.Errorf("store: publish case event: %w", err)
	}
	id, err := r.client.XAdd(ctx, &redis.XAddArgs{
		Stream: r.caseEventsKey(), MaxLen: caseEventsKept, Approx: true,
		Values: []any{"e", data},
	}).Result()
	if err != nil {
		return "", fmt.Errorf("store: publish case event %s: %w", e.Kind, err)
	}
	return id, nil
}

// LastCaseEventID returns the id of the newest event, or "0-0" when there
// has been none: read after it to get only what comes next.
func (r *Redis) LastCaseEventID(ctx context.Context) (string, error) {
	msgs, err := r.client.XRevRangeN(ctx, r.caseEventsKey(), "+", "-", 1).Result()
	if err != nil {
		return "", fmt.Errorf("store: last case event: %w", err)
	}
	if len(msgs) == 0 {
		return "0-0", nil
	}
	return msgs[0].ID, nil
}

// ReadCaseEvents returns the events after id, waiting up to block for the
// first one; none (and no error) when block passes quietly. It holds one
// connection while it waits, so call it from one reader per process.
func (r *Redis) ReadCaseEvents(ctx context.Context, after string, block time.Duration) ([]CaseEvent, error) {
	streams, err := r.client.XRead(ctx, &redis.XReadArgs{
		Streams: []string{r.caseEventsKey(), after}, Count: 256, Block: block,
	}).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: read case events: %w", err)
	}
	var out []CaseEvent
	for _, s := range streams {
		out = append(out, decodeEvents(s.Messages)...)
	}
	return out, nil
}

// CaseEventsAfter returns up to limit events after id, oldest first, for a
// dashboard resuming after a lost connection. complete is false when some
// events after id may be missing (trimmed, more than limit, or a Redis that
// lost its data): the dashboard must then reload what it shows.
func (r *Redis) CaseEventsAfter(ctx context.Context, after string, limit int) (events []CaseEvent, complete bool, err error) {
	key := r.caseEventsKey()
	info, err := r.client.XInfoStream(ctx, key).Result()
	if err != nil && !strings.Contains(err.Error(), "no such key") {
		return nil, false, fmt.Errorf("store: case events after %s: %w", after, err)
	}
	if err != nil { // no stream: no event since Redis started
		return nil, after == "0-0", nil
	}
	// Trimming leaves no trace of the ids it dropped, so resuming from
	// before the oldest entry kept counts as incomplete once anything was
	// trimmed (a dashboard away that long reloads anyway). An id beyond
	// the newest Redis ever made means Redis lost the stream.
	trimmed := info.EntriesAdded > info.Length
	if (trimmed && stream.Less(after, info.FirstEntry.ID)) || stream.Less(info.LastGeneratedID, after) {
		return nil, false, nil
	}
	msgs, err := r.client.XRangeN(ctx, key, "("+after, "+", int64(limit)+1).Result()
	if err != nil {
		return nil, false, fmt.Errorf("store: case events after %s: %w", after, err)
	}
	if len(msgs) > limit {
		return nil, false, nil
	}
	return decodeEvents(msgs), true, nil
}

func decodeEvents(msgs []redis.XMessage) []CaseEvent {
	out := make([]CaseEvent, 0, len(msgs))
	for _, m := range msgs {
		raw, _ := m.Values["e"].(string)
		var e CaseEvent
		if json.Unmarshal([]byte(raw), &e) != nil {
			continue // not ours; nothing a dashboard could show
		}
		e.ID = m.ID
		out = append(out, e)
	}
	return out
}
