package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/webchat"
)

// newChannels gives each channel that is on its sender: Telegram when tg
// is not nil (with the deployment's named bots beside it), the web chat's
// push stream when web is not nil. The result is the process's one
// relay.Notifier: the consult's messages (not bulk) and appointment
// reminders (bulk) both go through it. Adding a channel is one sender here
// and one line below.
func newChannels(tg *bot.Telegram, named map[string]*bot.Telegram, web *webchat.Server) relay.Channels {
	n := relay.Channels{}
	if tg != nil {
		n[dialogs.ChannelTelegram] = telegramSender(tg, named)
	}
	if web != nil {
		n[dialogs.ChannelWeb] = webSender(web)
	}
	return n
}

// telegramSender sends through the bot the patient wrote to (a named
// bot's conversations are "<name>:<chat id>"), at interactive priority or
// (bulk) below it, so that replies always overtake reminders. A patient
// who blocked the bot, or wrote to a bot that is off, is undeliverable.
func telegramSender(first *bot.Telegram, named map[string]*bot.Telegram) relay.Sender {
	return func(ctx context.Context, conv string, replies []dialogs.Reply, bulk bool) error {
		name, chatID, err := bot.ParseConversation(dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: conv})
		if err != nil {
			return fmt.Errorf("%w: %w", relay.ErrUndeliverable, err)
		}
		tg := first
		if name != "" {
			tg = named[name]
		}
		if tg == nil {
			return fmt.Errorf("%w: bot %q is off", relay.ErrUndeliverable, name)
		}
		p := bot.Interactive
		if bulk {
			p = bot.Bulk
		}
		for _, r := range replies {
			if _, err := tg.Send(ctx, chatID, r, p); err != nil {
				if errors.Is(err, bot.ErrBlocked) {
					return fmt.Errorf("%w: %w", relay.ErrUndeliverable, err)
				}
				return err
			}
		}
		return nil
	}
}

// webSender pushes to the web chat's open pages; the web chat has no
// priorities, so bulk is ignored.
func webSender(web *webchat.Server) relay.Sender {
	return func(ctx context.Context, conv string, replies []dialogs.Reply, _ bool) error {
		return web.Push(ctx, conv, replies)
	}
}
