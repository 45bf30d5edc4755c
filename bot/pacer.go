package bot

import (
	"context"
	"sync"
	"time"
)

// pacerWindow is the most a pacer lets go at once, in time at its rate:
// at Telegram's 30/s that is one call, at a raised 5,000/s fifty. Timers
// fire a little late on a busy machine; without this slack a fast pacer
// would send at the rate its timer manages, not at the one configured.
const pacerWindow = 10 * time.Millisecond

// pacer releases this process's calls to Telegram at a steady rate,
// interactive ones first. The shared schedules in Redis (see reserve)
// decide each call's turn across processes; the pacer only smooths how
// calls leave this one. Calls that slept to their reserved turns would
// otherwise all go at once after any pause of the process (a GC, a busy
// machine), and Telegram counts such a bunch as a flood and answers 429.
// It is a token bucket that holds at most pacerWindow's worth, so a late
// release is never made up for with a burst.
//
// It runs no goroutine of its own: a timer is armed while anyone waits.
type pacer struct {
	interval time.Duration
	burst    float64

	mu          sync.Mutex
	tokens      float64
	at          time.Time // when tokens was brought up to date; after a pause, its end
	pausedUntil time.Time
	armed       bool
	due         time.Time    // when the armed timer should fire
	waiting     [2][]*waiter // by Priority, including some that gave up
	live        [2]int       // by Priority, those that did not
	bulkNext    bool         // an aged bulk call goes next (see next)
}

// waiter is one call waiting for its turn. gone marks one that gave up,
// so that no token is spent on it; both fields are guarded by pacer.mu.
type waiter struct {
	ready    chan struct{}
	since    time.Time
	released bool
	gone     bool
}

// bulkAgedAfter bounds how long replies may keep a bulk call (a reminder,
// perhaps with a join link due now) waiting: once it has waited this long
// it takes turns with them. Bulk stays within its own rate (Limits.Bulk),
// so replies keep the rest.
const bulkAgedAfter = time.Second

func newPacer(interval time.Duration) *pacer {
	burst := max(1, float64(pacerWindow)/float64(interval))
	return &pacer{interval: interval, burst: burst, tokens: burst, at: time.Now()}
}

// wait returns when the call may go, or ctx's error. A call that gives up
// costs the others nothing: its place is skipped, and a turn it was given
// as it gave up is handed back.
func (p *pacer) wait(ctx context.Context, prio Priority) error {
	return p.waitSince(ctx, prio, time.Now())
}

// waitSince is wait for a call that has been waiting since then: a bulk
// call's age (see bulkAgedAfter) counts from then.
func (p *pacer) waitSince(ctx context.Context, prio Priority, since time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	p.mu.Lock()
	now := time.Now()
	p.refill(now)
	ahead := p.live[Interactive]
	if prio == Bulk {
		ahead += p.live[Bulk]
	}
	if ahead == 0 && p.tokens >= 1 {
		p.tokens--
		p.mu.Unlock()
		return nil
	}
	w := &waiter{ready: make(chan struct{}), since: since}
	p.waiting[prio] = append(p.waiting[prio], w)
	p.live[prio]++
	p.arm(now)
	p.mu.Unlock()
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		p.mu.Lock()
		defer p.mu.Unlock()
		if w.released {
			// Released as ctx ended: give the turn back to the others.
			p.tokens = min(p.burst, p.tokens+1)
			if p.live[Interactive]+p.live[Bulk] > 0 {
				p.arm(time.Now())
			}
			return ctx.Err()
		}
		w.gone = true
		p.live[prio]--
		return ctx.Err()
	}
}

// pause holds every release until d from now: Telegram asked the bot to
// slow down, and calls sent meanwhile would only be refused too. Sending
// resumes at the steady rate, with no burst.
func (p *pacer) pause(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if until := time.Now().Add(d); until.After(p.pausedUntil) {
		p.pausedUntil = until
		p.tokens, p.at = 0, until
	}
}

// refill adds the tokens earned since p.at; p.mu is held.
func (p *pacer) refill(now time.Time) {
	if !now.After(p.at) {
		return
	}
	p.tokens = min(p.burst, p.tokens+float64(now.Sub(p.at))/float64(p.interval))
	p.at = now
}

// arm sets the timer for the next token, unless it is set; p.mu is held.
func (p *pacer) arm(now time.Time) {
	if p.armed {
		return
	}
	p.armed = true
	d := max(p.at.Sub(now)+time.Duration((1-p.tokens)*float64(p.interval)), 0)
	p.due = now.Add(d)
	time.AfterFunc(d, p.release)
}

// release lets go as many waiters as there are tokens, interactive first,
// and arms the timer again if some still wait.
func (p *pacer) release() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.armed = false
	now := time.Now()
	// A timer that fired a little late is credited from when it was due,
	// so the pacer keeps its rate; a real stall is not made up for.
	if late := now.Sub(p.due); late > 0 && late <= pacerWindow {
		p.refill(p.due)
	} else {
		p.refill(now)
	}
	for p.tokens >= 1 {
		w := p.next()
		if w == nil {
			return
		}
		w.released = true
		close(w.ready)
		p.tokens--
	}
	if p.live[Interactive]+p.live[Bulk] > 0 {
		p.arm(now)
	}
}

// next takes the first waiter that has not given up, interactive first
// (every other turn bulk first while the first bulk one has waited
// bulkAgedAfter), dropping those that have; nil when none waits. p.mu is
// held.
func (p *pacer) next() *waiter {
	order := []Priority{Interactive, Bulk}
	if p.agedBulk() {
		// Aged bulk calls and replies take turns: a reply is never held
		// behind a whole backlog of reminders that aged during a pause.
		if p.bulkNext {
			order = []Priority{Bulk, Interactive}
		}
		p.bulkNext = !p.bulkNext
	}
	for _, prio := range order {
		q := p.waiting[prio]
		for len(q) > 0 {
			w := q[0]
			q[0] = nil
			q = q[1:]
			if !w.gone {
				p.waiting[prio] = q
				p.live[prio]--
				return w
			}
		}
		p.waiting[prio] = q
	}
	return nil
}

// agedBulk reports whether the first live bulk waiter has waited
// bulkAgedAfter. p.mu is held.
func (p *pacer) agedBulk() bool {
	for _, w := range p.waiting[Bulk] {
		if !w.gone {
			return time.Since(w.since) >= bulkAgedAfter
		}
	}
	return false
}
