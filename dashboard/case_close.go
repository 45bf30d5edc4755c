package dashboard

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// closeCase closes a consult with its disposition and notes, after booking
// the follow-up when the clinician chose one of their slots. The patient is
// told the outcome, in their language, and asked to rate the consult.
func (d *Dashboard) closeCase(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok || d.cfg.Consult == nil {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	ctx := r.Context()
	back := fmt.Sprintf("/dashboard/cases/%d", id)
	req := store.CloseRequest{
		Disposition: r.PostFormValue("disposition"),
		Notes:       strings.TrimSpace(r.PostFormValue("notes")),
	}
	slot := r.PostFormValue("slot")
	switch {
	case !slices.Contains(dialogs.Dispositions(), req.Disposition):
		d.flashTo(w, r, back+"#close", "dash_close_choose")
		return
	case slot != "" && req.Disposition != dialogs.DispositionFollowUp:
		d.flashTo(w, r, back+"#close", "dash_close_slot_needs_follow_up")
		return
	}
	if slot != "" {
		apptID, flash, err := d.bookFollowUp(r, a, id, slot)
		switch {
		case err != nil:
			d.failWith(w, r, a, err)
			return
		case flash != "":
			d.flashTo(w, r, back+"#close", flash)
			return
		}
		req.FollowUpID = apptID
	}
	err := d.cfg.Consult.Store.CloseConsult(ctx, id, a.Scope, req)
	switch {
	case errors.Is(err, dialogs.ErrCaseChanged):
		d.flashTo(w, r, back, "dash_consult_not_open")
		return
	case err != nil:
		d.failWith(w, r, a, err)
		return
	}
	d.cfg.Consult.Relay.DeliverSoon(id)
	d.log.Info("dashboard: case closed", "case", id, "clinician", a.ID, "disposition", req.Disposition,
		"follow_up", req.FollowUpID)
	d.flashTo(w, r, back, "dash_consult_closed")
}

// bookFollowUp books the slot the form names for the case's patient; a
// flash message id says why it could not (a slot taken meanwhile).
func (d *Dashboard) bookFollowUp(r *http.Request, a *account, id int64, value string) (int64, string, error) {
	b := d.cfg.Consult.Bookings
	s, ok := parseSlot(value)
	if b == nil || !ok || int64(s.Clinician) != a.ID {
		return 0, "dash_close_slot_taken", nil
	}
	ctx := r.Context()
	v, err := d.cfg.Consult.Store.CaseConsult(ctx, id, a.Scope, false)
	switch {
	case err != nil:
		return 0, "", err
	case v.Status != dialogs.CaseClaimed || v.ClaimedBy != a.ID:
		return 0, "dash_consult_not_open", nil
	}
	appt, err := b.Book(ctx, dialogs.BookRequest{PatientID: v.PatientID, Specialty: followUpSpecialty(a, v.Specialty), Slot: s})
	switch {
	case errors.Is(err, dialogs.ErrSlotTaken), errors.Is(err, dialogs.ErrPatientBusy):
		return 0, "dash_close_slot_taken", nil
	case err != nil:
		return 0, "", err
	}
	d.log.Info("dashboard: follow-up booked", "case", id, "clinician", a.ID, "appointment", appt.ID)
	return appt.ID, "", nil
}
