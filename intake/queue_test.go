package intake

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// recorder is a Handler that records what it saw, per chat, in order.
type recorder struct {
	mu     sync.Mutex
	seen   map[string][]int64
	parked []Entry
	fail   func(e Entry) error // nil: succeed
	count  atomic.Int64
}

func newRecorder() *recorder { return &recorder{seen: map[string][]int64{}} }

func (r *recorder) Handle(_ context.Context, e Entry) error {
	if r.fail != nil {
		if err := r.fail(e); err != nil {
			return err
		}
	}
	r.mu.Lock()
	r.seen[e.ChatKey] = append(r.seen[e.ChatKey], e.UpdateID)
	r.mu.Unlock()
	r.count.Add(1)
	return nil
}

func (r *recorder) OnParked(_ context.Context, e Entry, _ error) {
	r.mu.Lock()
	r.parked = append(r.parked, e)
	r.mu.Unlock()
}

func (r *recorder) snapshot() (map[string][]int64, []Entry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	seen := map[string][]int64{}
	for k, v := range r.seen {
		seen[k] = append([]int64(nil), v...)
	}
	return seen, append([]Entry(nil), r.parked...)
}

func mustQueue(t *testing.T, rdb redis.UniversalClient, o Options) *Queue {
	t.Helper()
	if o.RetryBackoff == 0 {
		o.RetryBackoff = 5 * time.Millisecond
	}
	if o.MaxBackoff == 0 {
		o.MaxBackoff = 20 * time.Millisecond
	}
	if o.Block == 0 {
		o.Block = 200 * time.Millisecond
	}
	q, err := New(rdb, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

// runQueue runs q until the test ends (or stop is called).
func runQueue(t *testing.T, q *Queue, h Handler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := q.Run(ctx, h); err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); <-done }) }
	t.Cleanup(stop)
	return stop
}

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestAppendDeduplicatesConcurrentDeliveries(t *testing.T) {
	rdb, prefix := newRedis(t)
	q := mustQueue(t, rdb, Options{Prefix: prefix, Shards: 4})
	ctx := context.Background()
	var fresh atomic.Int64
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dup, err := q.Append(ctx, "telegram:42", 1001, []byte(`{"update_id":1001}`))
			if err != nil {
				t.Errorf("Append: %v", err)
			}
			if !dup {
				fresh.Add(1)
			}
		}()
	}
	wg.Wait()
	if got := fresh.Load(); got != 1 {
		t.Errorf("%d appends were taken as new, want 1", got)
	}
	if n, err := q.Pending(ctx); err != nil || n != 1 {
		t.Errorf("Pending = %d, %v; want 1 entry", n, err)
	}
}

func TestAppendFailsWhenRedisIsDown(t *testing.T) {
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialTimeout: 200 * time.Millisecond})
	defer rdb.Close()
	q := mustQueue(t, rdb, Options{Prefix: "down"})
	if _, err := q.Append(context.Background(), "telegram:1", 1, []byte("{}")); err == nil {
		t.Fatal("Append succeeded with Redis unreachable")
	}
}

func TestOrderPerChatAcrossTwoWorkers(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lanes int
	}{
		{"strict shard order", 1},
		{"concurrent chats", 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rdb, prefix := newRedis(t)
			o := Options{Prefix: prefix, Shards: 4, Lanes: tc.lanes, LeaseTTL: time.Second}
			a, b := mustQueue(t, rdb, o), mustQueue(t, rdb, o)
			rec := newRecorder()
			runQueue(t, a, rec)
			const chats, perChat = 20, 25
			var wg sync.WaitGroup
			for c := range chats {
				wg.Add(1)
				go func() {
					defer wg.Done()
					key := "telegram:" + strconv.Itoa(c)
					for i := range perChat {
						id := int64(c*1000 + i)
						if _, err := a.Append(context.Background(), key, id, []byte("x")); err != nil {
							t.Errorf("Append: %v", err)
							return
						}
						if i == perChat/2 && c == 0 {
							runQueue(t, b, rec) // a second worker joins mid-burst
						}
					}
				}()
			}
			wg.Wait()
			waitFor(t, "every update handled", 30*time.Second, func() bool {
				seen, _ := rec.snapshot()
				n := 0
				for _, ids := range seen {
					n += len(dedupe(ids))
				}
				return n == chats*perChat
			})
			seen, _ := rec.snapshot()
			for key, ids := range seen {
				for i := 1; i < len(ids); i++ {
					if ids[i] < ids[i-1] {
						t.Fatalf("chat %s: update %d handled after %d", key, ids[i], ids[i-1])
					}
				}
			}
		})
	}
}

