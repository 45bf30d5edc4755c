package store

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/ratelimit"
)

// allowGCRA is the generic cell rate algorithm: the key holds the
// theoretical arrival time (ms, Redis' clock, so every process agrees). It
// returns 0 when the event is allowed (and counted), else the milliseconds
// until it would be.
var allowGCRA = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local tolerance = interval * tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local new = tat + interval
local wait = new - tolerance - now
if wait > 0 then return math.ceil(wait) end
redis.call('SET', KEYS[1], new, 'PX', math.ceil(new - now) + 1000)
return 0
`)

// Allow counts one event against key under rate and reports whether it is
// within the rate; when it is not, nothing is counted and retry says when
// one would be. Shared by every process through Redis. Safe for concurrent
// use.
func (r *Redis) Allow(ctx context.Context, key string, rate ratelimit.Rate) (ok bool, retry time.Duration, err error) {
	if rate.Events < 1 || rate.Per <= 0 || rate.Burst < 1 {
		return false, 0, fmt.Errorf("store: rate limit %s: invalid rate %+v", key, rate)
	}
	interval := max(rate.Per.Milliseconds()/int64(rate.Events), 1)
	ms, err := allowGCRA.Run(ctx, r.client, []string{r.prefix + "rate:" + key}, interval, rate.Burst).Int64()
	if err != nil {
		return false, 0, fmt.Errorf("store: rate limit %s: %w", key, err)
	}
	return ms == 0, time.Duration(ms) * time.Millisecond, nil
}
