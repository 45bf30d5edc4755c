package store

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	mathrand "math/rand/v2"
	"time"

	"github.com/redis/go-redis/v9"
)

// ErrLocked is returned by Lock when ctx ends before the lock is free.
var ErrLocked = errors.New("locked by another holder")

// ErrLockLost is returned by an unlock function when the lock had already
// expired (and perhaps been taken by another holder): the work done under
// it may have overlapped with someone else's.
var ErrLockLost = errors.New("lock expired before unlock")

// Release only our own lock: another holder may have taken it after ours
// expired.
var releaseLock = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
	return redis.call('DEL', KEYS[1])
end
return 0
`)

// Backoff between attempts to take a held lock.
const (
	lockFirstWait = 2 * time.Millisecond
	lockMaxWait   = 50 * time.Millisecond
)

// Lock takes the named lock across all processes sharing this Redis and
// prefix, waiting with a short backoff while another holder has it. The lock
// expires after ttl in case its holder dies; work under it must finish
// sooner. It returns ErrLocked (joined with ctx's error) if ctx ends first,
// so give ctx a deadline. unlock releases the lock only if it is still
// this caller's and returns ErrLockLost if it was not.
func (r *Redis) Lock(ctx context.Context, name string, ttl time.Duration) (unlock func(context.Context) error, err error) {
	if ttl < time.Millisecond {
		return nil, fmt.Errorf("store: lock %q: ttl %v below 1ms", name, ttl)
	}
	key := r.prefix + "lock:" + name
	token := rand.Text() // 128 random bits
	wait := lockFirstWait
	for {
		ok, err := r.client.SetNX(ctx, key, token, ttl).Result()
		if err != nil && ctx.Err() == nil {
			return nil, fmt.Errorf("store: lock %q: %w", name, err)
		}
		if ok {
			return func(ctx context.Context) error { return r.unlock(ctx, name, key, token) }, nil
		}
		// Jitter so that waiters woken together do not collide again.
		timer := time.NewTimer(wait/2 + mathrand.N(wait/2+1))
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, fmt.Errorf("store: lock %q: %w", name, errors.Join(ErrLocked, ctx.Err()))
		case <-timer.C:
		}
		wait = min(2*wait, lockMaxWait)
	}
}

func (r *Redis) unlock(ctx context.Context, name, key, token string) error {
	n, err := releaseLock.Run(ctx, r.client, []string{key}, token).Int()
	if err != nil {
		return fmt.Errorf("store: unlock %q: %w", name, err)
	}
	if n == 0 {
		return fmt.Errorf("store: unlock %q: %w", name, ErrLockLost)
	}
	return nil
}
