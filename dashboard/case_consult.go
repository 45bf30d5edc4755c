package dashboard

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// consultData is the consult part of the case page (and of the thread
// fragment), every label in the reader's language; message bodies alone
// stay in their writer's words.
type consultData struct {
	After    string // the newest case event when the thread was read
	Lang     string // the patient's language, which their lines are in
	Channel  string // the patient's channel, named
	Link     string // the reader's (moderator) join link, when theirs
	Rows     []threadRow
	CanWrite bool // the reader is in consult with the patient
	Token    string
	Dispo    []choice
	Slots    []choice // the reader's next free slots, for a follow-up
	Closed   *closedData
}

type threadRow struct {
	Side   string // "patient", "clinician" or "system": a CSS class
	Who    string
	Text   string // words, verbatim
	Note   string // what happened, when there are no words
	Map    string // a map link for a location
	At     string
	Status string // the delivery of a message to the patient
	Sent   string // its CSS class: sent, pending, failed
}

type choice struct{ Value, Label string }

type closedData struct {
	Disposition, FollowUp, Rating, Notes string
}

// Follow-up slots offered at the closing: the reader's free slots in the
// next week, the first few.
const (
	slotDays  = 7
	slotCount = 12
)

// consult reads the case's consult for the page; nil when the consult is
// off, or the case never joined the queue. audit says whether this read
// must write its own audit record.
func (d *Dashboard) consult(r *http.Request, t tr, a *account, c store.CaseDetail, audit bool) (*consultData, error) {
	cc := d.cfg.Consult
	if cc == nil || c.Status == dialogs.CaseTriaged {
		return nil, nil
	}
	ctx := r.Context()
	after, err := d.cfg.Events.LastCaseEventID(ctx)
	if err != nil {
		d.log.Warn("dashboard: newest case event", "err", err)
		after = ""
	}
	v, err := cc.Store.CaseConsult(ctx, c.ID, a.Scope, audit)
	if err != nil {
		return nil, err
	}
	data := d.thread(t, v)
	data.After = after
	data.Channel = label(t, v.Channel, "dash_channel_"+v.Channel)
	mine := v.Status == dialogs.CaseClaimed && v.ClaimedBy == a.ID
	if mine {
		data.CanWrite, data.Token = true, rand.Text()
		if v.ClaimedAt != nil {
			me := a.clinician()
			link, err := cc.clinicianLink(ctx, video.Consult(v.CaseID, v.PatientID, v.Room, *v.ClaimedAt, me.ID, me.Name(locales.Fallback)))
			if err != nil {
				d.log.Error("dashboard: video link", "case", v.CaseID, "err", err)
			}
			data.Link = link
		}
		for _, disp := range dialogs.Dispositions() {
			data.Dispo = append(data.Dispo, choice{disp, t.T("dash_disposition_" + disp)})
		}
		data.Slots = d.followUpSlots(ctx, t, a)
	}
	if v.Status == dialogs.CaseClosed {
		data.Closed = &closedData{Disposition: label(t, v.Disposition, "dash_disposition_"+v.Disposition),
			Notes: v.Notes, Rating: t.T("dash_rating_none")}
		if v.Rating > 0 {
			data.Closed.Rating = t.D("dash_rating", "Stars", t.Num(v.Rating))
		}
		if v.FollowUpAt != nil {
			data.Closed.FollowUp = d.clock(t.lang, *v.FollowUpAt)
		}
	}
	return data, nil
}

// thread labels a consult's messages.
func (d *Dashboard) thread(t tr, v store.ConsultView) *consultData {
	data := &consultData{Lang: v.Lang, Rows: make([]threadRow, 0, len(v.Messages))}
	for _, m := range v.Messages {
		row := threadRow{Side: m.Author, At: d.clock(t.lang, m.At)}
		switch m.Author {
		case "patient":
			row.Who = t.T("dash_thread_patient")
		case "clinician":
			row.Who = m.Clinician.In(t.lang)
		default:
			row.Who = t.T("dash_thread_system")
		}
		switch m.Kind {
		case dialogs.NoteText:
			row.Text = m.Body
		case dialogs.NoteLocation:
			row.Note = t.T("dash_note_location")
			if m.Latitude != nil && m.Longitude != nil {
				row.Map = fmt.Sprintf("https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f",
					*m.Latitude, *m.Longitude, *m.Latitude, *m.Longitude)
			}
		default: // photo, voice, media, claimed, closed
			row.Note = label(t, m.Kind, "dash_note_"+m.Kind)
			row.Text = m.Body // a caption, if any
		}
		if m.Outbound {
			switch {
			case m.DeliveredAt != nil:
				row.Status, row.Sent = t.T("dash_delivered"), "sent"
			case m.Failed:
				row.Status, row.Sent = t.T("dash_not_delivered"), "failed"
			default:
				row.Status, row.Sent = t.T("dash_delivering"), "pending"
			}
		}
		data.Rows = append(data.Rows, row)
	}
	return data
}

// followUpSlots lists the reader's next free slots; none without Bookings
// or when they cannot be read (the closing works without).
func (d *Dashboard) followUpSlots(ctx context.Context, t tr, a *account) []choice {
	b := d.cfg.Consult.Bookings
	if b == nil {
		return nil
	}
	now := d.now()
	slots, err := b.ClinicianFreeSlots(ctx, a.ID, now, now.AddDate(0, 0, slotDays))
	if err != nil {
		d.log.Warn("dashboard: follow-up slots", "clinician", a.ID, "err", err)
		return nil
	}
	out := make([]choice, 0, min(len(slots), slotCount))
	for _, s := range slots[:min(len(slots), slotCount)] {
		out = append(out, choice{Value: slotValue(s), Label: d.slotLabel(t, s.Start)})
	}
	return out
}

// slotLabel writes a slot's start for the closing form as the patient
// will read it: "Sunday 3 May, 10:30 AM".
func (d *Dashboard) slotLabel(t tr, at time.Time) string {
	return dialogs.Moment(d.cfg.Text, t.lang, d.cfg.Location, d.now(), at)
}

// slotValue names a slot in a form: "<clinician>:<start>:<end>" in Unix
// seconds.
func slotValue(s schedule.Slot) string {
	return fmt.Sprintf("%d:%d:%d", s.Clinician, s.Start.Unix(), s.End.Unix())
}

// parseSlot reads slotValue's form back; ok is false for anything else.
func parseSlot(v string) (schedule.Slot, bool) {
	parts := strings.Split(v, ":")
	if len(parts) != 3 {
		return schedule.Slot{}, false
	}
	var n [3]int64
	for i, p := range parts {
		x, err := strconv.ParseInt(p, 10, 64)
		if err != nil || x <= 0 {
			return schedule.Slot{}, false
		}
		n[i] = x
	}
	s := schedule.Slot{Clinician: schedule.ClinicianID(n[0]), Start: time.Unix(n[1], 0).UTC(), End: time.Unix(n[2], 0).UTC()}
	return s, s.Start.Before(s.End)
}

// followUpSpecialty is the specialty a follow-up is booked in: the
// case's, if the clinician practises it, else their first.
func followUpSpecialty(a *account, caseSpecialty string) string {
	if slices.Contains(a.Specialties, caseSpecialty) || len(a.Specialties) == 0 {
		return caseSpecialty
	}
	return a.Specialties[0]
}

// clinician is the account as the dialogs name clinicians.
func (a *account) clinician() dialogs.Clinician {
	return dialogs.Clinician{ID: a.ID, Names: a.Names}
}
