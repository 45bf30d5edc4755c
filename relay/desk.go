package relay

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// DeskWords words a change made at the coordinator's desk for the patient
// (*dialogs.Engine).
type DeskWords interface {
	RenderDeskChange(c dialogs.DeskChange) []dialogs.Reply
}

// DeskNotices tells a patient at once, in their language and on their
// channel, that the clinic moved or cancelled their appointment: the
// dashboard's desk calls it after the change committed (the store has
// already dropped the old reminders and planned the new ones). It goes
// through the same Notifier as reminders and the consult's messages, as an
// interactive send. Safe for concurrent use.
type DeskNotices struct {
	Words    DeskWords
	Notifier Notifier
	// Links makes the patient's join link of a referral's joint session,
	// sent as a button with the notice; nil sends none (the reminders
	// bring it).
	Links dialogs.VideoLinks
	// Now is the clock the message is worded at; default time.Now.
	Now func() time.Time
}

// AppointmentChanged sends n's change to its patient. An error wrapping
// ErrUndeliverable means the patient cannot be reached this way (the
// coordinator should call them); the change stands either way.
func (d DeskNotices) AppointmentChanged(ctx context.Context, n store.DeskNotice) error {
	if d.Words == nil || d.Notifier == nil {
		return errors.New("relay: desk notices need Words and a Notifier")
	}
	now := time.Now
	if d.Now != nil {
		now = d.Now
	}
	replies := d.Words.RenderDeskChange(dialogs.DeskChange{
		Lang: n.Lang, Digits: n.Digits, Zone: n.Zone, Appointment: n.Appointment, Was: n.Was, Now: now(),
	})
	to := Recipient{PatientID: n.Appointment.PatientID, Conversation: n.Conversation, Lang: n.Lang}
	if err := d.Notifier.Notify(ctx, to, replies, false); err != nil {
		return fmt.Errorf("relay: tell patient %d of appointment %d: %w", n.Appointment.PatientID, n.Appointment.ID, err)
	}
	return nil
}

// JointSessionBooked tells the patient of a specialist referral that their
// doctor and the specialist booked a joint video session with them, with
// their join link, as AppointmentChanged tells a booking (same errors).
func (d DeskNotices) JointSessionBooked(ctx context.Context, js store.JointSession) error {
	if d.Words == nil || d.Notifier == nil {
		return errors.New("relay: desk notices need Words and a Notifier")
	}
	now := time.Now
	if d.Now != nil {
		now = d.Now
	}
	c := dialogs.DeskChange{Lang: js.Lang, Digits: js.Digits, Appointment: js.Appointment, Now: now(), Referrer: &js.Referrer}
	if d.Links != nil {
		link, err := d.Links.PatientLink(ctx, js.Appointment)
		if err != nil {
			return fmt.Errorf("relay: join link of joint session %d: %w", js.Appointment.ID, err)
		}
		c.Link = link
	}
	to := Recipient{PatientID: js.Appointment.PatientID, Conversation: js.Conversation, Lang: js.Lang}
	if err := d.Notifier.Notify(ctx, to, d.Words.RenderDeskChange(c), false); err != nil {
		return fmt.Errorf("relay: tell patient %d of joint session %d: %w", js.Appointment.PatientID, js.Appointment.ID, err)
	}
	return nil
}
