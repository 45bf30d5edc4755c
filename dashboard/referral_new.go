package dashboard

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// newReferralData is what templates/referral_new.html renders.
type newReferralData struct {
	Case, Appointment     int64
	CaseNumber, ApptLabel string
	Urgency               string
	Urgencies             []slotChoice
	Specialties           []slotChoice
	Facilities            []pick
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
// appointment (?appointment=): the specialty, the facility ("any facility"
// first), the urgency (?urgency=, the case's) and the question. Only
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
	for _, s := range specialties {
		data.Specialties = append(data.Specialties, slotChoice{Value: s.Code, Label: s.Name(a.Lang)})
	}
	for _, f := range facilities {
		data.Facilities = append(data.Facilities, pick{f.ID, f.Names.In(a.Lang)})
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
	facility, err := strconv.ParseInt(r.PostFormValue("facility"), 10, 64)
	if !ok || err != nil || facility < 0 {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	id, err := d.cfg.Referrals.Store.Create(r.Context(), store.NewReferral{
		Scope: a.Scope, Actor: a.actor(), Case: caseID, Appointment: apptID,
		Specialty: r.PostFormValue("specialty"), Facility: facility,
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
