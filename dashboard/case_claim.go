package dashboard

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// claim takes a case for the signed-in clinician. Of two clinicians
// claiming at once exactly one wins and goes to the case; the other is sent
// back to the queue and told that someone else took it. Every dashboard
// hears of the claim at once; with the consult on, so does the patient,
// with the clinician's name and the video link.
func (d *Dashboard) claim(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok || d.cfg.Cases == nil {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	ctx := r.Context()
	claim := d.cfg.Cases.ClaimCase
	if d.cfg.Consult != nil {
		// The claim also gives the case its video room, named here,
		// outside the transaction, and queues the patient's notice, in
		// the same transaction.
		claim = func(ctx context.Context, id int64, scope store.Scope) error {
			return d.cfg.Consult.Store.ClaimConsult(ctx, id, scope, video.NewRoom())
		}
	}
	err := claim(ctx, id, a.Scope)
	switch {
	case errors.Is(err, store.ErrAlreadyClaimed):
		d.log.Info("dashboard: claim lost", "case", id, "clinician", a.ID)
		d.sessions.Put(ctx, keyFlash, "dash_case_taken")
		http.Redirect(w, r, pathQueue, http.StatusSeeOther)
		return
	case err != nil:
		d.failWith(w, r, a, err)
		return
	}
	if d.cfg.Consult != nil {
		d.cfg.Consult.Relay.DeliverSoon(id)
	}
	d.log.Info("dashboard: case claimed", "case", id, "clinician", a.ID)
	d.sessions.Put(ctx, keyFlash, "dash_case_claimed")
	http.Redirect(w, r, fmt.Sprintf("/dashboard/cases/%d", id), http.StatusSeeOther)
}
