package bot

import (
	"context"
	"fmt"
	"strconv"
	"sync"
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
// The clock is Redis's, so processes need not agree on the time. burst
// may be fractional (see chatMargin).
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

// turnScript takes a call's turn in the bot's schedule and, when it has
// one, the chat's, together and only together: the chat's turn is taken
// for the moment the bot's turn comes, so the call reaches Telegram
// within milliseconds of it. It returns {1, wait µs} when it took them,
// or {0, retry µs} taking nothing: the chat's turn is not free by then,
// or (horizon ≥ 0, a bulk call) the bot's schedule is booked more than
// horizon ahead. So bulk calls never book the bot's schedule ahead of
// replies: a reply that comes later still goes before every reminder not
// yet given a turn, however many wait. With keep > 0 the chat's turn is
// taken only if keep more would still be free then: a call that can wait
// for a quiet moment (marking a pressed message) never takes the turn of
// the patient's next reply. A third value says how far ahead of now the
// chat's schedule is booked after the call (µs; 0 without a chat), which
// the process keeps (see chatBook).
//
//	KEYS: the bot's schedule [, the chat's]   ARGV: bot interval µs,
//	horizon µs (-1: none), chat interval µs, chat burst (may be
//	fractional), keep
var turnScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local bi = tonumber(ARGV[1])
local horizon = tonumber(ARGV[2])
local at = tonumber(redis.call('GET', KEYS[1]) or '0')
if at < now then at = now end
if horizon >= 0 and at - now > horizon then
  return {0, math.ceil(at - horizon - now)}
end
local ahead = 0
if #KEYS > 1 then
  local ci = tonumber(ARGV[3])
  local cb = tonumber(ARGV[4])
  local keep = tonumber(ARGV[5])
  local ctat = tonumber(redis.call('GET', KEYS[2]) or '0')
  if ctat < at then ctat = at end
  local cw = ctat - (cb - 1 - keep) * ci - at
  if cw > 0 then return {0, math.ceil(at - now + cw), 0} end
  redis.call('SET', KEYS[2], string.format('%d', ctat + ci), 'PX', math.ceil((ctat + ci - now) / 1000) + 1000)
  ahead = ctat + ci - now
end
redis.call('SET', KEYS[1], string.format('%d', at + bi), 'PX', math.ceil((at + bi - now) / 1000) + 1000)
return {1, math.floor(at - now), math.floor(ahead)}
`)

// turn is one call's place in the shared schedules: the bot's, and the
// chat's when the call counts against a chat.
type turn struct {
	chatKey      string // "" when the chat's budget is not spent
	chatInterval time.Duration
	chatBurst    float64
	chatID       int64 // a private chat's, whose schedule chatBook keeps
	keep         int   // chat turns that must stay free after this one
}

// takeTurn runs turnScript: it reports whether it took the turn and how long
// to wait, for the turn when taken, else before trying again. horizon < 0
// books the bot's schedule however far ahead.
func (t *Telegram) takeTurn(ctx context.Context, tu turn, horizon time.Duration) (bool, time.Duration, error) {
	keys := []string{t.rateKey("bot")}
	args := []any{(time.Second / time.Duration(t.limits.Global)).Microseconds(), int64(-1), 0, 1, 0}
	if horizon >= 0 {
		args[1] = horizon.Microseconds()
	}
	if tu.chatKey != "" {
		keys = append(keys, tu.chatKey)
		args[2], args[3], args[4] = tu.chatInterval.Microseconds(), max(tu.chatBurst, 1), tu.keep
	}
	res, err := turnScript.Run(ctx, t.cfg.Redis, keys, args...).Int64Slice()
	if err == nil && len(res) != 3 {
		err = fmt.Errorf("%d values, want 3", len(res))
	}
	if err != nil {
		return false, 0, fmt.Errorf("bot: take a turn: %w", err)
	}
	if res[0] == 1 && tu.chatID > 0 {
		t.chats.booked(tu.chatID, time.Duration(res[2])*time.Microsecond, time.Now())
	}
	return res[0] == 1, time.Duration(res[1]) * time.Microsecond, nil
}

// chatMargin is the part of a turn a chat's schedule keeps in hand: calls
// leave at their reserved turns but reach Telegram a few milliseconds
// apart or not, and a call that arrives 20 ms early into an empty bucket
// is refused. Keeping a twentieth of a turn (50 ms at one a second) in
// hand absorbs that, at no cost to the sustained rate.
const chatMargin = 0.05

// reserve takes the next slot of the schedule at key (one send per
// interval, bursts of burst) and returns how long to wait for it. A slot
// reserved by a caller that then gives up is lost, which only slows the
// others by one interval.
func (t *Telegram) reserve(ctx context.Context, key string, interval time.Duration, burst float64) (time.Duration, error) {
	us, err := reserveScript.Run(ctx, t.cfg.Redis, []string{key}, interval.Microseconds(), max(burst, 1)).Int64()
	if err != nil {
		return 0, fmt.Errorf("bot: reserve a send slot: %w", err)
	}
	return time.Duration(us) * time.Microsecond, nil
}

// holdScript pushes schedules back: no slot in them is handed out before
// the given time from now, and a schedule with bursts resumes with one
// slot, at its steady rate. Slots already handed out are not taken back;
// this process's pacer holds those (see pacer.pause).
//
//	KEYS: the schedules   ARGV: hold µs, then for each key its burst
//	allowance ((burst - 1) × interval, µs)
var holdScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
for i, key in ipairs(KEYS) do
  local untiltat = now + tonumber(ARGV[1]) + tonumber(ARGV[i + 1])
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < untiltat then
    redis.call('SET', key, string.format('%d', untiltat), 'PX', math.ceil((untiltat - now) / 1000) + 1000)
  end
end
return 0
`)

