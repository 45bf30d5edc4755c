package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Backoff is a lock-out policy for repeated failures (failed logins): after
// Threshold failures with no gap longer than Window between them, the key
// is locked for Base, and each further failure locks it for twice as long
// as the one before, up to Max.
type Backoff struct {
	Threshold int
	Base, Max time.Duration
	Window    time.Duration
}

// Throttle counts failures per key under one policy, in Redis, so that
// every process shares the count. Safe for concurrent use.
//
// It counts failures rather than attempts (so redis_rate's GCRA, which
// limits attempts, does not fit): a clinician who types the right password
// is never slowed down, and the wait grows with each wrong one.
type Throttle struct {
	r      *Redis
	name   string
	policy Backoff
}

// Throttle returns the throttle called name (a key segment, e.g.
// "login:user") with policy b.
func (r *Redis) Throttle(name string, b Backoff) *Throttle {
	return &Throttle{r: r, name: name, policy: b}
}

func (t *Throttle) keys(key string) []string {
	// One hash tag, so both keys share a slot on a Redis Cluster.
	base := t.r.prefix + "throttle:" + t.name + ":{" + key + "}:"
	return []string{base + "n", base + "lock"}
}

// throttleFail counts a failure and, from the threshold on, locks the key
// for base·2^(n-threshold), capped, and returns the lock in milliseconds.
var throttleFail = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
local threshold = tonumber(ARGV[2])
if n < threshold then return 0 end
local d = tonumber(ARGV[3]) * 2 ^ math.min(n - threshold, 30)
d = math.min(d, tonumber(ARGV[4]))
redis.call('SET', KEYS[2], '1', 'PX', math.floor(d))
return math.floor(d)
`)

// Fail records a failure for key and returns how long key is now locked
// (0: not locked).
func (t *Throttle) Fail(ctx context.Context, key string) (time.Duration, error) {
	b := t.policy
	ms, err := throttleFail.Run(ctx, t.r.client, t.keys(key),
		b.Window.Milliseconds(), b.Threshold, b.Base.Milliseconds(), b.Max.Milliseconds()).Int64()
	if err != nil {
		return 0, fmt.Errorf("store: throttle %s: fail: %w", t.name, err)
	}
	return time.Duration(ms) * time.Millisecond, nil
}

// Locked returns how much longer key stays locked (0: not locked).
func (t *Throttle) Locked(ctx context.Context, key string) (time.Duration, error) {
	d, err := t.r.client.PTTL(ctx, t.keys(key)[1]).Result()
	if err != nil {
		return 0, fmt.Errorf("store: throttle %s: check: %w", t.name, err)
	}
	return max(d, 0), nil // -2: no lock; -1 cannot happen (always set with PX)
}

// Reset forgets key's failures and lifts its lock.
func (t *Throttle) Reset(ctx context.Context, key string) error {
	if err := t.r.client.Del(ctx, t.keys(key)...).Err(); err != nil {
		return fmt.Errorf("store: throttle %s: reset: %w", t.name, err)
	}
	return nil
}

// ResetPrefix forgets the failures and lifts the locks of every key that
// starts with prefix (an administrator unlocking one account at every
// address). It scans, so keep it for rare, deliberate actions.
func (t *Throttle) ResetPrefix(ctx context.Context, prefix string) error {
	pattern := t.r.prefix + "throttle:" + t.name + ":{" + escapeGlob(prefix) + "*"
	if _, err := t.r.DeleteMatching(ctx, pattern); err != nil {
		return fmt.Errorf("store: throttle %s: reset by prefix: %w", t.name, err)
	}
	return nil
}

// escapeGlob quotes the characters SCAN's MATCH treats specially.
func escapeGlob(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '*', '?', '[', ']', '\\':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