// dedupe drops repeats of an id handled again after a handover.
func dedupe(ids []int64) []int64 {
	var out []int64
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

func TestDeadWorkersShardIsTakenOver(t *testing.T) {
	rdb, prefix := newRedis(t)
	ctx := context.Background()
	o := Options{Prefix: prefix, Shards: 1, LeaseTTL: time.Second}
	dead := mustQueue(t, rdb, o)
	if _, err := dead.Append(ctx, "telegram:7", 1, []byte("x")); err != nil {
		t.Fatal(err)
	}
	// The dead worker took the lease and the entry, then stopped: no
	// renewal, no ack.
	l, ok, err := dead.acquire(ctx, 0)
	if err != nil || !ok {
		t.Fatalf("acquire: %v %v", ok, err)
	}
	dead.ensureGroup(ctx, 0)
	if err := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: group, Consumer: dead.Worker(),
		Streams: []string{dead.streamKey(0), ">"}, Count: 10, Block: -1}).Err(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rec := newRecorder()
	runQueue(t, mustQueue(t, rdb, o), rec)
	waitFor(t, "the pending entry to be handled by the new worker", 20*time.Second, func() bool {
		return rec.count.Load() == 1
	})
	t.Logf("takeover after %v (lease ttl %v)", time.Since(start).Round(time.Millisecond), o.LeaseTTL)
	if err := dead.ack(ctx, l, "0-1"); !errors.Is(err, errLeaseLost) {
		t.Errorf("the dead worker's ack = %v, want errLeaseLost (fenced)", err)
	}
}

func TestPoisonEntryIsParkedAndTheChatGoesOn(t *testing.T) {
	for _, tc := range []struct {
		name string
		fail func() error
	}{
		{"error", func() error { return errors.New("boom") }},
		{"panic", func() error { panic("patient text must not leak") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rdb, prefix := newRedis(t)
			q := mustQueue(t, rdb, Options{Prefix: prefix, Shards: 2})
			var tries atomic.Int64
			rec := newRecorder()
			rec.fail = func(e Entry) error {
				if e.UpdateID == 2 {
					tries.Add(1)
					return tc.fail()
				}
				return nil
			}
			for id := int64(1); id <= 3; id++ {
				if _, err := q.Append(context.Background(), "telegram:9", id, []byte("x")); err != nil {
					t.Fatal(err)
				}
			}
			runQueue(t, q, rec)
			waitFor(t, "updates 1 and 3 handled", 10*time.Second, func() bool { return rec.count.Load() == 2 })
			seen, parked := rec.snapshot()
			if got := fmt.Sprint(seen["telegram:9"]); got != "[1 3]" {
				t.Errorf("handled %s, want [1 3]", got)
			}
			if len(parked) != 1 || parked[0].UpdateID != 2 || parked[0].Attempt != DefaultMaxAttempts {
				t.Errorf("parked %+v, want update 2 after %d attempts", parked, DefaultMaxAttempts)
			}
			if n := tries.Load(); n != DefaultMaxAttempts {
				t.Errorf("handler tried %d times, want %d", n, DefaultMaxAttempts)
			}
			dead, err := q.Parked(context.Background())
			if err != nil || len(dead) != 1 || dead[0].UpdateID != 2 {
				t.Errorf("Parked = %+v, %v", dead, err)
			}
			if n, _ := q.Pending(context.Background()); n != 0 {
				t.Errorf("%d entries still pending", n)
			}
		})
	}
}

func TestRetryLaterNeverParks(t *testing.T) {
	rdb, prefix := newRedis(t)
	q := mustQueue(t, rdb, Options{Prefix: prefix, Shards: 1})
	var tries atomic.Int64
	rec := newRecorder()
	rec.fail = func(Entry) error {
		if tries.Add(1) <= 2*DefaultMaxAttempts {
			return fmt.Errorf("store down: %w", ErrRetryLater)
		}
		return nil
	}
	if _, err := q.Append(context.Background(), "telegram:1", 1, []byte("x")); err != nil {
		t.Fatal(err)
	}
	runQueue(t, q, rec)
	waitFor(t, "the update handled", 10*time.Second, func() bool { return rec.count.Load() == 1 })
	if _, parked := rec.snapshot(); len(parked) != 0 {
		t.Errorf("parked %d entries", len(parked))
	}
}

