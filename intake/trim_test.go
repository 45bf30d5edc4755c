package intake

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

func TestTrimParked(t *testing.T) {
	rdb, prefix := newRedis(t)
	q, err := New(rdb, Options{Prefix: prefix, Shards: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	ctx := context.Background()
	old, recent := time.Now().Add(-400*24*time.Hour), time.Now().Add(-time.Hour)
	// Shard 0: two old entries; shard 1: an old one and a recent one.
	for s, at := range []time.Time{old.Add(time.Millisecond), recent} {
		for _, when := range []time.Time{old, at} {
			err := rdb.XAdd(ctx, &redis.XAddArgs{Stream: q.key(s, "dead"), ID: itoa(when.UnixMilli()) + "-1", Values: []any{"u", "1"}}).Err()
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	n, err := q.TrimParked(ctx, time.Now().Add(-365*24*time.Hour))
	if err != nil || n != 3 {
		t.Fatalf("TrimParked = %d, %v; want the 3 old entries", n, err)
	}
	left, err := q.Parked(ctx)
	if err != nil || len(left) != 1 || left[0].Appended.Before(recent.Add(-time.Second)) {
		t.Errorf("left %d parked entries (%v), want the recent one", len(left), err)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
