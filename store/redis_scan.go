package store

import (
	"context"
	"fmt"
	"sync"

	"github.com/redis/go-redis/v9"
)

// DeleteMatching deletes every key that matches pattern (SCAN's MATCH
// syntax, e.g. r.Key("throttle:") + "*") and returns how many it deleted.
// It scans, so keep it for rare, deliberate actions and clean-ups. On a
// Redis Cluster it scans every primary, since SCAN sees one node's keys.
func (r *Redis) DeleteMatching(ctx context.Context, pattern string) (int, error) {
	keys, err := r.scan(ctx, pattern)
	if err != nil {
		return 0, fmt.Errorf("store: delete matching keys: %w", err)
	}
	total := len(keys)
	// One UNLINK per key, pipelined: a cluster refuses one command over
	// keys of several slots, and go-redis sends a pipeline's commands to
	// each key's node. A key SCAN returned twice is unlinked twice, harmlessly.
	for len(keys) > 0 {
		n := min(len(keys), 500)
		pipe := r.client.Pipeline()
		for _, k := range keys[:n] {
			pipe.Unlink(ctx, k)
		}
		if _, err := pipe.Exec(ctx); err != nil {
			return 0, fmt.Errorf("store: delete matching keys: %w", err)
		}
		keys = keys[n:]
	}
	return total, nil
}

// scan returns the keys that match pattern on every primary.
func (r *Redis) scan(ctx context.Context, pattern string) ([]string, error) {
	var (
		mu   sync.Mutex
		keys []string
	)
	each := func(ctx context.Context, c *redis.Client) error {
		iter := c.Scan(ctx, 0, pattern, 1000).Iterator()
		var got []string
		for iter.Next(ctx) {
			got = append(got, iter.Val())
		}
		mu.Lock()
		keys = append(keys, got...)
		mu.Unlock()
		return iter.Err()
	}
	switch c := r.raw.(type) { // the batching client is neither
	case *redis.ClusterClient:
		err := c.ForEachMaster(ctx, each) // concurrently, hence mu
		return keys, err
	case *redis.Client:
		err := each(ctx, c)
		return keys, err
	default:
		return nil, fmt.Errorf("cannot scan a %T", c)
	}
}
