package dialogs

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/looplab/fsm"
)

// flowAppointments is "My appointments": the upcoming appointments, each
// to see, add to a calendar, move or cancel (with a confirmation step), and
// "book again with Dr X". Reminders' buttons land here too (see
// appointments_notice.go). Like booking, it reads and writes through
// Booking.Appointments during the turn; cancelling is idempotent.
const flowAppointments = "appointments"

// My-appointments states and events.
const (
	apList   = "apList"
	apOne    = "apOne"
	apCancel = "apCancel"

	evApList   = "ap_list"
	evApOpen   = "ap_open"
	evApCancel = "ap_cancel"
)

// apMoves lead from every step of my appointments.
var apMoves = []move{{evApList, apList}, {evApOpen, apOne}, {evApCancel, apCancel}}

// maxListed bounds the appointments listed as buttons.
const maxListed = 5

// apptView is an appointment as the session keeps it for showing again.
type apptView struct {
	ID    int64   `json:"i"`
	V     int     `json:"v"`
	Doc   nameRef `json:"d"`
	Spec  nameRef `json:"s"`
	Start int64   `json:"st"`
	End   int64   `json:"en"`
	Ok    bool    `json:"ok,omitempty"` // the patient confirmed
	Link  string  `json:"l,omitempty"`
	Zone  string  `json:"z,omitempty"` // Appointment.Zone
}

func viewOf(ap Appointment) apptView {
	return apptView{ID: ap.ID, V: ap.Version, Doc: doctorRef(ap.Clinician), Spec: specRef(ap.Specialty),
		Start: ap.Start.Unix(), End: ap.End.Unix(), Ok: ap.Confirmed, Zone: ap.Zone}
}

func (v apptView) appointment() Appointment {
	return Appointment{ID: v.ID, Version: v.V, Clinician: v.Doc.clinician(),
		Specialty: v.Spec.specialty(),
		Start:     time.Unix(v.Start, 0).UTC(), End: time.Unix(v.End, 0).UTC(), Status: StatusBooked, Confirmed: v.Ok, Zone: v.Zone}
}

type apptsData struct {
	List  []apptView `json:"l,omitempty"`
	Cur   *apptView  `json:"c,omitempty"`
	Last  *nameRef   `json:"last,omitempty"`
	LastS string     `json:"lasts,omitempty"`
}

type appointments struct{}

func (*appointments) name() string    { return flowAppointments }
func (*appointments) code() string    { return "a" }
func (*appointments) initial() string { return apList }

func (ap *appointments) steps() []step {
	return []step{
		{state: apList, moves: apMoves, ask: ap.askList, press: ap.on(ap.pressList), text: ap.text},
		{state: apOne, moves: apMoves, ask: ap.askOne, press: ap.on(ap.pressOne), text: ap.text},
		{state: apCancel, moves: apMoves, ask: ap.askCancel, press: ap.on(ap.pressCancel), text: ap.text},
	}
}

// on gives press the flow's data.
func (ap *appointments) on(press func(context.Context, *turn, apptsData, string) error) func(context.Context, *turn, string) error {
	return func(ctx context.Context, t *turn, action string) error {
		return press(ctx, t, ap.load(t), action)
	}
}

func (ap *appointments) callbacks(t *turn) fsm.Callbacks {
	return fsm.Callbacks{
		"enter_state": func(_ context.Context, e *fsm.Event) { t.show(e.Dst) },
	}
}

func (ap *appointments) load(t *turn) apptsData {
	d, err := loadValues[apptsData](t.s)
	if err != nil {
		t.e.Log.Warn("dialogs: appointments data unreadable", "patient", t.s.PatientID)
	}
	return d
}

func (ap *appointments) begin(ctx context.Context, t *turn, _ string) error {
	return ap.list(ctx, t)
}

// list shows the upcoming appointments.
func (ap *appointments) list(ctx context.Context, t *turn) error {
	upcoming, err := t.e.Booking.Appointments.Upcoming(ctx, t.s.PatientID)
	if err != nil {
		return fmt.Errorf("dialogs: my appointments: %w", err)
	}
	var d apptsData
	for _, a := range upcoming[:min(len(upcoming), maxListed)] {
		d.List = append(d.List, viewOf(a))
	}
	c, s, err := t.e.Booking.Appointments.LastClinician(ctx, t.s.PatientID)
	switch {
	case err == nil:
		last := doctorRef(c)
		d.Last, d.LastS = &last, s.Code
	case !errors.Is(err, ErrNotFound):
		return fmt.Errorf("dialogs: my appointments: %w", err)
	}
	if err := storeValues(t.s, d); err != nil {
		return err
	}
	return t.fire(ctx, evApList)
}

// open shows one appointment, read afresh.
func (ap *appointments) open(ctx context.Context, t *turn, id int64) error {
	a, err := t.e.Booking.Appointments.Appointment(ctx, t.s.PatientID, id)
	switch {
	case errors.Is(err, ErrNotFound) || err == nil && a.Status != StatusBooked:
		t.say(t.text("appts_gone", nil))
		return ap.list(ctx, t)
	case err != nil:
		return fmt.Errorf("dialogs: my appointments: %w", err)
	}
	d := ap.load(t)
	v := viewOf(a)
	v.Link = t.e.Booking.link(ctx, t.e, a)
	d.Cur = &v
	if err := storeValues(t.s, d); err != nil {
		return err
	}
	return t.fire(ctx, evApOpen)
}

