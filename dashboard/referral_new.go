package dashboard

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// newReferralData is what templates/referral_new.html renders.
type newReferralData struct {
	Case, Appointment     int64
	CaseNumber, ApptLabel string
	Urgency               string
	Urgencies             []slotChoice
	// Targets are the specialties, each with "any facility" and the
	// facilities that offer it: one list, grouped by specialty, so that no
	// script is needed to narrow the facilities to the specialty chosen.
	Targets []referralTarget
}

// referralTarget is one specialty of the referral form's list; each
// choice's value is "<specialty>:<facility id>" (0: any facility).
type referralTarget struct {
	Label   string
	Choices []slotChoice
}

// referralSource reads the case and appointment a referral is made from
// (?case=, ?appointment= or the form's fields); ok is false when neither is
// a valid id.
func referralSource(get func(string) string) (caseID, apptID int64, ok bool) {
	caseID, _ = strconv.ParseInt(get("case"), 10, 64)
	apptID, _ = strconv.ParseInt(get("appointment"), 10, 64)
	return max(caseID, 0), max(apptID, 0), caseID > 0 || apptID > 0
}

// showNewReferral is the referral form, from a case (?case=) or an
// appointment (?appointment=): the specialty and facility (grouped by
// specialty: "any facility" first, then those that offer it), the urgency
// (?urgency=, the case's) and the question. Only
// clinicians refer; the store checks, when the form is sent, that the case
// or appointment is theirs to refer.
func (d *Dashboard) showNewReferral(w http.ResponseWriter, r *http.Request, a *account) {
	if a.Role != store.RoleClinician {
		d.fail(w, r, a, http.StatusForbidden)
		return
	}
	q := r.URL.Query()
	caseID, apptID, ok := referralSource(q.Get)
	if !ok {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	specialties, facilities, err := d.cfg.Referrals.Store.Targets(r.Context())
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	offers, err := d.cfg.Referrals.Store.Offers(r.Context())
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	t := tr{lang: a.Lang, text: d.cfg.Text}
	data := newReferralData{Case: caseID, Appointment: apptID, Urgency: q.Get("urgency")}
	if caseID > 0 {
		data.CaseNumber = numerals.Format(a.Lang, int(caseID))
	}
	if apptID > 0 {
		data.ApptLabel = numerals.Format(a.Lang, int(apptID))
	}
	if !slices.Contains(store.ReferralUrgencies, data.Urgency) {
		data.Urgency = "routine"
	}
	for _, u := range store.ReferralUrgencies {
		data.Urgencies = append(data.Urgencies, slotChoice{Value: u, Label: t.T("dash_urgency_" + u)})
	}
	names := map[int64]string{}
	for _, f := range facilities {
		names[f.ID] = f.Names.In(a.Lang)
	}
	for _, s := range specialties {
		name := s.Name(a.Lang)
		target := referralTarget{Label: name, Choices: []slotChoice{
			{Value: s.Code + ":0", Label: t.D("dash_ref_target_any", "Specialty", name)},
		}}
		for _, id := range offers[s.Code] {
			target.Choices = append(target.Choices, slotChoice{Value: s.Code + ":" + strconv.FormatInt(id, 10), Label: names[id]})
		}
		data.Targets = append(data.Targets, target)
	}
	d.render(w, http.StatusOK, "referral_new", d.view(r, a, "referrals", data))
}

// createReferral makes the referral the form describes and shows it.
func (d *Dashboard) createReferral(w http.ResponseWriter, r *http.Request, a *account) {
	if a.Role != store.RoleClinician {
		d.fail(w, r, a, http.StatusForbidden)
		return
	}
	caseID, apptID, ok := referralSource(r.PostFormValue)
	specialty, facilityText, _ := strings.Cut(r.PostFormValue("target"), ":")
	facility, err := strconv.ParseInt(facilityText, 10, 64)
	if !ok || err != nil || facility < 0 {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	id, err := d.cfg.Referrals.Store.Create(r.Context(), store.NewReferral{
		Scope: a.Scope, Actor: a.actor(), Case: caseID, Appointment: apptID,
		Specialty: specialty, Facility: facility,
		Urgency: r.PostFormValue("urgency"), Question: r.PostFormValue("question"),
	})
	if errors.Is(err, store.ErrInvalidReferral) {
		again := url.Values{"urgency": {r.PostFormValue("urgency")}}
		if caseID > 0 {
			again.Set("case", fmt.Sprint(caseID))
		}
		if apptID > 0 {
			again.Set("appointment", fmt.Sprint(apptID))
		}
		d.flashTo(w, r, pathReferrals+"/new?"+again.Encode(), "dash_ref_invalid")
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: referral made", "referral", id, "clinician", a.ID, "case", caseID, "appointment", apptID)
	d.flashTo(w, r, fmt.Sprintf("%s/%d", pathReferrals, id), "dash_ref_sent")
}
