package bot

import (
	"context"
	"sync"
	"time"
)

// pacer releases this process's calls to Telegram one at a time, at least
// interval apart, interactive ones first. The shared schedules in Redis
// (see reserve) decide each call's turn across processes; the pacer only
// smooths how calls leave this one. Calls that slept to their reserved
// turns would otherwise all go at once after any pause of the process (a
// GC, a busy machine), and Telegram counts such a bunch as a flood and
// answers 429. Released calls are spaced from the moment of release, so
// a late release is never made up for with a burst.
//
// It runs no goroutine of its own: the release of one waiter arms a timer
// for the next, and the timer stops when nobody waits.
type pacer struct {
	interval time.Duration

	mu          sync.Mutex
	busy        bool // a release happened less than interval ago, or a timer is armed
	pausedUntil time.Time
	waiting     [2][]chan struct{} // by Priority
}

func newPacer(interval time.Duration) *pacer { return &pacer{interval: interval} }

// wait returns when the call may go, or ctx's error. A waiter that gives
// up keeps its place, which costs the others one interval at most.
func (p *pacer) wait(ctx context.Context, prio Priority) error {
	p.mu.Lock()
	if !p.busy && !time.Now().Before(p.pausedUntil) {
		p.busy = true
		p.mu.Unlock()
		time.AfterFunc(p.interval, p.release)
		return ctx.Err()
	}
	ready := make(chan struct{})
	p.waiting[prio] = append(p.waiting[prio], ready)
	if !p.busy {
		// Paused with nobody waiting: arm the timer for the pause's end.
		p.busy = true
		time.AfterFunc(time.Until(p.pausedUntil), p.release)
	}
	p.mu.Unlock()
	select {
	case <-ready:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// pause holds every release until d from now: Telegram asked the bot to
// slow down, and calls sent meanwhile would only be refused too.
func (p *pacer) pause(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if until := time.Now().Add(d); until.After(p.pausedUntil) {
		p.pausedUntil = until
	}
}

// release lets the next waiter go and arms the timer for the one after.
func (p *pacer) release() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if wait := time.Until(p.pausedUntil); wait > 0 {
		time.AfterFunc(wait, p.release)
		return
	}
	for _, prio := range []Priority{Interactive, Bulk} {
		if q := p.waiting[prio]; len(q) > 0 {
			close(q[0])
			q[0] = nil
			p.waiting[prio] = q[1:]
			time.AfterFunc(p.interval, p.release)
			return
		}
	}
	p.busy = false
}
