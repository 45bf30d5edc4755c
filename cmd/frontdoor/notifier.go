package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/webchat"
)

// channelSender sends replies, in order, to one conversation (conv) of its
// channel; bulk ones go below interactive replies where the channel has
// priorities. A patient the channel can never reach is
// reminders.ErrUndeliverable.
type channelSender func(ctx context.Context, conv string, replies []dialogs.Reply, bulk bool) error

// patientNotifier reaches patients outside a reply, through the sender of
// their conversation's channel; a channel with no sender is off. It is the
// process's one reminders.Notifier: the consult's messages (not bulk) and
// appointment reminders (bulk) both go through it. Adding a channel is one
// sender here and one line in newPatientNotifier. Safe for concurrent use
// once built.
type patientNotifier map[string]channelSender

var _ reminders.Notifier = patientNotifier{}

// newPatientNotifier gives each channel that is on its sender: Telegram
// when tg is not nil (with the deployment's named bots beside it), the web
// chat's push stream when web is not nil.
func newPatientNotifier(tg *bot.Telegram, named map[string]*bot.Telegram, web *webchat.Server) patientNotifier {
	n := patientNotifier{}
	if tg != nil {
		n[dialogs.ChannelTelegram] = telegramSender(tg, named)
	}
	if web != nil {
		n[dialogs.ChannelWeb] = webSender(web)
	}
	return n
}

// Notify sends replies to, in order; see reminders.Notifier. A channel
// that is off, or a malformed conversation, is reminders.ErrUndeliverable.
func (n patientNotifier) Notify(ctx context.Context, to reminders.Recipient, replies []dialogs.Reply, bulk bool) error {
	send, ok := n[to.Conversation.Channel]
	if !ok {
		return channelOff(to.Conversation.Channel)
	}
	return send(ctx, to.Conversation.ID, replies, bulk)
}

func channelOff(channel string) error {
	return fmt.Errorf("%w: channel %q is off", reminders.ErrUndeliverable, channel)
}

// telegramSender sends through the bot the patient wrote to (a named
// bot's conversations are "<name>:<chat id>"), at interactive priority or
// (bulk) below it, so that replies always overtake reminders. A patient
// who blocked the bot, or wrote to a bot that is off, is undeliverable.
func telegramSender(first *bot.Telegram, named map[string]*bot.Telegram) channelSender {
	return func(ctx context.Context, conv string, replies []dialogs.Reply, bulk bool) error {
		name, chatID, err := bot.ParseConversation(dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: conv})
		if err != nil {
			return fmt.Errorf("%w: %w", reminders.ErrUndeliverable, err)
		}
		tg := first
		if name != "" {
			tg = named[name]
		}
		if tg == nil {
			return fmt.Errorf("%w: bot %q is off", reminders.ErrUndeliverable, name)
		}
		p := bot.Interactive
		if bulk {
			p = bot.Bulk
		}
		for _, r := range replies {
			if _, err := tg.Send(ctx, chatID, r, p); err != nil {
				if errors.Is(err, bot.ErrBlocked) {
					return fmt.Errorf("%w: %w", reminders.ErrUndeliverable, err)
				}
				return err
			}
		}
		return nil
	}
}

// webSender pushes to the web chat's open pages. The server's push stream
// is given by wireConsult, after the notifier is made, so it is looked at
// on each send: without one, the channel is off.
func webSender(web *webchat.Server) channelSender {
	return func(ctx context.Context, conv string, replies []dialogs.Reply, _ bool) error {
		if web.Pushes == nil {
			return channelOff(dialogs.ChannelWeb)
		}
		return web.Push(ctx, conv, replies)
	}
}
