package dialogs

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/frontdoor-health/frontdoor/triage"
)

// memCases is an in-memory CaseStore with the store's contract: one case
// per source; the queue ordered by urgency, then by id; shared phone
// numbers kept by case.
type memCases struct {
	mu       sync.Mutex
	cases    []Case   // case id i+1
	status   []string // "triaged" or "waiting"
	bySource map[string]int64
	opens    int // calls, repeats included
	phones   map[int64]string
}

func newMemCases() *memCases {
	return &memCases{bySource: map[string]int64{}, phones: map[int64]string{}}
}

func (m *memCases) OpenCase(_ context.Context, c Case) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.opens++
	if c.Source == "" || c.Complaint == "" || !triage.Urgency(c.Urgency).Valid() || c.Specialty == "" {
		return 0, fmt.Errorf("mem: open case: incomplete case %+v", c)
	}
	if id, ok := m.bySource[c.Source]; ok {
		return id, nil
	}
	m.cases = append(m.cases, c)
	m.status = append(m.status, map[bool]string{true: "waiting", false: "triaged"}[c.Queue])
	id := int64(len(m.cases))
	m.bySource[c.Source] = id
	return id, nil
}

// all returns the cases recorded and their statuses.
func (m *memCases) all() ([]Case, []string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.cases), slices.Clone(m.status)
}

func (q *memCases) Enqueue(_ context.Context, id int64) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if id < 1 || int(id) > len(q.cases) {
		return fmt.Errorf("mem: enqueue %d: %w", id, ErrNotFound)
	}
	if q.status[id-1] == "triaged" {
		q.status[id-1] = "waiting"
	}
	return nil
}

// place is a waiting case's place in the queue, as the store counts it.
func (q *memCases) place(_ context.Context, id int64) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if id < 1 || int(id) > len(q.cases) || q.status[id-1] != "waiting" {
		return 0, fmt.Errorf("mem: queue position %d: %w", id, ErrNotFound)
	}
	rank := triage.Urgency(q.cases[id-1].Urgency).Rank()
	pos := 1
	for i, c := range q.cases {
		r := triage.Urgency(c.Urgency).Rank()
		if q.status[i] == "waiting" && int64(i+1) != id && (r > rank || r == rank && int64(i+1) < id) {
			pos++
		}
	}
	return pos, nil
}

// leave takes case id out of the queue, as a claim would.
func (q *memCases) leave(id int64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.status[id-1] = "claimed"
}

// phone returns the number kept for case id, "" for none.
func (q *memCases) phone(id int64) string {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.phones[id]
}

var (
	rulesOnce sync.Once
	rulesVal  *triage.Engine
	rulesErr  error
)

// mustRules loads the real triage rules once for the package's tests.
func mustRules(tb testing.TB) *triage.Engine {
	tb.Helper()
	rulesOnce.Do(func() { rulesVal, rulesErr = triage.Load() })
	if rulesErr != nil {
		tb.Fatalf("load triage rules: %v", rulesErr)
	}
	return rulesVal
}

// testFacilityPhone is the clinic number the triage tests configure.
const testFacilityPhone = "+966125550100"

// newTriageEngine returns an Engine with triage on (the real rules and
// red-flag check) over fresh in-memory stores; queue selects a case store
// with the queue.
func newTriageEngine(tb testing.TB) (*Engine, *memCases) {
	tb.Helper()
	e, p := engineWith(tb, newMemSessions(), newMemPatients(), func(d *Deps) {
		d.RedFlags = nil // the rules' own check
	})
	return e, p.cases
}
