package relay

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// Store is what the relay needs from the system of record
// (store.Consults); see the store's methods for their contracts. The store
// also tells the dashboards of a run of deliveries (DeliveriesDone): case
// events have one publisher, the store.
type Store interface {
	Undelivered(ctx context.Context, caseID int64, limit int) ([]store.Outbound, error)
	Delivered(ctx context.Context, id int64) error
	DeliveryFailed(ctx context.Context, id int64, final bool) error
	DeliveriesDone(ctx context.Context, last store.Outbound)
	CasesToDeliver(ctx context.Context, olderThan time.Duration, limit int) ([]int64, error)
	WaitingCases(ctx context.Context, limit int) ([]store.WaitingCase, error)
	ClaimWaitUpdate(ctx context.Context, w store.WaitingCase, f dialogs.WaitFigures) (bool, error)
}

// Conversations applies what happened on the clinicians' side to the
// patient's conversation and returns what to tell them (*dialogs.Engine).
type Conversations interface {
	HandleConsult(ctx context.Context, ev dialogs.ConsultEvent) ([]dialogs.Reply, error)
}

// Locker takes named locks shared by every process (store.Redis).
type Locker interface {
	Lock(ctx context.Context, name string, ttl time.Duration) (unlock func(context.Context) error, err error)
}

// Config is what New needs.
type Config struct {
	// Store, Patients, Notifier and Locker are required.
	Store    Store
	Patients Conversations
	Notifier Notifier
	Locker   Locker
	// Video makes the patient's join link sent with a claim (the Jitsi
	// provider); nil sends none and the clinician writes in the chat.
	Video video.Provider
	// Log receives ids, kinds and counts, never text; nil discards.
	Log *slog.Logger
	// SweepEvery, SweepAfter and WaitEvery shorten the timings below for
	// tests; zero takes the default.
	SweepEvery, SweepAfter, WaitEvery time.Duration
}

// Relay delivers the consult's messages and waiting-time updates to
// patients. Build it with New; DeliverSoon and Run are safe for
// concurrent use.
type Relay struct {
	cfg Config
	log *slog.Logger

	mu         sync.Mutex
	stopped    bool // Run returned: DeliverSoon starts no more deliveries
	deliveries sync.WaitGroup
}

// New checks cfg and builds the relay.
func New(cfg Config) (*Relay, error) {
	if cfg.Store == nil || cfg.Patients == nil || cfg.Notifier == nil || cfg.Locker == nil {
		return nil, errors.New("relay: Store, Patients, Notifier and Locker are required")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	cfg.SweepEvery = cmpOr(cfg.SweepEvery, sweepEvery)
	cfg.SweepAfter = cmpOr(cfg.SweepAfter, sweepAfter)
	cfg.WaitEvery = cmpOr(cfg.WaitEvery, waitEvery)
	return &Relay{cfg: cfg, log: cfg.Log}, nil
}

func cmpOr(v, fallback time.Duration) time.Duration {
	if v <= 0 {
		return fallback
	}
	return v
}

// Run retries the deliveries that failed and keeps waiting patients told
// of their estimated wait, until ctx ends; then it returns nil, once the
// deliveries under way have finished (DeliverSoon after that leaves its
// case to the next sweep, of this process or another).
func (r *Relay) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Go(func() { r.sweep(ctx) })
	wg.Go(func() { r.tellWaits(ctx) })
	wg.Wait()
	r.mu.Lock()
	r.stopped = true
	r.mu.Unlock()
	r.deliveries.Wait()
	return nil
}
