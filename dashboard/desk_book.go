package dashboard

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// bookData is what templates/desk_book.html renders.
type bookData struct {
	Specialty, Day, DayLabel string
	Specialties              []slotChoice
	Languages                []locales.Language
	Groups                   []slotGroup
	// Zones are the time zones a patient abroad may read times in, named
	// for the reader ("London time").
	Zones []slotChoice
}

// showBook is the proxy booking form: pick a specialty and a day (in the
// reader's home facility's zone), then a free time of the reader's
// facilities, and give the patient's details.
func (d *Dashboard) showBook(w http.ResponseWriter, r *http.Request, a *account) {
	ctx := r.Context()
	st := d.cfg.Desk.Store
	facilities, err := st.DeskFacilities(ctx, a.Scope)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if len(facilities) == 0 {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	specialties, err := st.Specialties(ctx)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	zs := zones{}
	loc := zs.get(facilities[0].Zone)
	q := r.URL.Query()
	day, ok := dayIn(q.Get("day"), loc, d.now())
	if !ok {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	data := bookData{Specialty: q.Get("specialty"), Day: day.Format(time.DateOnly), Languages: locales.All(),
		DayLabel: dialogs.LongDate(d.cfg.Text, a.Lang, loc, day)}
	data.Zones = d.zoneChoices(a.Lang)
	known := false
	for _, s := range specialties {
		data.Specialties = append(data.Specialties, slotChoice{Value: s.Code, Label: s.Name(a.Lang)})
		known = known || s.Code == data.Specialty
	}
	if known {
		slots, err := st.DeskFreeSlots(ctx, a.Scope, data.Specialty, day, day.AddDate(0, 0, 1))
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		clinicians, err := st.DeskClinicians(ctx, a.Scope)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		data.Groups = d.slotGroups(a.Lang, clinicians, slots, facilities, zs, 0, "")
	}
	d.render(w, http.StatusOK, "desk_book", d.view(r, a, "desk", data))
}

// bookForPatient books the chosen time for the patient the form
// describes: an existing patient of the bot by number (told on their
// channel at once), or a new desk patient by name, phone and language
// (the coordinator then gets the page to print); for either, the zone they
// read times in when they are abroad.
func (d *Dashboard) bookForPatient(w http.ResponseWriter, r *http.Request, a *account) {
	slot, ok := parseSlot(r.PostFormValue("slot"))
	specialty, day := r.PostFormValue("specialty"), r.PostFormValue("day")
	again := pathDesk + "/book?" + url.Values{"specialty": {specialty}, "day": {day}}.Encode()
	if !ok {
		d.flashTo(w, r, again, "dash_desk_book_pick")
		return
	}
	b := store.DeskBooking{Scope: a.Scope, Actor: a.actor(), Specialty: specialty, Slot: slot,
		Name: r.PostFormValue("name"), Phone: r.PostFormValue("phone"), Lang: r.PostFormValue("lang"),
		Zone: r.PostFormValue("zone")}
	if z := b.Zone; z != "" && !knownZone(z) {
		d.flashTo(w, r, again, "dash_desk_book_invalid")
		return
	}
	if v := strings.TrimSpace(r.PostFormValue("patient")); v != "" {
		id, err := numerals.Atoi(v)
		if err != nil || id <= 0 {
			d.flashTo(w, r, again, "dash_desk_book_no_patient")
			return
		}
		b.Patient = int64(id)
	} else if b.Lang == "" || locales.Lang(b.Lang) != b.Lang {
		d.flashTo(w, r, again, "dash_desk_book_invalid")
		return
	}
	n, err := d.cfg.Desk.Store.DeskBook(r.Context(), b)
	switch {
	case errors.Is(err, dialogs.ErrSlotTaken), errors.Is(err, dialogs.ErrPatientBusy):
		d.flashTo(w, r, again, "dash_desk_taken")
		return
	case errors.Is(err, store.ErrInvalidDeskPatient):
		d.flashTo(w, r, again, "dash_desk_book_invalid")
		return
	case errors.Is(err, dialogs.ErrNotFound):
		d.flashTo(w, r, again, "dash_desk_book_no_patient")
		return
	case err != nil:
		d.failWith(w, r, a, err)
		return
	}
	id := n.Appointment.ID
	d.log.Info("dashboard: appointment booked at the desk", "appointment", id, "clinician", a.ID, "new_patient", b.Patient == 0)
	if n.Conversation.Channel == store.ChannelDesk {
		d.flashTo(w, r, fmt.Sprintf("%s/%d/print", pathDesk, id), "dash_desk_booked_print")
		return
	}
	d.flashTo(w, r, pathDesk+"?day="+day, d.tell(r, n, "dash_desk_booked"))
}
