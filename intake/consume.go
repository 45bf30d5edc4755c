package intake

import (
	"context"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/metrics"
)

// Entry is one appended update as a handler sees it.
type Entry struct {
	ID       string // stream entry id
	Shard    int
	ChatKey  string
	UpdateID int64
	Payload  []byte
	Attempt  int       // 1 on the first attempt; crashes count too
	Appended time.Time // when Append took it in (from the entry id)
	// First is true when no run of the handler can have touched this
	// entry before: it was read new from the stream (not a pending entry
	// after a restart or takeover) and this is its first run here. A
	// handler may then skip looking up what an earlier run did.
	First bool
}

// Handler handles the entries of the shards a worker holds.
type Handler interface {
	// Handle handles one entry. It is called for the entries of one chat one
	// at a time, in order, and may be called again for an entry it already
	// handled (after a crash or a lost lease), so it must be idempotent on
	// e.UpdateID. A nil error acknowledges the entry; an error wrapping
	// ErrRetryLater retries it without counting an attempt; any other error
	// or a panic counts one.
	Handle(ctx context.Context, e Entry) error
	// OnParked is called once an entry has been moved to the dead-letter
	// stream (cause is the last failure), so the patient can be told.
	OnParked(ctx context.Context, e Entry, cause error)
}

// HandlerTimeout bounds one Handle call. Handle gets a context that is not
// cancelled when Run stops, so an entry in hand is finished, not cut off.
const HandlerTimeout = 60 * time.Second

type shardRun struct {
	lease    lease
	cancel   context.CancelFunc
	done     chan struct{}
	renewed  time.Time
	stopping bool
}

// Run consumes until ctx is cancelled, holding a fair share of the shards
// (Shards divided by the live workers sharing Prefix) and taking over those
// whose holders stopped renewing. It returns nil after ctx is cancelled and
// every entry in hand is finished and its lease released. Redis errors are
// logged and retried, never returned. Run may be called once per Queue.
func (q *Queue) Run(ctx context.Context, h Handler) error {
	held := map[int]*shardRun{}
	var wg sync.WaitGroup
	tick := time.NewTicker(q.opt.LeaseTTL / 5)
	defer tick.Stop()
	for {
		q.manage(ctx, h, held, &wg)
		select {
		case <-ctx.Done():
			for _, r := range held {
				r.cancel()
			}
			wg.Wait()
			bg, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
			q.rdb.ZRem(bg, q.opt.Prefix+":workers", q.worker)
			cancel()
			return nil
		case <-tick.C:
		}
	}
}

// manage runs one round of heartbeat, renewal, balancing and takeover.
func (q *Queue) manage(ctx context.Context, h Handler, held map[int]*shardRun, wg *sync.WaitGroup) {
	now := time.Now()
	for s, r := range held {
		select {
		case <-r.done:
			delete(held, s)
			q.forget(s)
			continue
		default:
		}
		if r.stopping {
			continue
		}
		switch err := q.renew(ctx, r.lease); {
		case err == nil:
			r.renewed = now
		case errors.Is(err, errLeaseLost):
			q.log.Warn("intake: shard lease lost", "shard", s)
			r.stopping = true
			r.cancel()
		case now.Sub(r.renewed) > q.opt.LeaseTTL:
			// Unreachable Redis for a whole TTL: the lease may be someone
			// else's by now, so stop; fenced acks would fail anyway.
			q.log.Warn("intake: cannot renew shard lease", "shard", s, "err", err)
			r.stopping = true
			r.cancel()
		}
	}
	live := q.heartbeat(ctx, now)
	want := (q.opt.Shards + live - 1) / live
	active := 0
	for _, r := range held {
		if !r.stopping {
			active++
		}
	}
	// Hand back extra shards so a newly started worker gets its share.
	for s, r := range held {
		if active <= want {
			break
		}
		if !r.stopping {
			q.log.Info("intake: handing shard over", "shard", s, "workers", live)
			r.stopping = true
			r.cancel()
			active--
		}
	}
	start := rand.IntN(q.opt.Shards)
	for i := 0; i < q.opt.Shards && active < want && ctx.Err() == nil; i++ {
		s := (start + i) % q.opt.Shards
		if _, ok := held[s]; ok {
			continue
		}
		l, ok, err := q.acquire(ctx, s)
		if err != nil {
			q.log.Warn("intake: acquire shard", "shard", s, "err", err)
			return
		}
		if !ok {
			continue
		}
		q.observe(func(m *metrics.Metrics) { m.IntakeShardsAcquired.WithLabelValues(q.opt.Label).Inc() })
		rctx, cancel := context.WithCancel(ctx)
		r := &shardRun{lease: l, cancel: cancel, done: make(chan struct{}), renewed: now}
		held[s] = r
		active++
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(r.done)
			q.runShard(rctx, l, h)
		}()
	}
	q.measure(ctx, held)
}

