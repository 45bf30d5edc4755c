package dialogs

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/looplab/fsm"

	"github.com/frontdoor-health/frontdoor/schedule"
)

// flowBooking books (or moves) an appointment: specialty → day → time →
// confirm. Unlike onboarding, its steps read free slots and hold, book or
// move through Booking.Appointments during the turn, because the outcome
// (free or just taken) decides the reply. Each of those writes is safe to
// repeat when the Engine re-runs an input after a stale save: a hold
// replaces the patient's own, and booking or moving to a slot the patient
// already has returns that appointment.
const flowBooking = "booking"

// Booking states and events.
const (
	bkSpecialty = "bkSpecialty"
	bkDay       = "bkDay"
	bkTime      = "bkTime"
	bkConfirm   = "bkConfirm"
	bkSafety    = "bkSafety" // "book again": the short safety question first
	bkZone      = "bkZone"   // which time the patient reads, asked once (zone.go)

	evBkSpecialties = "bk_specialties"
	evBkDays        = "bk_days"
	evBkTimes       = "bk_times"
	evBkConfirm     = "bk_confirm"
	evBkSafety      = "bk_safety"
	evBkZone        = "bk_zone"
)

// Page sizes: short lists, big buttons.
const (
	specialtiesPerPage = 6
	daysPerPage        = 4
	timesPerPage       = 6
	maxDays            = 31
	alternatives       = 4
)

// bookingData is what the booking flow keeps in the session.
type bookingData struct {
	Spec  nameRef   `json:"sp"`
	Doc   nameRef   `json:"dr"`             // only this clinician, when set
	Last  *nameRef  `json:"last,omitempty"` // "again with" on the specialty step
	LastS nameRef   `json:"lasts"`          // Last's specialty
	Specs []nameRef `json:"specs,omitempty"`
	Page  int       `json:"pg,omitempty"`
	Days  []string  `json:"days,omitempty"`
	Day   string    `json:"day,omitempty"`
	Times []slotRef `json:"times,omitempty"`
	// Taken is why Times are alternatives: "booking_taken" or
	// "booking_patient_busy"; "" for a day's times.
	Taken string   `json:"taken,omitempty"`
	Pick  *slotRef `json:"pick,omitempty"`
	PickD nameRef  `json:"pickd"` // Pick's clinician
	Hold  int64    `json:"hold,omitempty"`
	// Move is the appointment being moved (0 when booking), MoveV its
	// version, MoveS its start.
	Move  int64 `json:"mv,omitempty"`
	MoveV int   `json:"mvv,omitempty"`
	MoveS int64 `json:"mvs,omitempty"`
	// MoveZ is the moved appointment's facility zone (Appointment.Zone).
	MoveZ string `json:"mvz,omitempty"`
	// DayZ is the facility zone all of Days are counted in, "" when they
	// mix facilities of several clocks (then the deployment's says
	// "today").
	DayZ string `json:"dayz,omitempty"`
	// Zones are the zones the zone question offers (IANA ids).
	Zones []string `json:"zones,omitempty"`
}

type booking struct{}

func (*booking) name() string    { return flowBooking }
func (*booking) code() string    { return "b" }
func (*booking) initial() string { return bkSpecialty }

// Moves of booking: back to the specialties, the days or the safety
// question from anywhere; on to the times and the confirmation.
var (
	toSpecialties = move{evBkSpecialties, bkSpecialty}
	toDays        = move{evBkDays, bkDay}
	toTimes       = move{evBkTimes, bkTime}
	toConfirm     = move{evBkConfirm, bkConfirm}
	toSafety      = move{evBkSafety, bkSafety}
	toZone        = move{evBkZone, bkZone}
)

// steps: the Back button on the specialties and the days. The times have
// "Another day" and the held time "Another time", their own way back by
// name (two buttons doing one thing confuse); the safety question's
// answers say where to go.
func (bk *booking) steps() []step {
	return []step{
		{state: bkSpecialty, moves: []move{toSpecialties, toDays, toSafety},
			ask: bk.asks(bk.renderSpecialties), press: bk.on(bk.pressSpecialty), text: bk.text, back: bk.back},
		{state: bkDay, moves: []move{toSpecialties, toDays, toTimes, toSafety},
			ask: bk.asks(bk.renderDays), press: bk.on(bk.pressDay), text: bk.text, back: bk.back},
		{state: bkTime, moves: []move{toSpecialties, toDays, toTimes, toConfirm, toSafety, toZone},
			ask: bk.asks(bk.renderTimes), press: bk.on(bk.pressTime), text: bk.text},
		{state: bkZone, moves: []move{toSpecialties, toDays, toTimes, toConfirm, toSafety},
			ask: bk.asks(bk.renderZone), press: bk.on(bk.pressZone), text: bk.text},
		{state: bkConfirm, moves: []move{toSpecialties, toDays, toTimes, toConfirm, toSafety, toZone},
			show: bk.shows(bk.renderConfirm), ask: bk.asks(bk.renderConfirm), press: bk.on(bk.pressConfirm), text: bk.text},
		{state: bkSafety, moves: []move{toSpecialties, toDays, toSafety},
			ask: bk.asks(bk.renderSafety), press: bk.on(bk.pressSafety), text: bk.text},
	}
}

