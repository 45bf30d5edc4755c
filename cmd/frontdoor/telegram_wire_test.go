package main

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

type silent struct{}

func (silent) Handle(context.Context, dialogs.Input) ([]dialogs.Reply, error) { return nil, nil }

// TestSeveralBots: serve builds one bot per token, each with its own
// webhook path and Redis keys, and whatever reaches a patient later (a
// reminder, a clinician's message) goes through the bot they wrote to.
func TestSeveralBots(t *testing.T) {
	first, second := telegramtest.NewServer(t), telegramtest.NewServer(t)
	rd := storetest.NewRedis(t)
	pg := storetest.NewPostgres(t)
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	deps := telegramDeps{Handler: silent{}, PG: pg, Redis: rd, Text: text, Metrics: metrics.New(), Log: slog.New(slog.DiscardHandler)}
	cfg := config.Config{TelegramToken: telegramtest.Token, TelegramAPIURL: first.URL, Shards: 2,
		Bots:               []config.Bot{{Name: "riyadh", Token: "2:riyadh"}},
		TelegramRateGlobal: 30, TelegramRateBulk: 20, TelegramRateChat: 1, TelegramRateGroup: 20}
	tg, named, err := wireTelegram(context.Background(), cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	defer tg.Close()
	riyadh := named["riyadh"]
	if riyadh == nil || riyadh.Name() != "riyadh" || riyadh.WebhookPath() != "/telegram/riyadh/webhook" || tg.WebhookPath() != bot.WebhookPath {
		t.Fatalf("bots %v: want the first at %s and riyadh at /telegram/riyadh/webhook", named, bot.WebhookPath)
	}
	riyadh.Close()

	// Riyadh on a Bot API of its own: the fake knows one token.
	cfg.TelegramToken, cfg.TelegramAPIURL = "1:unused", second.URL
	cfg.Bots = []config.Bot{{Name: "riyadh", Token: telegramtest.Token}}
	unused, named, err := wireTelegram(context.Background(), cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	unused.Close()
	riyadh = named["riyadh"]
	defer riyadh.Close()
	n := newChannels(tg, map[string]*bot.Telegram{"riyadh": riyadh}, nil)
	ctx := context.Background()
	send := func(to dialogs.ConversationKey, text string) error {
		return n.Notify(ctx, relay.Recipient{Conversation: to}, []dialogs.Reply{{Text: text}}, true)
	}
	if err := send(bot.ConversationOf("riyadh", 42), "to riyadh"); err != nil {
		t.Fatal(err)
	}
	if err := send(bot.ConversationOf("", 42), "to the first"); err != nil {
		t.Fatal(err)
	}
	if a, b := first.Sent(42), second.Sent(42); len(a) != 1 || a[0].Text != "to the first" || len(b) != 1 || b[0].Text != "to riyadh" {
		t.Errorf("the first bot sent %+v, riyadh %+v", a, b)
	}
	if err := send(bot.ConversationOf("jeddah", 42), "to no bot"); !errors.Is(err, relay.ErrUndeliverable) {
		t.Errorf("to a bot that is off: %v, want ErrUndeliverable", err)
	}
}

// A facility's bot must name a facility the database has: an operator's
// typo stops serve at start-up, saying which bot and which code, rather
// than sending that bot's patients to no facility.
func TestAFacilityBotNeedsItsFacility(t *testing.T) {
	api := telegramtest.NewServer(t)
	pg := storetest.NewPostgres(t)
	ctx := context.Background()
	if _, err := pg.Pool().Exec(ctx, `INSERT INTO facilities (code, names, city) VALUES ('makkah_ajyad', jsonb_build_object('ar', 'أجياد'::text, 'en', 'Ajyad'::text), 'makkah')`); err != nil {
		t.Fatal(err)
	}
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	deps := telegramDeps{Handler: silent{}, PG: pg, Redis: storetest.NewRedis(t), Text: text, Metrics: metrics.New(), Log: slog.New(slog.DiscardHandler)}
	cfg := config.Config{TelegramToken: telegramtest.Token, TelegramAPIURL: api.URL, Shards: 1,
		Bots:               []config.Bot{{Name: "ajyad", Token: "2:ajyad", Facility: "makkah_ajyd"}},
		TelegramRateGlobal: 30, TelegramRateBulk: 20, TelegramRateChat: 1, TelegramRateGroup: 20}
	if _, _, err := wireTelegram(ctx, cfg, deps); err == nil || !strings.Contains(err.Error(), `"ajyad"`) || !strings.Contains(err.Error(), `"makkah_ajyd"`) {
		t.Fatalf("a bot for a facility that does not exist: %v, want an error naming the bot and the code", err)
	}
	cfg.Bots[0].Facility = "makkah_ajyad"
	first, named, err := wireTelegram(ctx, cfg, deps)
	if err != nil {
		t.Fatalf("a bot for a facility that exists: %v", err)
	}
	first.Close()
	named["ajyad"].Close()
}
