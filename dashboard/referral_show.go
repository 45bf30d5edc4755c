package dashboard

import (
	"net/http"
	"slices"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// referralData is what templates/referral.html renders.
type referralData struct {
	referralRow
	Question, Answer, Created string
	CaseID                    int64 // the case it was made from, 0: none
	CaseLink                  bool  // the reader may open the case itself
	Case                      *caseData
	// What the reader may do now.
	CanAccept, CanAnswer, CanWithdraw bool
	Session                           *sessionData
}

// sessionData is a referral's joint session as one of its clinicians sees
// it: when, and the reader's own join link (the specialist's as the call's
// moderator, the referring clinician's as its guest).
type sessionData struct {
	When, Link string
	Cancelled  bool
	// Changed says the coordinator's desk moved or cancelled it, and
	// when; "" when it did not.
	Changed string
}

// showReferral renders one referral with the case summary that travels
// with it; reading it writes the audit row (the store's View), and the
// referring clinician's reading marks its news seen. A referral the reader
// may not see is 404, like one that does not exist.
func (d *Dashboard) showReferral(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	ref, err := d.cfg.Referrals.Store.View(r.Context(), a.ReferralScope(), a.actor(), id)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: referral viewed", "referral", id, "clinician", a.ID)
	v := d.view(r, a, "referrals", nil)
	t := v.L
	data := referralData{
		referralRow: d.referralRow(t, ref.Referral),
		Question:    ref.Question, Answer: ref.Answer, Created: d.clock(a.Lang, ref.CreatedAt),
		CaseID: ref.CaseID, CaseLink: ref.Referrer.ID == a.ID && ref.CaseID != 0,
	}
	if ref.Case != nil {
		c := d.caseData(t, a, *ref.Case)
		c.CanClaim = false
		data.Case = &c
	}
	mine := ref.Referrer.ID == a.ID
	receives := a.Role == store.RoleClinician && !mine && slices.Contains(a.Specialties, ref.Specialty.Code) &&
		(ref.Facility.ID == 0 || slices.Contains(a.Facilities, ref.Facility.ID))
	data.CanAccept = ref.Status == store.ReferralOpen && receives
	data.CanAnswer = data.CanAccept || (ref.Status == store.ReferralAccepted && ref.Specialist.ID == a.ID)
	data.CanWithdraw = mine && (ref.Status == store.ReferralOpen || ref.Status == store.ReferralAccepted)
	if s := ref.Session; s != nil {
		// In its facility's time, named: the time its patient was told.
		loc := zones{}.get(s.Zone)
		data.Session = &sessionData{
			When:      dialogs.Moment(d.cfg.Text, a.Lang, loc, d.now(), s.Start) + " (" + dialogs.ZoneName(d.cfg.Text, a.Lang, loc) + ")",
			Cancelled: s.Status != "booked",
		}
		if at := ref.SessionChangedAt; at != nil && ref.SessionChange != "" {
			data.Session.Changed = t.D("dash_ref_session_desk_"+ref.SessionChange, "When", d.clock(a.Lang, *at))
		}
		if p := d.cfg.Referrals.Video; p != nil && !data.Session.Cancelled && (mine || s.Clinician.ID == a.ID) {
			links, err := p.Links(r.Context(), video.Appointment{
				ID: s.ID, Room: s.Room, Start: s.Start, End: s.End,
				// Ids and names in English only: signed links are readable
				// by whoever holds them (as the booking's links).
				Patient:   video.Patient(s.PatientID),
				Clinician: video.Clinician(s.Clinician.ID, s.Clinician.Name(locales.Fallback)),
				Guest:     video.Clinician(ref.Referrer.ID, ref.Referrer.Name(locales.Fallback)),
			})
			if err != nil {
				d.log.WarnContext(r.Context(), "dashboard: joint session links", "referral", id, "err", err)
			} else if mine {
				data.Session.Link = links.Guest
			} else {
				data.Session.Link = links.Clinician
			}
		}
	}
	v.Data = data
	d.render(w, http.StatusOK, "referral", v)
}