// on gives press the flow's data.
func (bk *booking) on(press func(context.Context, *turn, bookingData, string) error) func(context.Context, *turn, string) error {
	return func(ctx context.Context, t *turn, action string) error {
		return press(ctx, t, bk.load(t), action)
	}
}

func (bk *booking) callbacks(t *turn) fsm.Callbacks {
	return fsm.Callbacks{
		"enter_state": func(_ context.Context, e *fsm.Event) { t.show(e.Dst) },
	}
}

func (bk *booking) load(t *turn) bookingData {
	d, err := loadValues[bookingData](t.s)
	if err != nil {
		t.e.Log.Warn("dialogs: booking data unreadable, starting over", "patient", t.s.PatientID)
	}
	return d
}

func (bk *booking) save(t *turn, d bookingData) error { return storeValues(t.s, d) }

// begin starts booking. via is the menu action, "again" (the menu's book
// again with the last clinician), "spec:<code>" (from triage),
// "doc:<clinician>:<specialty>" (book again with a clinician) or
// "move:<appointment>:<version>" (reschedule, same clinician first).
func (bk *booking) begin(ctx context.Context, t *turn, via string) error {
	var d bookingData
	kind, arg, _ := strings.Cut(via, ":")
	switch kind {
	case "again":
		if t.s.Again == nil {
			return bk.toSpecialties(ctx, t, d)
		}
		// A returning patient skips the triage walk, not its safety
		// screen: one short question, then the clinician's days.
		d.Doc, d.Spec = t.s.Again.Doc, t.s.Again.Spec
		if err := bk.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evBkSafety)
	case "move":
		id, v, err := idVersion(arg)
		if err != nil {
			return errUnknownAction
		}
		ap, err := t.e.Booking.Appointments.Appointment(ctx, t.s.PatientID, id)
		switch {
		case errors.Is(err, ErrNotFound) || err == nil && (ap.Status != StatusBooked || ap.Version != v):
			t.say(t.text("appts_changed", nil))
			return t.enter(ctx, flowAppointments, "")
		case err != nil:
			return fmt.Errorf("dialogs: booking: %w", err)
		}
		d.Move, d.MoveV, d.MoveS, d.MoveZ = ap.ID, ap.Version, ap.Start.Unix(), ap.Zone
		d.Spec, d.Doc = specRef(ap.Specialty), doctorRef(ap.Clinician)
	case "doc":
		idText, code, _ := strings.Cut(arg, ":")
		id, _ := strconv.ParseInt(idText, 10, 64)
		c, err := t.e.Booking.Appointments.Clinician(ctx, id)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return fmt.Errorf("dialogs: booking: %w", err)
		}
		if err == nil {
			d.Doc = doctorRef(c)
		}
		if err := bk.specialty(ctx, t, &d, code); err != nil {
			return err
		}
	case "spec":
		if err := bk.specialty(ctx, t, &d, arg); err != nil {
			return err
		}
	}
	if d.Spec.Code == "" {
		d.Doc = nameRef{}
		return bk.toSpecialties(ctx, t, d)
	}
	return bk.toDays(ctx, t, d)
}

// specialty sets d.Spec to the specialty with code, if there is one.
func (bk *booking) specialty(ctx context.Context, t *turn, d *bookingData, code string) error {
	if code == "" {
		return nil
	}
	s, err := t.e.Booking.Appointments.Specialty(ctx, code)
	if errors.Is(err, ErrNotFound) {
		return nil // an unknown code from elsewhere: let the patient choose
	}
	if err != nil {
		return fmt.Errorf("dialogs: booking: %w", err)
	}
	d.Spec = specRef(s)
	return nil
}

