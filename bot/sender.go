package bot

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Priority orders outbound messages when the bot is near its limits.
type Priority int

const (
	// Interactive is a reply to something the patient just did.
	Interactive Priority = iota
	// Bulk is anything else (reminders): it is held to Limits.Bulk, below
	// the bot's limit, so interactive replies always have room.
	Bulk
)

// Limits are the outbound rates, shared by every process using the same
// Redis and key prefix. Zero fields take the defaults (Telegram's).
type Limits struct {
	Global   int // messages a second for the whole bot (30)
	Bulk     int // messages a second for Bulk sends, within Global (20)
	PerChat  int // messages a second to one private chat (1)
	PerGroup int // messages a minute to one group (20)
	// ChatBurst is how many messages may go to a private chat at once
	// before PerChat spaces them (3): one answer is often two or three
	// messages (an emergency's advice, the number to call, what happens
	// next), and the third must not wait two seconds. Telegram accepts
	// such short bursts; it is the sustained rate it limits.
	ChatBurst int
}

func (l Limits) withDefaults() Limits {
	if l.Global <= 0 {
		l.Global = 30
	}
	if l.Bulk <= 0 {
		l.Bulk = l.Global * 2 / 3
	}
	l.Bulk = max(1, min(l.Bulk, l.Global))
	if l.PerChat <= 0 {
		l.PerChat = 1
	}
	if l.PerGroup <= 0 {
		l.PerGroup = 20
	}
	if l.ChatBurst <= 0 {
		l.ChatBurst = 3
	}
	return l
}

// ErrBlocked is returned when Telegram answers 403: the patient blocked the
// bot (or deleted their account). Retrying cannot help.
var ErrBlocked = errors.New("bot: the patient blocked the bot")

// ErrUnavailable wraps the last error of a call given up after its retries
// (Telegram unreachable or failing); trying again later may succeed.
var ErrUnavailable = errors.New("bot: telegram unavailable")

// maxAttempts bounds the tries of one call on 5xx and network errors;
// max429 bounds the waits on 429.
const (
	maxAttempts = 5
	max429      = 10
)

