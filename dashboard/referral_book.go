package dashboard

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// sessionWeek is how many days the joint session's times are offered at
// once.
const sessionWeek = 7

// bookSessionData is what templates/referral_book.html renders.
type bookSessionData struct {
	ID                 int64
	Number, From, Prev string
	Next, Back         string
	Days               []slotGroup // one group per day, labelled with the day
}

// showSessionTimes offers the reader (a specialist who may act on the
// referral) the times of the week from ?day= (default today) at which
// they, the patient and the referring clinician are all free, by day, in
// the zone of each time's facility.
func (d *Dashboard) showSessionTimes(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	ctx := r.Context()
	st := d.cfg.Referrals.Store
	_, facilities, err := st.Targets(ctx)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	zs := zones{}
	loc := d.cfg.Location
	if f, ok := facilityOf(facilities, firstOf(a.Facilities)); ok {
		loc = zs.get(f.Zone)
	}
	day, ok := dayIn(r.URL.Query().Get("day"), loc, d.now())
	if !ok {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	slots, err := st.SessionSlots(ctx, a.ReferralScope(), id, day, day.AddDate(0, 0, sessionWeek))
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	self := fmt.Sprintf("%s/%d/book?day=", pathReferrals, id)
	data := bookSessionData{
		ID: id, Number: numerals.Format(a.Lang, int(id)),
		From: dialogs.LongDate(d.cfg.Text, a.Lang, loc, day),
		Prev: self + day.AddDate(0, 0, -sessionWeek).Format(time.DateOnly),
		Next: self + day.AddDate(0, 0, sessionWeek).Format(time.DateOnly),
		Back: fmt.Sprintf("%s/%d", pathReferrals, id),
	}
	at := map[string]int{}
	for _, s := range slots {
		f, _ := facilityOf(facilities, s.Facility)
		z := zs.get(f.Zone)
		label := dialogs.LongDate(d.cfg.Text, a.Lang, z, s.Start)
		i, ok := at[label]
		if !ok {
			i = len(data.Days)
			at[label] = i
			data.Days = append(data.Days, slotGroup{Clinician: label})
		}
		data.Days[i].Slots = append(data.Days[i].Slots, slotChoice{
			Value: slotValue(s.Slot), Label: dialogs.Moment(d.cfg.Text, a.Lang, z, s.Start, s.Start),
		})
	}
	d.render(w, http.StatusOK, "referral_book", d.view(r, a, "referrals", data))
}

func firstOf(ids []int64) int64 {
	if len(ids) == 0 {
		return 0
	}
	return ids[0]
}

// bookSession books the joint session at the chosen time and tells the
// patient at once, with their join link. A time taken meanwhile (for
// either clinician or the patient: the exclusion constraints decide)
// brings the specialist back to the free times.
func (d *Dashboard) bookSession(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	slot, okSlot := parseSlot(r.PostFormValue("slot"))
	if !ok || !okSlot {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	again := fmt.Sprintf("%s/%d/book", pathReferrals, id)
	if day := r.PostFormValue("day"); day != "" {
		if _, err := time.Parse(time.DateOnly, day); err == nil {
			again += "?day=" + day
		}
	}
	js, err := d.cfg.Referrals.Store.BookSession(r.Context(), a.ReferralScope(), a.actor(), id, slot)
	switch {
	case errors.Is(err, dialogs.ErrSlotTaken), errors.Is(err, dialogs.ErrPatientBusy):
		d.flashTo(w, r, again, "dash_desk_taken")
		return
	case err != nil:
		d.referralFail(w, r, a, fmt.Sprintf("%s/%d", pathReferrals, id), err)
		return
	}
	d.log.Info("dashboard: joint session booked", "referral", id, "appointment", js.Appointment.ID, "clinician", a.ID)
	done := "dash_ref_booked"
	if js.Conversation.Channel == store.ChannelDesk {
		done = "dash_ref_booked_call"
	} else if err := d.cfg.Referrals.Patients.JointSessionBooked(r.Context(), js); err != nil {
		d.log.WarnContext(r.Context(), "dashboard: patient not told of a joint session", "appointment", js.Appointment.ID, "err", err)
		done = "dash_ref_booked_call"
	}
	d.flashTo(w, r, fmt.Sprintf("%s/%d", pathReferrals, id), done)
}
