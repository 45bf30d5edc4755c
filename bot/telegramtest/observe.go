package telegramtest

import (
	"context"
	"math"
	"strconv"
	"time"
)

// SetRecordCalls turns the record of every call (Calls, CallsTo, Wait on
// calls) on or off; off, only Counts are kept, which a long load run
// needs to stay flat in memory. Messages are kept either way.
func (s *Server) SetRecordCalls(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.noCalls = !on
}

// OnMessage sets f to be called, outside the fake's lock, for every
// message sent, with the time it was taken. Set it before use.
func (s *Server) OnMessage(f func(m Message, at time.Time)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onMessage = f
}

// Arrived returns how many calls of method have reached the fake, counted
// when they arrive (before any delay or fault), so a test can act while a
// call is held.
func (s *Server) Arrived(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.arrived[method]
}

// Counts returns how many calls of each method were answered with each
// HTTP status.
func (s *Server) Counts() map[string]map[int]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]map[int]int, len(s.counts))
	for m, byStatus := range s.counts {
		out[m] = make(map[int]int, len(byStatus))
		for st, n := range byStatus {
			out[m][st] = n
		}
	}
	return out
}

// Received returns how many HTTP requests the fake has received.
func (s *Server) Received() int64 { return s.received.Load() }

// NextMessages returns the messages sent to chatID from index from on (0
// is the chat's first message), waiting until there is at least one or ctx
// ends. It wakes only for chatID, so thousands of patients can wait at
// once.
func (s *Server) NextMessages(ctx context.Context, chatID int64, from int) ([]Message, error) {
	for {
		s.mu.Lock()
		all := s.messages[chatID]
		if len(all) > from {
			out := make([]Message, 0, len(all)-from)
			for _, m := range all[from:] {
				out = append(out, *m)
			}
			s.mu.Unlock()
			return out, nil
		}
		c, ok := s.chatWake[chatID]
		if !ok {
			c = make(chan struct{})
			s.chatWake[chatID] = c
		}
		s.mu.Unlock()
		select {
		case <-c:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// Limits are the flow-control limits the fake enforces, answering 429
// with retry_after as Telegram does. Like Telegram, it counts every call
// that puts something in a chat (see Limited): an edit or a document draws
// a 429 just as a message does. Zero rates are not enforced.
type Limits struct {
	PerChat float64 // calls a second to one chat (Telegram: about 1)
	Global  float64 // calls a second for the whole bot (Telegram: about 30)
	// Burst is how many calls over the rate a chat may take at once
	// before being refused (Telegram tolerates short bursts); default 1.
	Burst float64
	// GlobalBurst is the same for the whole bot; default Burst.
	GlobalBurst float64
}

// TelegramLimits are Telegram's published limits as the issue tracker's
// emulator applies them: one call a second per private chat with a burst
// of three, thirty a second for the bot.
var TelegramLimits = Limits{PerChat: 1, Global: 30, Burst: 3}

// Limited reports whether Telegram counts method against a chat's and the
// bot's flood limits: everything that sends or changes a message.
// answerCallbackQuery, getUpdates and the like are not counted.
func Limited(method string) bool {
	switch method {
	case "sendMessage", "sendDocument", "sendPhoto", "sendVideo", "sendAudio", "sendVoice",
		"sendAnimation", "sendSticker", "sendLocation", "sendContact", "sendMediaGroup",
		"copyMessage", "forwardMessage",
		"editMessageText", "editMessageReplyMarkup", "editMessageCaption", "editMessageMedia":
		return true
	}
	return false
}

type limits struct {
	Limits
	chats  map[int64]*bucket
	global bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

// take takes one token from b at rate r with burst; it returns the wait
// until one is available (0 when taken).
func (b *bucket) take(now time.Time, r, burst float64) time.Duration {
	if b.at.IsZero() {
		b.tokens, b.at = burst, now
	}
	b.tokens = math.Min(burst, b.tokens+now.Sub(b.at).Seconds()*r)
	b.at = now
	if b.tokens >= 1 {
		b.tokens--
		return 0
	}
	return time.Duration((1 - b.tokens) / r * float64(time.Second))
}

// give returns a token taken by mistake (the global bucket refused).
func (b *bucket) give(burst float64) { b.tokens = math.Min(burst, b.tokens+1) }

// EnforceLimits makes the fake refuse the calls over l with 429 (see
// Limited for the calls counted). The zero Limits turns enforcement off.
func (s *Server) EnforceLimits(l Limits) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l.PerChat <= 0 && l.Global <= 0 {
		s.limits = nil
		return
	}
	if l.Burst < 1 {
		l.Burst = 1
	}
	if l.GlobalBurst < 1 {
		l.GlobalBurst = l.Burst
	}
	s.limits = &limits{Limits: l, chats: map[int64]*bucket{}}
}

// limited applies the limits to one call; it returns retry_after in whole
// seconds (at least 1) when the call is refused, 0 when it may go. A
// refused call takes no token.
func (s *Server) limited(method string, p map[string]string) int {
	if !Limited(method) {
		return 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.limits
	if l == nil {
		return 0
	}
	now := time.Now()
	var wait time.Duration
	var chat *bucket
	if l.PerChat > 0 {
		chatID, _ := strconv.ParseInt(p["chat_id"], 10, 64)
		chat = l.chats[chatID]
		if chat == nil {
			chat = &bucket{}
			l.chats[chatID] = chat
		}
		wait = chat.take(now, l.PerChat, l.Burst)
	}
	if wait == 0 && l.Global > 0 {
		if wait = l.global.take(now, l.Global, l.GlobalBurst); wait > 0 && chat != nil {
			chat.give(l.Burst)
		}
	}
	if wait == 0 {
		return 0
	}
	s.refused++
	return max(1, int(math.Ceil(wait.Seconds())))
}

// Refused returns how many calls the limits refused with 429.
func (s *Server) Refused() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refused
}

// Forget drops what the fake keeps about chatID (its messages), so a long
// load run stays flat in memory; the chat's counts stay.
func (s *Server) Forget(chatID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.messages, chatID)
	if c, ok := s.chatWake[chatID]; ok {
		close(c)
		delete(s.chatWake, chatID)
	}
	if s.limits != nil {
		delete(s.limits.chats, chatID)
	}
}
