package relay

import (
	"context"
	"fmt"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// Waiting-time updates: every waitEvery the waiting cases' figures are
// read afresh (clinicians come and go without events, so this looks
// rather than listens); a patient hears a new estimate only when it
// changed meaningfully (dialogs.WaitFigures.ChangedFrom) and at most every
// waitGap (waitNextGap when they just became next). Every process looks;
// the store lets one of them tell each patient.
const (
	waitEvery   = 5 * time.Second
	waitGap     = 2 * time.Minute
	waitNextGap = 30 * time.Second
	waitCases   = 200
)

// tellWaits keeps waiting patients told until ctx ends.
func (r *Relay) tellWaits(ctx context.Context) {
	tick := time.NewTicker(r.cfg.WaitEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if err := r.updateWaits(ctx); err != nil && ctx.Err() == nil {
			r.log.Warn("relay: waiting-time updates", "err", err)
		}
	}
}

// updateWaits tells each waiting patient whose estimate changed enough.
func (r *Relay) updateWaits(ctx context.Context) error {
	ws, err := r.cfg.Store.WaitingCases(ctx, waitCases)
	if err != nil {
		return err
	}
	now := time.Now()
	for _, w := range ws {
		// A patient never told an estimate hears one from their own
		// conversation first.
		if w.Told == nil || !w.Figures.ChangedFrom(*w.Told) {
			continue
		}
		gap := waitGap
		if w.Figures.Position == 1 {
			gap = waitNextGap
		}
		if w.ToldAt != nil && now.Sub(*w.ToldAt) < gap {
			continue
		}
		if err := r.tellWait(ctx, w); err != nil {
			r.log.Warn("relay: waiting-time update", "case", w.CaseID, "err", err)
		}
	}
	return nil
}

// tellWait claims the update of w (one process tells the patient) and
// sends it, at bulk priority: it must never hold up a reply.
func (r *Relay) tellWait(ctx context.Context, w store.WaitingCase) error {
	mine, err := r.cfg.Store.ClaimWaitUpdate(ctx, w, w.Figures)
	if err != nil || !mine {
		return err
	}
	ev := dialogs.ConsultEvent{
		ID:           fmt.Sprintf("case:%d:wait:%d", w.CaseID, time.Now().UnixMilli()),
		Conversation: w.Conversation, CaseID: w.CaseID, Kind: dialogs.ConsultWait, Wait: w.Figures,
	}
	replies, err := r.cfg.Patients.HandleConsult(ctx, ev)
	if err != nil || len(replies) == 0 {
		return err
	}
	if err := r.cfg.Notifier.Notify(ctx, Recipient{Conversation: w.Conversation}, replies, true); err != nil {
		return err
	}
	r.log.Info("relay: waiting-time update", "case", w.CaseID, "position", w.Figures.Position,
		"online", w.Figures.Online, "busy", w.Figures.Busy)
	return nil
}
