package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/store"
)

// telegramDeps is what every bot of the deployment shares.
type telegramDeps struct {
	Handler dialogs.Handler
	PG      *store.Postgres
	Redis   *store.Redis
	Text    *locales.Catalog
	Metrics *metrics.Metrics
	Log     *slog.Logger
}

// wireTelegram builds the deployment's bots: the first (TELEGRAM_TOKEN)
// and each of TELEGRAM_BOTS, sharing d. Each has its own Redis prefix
// (flow-control schedules and intake) and the configured limits as its
// own. It returns no bot without a token, and an error for a facility's
// bot whose facility the database does not have. The caller closes them.
func wireTelegram(ctx context.Context, cfg config.Config, d telegramDeps) (first *bot.Telegram, named map[string]*bot.Telegram, err error) {
	if cfg.TelegramToken == "" {
		return nil, nil, nil
	}
	for _, b := range cfg.Bots {
		if b.Facility == "" {
			continue
		}
		known, err := d.PG.Facilities().Known(ctx, b.Facility)
		if err != nil {
			return nil, nil, err
		}
		if !known {
			return nil, nil, fmt.Errorf("telegram bot %q: no facility has the code %q (FRONTDOOR_TELEGRAM_BOTS): add it on Set-up or with frontdoor import, or fix the code", b.Name, b.Facility)
		}
	}
	webhookURL := "" // the bots poll unless they have a webhook address
	if cfg.Webhook() {
		webhookURL = cfg.PublicURL
	}
	build := func(b config.Bot, prefix string) (*bot.Telegram, error) {
		name := b.Name
		return bot.New(bot.Config{
			Token:           b.Token,
			Name:            name,
			Lang:            b.Lang,
			Facility:        b.Facility,
			APIURL:          cfg.TelegramAPIURL,
			Handler:         d.Handler,
			Redis:           d.Redis.Client(),
			Prefix:          prefix,
			Text:            d.Text,
			Metrics:         d.Metrics,
			Log:             d.Log.With("bot", name),
			PublicURL:       webhookURL,
			WebhookSecret:   cfg.WebhookSecret,
			EmergencyNumber: cfg.EmergencyNumber,
			Shards:          cfg.Shards,
			Limits: bot.Limits{
				Global: cfg.TelegramRateGlobal, Bulk: cfg.TelegramRateBulk,
				PerChat: cfg.TelegramRateChat, PerGroup: cfg.TelegramRateGroup,
			},
			OnBlocked: func(ctx context.Context, chatID int64, blocked bool) error {
				return d.PG.Patients().SetBlocked(ctx, bot.ConversationOf(name, chatID), blocked)
			},
		})
	}
	if first, err = build(config.Bot{Token: cfg.TelegramToken}, d.Redis.Key("tg")); err != nil {
		return nil, nil, err
	}
	named = make(map[string]*bot.Telegram, len(cfg.Bots))
	for _, b := range cfg.Bots {
		tg, err := build(b, d.Redis.Key("tgbot:"+b.Name))
		if err != nil {
			first.Close()
			for _, o := range named {
				o.Close()
			}
			return nil, nil, err
		}
		named[b.Name] = tg
	}
	return first, named, nil
}
