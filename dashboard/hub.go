package dashboard

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
)

// Hub timings: how long one read waits in Redis by default (it bounds how
// long Run takes to stop; Config.EventWait), and the pause after a Redis
// error.
const (
	hubBlock = 2 * time.Second
	hubRetry = time.Second
	// subscriberBuffer events may wait for a slow stream; past that it is
	// dropped, and the browser reconnects and catches up from Redis.
	subscriberBuffer = 64
)

// hub reads the case events once per process and fans them out to this
// process's open event streams.
type hub struct {
	events Events
	log    *slog.Logger
	block  time.Duration // how long one read waits (Config.EventWait)

	mu      sync.Mutex
	running bool
	subs    map[chan store.CaseEvent]struct{}
}

func newHub(events Events, log *slog.Logger, block time.Duration) *hub {
	return &hub{events: events, log: log, block: block, subs: map[chan store.CaseEvent]struct{}{}}
}

// subscribe returns a channel of every event from now on, closed if the
// subscriber falls behind; ok is false while the hub is not running.
func (h *hub) subscribe() (ch chan store.CaseEvent, ok bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.running {
		return nil, false
	}
	ch = make(chan store.CaseEvent, subscriberBuffer)
	h.subs[ch] = struct{}{}
	return ch, true
}

// unsubscribe stops deliveries to ch (it may already be closed).
func (h *hub) unsubscribe(ch chan store.CaseEvent) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.subs[ch]; ok {
		delete(h.subs, ch)
		close(ch)
	}
}

// run reads events after the newest one at start until ctx ends.
func (h *hub) run(ctx context.Context) error {
	var last string
	for {
		id, err := h.events.LastCaseEventID(ctx)
		if err == nil {
			last = id
			break
		}
		if !h.pause(ctx, err) {
			return nil
		}
	}
	h.setRunning(true)
	defer h.setRunning(false)
	for ctx.Err() == nil {
		events, err := h.events.ReadCaseEvents(ctx, last, h.block)
		if err != nil {
			if !h.pause(ctx, err) {
				return nil
			}
			continue
		}
		for _, e := range events {
			h.broadcast(e)
			last = e.ID
		}
	}
	return nil
}

// pause logs err and waits before a retry; false when ctx ended.
func (h *hub) pause(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	h.log.Warn("dashboard: read case events", "err", err)
	select {
	case <-ctx.Done():
		return false
	case <-time.After(hubRetry):
		return true
	}
}

func (h *hub) setRunning(on bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.running = on
	if !on {
		for ch := range h.subs {
			delete(h.subs, ch)
			close(ch)
		}
	}
}

func (h *hub) broadcast(e store.CaseEvent) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- e:
		default:
			delete(h.subs, ch)
			close(ch)
		}
	}
}
