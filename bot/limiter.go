package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// reserveScript reserves the next slot of a GCRA schedule (one send every
// interval, bursts of up to burst) shared by every process, and returns
// how long, in microseconds, the caller must wait before it sends. Each
// caller gets a slot of its own in one round trip: unlike a limiter that
// only answers "not yet" (redis_rate), waiters never poll Redis again and
// never wake together to compete for the same slot, which under load cost
// more CPU than everything else the bot does (see docs/BENCHMARKS.md).
// The clock is Redis's, so processes need not agree on the time.
//
//	KEYS: the schedule   ARGV: interval µs, burst
var reserveScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - (burst - 1) * interval - now
if wait < 0 then wait = 0 end
local nexttat = tat + interval
redis.call('SET', KEYS[1], string.format('%d', nexttat), 'PX', math.ceil((nexttat - now) / 1000) + 1000)
return wait
`)

// reserve takes the next slot of the schedule at key (one send per
// interval, bursts of burst) and returns how long to wait for it. A slot
// reserved by a caller that then gives up is lost, which only slows the
// others by one interval.
func (t *Telegram) reserve(ctx context.Context, key string, interval time.Duration, burst int) (time.Duration, error) {
	us, err := reserveScript.Run(ctx, t.cfg.Redis, []string{key}, interval.Microseconds(), max(burst, 1)).Int64()
	if err != nil {
		return 0, fmt.Errorf("bot: reserve a send slot: %w", err)
	}
	return time.Duration(us) * time.Microsecond, nil
}
