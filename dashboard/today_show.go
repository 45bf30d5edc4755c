package dashboard

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// Today reads a clinician's booked day (store.Appointments); the queue's
// figures beside it come from Cases. It may be nil, as may Cases: the page
// then holds the places of the appointments and figures.
type Today interface {
	ClinicianDay(ctx context.Context, clinicianID int64, from, to time.Time) ([]store.DayAppointment, error)
}

// todayData is what templates/today.html renders.
type todayData struct {
	Date         string
	Ready        bool // Today is wired: show figures and the list
	Stats        []labelled
	Appointments []dayRow
	Mine         []queueRow // the reader's consults in progress
}

type dayRow struct {
	From, To, Specialty, Number string
	// Zone names the facility's zone its times are in when that clock is
	// not the dashboard's ("Morocco time"); "" otherwise.
	Zone      string
	Confirmed bool
	Link      string // the clinician's join link, when known
	Refer     string // the referral form for its patient, "" when referrals are off
	// Joint is the referral page of a joint session the reader joins as
	// the referring clinician (Link is then their guest link); "" for
	// their own appointments.
	Joint string
	start time.Time
}

// referLink is the referral form for appointment id's patient, or "" when
// referrals are off.
func (d *Dashboard) referLink(id int64) string {
	if d.cfg.Referrals == nil {
		return ""
	}
	return pathReferrals + "/new?appointment=" + strconv.FormatInt(id, 10)
}

// showToday renders the clinician's day: the queue's figures since
// midnight in the dashboard's zone, and the appointments booked today.
func (d *Dashboard) showToday(w http.ResponseWriter, r *http.Request, a *account) {
	now := d.now().In(d.cfg.Location)
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, d.cfg.Location)
	t := tr{lang: a.Lang, text: d.cfg.Text}
	zs := zones{}
	data := todayData{Date: dialogs.LongDate(d.cfg.Text, a.Lang, d.cfg.Location, now)}
	data.Date = numerals.In(a.Lang, data.Date)
	if d.cfg.Today != nil && d.cfg.Cases != nil {
		ctx := r.Context()
		st, err := d.cfg.Cases.QueueStats(ctx, a.Scope, midnight)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		rows, ok, err := d.dayCalls(ctx, t, zs, a, midnight)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		var day []store.DayAppointment
		if !ok {
			if day, err = d.cfg.Today.ClinicianDay(ctx, a.ID, midnight, midnight.AddDate(0, 0, 1)); err != nil {
				d.failWith(w, r, a, err)
				return
			}
		}
		data.Appointments = rows
		joint, err := d.jointSessions(ctx, t, zs, a, midnight)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		data.Appointments = append(data.Appointments, joint...)
		slices.SortStableFunc(data.Appointments, func(x, y dayRow) int { return x.start.Compare(y.start) })
		if data.Mine, err = d.openConsults(ctx, t, a); err != nil {
			d.failWith(w, r, a, err)
			return
		}
		data.Ready = true
		median := t.T("dash_today_none")
		switch {
		case st.Claimed > 0 && st.MedianWait < time.Minute:
			median = t.T("dash_today_under_minute")
		case st.Claimed > 0:
			median = t.N("dash_waiting_minutes", int(st.MedianWait/time.Minute))
		}
		data.Stats = []labelled{
			{t.T("dash_today_waiting"), t.Num(st.Waiting)},
			{t.T("dash_today_median_wait"), median},
			{t.T("dash_today_claimed"), t.Num(st.Claimed)},
			{t.T("dash_today_closed"), t.Num(st.ClosedByMe)},
		}
		for _, ap := range day {
			row := dayRow{Specialty: ap.Specialty.In(a.Lang),
				Number: t.Num(int(ap.ID)), Confirmed: ap.Confirmed, Refer: d.referLink(ap.ID), start: ap.Start}
			d.dayTimes(&row, zs, a.Lang, ap.Zone, ap.Start, ap.End)
			data.Appointments = append(data.Appointments, row)
		}
	}
	d.render(w, http.StatusOK, "today", d.view(r, a, "today", data))
}

