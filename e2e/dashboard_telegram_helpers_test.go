package e2e

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/bot/bottest"
	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/triage/triagetest"
)

// telegram is the Telegram channel of a consultEnv: the real channel on a
// fake Bot API, its updates handled by the env's dialogs engine, and the
// consult's deliveries sent through it.
type telegram struct {
	fake *telegramtest.Server
	tg   *bot.Telegram
}

func (ce *consultEnv) telegram(t testing.TB) *telegram {
	t.Helper()
	fake := telegramtest.NewServer(t)
	ch := bottest.Start(t, fake, ce.rd.Client(), ce.rd.Key("tg"), ce.engine, func(c *bot.Config) {
		c.Intake.Block = 100 * time.Millisecond
	})
	ce.sent.deliverVia(telegramNotifier{ch.Telegram})
	return &telegram{fake: fake, tg: ch.Telegram}
}

// telegramNotifier delivers as cmd's notifier does for Telegram.
type telegramNotifier struct{ tg *bot.Telegram }

func (n telegramNotifier) Notify(ctx context.Context, to relay.Recipient, replies []dialogs.Reply, bulk bool) error {
	if to.Conversation.Channel != dialogs.ChannelTelegram {
		return fmt.Errorf("%w: channel %s", relay.ErrUndeliverable, to.Conversation.Channel)
	}
	chat, err := strconv.ParseInt(to.Conversation.ID, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: %w", relay.ErrUndeliverable, err)
	}
	p := bot.Interactive
	if bulk {
		p = bot.Bulk
	}
	for _, r := range replies {
		if _, err := n.tg.Send(ctx, chat, r, p); err != nil {
			if errors.Is(err, bot.ErrBlocked) {
				return fmt.Errorf("%w: %w", relay.ErrUndeliverable, err)
			}
			return err
		}
	}
	return nil
}

// tap presses the button of m whose data contains part.
func (tg *telegram) tap(t testing.TB, u telegramtest.User, m telegramtest.Message, part string) {
	t.Helper()
	for _, row := range m.Buttons() {
		for _, b := range row {
			if b.CallbackData != "" && strings.Contains(b.CallbackData, part) {
				tg.fake.PushCallback(u, m.ID, b.CallbackData)
				return
			}
		}
	}
	t.Fatalf("no button with %q in %q", part, m.ReplyMarkup)
}

// toTriage walks u from /start through the words of an urgent problem a
// general practitioner takes (heat exhaustion) to the first triage
// question; it returns that message and its calm answer's data.
func (tg *telegram) toTriage(t testing.TB, u telegramtest.User) (telegramtest.Message, string) {
	t.Helper()
	tg.fake.PushText(u, "/start")
	sent := tg.fake.WaitSent(t, u.ID, 1)
	for _, part := range []string{":o:lang:" + u.LanguageCode, ":o:agree", ":o:m:doctor"} {
		tg.tap(t, u, sent[len(sent)-1], part)
		sent = tg.fake.WaitSent(t, u.ID, len(sent)+1)
	}
	tg.fake.PushText(u, map[string]string{"ar": "إجهاد حراري", "en": "heat exhaustion"}[u.LanguageCode])
	sent = tg.fake.WaitSent(t, u.ID, len(sent)+1)
	last := sent[len(sent)-1]
	data := calmTelegram(last)
	if data == "" {
		t.Fatalf("no triage question after the words: %q", last.Text)
	}
	return last, data
}

// answerToQueue presses calm answers from m on until the patient is told
// they are in the queue; it returns the time the last answer was pushed.
func (tg *telegram) answerToQueue(t testing.TB, u telegramtest.User, m telegramtest.Message, data string) time.Time {
	t.Helper()
	for range 20 {
		before := len(tg.fake.Sent(u.ID))
		at := time.Now()
		tg.fake.PushCallback(u, m.ID, data)
		sent := tg.fake.WaitSent(t, u.ID, before+1)
		m = sent[len(sent)-1]
		if data = calmTelegram(m); data == "" {
			return at
		}
	}
	t.Fatal("more than 20 questions")
	return time.Time{}
}

// calmTelegram picks the least worrying answer button of m, "" when m asks
// nothing.
func calmTelegram(m telegramtest.Message) string { return triagetest.Calm(m.CallbackData()) }