func (ap *appointments) pressList(ctx context.Context, t *turn, d apptsData, action string) error {
	if i, ok := index(action, "o:", len(d.List)); ok {
		return ap.open(ctx, t, d.List[i].ID)
	}
	switch action {
	case "book":
		return t.enter(ctx, flowBooking, "")
	case "again":
		if d.Last != nil {
			return t.enter(ctx, flowBooking, "doc:"+strconv.FormatInt(d.Last.ID, 10)+":"+d.LastS)
		}
	case "menu":
		return t.home(ctx)
	}
	return errUnknownAction
}

func (ap *appointments) pressOne(ctx context.Context, t *turn, d apptsData, action string) error {
	if d.Cur == nil {
		return ap.list(ctx, t)
	}
	switch action {
	case "ics":
		t.attachCalendar(t.words(), d.Cur.appointment(), d.Cur.Link)
		t.ask(apOne, "")
		return nil
	case "move":
		return t.enter(ctx, flowBooking, fmt.Sprintf("move:%d:%d", d.Cur.ID, d.Cur.V))
	case "cancel":
		return t.fire(ctx, evApCancel)
	case "list":
		return ap.list(ctx, t)
	}
	return errUnknownAction
}

func (ap *appointments) pressCancel(ctx context.Context, t *turn, d apptsData, action string) error {
	if d.Cur == nil {
		return ap.list(ctx, t)
	}
	switch action {
	case "yes":
		return ap.cancel(ctx, t, *d.Cur)
	case "no":
		t.say(t.text("appts_kept", nil))
		return t.fire(ctx, evApOpen)
	}
	return errUnknownAction
}

// cancel cancels v after the patient confirmed.
func (ap *appointments) cancel(ctx context.Context, t *turn, v apptView) error {
	a, err := t.e.Booking.Appointments.Cancel(ctx, t.s.PatientID, v.ID, v.V)
	switch {
	case errors.Is(err, ErrAppointmentChanged) || errors.Is(err, ErrNotFound):
		t.say(t.text("appts_changed", nil))
		return ap.list(ctx, t)
	case err != nil:
		return fmt.Errorf("dialogs: cancel appointment: %w", err)
	}
	t.e.Log.Info("dialogs: appointment cancelled", "patient", t.s.PatientID, "appointment", a.ID)
	w := t.words()
	t.say(w.text("appts_cancelled", appointmentData(w, a)))
	return t.home(ctx)
}

func (ap *appointments) text(_ context.Context, t *turn, _ string) error {
	t.ask(t.m.Current(), t.repromptHint())
	return nil
}

func (ap *appointments) btn(label, action string) []Button {
	return []Button{{Label: label, Data: ap.code() + ":" + action}}
}

// askOne shows the appointment opened, read from the session alone.
func (ap *appointments) askOne(t *turn, hint string) {
	d, w := ap.load(t), t.words()
	if d.Cur == nil {
		ap.renderList(t, w, d, hint)
		return
	}
	var rows [][]Button
	if d.Cur.Link != "" {
		rows = append(rows, []Button{{Label: w.text("booking_join_button", nil), URL: d.Cur.Link}})
	}
	rows = append(rows,
		ap.btn(w.text("appts_calendar_button", nil), "ics"),
		ap.btn(w.text("appts_move_button", nil), "move"),
		ap.btn(w.text("appts_cancel_button", nil), "cancel"),
		ap.btn(w.text("appts_back_button", nil), "list"))
	t.say(t.withHint(hint, ap.summary(w, *d.Cur)), rows...)
}

// askCancel asks whether to cancel the appointment opened.
func (ap *appointments) askCancel(t *turn, hint string) {
	d, w := ap.load(t), t.words()
	if d.Cur == nil {
		ap.renderList(t, w, d, hint)
		return
	}
	t.say(t.withHint(hint, w.text("appts_cancel_ask", map[string]any{"Summary": ap.summary(w, *d.Cur)})),
		ap.btn(w.text("appts_cancel_yes", nil), "yes"),
		ap.btn(w.text("appts_cancel_no", nil), "no"))
}

// askList lists the upcoming appointments.
func (ap *appointments) askList(t *turn, hint string) {
	d, w := ap.load(t), t.words()
	ap.renderList(t, w, d, hint)
}

func (ap *appointments) summary(w words, v apptView) string {
	s := w.text("appts_one", appointmentData(w, v.appointment()))
	if v.Ok {
		s += "\n" + w.text("appts_confirmed_note", nil)
	}
	return s
}

func (ap *appointments) renderList(t *turn, w words, d apptsData, hint string) {
	var rows [][]Button
	text := w.text("appts_none", nil)
	if len(d.List) > 0 {
		text = w.text("appts_list_title", nil)
		// Each line is in its facility's time; it names the zone when the
		// list mixes clocks or the patient reads another one.
		named := w.own != nil || slices.ContainsFunc(d.List, func(v apptView) bool { return v.Zone != d.List[0].Zone })
		for i, v := range d.List {
			start, vw := time.Unix(v.Start, 0), w.in(v.Zone)
			when := vw.slot(start, true)
			if named {
				when = w.text("booking_time_in_zone", map[string]any{"Time": when, "Zone": vw.zoneAt(start)})
			}
			text += "\n" + w.text("appts_list_line", map[string]any{
				"N": w.num(i + 1), "When": when, "Doctor": v.Doc.name(w.lang),
			})
			rows = append(rows, ap.btn(w.num(i+1)+". "+vw.slot(start, true), "o:"+strconv.Itoa(i)))
		}
		text += "\n\n" + w.text("appts_list_ask", nil)
	}
	if d.Last != nil {
		rows = append(rows, ap.btn(w.text("appts_again_button", map[string]any{"Doctor": d.Last.name(w.lang)}), "again"))
	}
	rows = append(rows,
		ap.btn(w.text("appts_book_button", nil), "book"),
		ap.btn(w.text("appts_menu_button", nil), "menu"))
	t.say(t.withHint(hint, text), rows...)
}
