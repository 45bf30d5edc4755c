package redisbatch_test

import (
	"context"
	"crypto/rand"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/redisbatch"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// newClient is a client of its own on the test server, with keys under a
// fresh prefix that are removed at the end.
func newClient(t *testing.T) (*redis.Client, string) {
	t.Helper()
	o, err := redis.ParseURL(storetest.RedisURL())
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(o)
	prefix := "fdtest:" + strings.ToLower(rand.Text()) + ":"
	t.Cleanup(func() {
		ctx := context.Background()
		keys, _ := c.Keys(ctx, prefix+"*").Result()
		if len(keys) > 0 {
			c.Del(ctx, keys...)
		}
		c.Close()
	})
	if err := c.Ping(context.Background()).Err(); err != nil {
		t.Skipf("no Redis at %s: %v", storetest.RedisURL(), err)
	}
	return c, prefix
}

// gate holds the first pipeline until released, and counts the round
// trips that carried the callers' INCRBY commands, and those commands.
type gate struct {
	once      sync.Once
	release   chan struct{}
	mu        sync.Mutex
	pipelines int
	commands  int
}

func (g *gate) DialHook(next redis.DialHook) redis.DialHook { return next }
func (g *gate) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	// a lone command, sent at once when nothing else is waiting, is one
	// round trip of its own
	return func(ctx context.Context, cmd redis.Cmder) error {
		if cmd.Name() == "incrby" {
			g.mu.Lock()
			g.pipelines++
			g.commands++
			g.mu.Unlock()
		}
		return next(ctx, cmd)
	}
}
func (g *gate) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		g.once.Do(func() { <-g.release })
		g.mu.Lock()
		// only the callers' commands: a new connection's set-up (HELLO,
		// CLIENT SETINFO) goes as a pipeline too
		n := 0
		for _, c := range cmds {
			if c.Name() == "incrby" {
				n++
			}
		}
		if n > 0 {
			g.pipelines++
			g.commands += n
		}
		g.mu.Unlock()
		return next(ctx, cmds)
	}
}

// Commands sent at the same moment by many goroutines travel together,
// and each goroutine gets its own answer.
func TestConcurrentCommandsShareRoundTrips(t *testing.T) {
	raw, prefix := newClient(t)
	g := &gate{release: make(chan struct{})}
	raw.AddHook(g)
	rdb := redisbatch.Client(raw)
	ap, ok := rdb.(*redis.AutoPipeliner)
	if !ok {
		t.Fatalf("Client(%T) = %T, want a *redis.AutoPipeliner", raw, rdb)
	}
	ctx := context.Background()
	const callers = 50
	got := make([]int64, callers)
	errs := make([]error, callers)
	var wg sync.WaitGroup
	for i := range callers {
		wg.Go(func() {
			got[i], errs[i] = rdb.IncrBy(ctx, prefix+"n:"+strconv.Itoa(i), int64(i+1)).Result()
		})
	}
	// The first batch is held by the gate; the others queue behind it. How
	// many the held batch took depends on the scheduling, so the wait ends
	// when every other caller has queued, or the queue has stopped growing.
	for last, still, wait := -1, 0, time.Now().Add(5*time.Second); ap.Len() < callers-1 && still < 50 && time.Now().Before(wait); {
		if n := ap.Len(); n == last {
			still++
		} else {
			last, still = n, 0
		}
		time.Sleep(time.Millisecond)
	}
	close(g.release)
	wg.Wait()
	for i := range callers {
		if errs[i] != nil || got[i] != int64(i+1) {
			t.Errorf("caller %d: %d, %v; want %d", i, got[i], errs[i], i+1)
		}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.commands != callers || g.pipelines > callers/2 {
		t.Errorf("%d commands in %d pipelines, want %d in at most %d", g.commands, g.pipelines, callers, callers/2)
	}
}

// A blocking read goes apart, so it holds back nobody's commands; and a
// transaction still runs on a connection of its own.
func TestBlockingReadsAndTransactionsGoApart(t *testing.T) {
	raw, prefix := newClient(t)
	rdb := redisbatch.Client(raw)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	stream := prefix + "stream"
	read := make(chan error, 1)
	go func() {
		_, err := rdb.XRead(ctx, &redis.XReadArgs{Streams: []string{stream, "$"}, Block: 0}).Result()
		read <- err
	}()
	// Waits for the read to block on the server, so the commands below
	// would queue behind it if it were batched with them.
	for {
		clients, err := raw.ClientList(ctx).Result()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(clients, "cmd=xread") {
			break
		}
		time.Sleep(time.Millisecond)
	}
	key := prefix + "k"
	if err := rdb.Set(ctx, key, "1", 0).Err(); err != nil {
		t.Fatal(err)
	}
	err := rdb.Watch(ctx, func(tx *redis.Tx) error {
		v, err := tx.Get(ctx, key).Int()
		if err != nil {
			return err
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, key, v+1, 0)
			return nil
		})
		return err
	}, key)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := rdb.Get(ctx, key).Int(); err != nil || v != 2 {
		t.Fatalf("after the transaction: %d, %v; want 2", v, err)
	}
	select {
	case err := <-read:
		t.Fatalf("the blocking read returned before anything was added: %v", err)
	default:
	}
	if err := rdb.XAdd(ctx, &redis.XAddArgs{Stream: stream, Values: []string{"a", "b"}}).Err(); err != nil {
		t.Fatal(err)
	}
	if err := <-read; err != nil {
		t.Fatalf("blocking read: %v", err)
	}
}
