package relay

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
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

// DeliverSoon delivers case id's pending messages in the background, so
// the clinician's page does not wait for the patient's channel. A delivery
// cut short (the process stops) is finished by a sweep.
func (r *Relay) DeliverSoon(caseID int64) {
	r.mu.Lock()
	if r.stopped {
		r.mu.Unlock()
		return
	}
	r.deliveries.Add(1)
	r.mu.Unlock()
	go func() {
		defer r.deliveries.Done()
		ctx, cancel := context.WithTimeout(context.Background(), deliverTimeout)
		defer cancel()
		if err := r.deliver(ctx, caseID); err != nil && ctx.Err() == nil {
			r.log.Warn("relay: deliver to patient", "case", caseID, "err", err)
		}
	}()
}

// deliver sends case id's pending messages to its patient, in order,
// under the case's lock: through the patient's conversation (which words
// them and moves on), then their channel. It stops at the first message
// that fails (to keep the order), except one that can never be delivered,
// which is given up. Open case pages hear that the thread changed.
func (r *Relay) deliver(ctx context.Context, caseID int64) error {
	unlock, err := r.cfg.Locker.Lock(ctx, "consult:"+strconv.FormatInt(caseID, 10), deliverLockTTL)
	if err != nil {
		return fmt.Errorf("relay: lock case %d for delivery: %w", caseID, err)
	}
	defer func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		_ = unlock(ctx)
	}()
	var last *store.Outbound
	defer func() {
		if last != nil {
			r.cfg.Store.DeliveriesDone(ctx, *last)
		}
	}()
	for {
		batch, err := r.cfg.Store.Undelivered(ctx, caseID, deliverBatch)
		if err != nil || len(batch) == 0 {
			return err
		}
		for i := range batch {
			last = &batch[i]
			if err := r.deliverOne(ctx, batch[i]); err != nil {
				return err
			}
		}
	}
}

// deliverOne delivers one message and records the outcome.
func (r *Relay) deliverOne(ctx context.Context, o store.Outbound) error {
	ev := dialogs.ConsultEvent{
		ID:           "case:" + strconv.FormatInt(o.CaseID, 10) + ":" + o.Kind + ":" + strconv.FormatInt(o.ID, 10),
		Conversation: o.Conversation, CaseID: o.CaseID, Urgency: o.Urgency, Clinician: o.Clinician,
	}
	switch o.Kind {
	case "claimed":
		ev.Kind = dialogs.ConsultClaimed
		link, err := r.patientLink(ctx, o)
		if err != nil {
			// The claim still goes out: the clinician can call or write.
			r.log.Error("relay: video link", "case", o.CaseID, "err", err)
		}
		ev.Link = link
	case dialogs.NoteText:
		ev.Kind, ev.Text = dialogs.ConsultMessage, o.Body
	case "closed":
		ev.Kind, ev.Disposition, ev.FollowUp = dialogs.ConsultClosed, o.Disposition, o.FollowUp
	default:
		r.log.Error("relay: message of unknown kind", "case", o.CaseID, "message", o.ID, "kind", o.Kind)
		return r.cfg.Store.DeliveryFailed(ctx, o.ID, true)
	}
	replies, err := r.cfg.Patients.HandleConsult(ctx, ev)
	if err == nil && len(replies) > 0 {
		to := Recipient{PatientID: o.PatientID, Conversation: o.Conversation, Lang: o.Lang}
		err = r.cfg.Notifier.Notify(ctx, to, replies, false)
	}
	switch {
	case errors.Is(err, ErrUndeliverable):
		r.log.Warn("relay: patient unreachable", "case", o.CaseID, "message", o.ID, "kind", o.Kind,
			"channel", o.Conversation.Channel)
		return r.cfg.Store.DeliveryFailed(ctx, o.ID, true)
	case err != nil:
		if ferr := r.cfg.Store.DeliveryFailed(ctx, o.ID, false); ferr != nil {
			r.log.Warn("relay: record failed delivery", "message", o.ID, "err", ferr)
		}
		return fmt.Errorf("relay: deliver message %d of case %d: %w", o.ID, o.CaseID, err)
	}
	r.log.Info("relay: delivered to patient", "case", o.CaseID, "message", o.ID, "kind", o.Kind,
		"channel", o.Conversation.Channel, "replies", len(replies))
	return r.cfg.Store.Delivered(ctx, o.ID)
}

// sweep retries the deliveries left pending until ctx ends.
func (r *Relay) sweep(ctx context.Context) {
	tick := time.NewTicker(r.cfg.SweepEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		ids, err := r.cfg.Store.CasesToDeliver(ctx, r.cfg.SweepAfter, sweepCases)
		if err != nil {
			if ctx.Err() == nil {
				r.log.Warn("relay: cases to deliver", "err", err)
			}
			continue
		}
		for _, id := range ids {
			dctx, cancel := context.WithTimeout(ctx, deliverTimeout)
			if err := r.deliver(dctx, id); err != nil && ctx.Err() == nil {
				r.log.Warn("relay: retry delivery", "case", id, "err", err)
			}
			cancel()
		}
	}
}

// patientLink returns the patient's join link for claimed case o; "" without
// a video provider or a room.
func (r *Relay) patientLink(ctx context.Context, o store.Outbound) (string, error) {
	if r.cfg.Video == nil || o.Room == "" {
		return "", nil
	}
	l, err := r.cfg.Video.Links(ctx, video.Consult(o.CaseID, o.PatientID, o.Room, o.ClaimedAt, o.Clinician.ID, o.Clinician.Name(locales.Fallback)))
	if err != nil {
		return "", fmt.Errorf("relay: video link of case %d: %w", o.CaseID, err)
	}
	return l.Patient, nil
}
