package bot

import (
	"context"
	"sync"
	"testing"
	"time"
)

// released runs one waiter per priority given, in that order (each queued
// before the next starts), and returns the priorities in the order they
// were let go with the times.
func released(t *testing.T, p *pacer, prios ...Priority) ([]Priority, []time.Time) {
	t.Helper()
	var mu sync.Mutex
	var order []Priority
	var at []time.Time
	var wg sync.WaitGroup
	for i, prio := range prios {
		wg.Go(func() {
			if err := p.wait(context.Background(), prio); err != nil {
				t.Error(err)
			}
			mu.Lock()
			order, at = append(order, prio), append(at, time.Now())
			mu.Unlock()
		})
		// Queue them one by one, so the order of arrival is known.
		for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			p.mu.Lock()
			queued := len(p.waiting[Interactive]) + len(p.waiting[Bulk])
			p.mu.Unlock()
			mu.Lock()
			done := len(order)
			mu.Unlock()
			if queued+done == i+1 {
				break
			}
		}
	}
	wg.Wait()
	return order, at
}

func TestPacerNeverBurstsAfterAStall(t *testing.T) {
	const interval = 20 * time.Millisecond
	p := newPacer(interval)
	time.Sleep(5 * interval) // idle: tokens must not pile up
	start := time.Now()
	_, at := released(t, p, Bulk, Bulk, Bulk, Bulk, Bulk)
	// Each release is measured from the start, not from the release
	// before: a waiter notes its time when it is scheduled, which on a
	// busy machine can be long after its release (never before it), so
	// the gap between two notes can look short while the pacer kept its
	// rate. The i-th release may not come before i intervals (less the
	// pacer's window and the clock reads) from the start.
	for i := 1; i < len(at); i++ {
		if since := at[i].Sub(start); since < time.Duration(i)*interval-pacerWindow {
			t.Errorf("release %d came %v after the start, before %d intervals of %v", i, since, i, interval)
		}
	}
}

func TestPacerLetsInteractiveGoFirst(t *testing.T) {
	p := newPacer(30 * time.Millisecond)
	order, _ := released(t, p, Bulk, Bulk, Bulk, Interactive)
	// The first bulk call takes the token there is; the reply, queued
	// last, goes next.
	if order[1] != Interactive {
		t.Errorf("released in order %v; the interactive call should go right after the first", order)
	}
}

func TestPacerPauseHoldsEveryone(t *testing.T) {
	p := newPacer(time.Millisecond)
	start := time.Now()
	p.pause(150 * time.Millisecond)
	_, at := released(t, p, Interactive, Bulk)
	for i, a := range at {
		if a.Sub(start) < 150*time.Millisecond {
			t.Errorf("call %d went %v into a pause of 150ms", i, a.Sub(start))
		}
	}
}

func TestPacerBurstScalesWithRate(t *testing.T) {
	if b := newPacer(time.Second / 30).burst; b != 1 {
		t.Errorf("at 30/s the pacer lets %v go at once, want 1", b)
	}
	if b := newPacer(time.Second / 5000).burst; b < 10 || b > 100 {
		t.Errorf("at 5000/s the pacer lets %v go at once; its timer could not keep up with 1", b)
	}
}

func TestPacerSkipsCallsThatGaveUp(t *testing.T) {
	const interval = 50 * time.Millisecond
	p := newPacer(interval)
	if err := p.wait(context.Background(), Bulk); err != nil { // takes the token there is
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() { _ = p.wait(ctx, Bulk) })
	}
	for deadline := time.Now().Add(time.Second); ; time.Sleep(time.Millisecond) {
		p.mu.Lock()
		queued := p.live[Bulk]
		p.mu.Unlock()
		if queued == 20 || time.Now().After(deadline) {
			break
		}
	}
	cancel()
	wg.Wait()
	start := time.Now()
	if err := p.wait(context.Background(), Bulk); err != nil {
		t.Fatal(err)
	}
	// Twenty abandoned places would cost a second if each took a turn.
	if waited := time.Since(start); waited > 15*interval {
		t.Errorf("the next call waited %v behind 20 calls that gave up (interval %v)", waited, interval)
	}
	cancelled, stop := context.WithCancel(context.Background())
	stop()
	if err := p.wait(cancelled, Interactive); err == nil {
		t.Error("a cancelled call was let go")
	}
}