// Send sends r to chatID and returns the ids of the messages sent (more
// than one when the text is longer than MaxTextLen). r's Document, if any,
// goes as a file captioned with the text and carrying the buttons, in one
// call, when the text fits a caption (MaxCaptionLen); otherwise after the
// text, as a file of its own. The buttons go under the last part; a button
// with neither data nor URL, or with data over 64 bytes, is left out and
// logged. It waits for the rate limits, obeys retry_after, and retries 5xx
// and network errors with capped backoff; it returns ErrBlocked on 403, an
// error wrapping ErrUnavailable when it gave up, and Telegram's error on
// 400. A part whose answer was lost in transit (timeout after sending) is
// sent again: a rare duplicate beats a lost medical message. Safe for
// concurrent use.
func (t *Telegram) Send(ctx context.Context, chatID int64, r dialogs.Reply, p Priority) ([]int, error) {
	markup := t.markup(r)
	if r.Document != nil && r.Text != "" && len([]rune(r.Text)) <= MaxCaptionLen {
		// One call instead of two: Telegram counts each against the chat.
		id, err := t.sendDocument(ctx, chatID, *r.Document, r.Text, markup, p)
		if err != nil {
			return nil, err
		}
		return []int{id}, nil
	}
	parts := SplitText(r.Text, MaxTextLen)
	if len(parts) == 0 {
		parts = []string{"…"} // Telegram refuses empty text; keep the buttons
	}
	ids := make([]int, 0, len(parts)+1)
	for i, part := range parts {
		params := sendMessageParams{ChatID: chatID, Text: part}
		if i == len(parts)-1 && markup != nil {
			params.ReplyMarkup = markup
		}
		var msg sentMessage
		err := t.call(ctx, "sendMessage", chatID, p, func(ctx context.Context) (err error) {
			msg, err = callAPI[sentMessage](ctx, t, "sendMessage", params)
			return err
		})
		if err != nil {
			return ids, err
		}
		ids = append(ids, msg.ID)
	}
	if r.Document != nil {
		id, err := t.sendDocument(ctx, chatID, *r.Document, "", nil, p)
		if err != nil {
			return ids, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// MaxCaptionLen is Telegram's limit on a file's caption, in characters.
const MaxCaptionLen = 1024

// inlineKeyboard and inlineButton are sent instead of the library's types,
// whose copy_text field is not omitted when empty.
type inlineKeyboard struct {
	InlineKeyboard [][]inlineButton `json:"inline_keyboard"`
}

type inlineButton struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data,omitempty"`
	URL          string `json:"url,omitempty"`
}

// phoneKeyboard is the reply keyboard of a Reply's AskPhone or AskLocation:
// one button that sends the patient's own contact or where they are.
// removeKeyboard takes it away.
type phoneKeyboard struct {
	Keyboard        [][]phoneButton `json:"keyboard"`
	ResizeKeyboard  bool            `json:"resize_keyboard"`
	OneTimeKeyboard bool            `json:"one_time_keyboard"`
}

type phoneButton struct {
	Text            string `json:"text"`
	RequestContact  bool   `json:"request_contact,omitempty"`
	RequestLocation bool   `json:"request_location,omitempty"`
}

type removeKeyboard struct {
	RemoveKeyboard bool `json:"remove_keyboard"`
}

// markup is r's keyboard: its inline buttons; else the keyboard that sends
// a phone number (AskPhone) or the location (AskLocation), or none to take
// it away (EndPhoneAsk, EndLocationAsk); else nil. Telegram allows one of
// them per message.
func (t *Telegram) markup(r dialogs.Reply) models.ReplyMarkup {
	if kb := t.keyboard(r.Buttons); kb != nil {
		return kb
	}
	switch {
	case r.AskPhone != nil && r.AskPhone.Label != "":
		return &phoneKeyboard{Keyboard: [][]phoneButton{{{Text: r.AskPhone.Label, RequestContact: true}}},
			ResizeKeyboard: true, OneTimeKeyboard: true}
	case r.AskLocation != nil && r.AskLocation.Label != "":
		return &phoneKeyboard{Keyboard: [][]phoneButton{{{Text: r.AskLocation.Label, RequestLocation: true}}},
			ResizeKeyboard: true, OneTimeKeyboard: true}
	case r.EndPhoneAsk, r.EndLocationAsk:
		return &removeKeyboard{RemoveKeyboard: true}
	}
	return nil
}

// MaxCallbackData is Telegram's limit on a button's data, in bytes.
const MaxCallbackData = 64

func (t *Telegram) keyboard(rows [][]dialogs.Button) *inlineKeyboard {
	var kb inlineKeyboard
	for _, row := range rows {
		var out []inlineButton
		for _, b := range row {
			ok := b.Label != "" && (b.Data != "") != (b.URL != "") && len(b.Data) <= MaxCallbackData
			if !ok {
				t.log.Error("bot: button left out: it needs a label and either data of at most 64 bytes or a URL",
					"data_bytes", len(b.Data), "has_url", b.URL != "")
				continue
			}
			if b.URL != "" && !telegramURL(b.URL) {
				// Telegram refuses the whole message for one such button
				// (BUTTON_URL_INVALID); tel: links are for the web chat, and
				// the dialogs also write the number in the text.
				scheme, _, _ := strings.Cut(b.URL, ":")
				t.log.Debug("bot: button left out: Telegram opens only http, https and tg links", "scheme", scheme)
				continue
			}
			out = append(out, inlineButton{Text: b.Label, CallbackData: b.Data, URL: b.URL})
		}
		if len(out) > 0 {
			kb.InlineKeyboard = append(kb.InlineKeyboard, out)
		}
	}
	if len(kb.InlineKeyboard) == 0 {
		return nil
	}
	return &kb
}

// telegramURL reports whether Telegram accepts u in an inline button.
func telegramURL(u string) bool {
	parsed, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch strings.ToLower(parsed.Scheme) {
	case "https", "http":
		return parsed.Host != ""
	case "tg":
		return true
	}
	return false
}

// answerCallback stops the client's spinner. Telegram refuses a second
// answer or an old query with 400, which is fine.
func (t *Telegram) answerCallback(ctx context.Context, id string) error {
	return t.call(ctx, "answerCallbackQuery", 0, Interactive, func(ctx context.Context) error {
		_, err := callAPI[ignored](ctx, t, "answerCallbackQuery", answerCallbackQueryParams{CallbackQueryID: id})
		return err
	})
}

// call runs one Bot API call under the rate limits (when chatID is not 0:
// Telegram counts every call that sends or edits in a chat against that
// chat, so each takes a turn in the chat's budget) with Telegram's flow
// control and our retries, counting each try in Metrics.Sends.
func (t *Telegram) call(ctx context.Context, method string, chatID int64, p Priority, f func(context.Context) error) error {
	pause := 250 * time.Millisecond
	tries, waits := 0, 0
	for {
		if chatID != 0 {
			if err := t.wait(ctx, chatID, p, true); err != nil {
				return err
			}
			t.rate.add(time.Now())
		}
		info := &callInfo{}
		cctx, cancel := context.WithTimeout(context.WithValue(ctx, callInfoKey{}, info), t.cfg.SendTimeout)
		err := f(cctx)
		cancel()
		result, retryAfter := classify(err, info)
		if ctx.Err() != nil {
			result = resultCancelled
		}
		t.cfg.Metrics.Sends.WithLabelValues(t.label, method, result).Inc()
		switch {
		case result == resultOK:
			return nil
		case result == resultCancelled:
			return fmt.Errorf("bot: %s: %w", method, ctx.Err())
		case result == result403:
			if t.cfg.OnBlocked != nil && chatID != 0 {
				t.unblocked.forget(chatID)
				if err := t.cfg.OnBlocked(ctx, chatID, true); err != nil {
					t.log.Warn("bot: cannot record a patient who blocked the bot", "err", err)
				}
			}
			return fmt.Errorf("bot: %s: %w", method, ErrBlocked)
		case result == result429 && waits < max429:
			waits++
			t.hold(ctx, chatID, retryAfter)
			// Never before retry_after; a little jitter so that every
			// waiting sender does not come back in the same millisecond.
			if !sleepCtx(ctx, retryAfter+time.Duration(rand.IntN(200))*time.Millisecond) {
				return fmt.Errorf("bot: %s: %w", method, ctx.Err())
			}
			continue
		case retryable(result) && tries+1 < maxAttempts:
			tries++
			t.log.Warn("bot: call failed, retrying", "method", method, "result", result, "try", tries)
			if !sleepCtx(ctx, pause+time.Duration(rand.Int64N(int64(pause/2)))) {
				return fmt.Errorf("bot: %s: %w", method, ctx.Err())
			}
			pause = min(2*pause, 5*time.Second)
			continue
		case retryable(result) || result == result429:
			return fmt.Errorf("bot: %s: %w: %w", method, ErrUnavailable, err)
		}
		return fmt.Errorf("bot: %s: %w", method, err)
	}
}

// wait blocks until the limits allow one more call for chatID (perChat:
// one more call in the chat's own budget too). Each limit is a schedule
// shared by every process; the pacer spaces this process's calls.
//
// A bulk call first waits for its turn in the bulk schedule (Limits.Bulk,
// first come first served). Then every call takes its turn in the bot's
// schedule and the chat's together (see turnScript), the chat's for the
// moment the bot's comes, or nothing when the chat's is not free by then
// (it sleeps until it is, and tries again). A reply books the bot's
// schedule however far ahead it is; a bulk call only when its turn comes
// within one bot turn, or once it has waited bulkAgedAfter: so replies go
// before reminders, and a reminder due now waits a bounded time. One bulk
// call at a time in this process tries for the bot's turn, the others
// queue behind it here, not in Redis. Last, the pacer releases the calls
// of this process at the bot's rate, replies first, so nothing but the
// HTTP call lies between the pacer and Telegram.
//
// When Redis is unreachable only the pacer holds the message: Telegram's
// own 429 still protects the bot, and a patient's reply matters more.
func (t *Telegram) wait(ctx context.Context, chatID int64, p Priority, perChat bool) error {
	start := time.Now()
	t.cfg.Metrics.OutboundWaiting.WithLabelValues(t.label, p.String()).Inc()
	defer func() {
		t.cfg.Metrics.OutboundWaiting.WithLabelValues(t.label, p.String()).Dec()
		t.cfg.Metrics.OutboundWait.WithLabelValues(t.label, p.String()).Observe(time.Since(start).Seconds())
	}()
	var tu turn
	switch {
	case !perChat:
	case chatID < 0:
		tu = turn{chatKey: t.chatRateKey(chatID), chatInterval: time.Minute / time.Duration(t.limits.PerGroup), chatBurst: 1}
	default:
		tu = turn{chatKey: t.chatRateKey(chatID), chatInterval: time.Second / time.Duration(t.limits.PerChat),
			chatBurst: float64(t.limits.ChatBurst) - chatMargin, chatID: chatID}
	}
	since := start
	if p == Bulk {
		d, err := t.reserve(ctx, t.rateKey("bulk"), time.Second/time.Duration(t.limits.Bulk), 1)
		if err != nil {
			return t.unlimited(ctx, p, since, err)
		}
		if !sleepCtx(ctx, d) {
			return ctx.Err()
		}
		since = time.Now()
		// One bulk call of this process at a time asks for the bot's turn.
		select {
		case t.bulkHead <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	d, err := t.turn(ctx, tu, p, since)
	if p == Bulk {
		<-t.bulkHead
	}
	if err != nil {
		return t.unlimited(ctx, p, since, err)
	}
	if !sleepCtx(ctx, d) {
		return ctx.Err()
	}
	return t.pacer.waitSince(ctx, p, since)
}

// turn takes the call's turn (see wait) and returns how long until it.
func (t *Telegram) turn(ctx context.Context, tu turn, p Priority, since time.Time) (time.Duration, error) {
	botInterval := time.Second / time.Duration(t.limits.Global)
	for {
		horizon := time.Duration(-1)
		if p == Bulk && time.Since(since) < bulkAgedAfter {
			horizon = botInterval
		}
		ok, d, err := t.takeTurn(ctx, tu, horizon)
		if err != nil || ok {
			return d, err
		}
		if !sleepCtx(ctx, max(d, time.Millisecond)) {
			return 0, ctx.Err()
		}
	}
}

// unlimited lets a call go with only the pacer's spacing when the shared
// schedules are out of reach (err), unless ctx ended.
func (t *Telegram) unlimited(ctx context.Context, p Priority, since time.Time, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	t.log.Warn("bot: rate limiter unavailable, sending anyway", "err", err)
	return t.pacer.waitSince(ctx, p, since)
}

func (t *Telegram) chatRateKey(chatID int64) string {
	return t.rateKey("chat:" + strconv.FormatInt(chatID, 10))
}

// rateKey names one of the bot's flow-control schedules: "bot", "bulk" or
// a chat's. They share one hash tag because turnScript and holdScript
// take the bot's schedule and a chat's together and botBusy reads the
// bot's and the bulk one at once, which a Redis Cluster allows only within
// one slot. Every call takes the bot's schedule anyway, so keeping the
// chats' on its node adds no hot spot. The tag holds the bot's name so
// several bots' schedules spread over the nodes.
func (t *Telegram) rateKey(name string) string {
	tag := "{rate}"
	if t.cfg.Name != "" {
		tag = "{rate:" + t.cfg.Name + "}"
	}
	return t.cfg.Prefix + ":" + tag + ":" + name
}

// String names the priority in metrics.
func (p Priority) String() string {
	if p == Bulk {
		return "bulk"
	}
	return "interactive"
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return ctx.Err() == nil
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-tm.C:
		return true
	}
}
