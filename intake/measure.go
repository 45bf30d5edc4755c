package intake

import (
	"context"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/metrics"
)

// observe runs f on the queue's metrics, when it has any.
func (q *Queue) observe(f func(m *metrics.Metrics)) {
	if q.opt.Metrics != nil {
		f(q.opt.Metrics)
	}
}

// measure sets the length and lag of every shard this worker holds, and
// how many it holds, in one round trip. Each shard is measured by its
// holder only, so the series of all processes add up without counting a
// shard twice.
func (q *Queue) measure(ctx context.Context, held map[int]*shardRun) {
	m := q.opt.Metrics
	if m == nil {
		return
	}
	active := 0
	pipe := q.rdb.Pipeline()
	lens := map[int]*redis.IntCmd{}
	heads := map[int]*redis.XMessageSliceCmd{}
	for s, r := range held {
		if r.stopping {
			continue
		}
		active++
		lens[s] = pipe.XLen(ctx, q.streamKey(s))
		heads[s] = pipe.XRangeN(ctx, q.streamKey(s), "-", "+", 1)
	}
	m.IntakeShardsHeld.WithLabelValues(q.opt.Label).Set(float64(active))
	if active == 0 {
		return
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return // Redis is away: keep the last values
	}
	now := time.Now()
	for s := range lens {
		label := strconv.Itoa(s)
		m.IntakeStreamLength.WithLabelValues(q.opt.Label, label).Set(float64(lens[s].Val()))
		lag := 0.0
		if msgs := heads[s].Val(); len(msgs) > 0 {
			if e := entryOf(s, msgs[0]); !e.Appended.IsZero() {
				lag = max(0, now.Sub(e.Appended).Seconds())
			}
		}
		m.IntakeLagSeconds.WithLabelValues(q.opt.Label, label).Set(lag)
	}
}

// forget drops the series of a shard this worker no longer holds.
func (q *Queue) forget(shard int) {
	q.observe(func(m *metrics.Metrics) {
		label := strconv.Itoa(shard)
		m.IntakeStreamLength.DeleteLabelValues(q.opt.Label, label)
		m.IntakeLagSeconds.DeleteLabelValues(q.opt.Label, label)
	})
}
