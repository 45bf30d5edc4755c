package dashboard

import (
	"fmt"
	"net/http"
)

// acceptReferral takes the referral for the reader: it leaves the other
// specialists' queues (one winner; the others are told it changed).
func (d *Dashboard) acceptReferral(w http.ResponseWriter, r *http.Request, a *account) {
	d.actOnReferral(w, r, a, "dash_ref_accepted", func(id int64) error {
		return d.cfg.Referrals.Store.Accept(r.Context(), a.ReferralScope(), a.actor(), id)
	})
}

// answerReferral records the reader's written answer; the referring
// clinician's dashboard announces it.
func (d *Dashboard) answerReferral(w http.ResponseWriter, r *http.Request, a *account) {
	d.actOnReferral(w, r, a, "dash_ref_answered", func(id int64) error {
		return d.cfg.Referrals.Store.Answer(r.Context(), a.ReferralScope(), a.actor(), id, r.PostFormValue("answer"))
	})
}

// declineReferral declines the referral with the reader's note.
func (d *Dashboard) declineReferral(w http.ResponseWriter, r *http.Request, a *account) {
	d.actOnReferral(w, r, a, "dash_ref_declined", func(id int64) error {
		return d.cfg.Referrals.Store.Decline(r.Context(), a.ReferralScope(), a.actor(), id, r.PostFormValue("answer"))
	})
}

// withdrawReferral withdraws the reader's own referral.
func (d *Dashboard) withdrawReferral(w http.ResponseWriter, r *http.Request, a *account) {
	d.actOnReferral(w, r, a, "dash_ref_withdrawn", func(id int64) error {
		return d.cfg.Referrals.Store.Withdraw(r.Context(), a.ReferralScope(), a.actor(), id)
	})
}

// actOnReferral runs one change on the path's referral and goes back to
// its page with done, or with what went wrong.
func (d *Dashboard) actOnReferral(w http.ResponseWriter, r *http.Request, a *account, done string, change func(id int64) error) {
	id, ok := caseID(r)
	if !ok {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	back := fmt.Sprintf("%s/%d", pathReferrals, id)
	if err := change(id); err != nil {
		d.referralFail(w, r, a, back, err)
		return
	}
	d.log.Info("dashboard: referral changed", "referral", id, "clinician", a.ID, "change", done)
	d.flashTo(w, r, back, done)
}