func TestEntryThatKeepsCrashingTheWorkerIsParked(t *testing.T) {
	rdb, prefix := newRedis(t)
	ctx := context.Background()
	q := mustQueue(t, rdb, Options{Prefix: prefix, Shards: 1})
	if _, err := q.Append(ctx, "telegram:1", 1, []byte("x")); err != nil {
		t.Fatal(err)
	}
	ids, err := rdb.XRange(ctx, q.streamKey(0), "-", "+").Result()
	if err != nil || len(ids) != 1 {
		t.Fatal(ids, err)
	}
	// Five earlier workers died inside the handler: the entry is pending
	// for the last of them, and its count says five.
	q.ensureGroup(ctx, 0)
	if err := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: group, Consumer: "dead-worker",
		Streams: []string{q.streamKey(0), ">"}, Count: 1}).Err(); err != nil {
		t.Fatal(err)
	}
	rdb.HSet(ctx, q.key(0, "attempts"), ids[0].ID, DefaultMaxAttempts)
	rec := newRecorder()
	runQueue(t, q, rec)
	waitFor(t, "the entry parked", 10*time.Second, func() bool { _, p := rec.snapshot(); return len(p) == 1 })
	if rec.count.Load() != 0 {
		t.Error("the handler ran a sixth time")
	}
}

// Append counts an entry's first attempt, so the worker that reads it new
// asks Redis nothing before running it; a worker that dies in that run
// still leaves the attempt counted for the next one.
func TestAFirstRunThatDiedIsCounted(t *testing.T) {
	rdb, prefix := newRedis(t)
	ctx := context.Background()
	q := mustQueue(t, rdb, Options{Prefix: prefix, Shards: 1})
	for id := int64(1); id <= 2; id++ {
		if _, err := q.Append(ctx, "telegram:1", id, []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	// A worker read update 1 new and died running it.
	q.ensureGroup(ctx, 0)
	if err := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: group, Consumer: "dead-worker",
		Streams: []string{q.streamKey(0), ">"}, Count: 1}).Err(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	attempts := map[int64]int{}
	rec := newRecorder()
	rec.fail = func(e Entry) error {
		mu.Lock()
		defer mu.Unlock()
		attempts[e.UpdateID] = e.Attempt
		return nil
	}
	runQueue(t, q, rec)
	waitFor(t, "both updates handled", 10*time.Second, func() bool { return rec.count.Load() == 2 })
	mu.Lock()
	defer mu.Unlock()
	if attempts[1] != 2 || attempts[2] != 1 {
		t.Errorf("attempts = %v, want update 1 on its 2nd (the dead worker's run counted) and update 2 on its 1st", attempts)
	}
	if n, err := rdb.HLen(ctx, q.key(0, "attempts")).Result(); err != nil || n != 0 {
		t.Errorf("%d attempt counts left after both were acknowledged (%v)", n, err)
	}
}

func TestWorkersShareTheShards(t *testing.T) {
	rdb, prefix := newRedis(t)
	o := Options{Prefix: prefix, Shards: 6, LeaseTTL: time.Second}
	a, b := mustQueue(t, rdb, o), mustQueue(t, rdb, o)
	holders := func() map[string]int {
		out := map[string]int{}
		for s := range o.Shards {
			v, _ := rdb.Get(context.Background(), a.key(s, "lease")).Result()
			for _, w := range []*Queue{a, b} {
				if len(v) > len(w.Worker()) && v[:len(w.Worker())] == w.Worker() {
					out[w.Worker()]++
				}
			}
		}
		return out
	}
	runQueue(t, a, newRecorder())
	waitFor(t, "a to hold every shard", 10*time.Second, func() bool { return holders()[a.Worker()] == 6 })
	runQueue(t, b, newRecorder())
	waitFor(t, "a and b to hold three shards each", 15*time.Second, func() bool {
		h := holders()
		return h[a.Worker()] == 3 && h[b.Worker()] == 3
	})
}

// TestLanesBoundTheChatsInHandAndEndWithTheRun: the lane goroutines that
// outlive one entry still handle at most Lanes chats of a shard at once,
// and none is left once Run returns.
func TestLanesBoundTheChatsInHandAndEndWithTheRun(t *testing.T) {
	rdb, prefix := newRedis(t)
	before := runtime.NumGoroutine()
	const lanes = 3
	q := mustQueue(t, rdb, Options{Prefix: prefix, Shards: 1, Lanes: lanes, LeaseTTL: time.Second})
	var now, most atomic.Int64
	rec := newRecorder()
	rec.fail = func(Entry) error {
		n := now.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(5 * time.Millisecond)
		now.Add(-1)
		return nil
	}
	stop := runQueue(t, q, rec)
	const chats, perChat = 12, 5
	for i := range perChat {
		for c := range chats {
			if _, err := q.Append(context.Background(), "telegram:"+strconv.Itoa(c), int64(c*100+i), []byte("x")); err != nil {
				t.Fatal(err)
			}
		}
	}
	waitFor(t, "every update handled", 30*time.Second, func() bool { return rec.count.Load() == chats*perChat })
	if m := most.Load(); m > lanes || m < 2 {
		t.Errorf("at most %d entries in hand at once, want 2..%d", m, lanes)
	}
	stop()
	q.Close()
	waitFor(t, "the lanes to end", 5*time.Second, func() bool { return runtime.NumGoroutine() <= before+2 })
}
