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

// holdScript pushes schedules back: no slot in them is handed out before
// the given time from now. Slots already handed out are not taken back;
// this process's pacer holds those (see pacer.pause).
//
//	KEYS: the schedules   ARGV: hold µs
var holdScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local untiltat = now + tonumber(ARGV[1])
for _, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < untiltat then
    redis.call('SET', key, string.format('%d', untiltat), 'PX', math.ceil((untiltat - now) / 1000) + 1000)
  end
end
return 0
`)

// maxBotHold caps how long one 429 holds every chat. Telegram does not say
// whether a 429 is for the bot or for one chat (a group's can ask for
// half a minute); the chat itself waits the whole retry_after.
const maxBotHold = 5 * time.Second

// hold obeys a 429 for everyone: the bot's and the chat's schedules (and
// this process's pacer) stop for retryAfter, capped at maxBotHold, so that
// the calls queued behind the refused one are not refused too. Best
// effort: the refused call itself waits all of retry_after anyway.
func (t *Telegram) hold(ctx context.Context, chatID int64, retryAfter time.Duration) {
	botHold := min(retryAfter, maxBotHold)
	t.pacer.pause(botHold)
	keys := []string{t.cfg.Prefix + ":rate:bot"}
	if chatID != 0 {
		keys = append(keys, t.chatRateKey(chatID))
	}
	if err := holdScript.Run(ctx, t.cfg.Redis, keys, botHold.Microseconds()).Err(); err != nil && ctx.Err() == nil {
		t.log.Warn("bot: could not share a 429 with other processes", "err", err)
	}
}
