package bot

import (
	"context"
	"sync"
	"time"
)

// How a pressed message is marked, and why it waits.
//
// Telegram counts an edit against the chat's budget (about one call a
// second, short bursts of three) just as it counts a message. A patient
// who taps once a second leaves room for one call per tap, and that call
// is the next question: it is sent first, at once. The pressed message is
// then marked — its keyboard replaced by "✓ <the label they chose>" under
// the question, so that an elderly patient scrolling back sees a plain
// trail of question and answer, and cannot tap an old answer again — but
// only from the chat's spare budget: when the patient has not written or
// tapped for tidyIdle and the chat has all its turns free, so that the
// mark leaves the next answer (often two messages) its turns. A quick tapper's
// marks follow as soon as they pause; a patient who reads before tapping
// gets each mark a moment after the next question, as before.
//
// The alternative, editing the pressed message in place into the next
// question (one call per step, always), was rejected for these patients:
// the buttons change under a finger that may tap twice, so a double tap
// would answer the next question; no new message arrives to notice; and
// the trail of answers is lost. Until its mark, an old keyboard is
// harmless: a second tap on the same button is a double tap (answered,
// ignored) and any other is a stale button (the current question is asked
// again).

const (
	// tidyKeep is how many chat turns a mark leaves free: the next
	// answer, which may be two messages.
	tidyKeep = 2
	// tidyFor is how long a mark waits for a spare turn before it is
	// given up (the keyboard then stays; pressing it is harmless).
	tidyFor = 2 * time.Minute
	// tidyMax bounds the marks waiting in one chat; older ones are dropped.
	tidyMax = 20
	// tidyIdle is how long the patient must have been quiet: a patient
	// tapping quickly needs every turn for the next questions.
	tidyIdle = 2 * time.Second
)

// mark is a pressed message to mark.
type mark struct {
	messageID int
	text      string
	since     time.Time
}

// tidier marks pressed messages from each chat's spare budget (see above).
// Marks live in this process only: one lost in a crash leaves a keyboard
// that is harmless to press. Safe for concurrent use.
type tidier struct {
	t   *Telegram
	ctx context.Context // ends when the channel closes

	mu    sync.Mutex
	chats map[int64]*tidyChat
}

type tidyChat struct {
	marks []mark
	seen  map[int]bool // message ids marked or waiting, so a message is marked once
	last  time.Time    // the patient's last update
}

// touch records that the patient of chatID just wrote or tapped.
func (d *tidier) touch(chatID int64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if c := d.chats[chatID]; c != nil {
		c.last = time.Now()
	}
}

func newTidier(ctx context.Context, t *Telegram) *tidier {
	return &tidier{t: t, ctx: ctx, chats: map[int64]*tidyChat{}}
}

// add queues the mark of a pressed message; a message already marked (or
// waiting) is left as it is, so a second press never re-marks it.
func (d *tidier) add(chatID int64, messageID int, text string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := d.chats[chatID]
	if c == nil {
		c = &tidyChat{seen: map[int]bool{}}
		d.chats[chatID] = c
		go d.run(chatID, c)
	}
	if c.seen[messageID] {
		return
	}
	c.seen[messageID] = true
	c.last = time.Now()
	c.marks = append(c.marks, mark{messageID: messageID, text: text, since: time.Now()})
	if len(c.marks) > tidyMax {
		c.marks = c.marks[len(c.marks)-tidyMax:]
	}
}

// run marks one chat's messages as spare turns come, oldest first, and
// forgets the chat once none waits.
func (d *tidier) run(chatID int64, c *tidyChat) {
	pause := time.Second / time.Duration(d.t.limits.PerChat)
	for {
		d.mu.Lock()
		for len(c.marks) > 0 && time.Since(c.marks[0].since) > tidyFor {
			c.marks = c.marks[1:]
		}
		if len(c.marks) == 0 || d.ctx.Err() != nil {
			delete(d.chats, chatID)
			d.mu.Unlock()
			return
		}
		m, idle := c.marks[0], time.Since(c.last)
		d.mu.Unlock()
		if idle < tidyIdle {
			// The patient is still tapping: nothing to do before they have
			// been quiet for tidyIdle, so sleep until then rather than poll.
			sleepCtx(d.ctx, max(pause, tidyIdle-idle))
			continue
		}
		if d.t.turns(d.ctx, chatID) > tidyKeep && d.t.spareTurn(d.ctx, chatID) {
			d.t.markPressed(d.ctx, chatID, m)
			d.mu.Lock()
			if len(c.marks) > 0 && c.marks[0].messageID == m.messageID {
				c.marks = c.marks[1:]
			}
			d.mu.Unlock()
			continue
		}
		if !sleepCtx(d.ctx, pause) {
			continue // the loop forgets the chat
		}
	}
}

// spareTurn takes the bot's turn and one of chatID's for a mark, in one
// round trip, only if tidyKeep chat turns stay free after it (see
// turnScript), and waits for it; false, taking nothing, when the chat has
// none to spare or Redis cannot say. One try: the tidier tries again.
func (t *Telegram) spareTurn(ctx context.Context, chatID int64) bool {
	since := time.Now()
	// The whole burst, without chatMargin: with tidyKeep turns kept, the
	// mark goes only once the chat's schedule has fully caught up.
	tu := turn{chatKey: t.chatRateKey(chatID), chatInterval: time.Second / time.Duration(t.limits.PerChat),
		chatBurst: float64(t.limits.ChatBurst), chatID: chatID, keep: tidyKeep}
	ok, d, err := t.takeTurn(ctx, tu, -1)
	if err != nil || !ok || !sleepCtx(ctx, d) {
		return false
	}
	return t.pacer.waitSince(ctx, Interactive, since) == nil
}

// markPressed edits a pressed message into its question and the chosen
// label, without a keyboard, in the bot's and the chat's turns the caller
// took. One try: a mark is not worth a retry, and a 429 is obeyed for the
// calls that are.
func (t *Telegram) markPressed(ctx context.Context, chatID int64, m mark) {
	t.rate.add(time.Now())
	info := &callInfo{}
	cctx, cancel := context.WithTimeout(context.WithValue(ctx, callInfoKey{}, info), t.cfg.SendTimeout)
	_, err := callAPI[ignored](cctx, t, "editMessageText", editMessageTextParams{ChatID: chatID, MessageID: m.messageID, Text: m.text})
	cancel()
	result, retryAfter := classify(err, info)
	t.cfg.Metrics.Sends.WithLabelValues(t.label, "editMessageText", result).Inc()
	switch result {
	case resultOK:
	case result429:
		t.hold(ctx, chatID, retryAfter)
	default:
		// Usually "message is not modified" or a message too old to edit.
		t.log.Info("bot: pressed message not marked", "result", result)
	}
}
