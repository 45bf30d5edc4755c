package dashboard

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
)

// Delivery timings: one case's delivery is bounded by deliverTimeout and
// holds its lock at most deliverLockTTL (a dead holder's frees itself);
// every sweepEvery, messages older than sweepAfter that are still not
// delivered (a channel failed, a process died) are tried again.
const (
	deliverTimeout = 30 * time.Second
	deliverLockTTL = 45 * time.Second
	deliverBatch   = 20
	sweepEvery     = 3 * time.Second
	sweepAfter     = 5 * time.Second
	sweepCases     = 50
)

// deliverSoon delivers case id's pending messages in the background, so
// the clinician's page does not wait for the patient's channel. A delivery
// cut short (the process stops) is finished by a sweep.
func (d *Dashboard) deliverSoon(caseID int64) {
	d.bgMu.Lock()
	if d.bgStopped {
		d.bgMu.Unlock()
		return
	}
	d.deliveries.Add(1)
	d.bgMu.Unlock()
	go func() {
		defer d.deliveries.Done()
		ctx, cancel := context.WithTimeout(context.Background(), deliverTimeout)
		defer cancel()
		if err := d.deliver(ctx, caseID); err != nil && ctx.Err() == nil {
			d.log.Warn("dashboard: deliver to patient", "case", caseID, "err", err)
		}
	}()
}

// deliver sends case id's pending messages to its patient, in order,
// under the case's lock: through the patient's conversation (which words
// them and moves on), then their channel. It stops at the first message
// that fails (to keep the order), except one that can never be delivered,
// which is given up. Open case pages hear that the thread changed.
func (d *Dashboard) deliver(ctx context.Context, caseID int64) error {
	c := d.cfg.Consult
	unlock, err := c.Locker.Lock(ctx, "consult:"+strconv.FormatInt(caseID, 10), deliverLockTTL)
	if err != nil {
		return fmt.Errorf("dashboard: lock case %d for delivery: %w", caseID, err)
	}
	defer func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		_ = unlock(ctx)
	}()
	var last *store.Outbound
	defer func() {
		if last != nil {
			d.announce(ctx, store.CaseEvent{Kind: store.EventCaseMessage, CaseID: caseID,
				FacilityID: last.FacilityID, Specialty: last.Specialty, Urgency: last.Urgency,
				ClinicianID: last.Clinician.ID})
		}
	}()
	for {
		batch, err := c.Store.Undelivered(ctx, caseID, deliverBatch)
		if err != nil || len(batch) == 0 {
			return err
		}
		for i := range batch {
			last = &batch[i]
			if err := d.deliverOne(ctx, batch[i]); err != nil {
				return err
			}
		}
	}
}

// deliverOne delivers one message and records the outcome.
func (d *Dashboard) deliverOne(ctx context.Context, o store.Outbound) error {
	c := d.cfg.Consult
	ev := dialogs.ConsultEvent{
		ID:           "case:" + strconv.FormatInt(o.CaseID, 10) + ":" + o.Kind + ":" + strconv.FormatInt(o.ID, 10),
		Conversation: o.Conversation, CaseID: o.CaseID, Urgency: o.Urgency, Clinician: o.Clinician,
	}
	switch o.Kind {
	case "claimed":
		ev.Kind = dialogs.ConsultClaimed
		link, _, err := c.links(ctx, consultCall(o.CaseID, o.PatientID, o.Room, o.ClaimedAt, o.Clinician))
		if err != nil {
			// The claim still goes out: the clinician can call or write.
			d.log.Error("dashboard: video link", "case", o.CaseID, "err", err)
		}
		ev.Link = link
	case dialogs.NoteText:
		ev.Kind, ev.Text = dialogs.ConsultMessage, o.Body
	case "closed":
		ev.Kind, ev.Disposition, ev.FollowUp = dialogs.ConsultClosed, o.Disposition, o.FollowUp
	default:
		d.log.Error("dashboard: message of unknown kind", "case", o.CaseID, "message", o.ID, "kind", o.Kind)
		return c.Store.DeliveryFailed(ctx, o.ID, true)
	}
	replies, err := c.Patients.HandleConsult(ctx, ev)
	if err == nil && len(replies) > 0 {
		to := reminders.Recipient{PatientID: o.PatientID, Conversation: o.Conversation, Lang: o.Lang}
		err = c.Notifier.Notify(ctx, to, replies, false)
	}
	switch {
	case errors.Is(err, reminders.ErrUndeliverable):
		d.log.Warn("dashboard: patient unreachable", "case", o.CaseID, "message", o.ID, "kind", o.Kind,
			"channel", o.Conversation.Channel)
		return c.Store.DeliveryFailed(ctx, o.ID, true)
	case err != nil:
		if ferr := c.Store.DeliveryFailed(ctx, o.ID, false); ferr != nil {
			d.log.Warn("dashboard: record failed delivery", "message", o.ID, "err", ferr)
		}
		return fmt.Errorf("dashboard: deliver message %d of case %d: %w", o.ID, o.CaseID, err)
	}
	d.log.Info("dashboard: delivered to patient", "case", o.CaseID, "message", o.ID, "kind", o.Kind,
		"channel", o.Conversation.Channel, "replies", len(replies))
	return c.Store.Delivered(ctx, o.ID)
}

// sweep retries the deliveries left pending until ctx ends.
func (d *Dashboard) sweep(ctx context.Context) {
	tick := time.NewTicker(d.sweepEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		ids, err := d.cfg.Consult.Store.CasesToDeliver(ctx, d.sweepAfter, sweepCases)
		if err != nil {
			if ctx.Err() == nil {
				d.log.Warn("dashboard: cases to deliver", "err", err)
			}
			continue
		}
		for _, id := range ids {
			dctx, cancel := context.WithTimeout(ctx, deliverTimeout)
			if err := d.deliver(dctx, id); err != nil && ctx.Err() == nil {
				d.log.Warn("dashboard: retry delivery", "case", id, "err", err)
			}
			cancel()
		}
	}
}

// announce tells every dashboard of e; a lost announcement only delays
// them to their next refresh.
func (d *Dashboard) announce(ctx context.Context, e store.CaseEvent) {
	if _, err := d.cfg.Events.PublishCaseEvent(ctx, e); err != nil {
		d.log.Warn("dashboard: announce case event", "case", e.CaseID, "kind", e.Kind, "err", err)
	}
}
