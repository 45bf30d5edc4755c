package reminders

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
)

// Observer takes one measurement; prometheus.Observer is one.
type Observer interface{ Observe(float64) }

// Queue is the River queue reminders run in.
const Queue = "reminders"

// Defaults of Config.
const (
	DefaultWorkers     = 20
	DefaultJobTimeout  = 20 * time.Second
	DefaultRescueAfter = 30 * time.Second
	DefaultFetchPoll   = 500 * time.Millisecond
	DefaultSweepEvery  = 2 * time.Second
	DefaultSweepGrace  = 6 * time.Second // River's scheduler runs every 5 s
	DefaultLateAfter   = 2 * time.Minute
)

// Config configures a Sender. Zero fields take the defaults.
type Config struct {
	// Notifier delivers reminders (relay.Channels); required.
	Notifier relay.Notifier
	// Messages words them (the dialogs.Engine); required.
	Messages Messages
	// Video makes the join link sent with the last reminder; nil sends none.
	Video dialogs.VideoLinks
	// Log gets ids, counts and outcomes, never text. Default: discard.
	Log *slog.Logger
	// Lateness, if set, observes how late each sent reminder went, in
	// seconds after its due time (a Prometheus histogram).
	Lateness Observer

	Workers     int           // concurrent sends in this process (20)
	JobTimeout  time.Duration // one send's time limit (20 s)
	RescueAfter time.Duration // River's RescueStuckJobsAfter (30 s); > JobTimeout
	FetchPoll   time.Duration // River's FetchPollInterval (500 ms); LISTEN/NOTIFY is faster
	SweepEvery  time.Duration // how often stalled sends are looked for (2 s)
	SweepGrace  time.Duration // how overdue a scheduled job must be to be restarted (6 s)
	LateAfter   time.Duration // a reminder claimed later than this after its due time is worded as late (2 min)
}

// Sender sends the reminders that come due, once Start is called. It
// needs the store (store.Appointments, itself built with Jobs), so build
// in that order: NewJobs, store.NewAppointments, New.
type Sender struct {
	cfg    Config
	client *river.Client[pgx.Tx]
	work   *worker
	log    *slog.Logger

	mu      sync.Mutex
	release func()
	stop    context.CancelFunc
	swept   chan struct{}
}

// New builds the Sender of st's reminders over pool (the store's pool,
// where the jobs are).
func New(pool *pgxpool.Pool, st Store, cfg Config) (*Sender, error) {
	cfg = withDefaults(cfg)
	if st == nil || cfg.Notifier == nil || cfg.Messages == nil {
		return nil, errors.New("reminders: a sender needs a Store, a Notifier and Messages")
	}
	if cfg.RescueAfter <= cfg.JobTimeout {
		return nil, fmt.Errorf("reminders: RescueAfter %v must exceed JobTimeout %v", cfg.RescueAfter, cfg.JobTimeout)
	}
	s := &Sender{cfg: cfg, log: cfg.Log}
	s.work = &worker{cfg: cfg, log: cfg.Log, store: st}
	workers := river.NewWorkers()
	river.AddWorker(workers, s.work)
	rc := &river.Config{
		Workers:              workers,
		JobTimeout:           cfg.JobTimeout,
		RescueStuckJobsAfter: cfg.RescueAfter,
		FetchPollInterval:    cfg.FetchPoll,
		// A producer fetches a new batch at most once per cooldown, so
		// River's default (100 ms) caps a sender at Workers per 100 ms
		// (measured: 394 reminders/s with 20 workers); an idle queue is
		// not polled faster for it (that is FetchPoll).
		FetchCooldown: min(10*time.Millisecond, cfg.FetchPoll),
		Logger:        cfg.Log,
		Queues:        map[string]river.QueueConfig{Queue: {MaxWorkers: cfg.Workers}},
	}
	client, err := river.NewClient(riverpgxv5.New(pool), rc)
	if err != nil {
		return nil, fmt.Errorf("reminders: river client: %w", err)
	}
	s.client = client
	return s, nil
}

func withDefaults(c Config) Config {
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.JobTimeout, DefaultJobTimeout)
	def(&c.RescueAfter, DefaultRescueAfter)
	def(&c.FetchPoll, DefaultFetchPoll)
	def(&c.SweepEvery, DefaultSweepEvery)
	def(&c.SweepGrace, DefaultSweepGrace)
	def(&c.LateAfter, DefaultLateAfter)
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers
	}
	return c
}

// Start marks this process alive as a sender, starts working jobs and
// sweeping for stalled sends. It returns once they run; Stop ends them.
func (s *Sender) Start(ctx context.Context) error {
	holder, release, err := s.holdLock(ctx)
	if err != nil {
		return err
	}
	s.work.holder = holder
	if err := s.client.Start(ctx); err != nil {
		release()
		return fmt.Errorf("reminders: start river: %w", err)
	}
	sweepCtx, stop := context.WithCancel(context.WithoutCancel(ctx))
	s.mu.Lock()
	s.release, s.stop, s.swept = release, stop, make(chan struct{})
	s.mu.Unlock()
	go s.sweep(sweepCtx)
	s.log.Info("reminders: started", "holder", holder, "workers", s.cfg.Workers)
	return nil
}

// holdLock picks a random holder id and takes its liveness lock.
func (s *Sender) holdLock(ctx context.Context) (int32, func(), error) {
	var lastErr error
	for range 5 {
		var b [4]byte
		_, _ = rand.Read(b[:])
		holder := int32(binary.BigEndian.Uint32(b[:])&0x7fffffff) | 1
		release, err := s.work.store.HoldSenderLock(ctx, holder)
		if err == nil {
			return holder, release, nil
		}
		lastErr = err
	}
	return 0, nil, fmt.Errorf("reminders: %w", lastErr)
}

// Stop stops working jobs (waiting for sends in flight, until ctx ends),
// stops sweeping and gives up the liveness lock.
func (s *Sender) Stop(ctx context.Context) error {
	s.mu.Lock()
	release, stop, swept := s.release, s.stop, s.swept
	s.release, s.stop = nil, nil
	s.mu.Unlock()
	if stop == nil {
		return nil
	}
	err := s.client.Stop(ctx)
	stop()
	<-swept
	release()
	if err != nil {
		return fmt.Errorf("reminders: stop: %w", err)
	}
	return nil
}

func (s *Sender) sweep(ctx context.Context) {
	defer close(s.swept)
	t := time.NewTicker(s.cfg.SweepEvery)
	defer t.Stop()
	for {
		res, err := s.work.store.SweepReminders(ctx, s.cfg.SweepGrace, 500)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			s.log.Warn("reminders: sweep failed", "err", err)
		case res.Restarted > 0 || res.HoldsPurged > 0:
			s.log.Info("reminders: swept", "restarted", res.Restarted, "holds_purged", res.HoldsPurged)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