// toSpecialties lists the bookable specialties, with "again with Dr X"
// first for a patient who has seen a clinician.
func (bk *booking) toSpecialties(ctx context.Context, t *turn, d bookingData) error {
	specs, err := t.e.Booking.Appointments.Specialties(ctx)
	if err != nil {
		return fmt.Errorf("dialogs: booking: specialties: %w", err)
	}
	if len(specs) == 0 {
		t.say(t.text("booking_no_specialties", nil))
		return t.home(ctx)
	}
	d.Specs, d.Page, d.Last = nil, 0, nil
	for _, s := range specs {
		d.Specs = append(d.Specs, specRef(s))
	}
	if d.Move == 0 {
		c, s, err := t.e.Booking.Appointments.LastClinician(ctx, t.s.PatientID)
		switch {
		case err == nil:
			last := doctorRef(c)
			d.Last, d.LastS = &last, specRef(s)
		case !errors.Is(err, ErrNotFound):
			return fmt.Errorf("dialogs: booking: last clinician: %w", err)
		}
	}
	if err := bk.save(t, d); err != nil {
		return err
	}
	return t.fire(ctx, evBkSpecialties)
}

// query is the free-slot query for d.
func (bk *booking) query(t *turn, d bookingData) SlotQuery {
	return SlotQuery{Specialty: d.Spec.Code, Clinician: d.Doc.ID, PatientID: t.s.PatientID, Moving: d.Move}
}

// freeSlots lists d's free slots, each with its facility's local time
// (the deployment's for a slot that comes without one).
func (bk *booking) freeSlots(ctx context.Context, t *turn, d bookingData) ([]schedule.Slot, error) {
	slots, err := t.e.Booking.Appointments.FreeSlots(ctx, bk.query(t, d))
	if err != nil {
		return nil, fmt.Errorf("dialogs: booking: free slots: %w", err)
	}
	for i := range slots {
		if slots[i].LocalStart.IsZero() {
			slots[i].LocalStart, slots[i].LocalEnd = slots[i].Start.In(t.e.bookingZone()), slots[i].End.In(t.e.bookingZone())
		}
	}
	return slots, nil
}

// toDays lists the days with free slots, each day as its facility counts
// it. With no day free for the chosen clinician it widens to the
// specialty; with none at all, back to the specialties.
func (bk *booking) toDays(ctx context.Context, t *turn, d bookingData) error {
	slots, err := bk.freeSlots(ctx, t, d)
	if err != nil {
		return err
	}
	days := schedule.LocalDays(slots)
	w := t.words()
	switch {
	case len(days) == 0 && d.Doc.ID != 0:
		t.say(w.text("booking_no_days_doctor", map[string]any{"Doctor": d.Doc.name(w.lang)}))
		d.Doc = nameRef{}
		return bk.toDays(ctx, t, d)
	case len(days) == 0 && d.Move != 0:
		t.say(w.text("booking_no_days", map[string]any{"Specialty": w.specialty(d.Spec)}))
		t.say(w.text("booking_move_kept", nil))
		return t.home(ctx)
	case len(days) == 0:
		t.say(w.text("booking_no_days", map[string]any{"Specialty": w.specialty(d.Spec)}))
		return bk.toSpecialties(ctx, t, d)
	}
	d.Days, d.Page, d.Day, d.Times, d.Taken = nil, 0, "", nil, ""
	d.DayZ, _ = oneZone(len(slots), func(i int) string { return slotZone(slots[i]) })
	for _, day := range days[:min(len(days), maxDays)] {
		d.Days = append(d.Days, day.String())
	}
	if err := bk.save(t, d); err != nil {
		return err
	}
	return t.fire(ctx, evBkDays)
}

// toTimes lists the free times of day.
func (bk *booking) toTimes(ctx context.Context, t *turn, d bookingData, day string) error {
	date, err := schedule.ParseDate(day)
	if err != nil {
		return errUnknownAction
	}
	slots, err := bk.freeSlots(ctx, t, d)
	if err != nil {
		return err
	}
	times := distinctStarts(schedule.OnLocalDay(slots, date))
	if len(times) == 0 {
		t.say(t.text("booking_none_left", nil))
		return bk.toDays(ctx, t, d)
	}
	d.Day, d.Times, d.Page, d.Taken = day, nil, 0, ""
	for _, s := range times {
		d.Times = append(d.Times, refOf(s))
	}
	if err := bk.save(t, d); err != nil {
		return err
	}
	return t.fire(ctx, evBkTimes)
}