// maxBotHold caps how long a 429 judged to be the bot's holds every chat.
const maxBotHold = 5 * time.Second

// hold obeys a 429. Telegram does not say whose limit it was, so hold
// judges: a 429 is the bot's when the bot's own schedule is busy (the bot
// is sending at its global rate) or when another chat drew one within the
// last second; then the bot's and the chat's schedules (and this process's
// pacer) stop for retryAfter, capped at maxBotHold. Otherwise it is the
// chat's alone: only that chat's schedule stops, for all of retryAfter,
// and every other chat goes on. Best effort: the refused call itself
// waits all of retry_after anyway.
func (t *Telegram) hold(ctx context.Context, chatID int64, retryAfter time.Duration) {
	var keys []string
	var allowance []any // each key's burst allowance, µs
	if chatID > 0 {
		interval := time.Second / time.Duration(t.limits.PerChat)
		keys = append(keys, t.chatRateKey(chatID))
		allowance = append(allowance, (time.Duration(t.limits.ChatBurst-1) * interval).Microseconds())
	} else if chatID < 0 {
		keys, allowance = append(keys, t.chatRateKey(chatID)), append(allowance, 0)
	}
	t.chats.forget(chatID) // the hold moves its schedule: ask Redis next time
	hold := retryAfter
	botWide := chatID == 0 || t.recent429(chatID) || t.botBusy(ctx)
	if botWide {
		hold = min(retryAfter, maxBotHold)
		t.pacer.pause(hold)
		keys, allowance = append(keys, t.rateKey("bot")), append(allowance, 0)
	}
	if len(keys) == 0 {
		return
	}
	t.log.Warn("bot: telegram asked to slow down", "bot_wide", botWide, "retry_after", retryAfter)
	args := append([]any{hold.Microseconds()}, allowance...)
	if err := holdScript.Run(ctx, t.cfg.Redis, keys, args...).Err(); err != nil && ctx.Err() == nil {
		t.log.Warn("bot: could not share a 429 with other processes", "err", err)
	}
}

// recent429 records a 429 for chatID and reports whether another chat
// drew one within the last second: two chats refused at once is the bot's
// limit, not theirs.
func (t *Telegram) recent429(chatID int64) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	other := t.last429.chat != chatID && now.Sub(t.last429.at) < time.Second
	t.last429.chat, t.last429.at = chatID, now
	return other
}

// botBusy reports whether the bot is at or near its global rate: this
// process made three quarters of Limits.Global calls in the last second,
// or the bot's or the bulk schedule is booked ahead (calls of every
// process queue for them back to back).
func (t *Telegram) botBusy(ctx context.Context) bool {
	if t.rate.perSecond(time.Now()) >= 0.75*float64(t.limits.Global) {
		return true
	}
	res, err := busyScript.Run(ctx, t.cfg.Redis, []string{t.rateKey("bot"), t.rateKey("bulk")}).Slice()
	if err != nil || len(res) != 3 {
		return false
	}
	now, _ := res[0].(int64)
	for i, interval := range []time.Duration{time.Second / time.Duration(t.limits.Global), time.Second / time.Duration(t.limits.Bulk)} {
		s, _ := res[i+1].(string)
		tat, err := strconv.ParseInt(s, 10, 64)
		if err == nil && time.Duration(tat-now)*time.Microsecond > interval {
			return true
		}
	}
	return false
}

// busyScript returns the node's clock (µs) and the bot's and the bulk
// schedules, read together on the node that holds them: the schedules
// are on that node's clock, and another node's (a pipelined TIME on a
// cluster goes to any node) may differ by more than one turn.
//
//	KEYS: the bot's schedule, the bulk schedule
var busyScript = redis.NewScript(`
local t = redis.call('TIME')
return {tonumber(t[1]) * 1000000 + tonumber(t[2]), redis.call('GET', KEYS[1]), redis.call('GET', KEYS[2])}
`)

// rateMeter estimates this process's calls a second over the last second
// from two one-second counts. Safe for concurrent use.
type rateMeter struct {
	mu        sync.Mutex
	second    int64 // Unix second of cur
	cur, prev float64
}

func (r *rateMeter) add(now time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.roll(now)
	r.cur++
}

func (r *rateMeter) perSecond(now time.Time) float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.roll(now)
	frac := float64(now.Nanosecond()) / 1e9
	return r.prev*(1-frac) + r.cur
}

// roll moves the counts to now's second; r.mu is held.
func (r *rateMeter) roll(now time.Time) {
	switch sec := now.Unix(); {
	case sec == r.second:
	case sec == r.second+1:
		r.second, r.prev, r.cur = sec, r.cur, 0
	default:
		r.second, r.prev, r.cur = sec, 0, 0
	}
}
