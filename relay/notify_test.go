package relay_test

import (
	"context"
	"errors"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
)

// TestChannelsOff: a channel with no sender is off, and a patient on it
// can never be reached (the message is given up, not retried).
func TestChannelsOff(t *testing.T) {
	ctx := context.Background()
	for _, to := range []dialogs.ConversationKey{
		{Channel: dialogs.ChannelTelegram, ID: "42"},
		{Channel: dialogs.ChannelWeb, ID: "s1"},
		{Channel: "sms", ID: "1"},
	} {
		err := relay.Channels{}.Notify(ctx, relay.Recipient{Conversation: to}, []dialogs.Reply{{Text: "a"}}, true)
		if !errors.Is(err, relay.ErrUndeliverable) {
			t.Errorf("%s with no channel on: %v, want ErrUndeliverable", to.Channel, err)
		}
	}
}

// TestChannelsRoute: each conversation goes to its own channel's sender,
// with its id within the channel and its priority.
func TestChannelsRoute(t *testing.T) {
	var got []string
	record := func(name string) relay.Sender {
		return func(_ context.Context, conv string, replies []dialogs.Reply, bulk bool) error {
			got = append(got, name+" "+conv+" "+replies[0].Text+map[bool]string{true: " bulk", false: ""}[bulk])
			return nil
		}
	}
	c := relay.Channels{dialogs.ChannelTelegram: record("tg"), dialogs.ChannelWeb: record("web")}
	ctx := context.Background()
	_ = c.Notify(ctx, relay.Recipient{Conversation: dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "s1"}}, []dialogs.Reply{{Text: "a"}}, false)
	_ = c.Notify(ctx, relay.Recipient{Conversation: dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "42"}}, []dialogs.Reply{{Text: "b"}}, true)
	if want := []string{"web s1 a", "tg 42 b bulk"}; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("sent %q, want %q", got, want)
	}
}
