package relay

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Recipient is whom a message outside a reply goes to.
type Recipient struct {
	PatientID    int64
	Conversation dialogs.ConversationKey
	Lang         string // "" if the patient never chose
}

// ErrUndeliverable is wrapped by a Notifier's error when the recipient
// can never be reached this way (they blocked the bot, their channel is
// off): the message is given up and not tried again.
var ErrUndeliverable = errors.New("relay: recipient cannot be reached")

// Notifier delivers messages to a patient outside a conversation turn.
// It must be safe for concurrent use and respect ctx.
type Notifier interface {
	// Notify sends replies, in order. bulk marks sends that must give way
	// to interactive replies (reminders and waiting-time updates are). An
	// error wrapping ErrUndeliverable is final; any other is retried later.
	Notify(ctx context.Context, to Recipient, replies []dialogs.Reply, bulk bool) error
}

// NotifierFunc adapts a function to Notifier.
type NotifierFunc func(ctx context.Context, to Recipient, replies []dialogs.Reply, bulk bool) error

// Notify calls f.
func (f NotifierFunc) Notify(ctx context.Context, to Recipient, replies []dialogs.Reply, bulk bool) error {
	return f(ctx, to, replies, bulk)
}

// Sender sends replies, in order, to one conversation (conv, the id within
// its channel) of one channel; bulk ones go below interactive replies
// where the channel has priorities. A patient the channel can never reach
// is ErrUndeliverable.
type Sender func(ctx context.Context, conv string, replies []dialogs.Reply, bulk bool) error

// Channels is the process's one Notifier: each channel that is on, by
// name (dialogs.ChannelTelegram, dialogs.ChannelWeb), with its sender; a
// channel with no sender is off. Adding a channel is one entry, made by
// cmd from the channel package. Safe for concurrent use once built.
type Channels map[string]Sender

var _ Notifier = Channels{}

// Notify sends replies through the sender of to's channel. A channel that
// is off is ErrUndeliverable.
func (c Channels) Notify(ctx context.Context, to Recipient, replies []dialogs.Reply, bulk bool) error {
	send, ok := c[to.Conversation.Channel]
	if !ok {
		return fmt.Errorf("%w: channel %q is off", ErrUndeliverable, to.Conversation.Channel)
	}
	return send(ctx, to.Conversation.ID, replies, bulk)
}