// heartbeat records this worker as live and returns how many are. A
// worker is live while it beat within one LeaseTTL (it beats five times
// per TTL): a dead worker must stop counting by the time its leases
// expire, or the survivors keep their old share and leave its shards
// unheld until it does.
func (q *Queue) heartbeat(ctx context.Context, now time.Time) int {
	key := q.opt.Prefix + ":workers"
	stale := now.Add(-q.opt.LeaseTTL).UnixMilli()
	pipe := q.rdb.TxPipeline()
	pipe.ZAdd(ctx, key, redis.Z{Score: float64(now.UnixMilli()), Member: q.worker})
	pipe.ZRemRangeByScore(ctx, key, "-inf", "("+strconv.FormatInt(stale, 10))
	card := pipe.ZCard(ctx, key)
	if _, err := pipe.Exec(ctx); err != nil || card.Val() < 1 {
		return 1
	}
	return int(card.Val())
}

// runShard consumes one held shard until ctx ends or the lease is lost,
// then releases the lease.
func (q *Queue) runShard(ctx context.Context, l lease, h Handler) {
	defer func() {
		bg, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		if err := q.release(bg, l); err != nil {
			q.log.Warn("intake: release shard", "shard", l.shard, "err", err)
		}
	}()
	if err := q.takeOver(ctx, l); err != nil && ctx.Err() == nil {
		q.log.Warn("intake: take over shard", "shard", l.shard, "err", err)
	}
	q.dispatch(ctx, l, h)
}

// takeOver claims the pending entries of the shard's previous holders.
func (q *Queue) takeOver(ctx context.Context, l lease) error {
	q.ensureGroup(ctx, l.shard)
	stream := q.streamKey(l.shard)
	start := "0-0"
	for {
		_, next, err := q.rdb.XAutoClaim(ctx, &redis.XAutoClaimArgs{
			Stream: stream, Group: group, Consumer: q.worker, MinIdle: 0, Start: start, Count: 500,
		}).Result()
		if err != nil {
			return err
		}
		if next == "0-0" || next == "" {
			break
		}
		start = next
	}
	consumers, err := q.rdb.XInfoConsumers(ctx, stream, group).Result()
	if err != nil {
		return err
	}
	for _, c := range consumers {
		if c.Name != q.worker && c.Pending == 0 {
			q.rdb.XGroupDelConsumer(ctx, stream, group, c.Name)
		}
	}
	return nil
}

func (q *Queue) ensureGroup(ctx context.Context, shard int) {
	err := q.rdb.XGroupCreateMkStream(ctx, q.streamKey(shard), group, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
		q.log.Warn("intake: create group", "shard", shard, "err", err)
	}
}

func entryOf(shard int, m redis.XMessage) Entry {
	e := Entry{ID: m.ID, Shard: shard}
	if s, ok := m.Values["c"].(string); ok {
		e.ChatKey = s
	}
	if s, ok := m.Values["u"].(string); ok {
		e.UpdateID, _ = strconv.ParseInt(s, 10, 64)
	}
	if s, ok := m.Values["p"].(string); ok {
		e.Payload = []byte(s)
	}
	if ms, _, ok := strings.Cut(m.ID, "-"); ok {
		if n, err := strconv.ParseInt(ms, 10, 64); err == nil {
			e.Appended = time.UnixMilli(n)
		}
	}
	return e
}

// sleep waits d or until ctx ends; it reports whether the full d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
