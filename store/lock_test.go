package store_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

func TestLockBlocksSecondHolder(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := storetest.NewRedis(t)
	unlock, err := r.Lock(ctx, "conv:telegram:1", time.Minute)
	if err != nil {
		t.Fatalf("Lock: %v", err)
	}

	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if _, err := r.Lock(short, "conv:telegram:1", time.Minute); !errors.Is(err, store.ErrLocked) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Lock while held: err = %v, want ErrLocked and DeadlineExceeded", err)
	}
	other, err := r.Lock(ctx, "conv:telegram:2", time.Minute)
	if err != nil {
		t.Errorf("Lock of another name while the first is held: %v", err)
	} else if err := other(ctx); err != nil {
		t.Errorf("unlock other: %v", err)
	}

	if err := unlock(ctx); err != nil {
		t.Fatalf("unlock: %v", err)
	}
	again, err := r.Lock(ctx, "conv:telegram:1", time.Minute)
	if err != nil {
		t.Fatalf("Lock after unlock: %v", err)
	}
	if err := again(ctx); err != nil {
		t.Errorf("unlock: %v", err)
	}
}

// Many goroutines on two clients (as two processes would be) take turns:
// never two inside at once.
func TestLockExclusion(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a := storetest.NewRedis(t)
	b, err := store.OpenRedis(ctx, storetest.RedisURL(), a.Prefix())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	clients := []*store.Redis{a, b}

	var inside, overlaps, entries atomic.Int32
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for range 10 {
				unlock, err := clients[g%2].Lock(ctx, "shared", 10*time.Second)
				if err != nil {
					t.Errorf("goroutine %d: Lock: %v", g, err)
					return
				}
				if inside.Add(1) != 1 {
					overlaps.Add(1)
				}
				entries.Add(1)
				time.Sleep(100 * time.Microsecond)
				inside.Add(-1)
				if err := unlock(ctx); err != nil {
					t.Errorf("goroutine %d: unlock: %v", g, err)
					return
				}
			}
		})
	}
	wg.Wait()
	if overlaps.Load() != 0 || entries.Load() != 80 {
		t.Errorf("%d overlapping entries of %d; want 0 of 80", overlaps.Load(), entries.Load())
	}
}

func TestLockExpiresAndUnlockReportsLoss(t *testing.T) {
	t.Parallel()
	r := storetest.NewRedis(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	first, err := r.Lock(ctx, "expiring", 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	// Waits for the expiry; the deadline only guards against a hang.
	second, err := r.Lock(ctx, "expiring", time.Minute)
	if err != nil {
		t.Fatalf("Lock after expiry: %v", err)
	}
	if err := first(ctx); !errors.Is(err, store.ErrLockLost) {
		t.Errorf("unlock of an expired lock: err = %v, want ErrLockLost", err)
	}
	// The first holder's unlock must not have released the second's lock.
	short, cancelShort := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancelShort()
	if _, err := r.Lock(short, "expiring", time.Minute); !errors.Is(err, store.ErrLocked) {
		t.Errorf("Lock while the second holder has it: err = %v, want ErrLocked", err)
	}
	if err := second(ctx); err != nil {
		t.Errorf("unlock of the second holder: %v", err)
	}
}

func TestLockRejectsBadTTL(t *testing.T) {
	t.Parallel()
	r := storetest.NewRedis(t)
	if _, err := r.Lock(context.Background(), "x", 0); err == nil {
		t.Error("Lock with ttl 0 succeeded, want an error")
	}
}
