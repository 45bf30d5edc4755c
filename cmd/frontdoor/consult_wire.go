package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
	"github.com/frontdoor-health/frontdoor/webchat"
)

// consultSettings are what the quick consult reads besides the stores.
type consultSettings struct {
	// Video makes the join links (the Jitsi provider); nil sends none and
	// the clinician writes in the chat instead.
	Video video.Provider
	// Appointments books follow-ups into the clinician's own slots and
	// gives Today its join links (wireBooking's parts.Appointments); nil
	// turns both off.
	Appointments *store.Appointments
}

// wireConsult turns on the quick consult (issue 5): in the dialogs engine
// (leaving the queue, adding to a case, the relay with the clinician, the
// closing and the rating, waiting-time estimates) over the case store
// wireTriage set; the web chat's push stream (chat.Pushes, so a clinician
// reaches web patients); and it returns the dashboard's part (the case
// page's video link, thread, messages and closing; the deliveries to
// patients and the waiting-time updates, which Dashboard.Run runs).
// notify reaches patients; give booking's reminders the same
// patientNotifier. Call it after wireTriage and wireBooking (whose
// Appointments book follow-ups), before engine.Validate and before
// serving: build (serve.go) makes the web chat server and notify first,
// then wireBooking, then wireConsult, and gives the result to
// newDashboard (Config.Consult); app.Run runs chat.Run, which wakes open
// chat pages.
func wireConsult(engine *dialogs.Engine, pg *store.Postgres, rd *store.Redis, chat *webchat.Server,
	notify reminders.Notifier, s consultSettings) (*dashboard.Consult, error) {
	cases, ok := engine.Cases.(store.TriageCases)
	if !ok {
		return nil, errors.New("consult: the engine's cases are not store.TriageCases (call wireTriage first)")
	}
	if notify == nil {
		return nil, errors.New("consult: no notifier to reach patients")
	}
	if err := engine.UseConsult(dialogs.Consult{Consults: cases}); err != nil {
		return nil, err
	}
	if chat != nil {
		chat.Pushes = rd
	}
	c := &dashboard.Consult{Store: pg, Patients: engine, Notifier: notify, Locker: rd, Video: s.Video}
	if s.Appointments != nil {
		c.Bookings = s.Appointments
	}
	return c, nil
}

// patientNotifier reaches patients outside a reply, through their
// channel: Telegram, at interactive priority or (bulk) below it, so that
// replies always overtake reminders; or the web chat's push stream. It is
// the process's one reminders.Notifier: the consult's messages (not bulk)
// and appointment reminders (bulk) both go through it. A patient who
// blocked the bot, a channel that is off, or a malformed conversation is
// reminders.ErrUndeliverable. Safe for concurrent use.
type patientNotifier struct {
	Telegram *bot.Telegram   // nil: no Telegram channel
	Web      *webchat.Server // nil (or no Pushes): no web pushes
}

var _ reminders.Notifier = patientNotifier{}

// Notify sends replies to, in order; see reminders.Notifier.
func (n patientNotifier) Notify(ctx context.Context, to reminders.Recipient, replies []dialogs.Reply, bulk bool) error {
	switch to.Conversation.Channel {
	case dialogs.ChannelTelegram:
		if n.Telegram == nil {
			break
		}
		chatID, err := strconv.ParseInt(to.Conversation.ID, 10, 64)
		if err != nil {
			return fmt.Errorf("%w: chat id: %w", reminders.ErrUndeliverable, err)
		}
		p := bot.Interactive
		if bulk {
			p = bot.Bulk
		}
		for _, r := range replies {
			if _, err := n.Telegram.Send(ctx, chatID, r, p); err != nil {
				if errors.Is(err, bot.ErrBlocked) {
					return fmt.Errorf("%w: %w", reminders.ErrUndeliverable, err)
				}
				return err
			}
		}
		return nil
	case dialogs.ChannelWeb:
		if n.Web == nil || n.Web.Pushes == nil {
			break
		}
		return n.Web.Push(ctx, to.Conversation.ID, replies)
	}
	return fmt.Errorf("%w: channel %q is off", reminders.ErrUndeliverable, to.Conversation.Channel)
}
