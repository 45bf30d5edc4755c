package bot

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// An answer of several replies (a decision, then the next question; a
// booking's confirmation, its calendar file, the menu) costs one call per
// reply, and a chat may take about one a second. When the chat has the
// turns for them now, they go as dialogs wrote them. When it has not — a
// patient tapping quickly has spent their burst — replies are joined so
// that the answer needs fewer turns and its end does not come seconds
// late: a reply without buttons or file is put at the head of the next
// one's text, and a file's caption takes the next reply's text and
// buttons when they fit. The order of what the patient reads never
// changes, and the first words (an emergency's advice) stay first.

// coalesceAfter is how late the end of an answer may come before its
// replies are joined: below it, waiting for the chat's turns costs less
// than changing what dialogs wrote.
const coalesceAfter = 300 * time.Millisecond

// group is one message to send: the replies joined into it, by index.
type group struct {
	reply    dialogs.Reply
	from, to int // replies[from:to+1]
}

// calls is how many Bot API calls r takes when sent alone.
func calls(r dialogs.Reply) int {
	if r.Document != nil {
		if r.Text != "" && len([]rune(r.Text)) <= MaxCaptionLen {
			return 1
		}
		return len(SplitText(r.Text, MaxTextLen)) + 1
	}
	return max(1, len(SplitText(r.Text, MaxTextLen)))
}

// coalesce joins replies, front to back, until they take at most turns
// calls or nothing more can be joined. Replies whose index is in done
// were sent already (a replay after a crash) and stay alone.
func coalesce(replies []dialogs.Reply, done func(i int) bool, turns int) []group {
	gs := make([]group, 0, len(replies))
	total := 0
	for i, r := range replies {
		gs = append(gs, group{reply: r, from: i, to: i})
		if !done(i) {
			total += calls(r)
		}
	}
	for total > max(turns, 1) {
		joined := false
		for i := 0; i+1 < len(gs); i++ {
			a, b := gs[i], gs[i+1]
			if done(a.from) || done(b.from) {
				continue
			}
			if j, ok := join(a.reply, b.reply); ok {
				total += calls(j) - calls(a.reply) - calls(b.reply)
				gs[i] = group{reply: j, from: a.from, to: b.to}
				gs = append(gs[:i+1], gs[i+2:]...)
				joined = true
				break
			}
		}
		if !joined {
			break
		}
	}
	return gs
}

// join returns a then b as one message, if they can be one.
func join(a, b dialogs.Reply) (dialogs.Reply, bool) {
	if len(a.Buttons) > 0 || b.Document != nil {
		return dialogs.Reply{}, false
	}
	text := a.Text
	if b.Text != "" {
		text += "\n\n" + b.Text
	}
	limit := MaxTextLen
	if a.Document != nil {
		limit = MaxCaptionLen
	}
	if a.Text == "" || len([]rune(text)) > limit {
		return dialogs.Reply{}, false
	}
	return dialogs.Reply{Lang: a.Lang, Text: text, Buttons: b.Buttons, Document: a.Document}, true
}

// turnsScript returns how many calls a chat's schedule would let go now,
// without taking any.
//
//	KEYS: the schedule   ARGV: interval µs, burst
var turnsScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
return math.floor(burst - (tat - now) / interval)
`)

// turns returns how many calls the private chat may make now: from what
// this process booked in the chat's schedule lately (chatBook), else from
// Redis; a large number when Redis cannot say (the replies then go as
// written).
func (t *Telegram) turns(ctx context.Context, chatID int64) int {
	interval := time.Second / time.Duration(t.limits.PerChat)
	if n, ok := t.chats.turns(chatID, interval, t.limits.ChatBurst, time.Now()); ok {
		return n
	}
	n, err := turnsScript.Run(ctx, t.cfg.Redis, []string{t.chatRateKey(chatID)}, interval.Microseconds(), t.limits.ChatBurst).Int()
	if err != nil {
		return 1 << 20
	}
	return n
}