// dayCalls lists the clinician's booked appointments of the day starting
// at midnight with their join links, when the consult has Bookings; ok is
// false otherwise (the page then lists them without links).
func (d *Dashboard) dayCalls(ctx context.Context, t tr, zs zones, a *account, midnight time.Time) ([]dayRow, bool, error) {
	c := d.cfg.Consult
	if c == nil || c.Bookings == nil {
		return nil, false, nil
	}
	recs, err := c.Bookings.ClinicianAppointments(ctx, store.AppointmentQuery{
		Clinician: a.ID, From: midnight, To: midnight.AddDate(0, 0, 1), Statuses: []string{dialogs.StatusBooked},
	})
	if err != nil {
		return nil, false, err
	}
	rows := make([]dayRow, 0, len(recs))
	for _, rec := range recs {
		ap := rec.Appointment
		row := dayRow{Specialty: ap.Specialty.Name(a.Lang),
			Number: t.Num(int(ap.ID)), Confirmed: ap.Confirmed, Refer: d.referLink(ap.ID), start: ap.Start}
		d.dayTimes(&row, zs, a.Lang, ap.Zone, ap.Start, ap.End)
		me := a.clinician()
		link, err := c.clinicianLink(ctx, video.Appointment{ID: ap.ID, Room: ap.Room, Start: ap.Start, End: ap.End,
			Patient: video.Patient(ap.PatientID), Clinician: video.Clinician(me.ID, me.Name(locales.Fallback))})
		if err != nil {
			d.log.Error("dashboard: appointment link", "appointment", ap.ID, "err", err)
		}
		row.Link = link
		rows = append(rows, row)
	}
	return rows, true, nil
}

// jointSessions lists the day's joint sessions the reader joins as the
// referring clinician, each with their guest link and its referral's page.
func (d *Dashboard) jointSessions(ctx context.Context, t tr, zs zones, a *account, midnight time.Time) ([]dayRow, error) {
	refs := d.cfg.Referrals
	if refs == nil {
		return nil, nil
	}
	sessions, err := refs.Store.GuestSessions(ctx, a.ID, midnight, midnight.AddDate(0, 0, 1))
	if err != nil {
		return nil, err
	}
	rows := make([]dayRow, 0, len(sessions))
	for _, s := range sessions {
		row := dayRow{Specialty: s.Specialty.Name(a.Lang), Number: t.Num(int(s.ID)), start: s.Start}
		d.dayTimes(&row, zs, a.Lang, s.Zone, s.Start, s.End)
		if s.Referral != 0 {
			row.Joint = pathReferrals + "/" + strconv.FormatInt(s.Referral, 10)
		}
		if refs.Video != nil {
			me := a.clinician()
			links, err := refs.Video.Links(ctx, video.Appointment{ID: s.ID, Room: s.Room, Start: s.Start, End: s.End,
				Patient:   video.Patient(s.PatientID),
				Clinician: video.Clinician(s.Clinician.ID, s.Clinician.Name(locales.Fallback)),
				Guest:     video.Clinician(me.ID, me.Name(locales.Fallback))})
			if err != nil {
				d.log.Error("dashboard: joint session link", "appointment", s.ID, "err", err)
			}
			row.Link = links.Guest
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// dayTimes sets row's times in its facility's zone, the clock its patient
// was told (a clinician reading a time aloud reads that one), naming the
// zone when its clock is not the dashboard's.
func (d *Dashboard) dayTimes(row *dayRow, zs zones, lang, zone string, start, end time.Time) {
	loc := d.cfg.Location
	if zone != "" {
		loc = zs.get(zone)
	}
	now := d.now()
	row.From = dialogs.Moment(d.cfg.Text, lang, loc, now, start)
	row.To = dialogs.Moment(d.cfg.Text, lang, loc, now, end)
	_, there := start.In(loc).Zone()
	_, here := start.In(d.cfg.Location).Zone()
	if there != here {
		row.Zone = dialogs.ZoneName(d.cfg.Text, lang, loc)
	}
}

// openConsults lists the reader's consults in progress, so a clinician
// who left a case's page finds their way back.
func (d *Dashboard) openConsults(ctx context.Context, t tr, a *account) ([]queueRow, error) {
	if d.cfg.Consult == nil || !a.Scope.CanClaim {
		return nil, nil
	}
	cases, err := d.cfg.Consult.Store.OpenConsults(ctx, a.Scope)
	if err != nil {
		return nil, err
	}
	rows := make([]queueRow, 0, len(cases))
	now := d.now()
	for _, c := range cases {
		rows = append(rows, d.queueRow(t, c, now))
	}
	return rows, nil
}
