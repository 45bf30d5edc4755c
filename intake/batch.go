package intake

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/frontdoor-health/frontdoor/metrics"
)

// process takes one entry to its end: acknowledged after its handler
// succeeded, or parked after MaxAttempts failures. It returns an error only
// when it had to stop without either (context ended, lease lost).
func (q *Queue) process(ctx context.Context, l lease, h Handler, e Entry) error {
	attemptsKey := q.key(l.shard, "attempts")
	pause := q.opt.RetryBackoff
	wait := func() error {
		if !sleep(ctx, pause) {
			return ctx.Err()
		}
		pause = min(2*pause, q.opt.MaxBackoff)
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Counted before the handler runs, so an entry that kills the
		// process is parked too. An entry read new was counted once by
		// Append, and nothing can have run it yet: its first attempt
		// costs no round trip. Any other run (a retry here, a pending
		// entry after a crash or takeover) counts one more. An entry read
		// new but never started before a crash is so charged one attempt
		// it did not make, which only parks it one attempt sooner.
		n := int64(1)
		if !e.First {
			var err error
			if n, err = q.rdb.HIncrBy(ctx, attemptsKey, e.ID, 1).Result(); err != nil {
				q.log.Warn("intake: count attempt", "shard", l.shard, "err", err)
				if err := wait(); err != nil {
					return err
				}
				continue
			}
		}
		e.Attempt = int(n)
		if e.Attempt == 1 {
			q.observe(func(m *metrics.Metrics) {
				m.IntakeQueueWait.WithLabelValues(q.opt.Label).Observe(time.Since(e.Appended).Seconds())
			})
		}
		var cause error
		if e.Attempt > q.opt.MaxAttempts {
			cause = errors.New("intake: attempts exhausted (the handler crashed or stopped)")
		} else {
			cause = q.call(ctx, h, e)
			e.First = false // any later run follows this one
			switch {
			case cause == nil:
				return q.settle(ctx, l, func(c context.Context) error { return q.ack(c, l, e.ID) })
			case errors.Is(cause, ErrRetryLater), ctx.Err() != nil:
				// Not the entry's fault: give the attempt back.
				bg, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
				q.rdb.HIncrBy(bg, attemptsKey, e.ID, -1)
				cancel()
				q.log.Info("intake: handler asked to retry later", "shard", l.shard, "update_id", e.UpdateID)
				q.observe(func(m *metrics.Metrics) { m.IntakeRetries.WithLabelValues(q.opt.Label, "retry_later").Inc() })
				if err := wait(); err != nil {
					return err
				}
				continue
			case e.Attempt < q.opt.MaxAttempts:
				q.log.Warn("intake: handler failed", "shard", l.shard, "update_id", e.UpdateID,
					"attempt", e.Attempt, "err_type", fmt.Sprintf("%T", cause))
				q.observe(func(m *metrics.Metrics) { m.IntakeRetries.WithLabelValues(q.opt.Label, "failed").Inc() })
				if err := wait(); err != nil {
					return err
				}
				continue
			}
		}
		if err := q.settle(ctx, l, func(c context.Context) error { return q.park(c, l, e, cause.Error()) }); err != nil {
			return err
		}
		q.log.Error("intake: entry parked", "shard", l.shard, "update_id", e.UpdateID, "attempts", e.Attempt)
		q.observe(func(m *metrics.Metrics) { m.IntakeParked.WithLabelValues(q.opt.Label).Inc() })
		q.onParked(ctx, h, e, cause)
		return nil
	}
}

// settle runs an acknowledgement or park until it succeeds or the lease is
// lost, for up to LeaseTTL even after ctx ends: the handler's effect has
// happened, so recording it beats redoing it.
func (q *Queue) settle(ctx context.Context, l lease, f func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), q.opt.LeaseTTL)
	defer cancel()
	pause := q.opt.RetryBackoff
	for {
		err := f(ctx)
		if err == nil || errors.Is(err, errLeaseLost) {
			return err
		}
		q.log.Warn("intake: settle entry", "shard", l.shard, "err", err)
		if !sleep(ctx, pause) {
			return ctx.Err()
		}
		pause = min(2*pause, q.opt.MaxBackoff)
	}
}

// call runs the handler with a panic turned into an error. The panic value
// is not logged or kept: it may hold patient data.
func (q *Queue) call(ctx context.Context, h Handler, e Entry) (err error) {
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), HandlerTimeout)
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("intake: handler panicked (%T)", r)
		}
	}()
	return h.Handle(hctx, e)
}

func (q *Queue) onParked(ctx context.Context, h Handler, e Entry, cause error) {
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), HandlerTimeout)
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			q.log.Error("intake: OnParked panicked", "update_id", e.UpdateID, "panic_type", fmt.Sprintf("%T", r))
		}
	}()
	h.OnParked(hctx, e, cause)
}