// alternatives answers a slot taken meanwhile (or clashing with the
// patient's own appointment) with the nearest free times.
func (bk *booking) alternatives(ctx context.Context, t *turn, d bookingData, lost slotRef, cause error) error {
	t.e.Log.Info("dialogs: slot taken, offering alternatives", "patient", t.s.PatientID, "clinician", lost.C)
	slots, err := bk.freeSlots(ctx, t, d)
	if err != nil {
		return err
	}
	near := schedule.Nearest(distinctStarts(slots), lost.start(), alternatives)
	if len(near) == 0 {
		t.say(t.text("booking_none_left", nil))
		return bk.toDays(ctx, t, d)
	}
	d.Times, d.Page, d.Pick, d.Hold, d.Taken = nil, 0, nil, 0, "booking_taken"
	switch {
	case !lost.start().After(t.e.Now()):
		d.Taken = "booking_passed" // the list was old, nobody took it
	case errors.Is(cause, ErrPatientBusy):
		d.Taken = "booking_patient_busy"
	}
	for _, s := range near {
		d.Times = append(d.Times, refOf(s))
	}
	if err := bk.save(t, d); err != nil {
		return err
	}
	return t.fire(ctx, evBkTimes)
}

// pick holds the chosen slot and asks to confirm it.
func (bk *booking) pick(ctx context.Context, t *turn, d bookingData, s slotRef) error {
	h, err := t.e.Booking.Appointments.Hold(ctx, BookRequest{PatientID: t.s.PatientID, Specialty: d.Spec.Code, Slot: s.slot()})
	switch {
	case errors.Is(err, ErrSlotTaken) || errors.Is(err, ErrPatientBusy):
		return bk.alternatives(ctx, t, d, s, err)
	case err != nil:
		return fmt.Errorf("dialogs: booking: hold: %w", err)
	}
	d.Pick, d.Hold, d.PickD = &s, h.ID, d.Doc
	if s.C != d.Doc.ID {
		c, err := t.e.Booking.Appointments.Clinician(ctx, s.C)
		if err != nil {
			return fmt.Errorf("dialogs: booking: %w", err)
		}
		d.PickD = doctorRef(c)
	}
	clinic := t.e.facilityZone(s.Z)
	if hint := t.zoneAsk(clinic); hint != nil {
		// Asked once, between the hold and the confirmation, so that the
		// confirmation already shows the patient's own time.
		d.Zones = zoneChoices(t.lang(), hint, clinic, t.e.Now())
		if err := bk.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evBkZone)
	}
	if err := bk.save(t, d); err != nil {
		return err
	}
	return t.fire(ctx, evBkConfirm)
}

func (bk *booking) pressSpecialty(ctx context.Context, t *turn, d bookingData, action string) error {
	if i, ok := index(action, "s:", len(d.Specs)); ok {
		d.Spec, d.Doc = d.Specs[i], nameRef{}
		return bk.toDays(ctx, t, d)
	}
	if action == "again" && d.Last != nil {
		d.Spec, d.Doc = d.LastS, *d.Last
		return bk.toDays(ctx, t, d)
	}
	return bk.turnPage(ctx, t, d, action, evBkSpecialties)
}

func (bk *booking) pressDay(ctx context.Context, t *turn, d bookingData, action string) error {
	if i, ok := index(action, "d:", len(d.Days)); ok {
		return bk.toTimes(ctx, t, d, d.Days[i])
	}
	switch action {
	case "any":
		d.Doc = nameRef{}
		return bk.toDays(ctx, t, d)
	case "spec":
		if d.Move == 0 {
			return bk.toSpecialties(ctx, t, d)
		}
	}
	return bk.turnPage(ctx, t, d, action, evBkDays)
}

func (bk *booking) pressTime(ctx context.Context, t *turn, d bookingData, action string) error {
	if i, ok := index(action, "t:", len(d.Times)); ok {
		return bk.pick(ctx, t, d, d.Times[i])
	}
	if action == "days" {
		return bk.toDays(ctx, t, d)
	}
	return bk.turnPage(ctx, t, d, action, evBkTimes)
}

// turnPage shows the next ("more") or previous ("prev") page of the
// current list.
func (bk *booking) turnPage(ctx context.Context, t *turn, d bookingData, action, ev string) error {
	switch action {
	case "more":
		d.Page++
	case "prev":
		d.Page--
	default:
		return errUnknownAction
	}
	if err := bk.save(t, d); err != nil {
		return err
	}
	return t.fire(ctx, ev)
}

// text: every booking step wants a button; say how to answer.
func (bk *booking) text(_ context.Context, t *turn, _ string) error {
	t.ask(t.m.Current(), t.repromptHint())
	return nil
}
