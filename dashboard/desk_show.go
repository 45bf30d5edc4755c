package dashboard

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
)

// deskData is what templates/desk.html renders.
type deskData struct {
	Day, DayLabel, Prev, Next, Today string // Prev, Next and Today are links
	Facility, Clinician              int64
	Facilities                       []pick
	Clinicians                       []pick
	Groups                           []deskGroup
	Zones                            []slotChoice // a patient's zone, to set on a row
	Count                            string
	NoFacility                       bool
}

type pick struct {
	Value int64
	Label string
}

// deskGroup is one clinician's appointments of the day.
type deskGroup struct {
	Clinician string
	Rows      []deskRow
}

type deskRow struct {
	ID                              int64
	Number, From, To, Specialty     string
	Facility, Language, Channel     string
	Patient                         string
	Status, StatusClass             string
	Version                         int
	CanChange, CanNoShow, Cancelled bool
	CanPrint                        bool // a desk patient's page
}

// showDesk renders the day's appointments of the reader's facilities
// (?day=YYYY-MM-DD, default today in the facility's zone; ?facility= and
// ?clinician= narrow it), one group per clinician. Reading it writes an
// audit row.
func (d *Dashboard) showDesk(w http.ResponseWriter, r *http.Request, a *account) {
	ctx := r.Context()
	t := tr{lang: a.Lang, text: d.cfg.Text}
	st := d.cfg.Desk.Store
	facilities, err := st.DeskFacilities(ctx, a.Scope)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if len(facilities) == 0 {
		d.render(w, http.StatusOK, "desk", d.view(r, a, "desk", deskData{NoFacility: true}))
		return
	}
	q := r.URL.Query()
	data := deskData{}
	if v := q.Get("facility"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if _, ok := facilityOf(facilities, id); err != nil || !ok {
			d.fail(w, r, a, http.StatusBadRequest)
			return
		}
		data.Facility = id
	}
	if v := q.Get("clinician"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			d.fail(w, r, a, http.StatusBadRequest)
			return
		}
		data.Clinician = id
	}
	// The day is the chosen facility's, or the reader's home facility's
	// when all are shown.
	zs := zones{}
	home := facilities[0]
	if f, ok := facilityOf(facilities, data.Facility); ok {
		home = f
	}
	loc := zs.get(home.Zone)
	day, ok := dayIn(q.Get("day"), loc, d.now())
	if !ok {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	clinicians, err := st.DeskClinicians(ctx, a.Scope)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	list, err := st.Desk(ctx, store.DeskQuery{
		Scope: a.Scope, Facility: data.Facility, Clinician: data.Clinician, From: day, To: day.AddDate(0, 0, 1),
	}, a.actor())
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	data.Day = day.Format(time.DateOnly)
	data.DayLabel = dialogs.LongDate(d.cfg.Text, a.Lang, loc, day)
	link := func(day time.Time) string {
		v := url.Values{"day": {day.Format(time.DateOnly)}}
		if data.Facility != 0 {
			v.Set("facility", strconv.FormatInt(data.Facility, 10))
		}
		if data.Clinician != 0 {
			v.Set("clinician", strconv.FormatInt(data.Clinician, 10))
		}
		return pathDesk + "?" + v.Encode()
	}
	data.Prev, data.Next = link(day.AddDate(0, 0, -1)), link(day.AddDate(0, 0, 1))
	today, _ := dayIn("", loc, d.now())
	data.Today = link(today)
	for _, f := range facilities {
		data.Facilities = append(data.Facilities, pick{f.ID, f.Names.In(a.Lang)})
	}
	for _, c := range clinicians {
		data.Clinicians = append(data.Clinicians, pick{c.ID, c.Name(a.Lang)})
	}
	data.Count = t.Num(len(list))
	if len(list) > 0 {
		data.Zones = d.zoneChoices(a.Lang)
	}
	// One group per clinician, in the order of their first appointment.
	now, at := d.now(), map[int64]int{}
	for _, ap := range list {
		i, ok := at[ap.Clinician.ID]
		if !ok {
			i = len(data.Groups)
			at[ap.Clinician.ID] = i
			data.Groups = append(data.Groups, deskGroup{Clinician: ap.Clinician.Name(a.Lang)})
		}
		data.Groups[i].Rows = append(data.Groups[i].Rows, d.deskRow(t, zs, ap, now))
	}
	d.render(w, http.StatusOK, "desk", d.view(r, a, "desk", data))
}

// deskRow is one appointment as the desk shows it, times in its
// facility's zone.
func (d *Dashboard) deskRow(t tr, zs zones, ap store.DeskAppointment, now time.Time) deskRow {
	loc := zs.get(ap.Facility.Zone)
	clock := func(at time.Time) string { return dialogs.Moment(d.cfg.Text, t.lang, loc, at, at) }
	row := deskRow{
		ID: ap.ID, Number: t.Num(int(ap.ID)), From: clock(ap.Start), To: clock(ap.End),
		Specialty: ap.Specialty.Name(t.lang), Facility: ap.Facility.Names.In(t.lang),
		Channel: t.T("dash_channel_" + ap.Channel), Version: ap.Version,
		Patient: t.D("dash_desk_patient_number", "Number", t.Num(int(ap.PatientID))),
	}
	if ap.PatientLang != "" {
		row.Language = locales.LanguageName(t.lang, ap.PatientLang)
	}
	switch {
	case ap.Status == dialogs.StatusCancelled:
		row.Status, row.StatusClass, row.Cancelled = t.T("dash_desk_status_cancelled"), "cancelled", true
	case ap.NoShow:
		row.Status, row.StatusClass = t.T("dash_desk_status_no_show"), "no-show"
	case ap.Confirmed:
		row.Status, row.StatusClass = t.T("dash_desk_status_confirmed"), "confirmed"
	default:
		row.Status, row.StatusClass = t.T("dash_desk_status_booked"), "booked"
	}
	if ap.Status == dialogs.StatusBooked {
		row.CanPrint = ap.Channel == store.ChannelDesk
		row.CanChange = ap.Start.After(now)
		row.CanNoShow = !ap.Start.After(now) && !ap.NoShow
	}
	return row
}
