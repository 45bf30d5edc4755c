package redisbatch_test

import (
	"context"
	"crypto/rand"
	"strings"
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
