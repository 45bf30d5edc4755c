package dialogs

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// Notices are messages sent outside any turn (reminders), whose buttons
// must work whatever step the conversation has reached since, even after
// its session expired. Their data is
//
//	~:<flow>:<action>
//
// with noticeToken where the step token would be: no step is ever "~", so
// the Engine routes such a press to the flow's notice method (see
// pressNotice) instead of judging it stale. A notice's action names the
// appointment and its version, so an old reminder cannot act on a moved or
// cancelled appointment.
const noticeToken = "~"

// isNotice reports whether button data belongs to a notice.
func isNotice(data string) bool { return strings.HasPrefix(data, noticeToken+":") }

// noticeFlow is a flow whose notices have buttons.
type noticeFlow interface {
	notice(ctx context.Context, t *turn, action string) error
}

// pressNotice handles a press of a notice's button. It is called by
// dispatch before the fresh-session check, so that a reminder's Confirm
// works on a conversation whose session expired:
//
//	case isNotice(t.in.Data):
//		return t.pressNotice(ctx)
//	case fresh:
func (t *turn) pressNotice(ctx context.Context) error {
	t.kind = "notice"
	if t.in.Data == t.s.LastData {
		t.kind, t.silent = "double_tap", true
		return nil
	}
	rest := strings.TrimPrefix(t.in.Data, noticeToken+":")
	code, act, _ := strings.Cut(rest, ":")
	for _, f := range t.e.flows {
		nf, ok := f.flow.(noticeFlow)
		if !ok || f.code() != code {
			continue
		}
		err := nf.notice(ctx, t, act)
		if err == nil {
			t.accepted = true
			return nil
		}
		if !errors.Is(err, errUnknownAction) {
			return err
		}
	}
	t.kind = "stale_notice"
	t.askAgain("dialogs_stale_button")
	return nil
}

// askAgain asks the current step again after a notice was handled; a
// fresh conversation (still at the start) gets its menu from run.
func (t *turn) askAgain(hint string) {
	if t.f == t.e.flows[homeFlow] && t.m.Current() == stStart {
		if hint != "" && len(t.replies) == 0 {
			t.say(t.text(hint, nil))
		}
		return
	}
	t.ask(t.m.Current(), hint)
}

// notice handles a reminder's buttons: "c:<id>:<version>" confirm
// attendance, "r:…" reschedule, "x:…" cancel (with a confirmation step).
func (ap *appointments) notice(ctx context.Context, t *turn, action string) error {
	kind, ref, _ := strings.Cut(action, ":")
	id, v, err := idVersion(ref)
	if err != nil || (kind != "c" && kind != "r" && kind != "x") {
		return errUnknownAction
	}
	a, err := t.e.Booking.Appointments.Appointment(ctx, t.s.PatientID, id)
	switch {
	case errors.Is(err, ErrNotFound):
		return errUnknownAction // not this patient's: a forged button
	case err != nil:
		return fmt.Errorf("dialogs: reminder button: %w", err)
	case a.Status != StatusBooked || a.Version != v:
		return ap.changed(ctx, t, a)
	}
	switch kind {
	case "c":
		a, err = t.e.Booking.Appointments.Confirm(ctx, t.s.PatientID, id, v)
		if errors.Is(err, ErrAppointmentChanged) {
			return ap.changed(ctx, t, a)
		}
		if err != nil {
			return fmt.Errorf("dialogs: confirm appointment: %w", err)
		}
		w := t.words().in(a.Zone)
		var rows [][]Button
		if a.Start.Sub(w.now) < time.Hour {
			// Channels may drop the pressed message's keyboard, and with it
			// the join link of the last reminder: give it again.
			if link := t.e.Booking.link(ctx, t.e, a); link != "" {
				rows = append(rows, []Button{{Label: w.text("booking_join_button", nil), URL: link}})
			}
		}
		t.say(w.text("appts_confirm_thanks", map[string]any{"When": w.when(a.Start), "Zone": w.zoneAt(a.Start)}), rows...)
		t.askAgain("")
		return nil
	case "r":
		return t.enter(ctx, flowBooking, fmt.Sprintf("move:%d:%d", id, v))
	default: // "x"
		t.switchFlow(flowAppointments)
		view := viewOf(a)
		view.Link = t.e.Booking.link(ctx, t.e, a)
		if err := storeValues(t.s, apptsData{Cur: &view}); err != nil {
			return err
		}
		return t.fire(ctx, evApCancel)
	}
}

// changed tells the patient that the appointment a reminder spoke of has
// changed, and shows it as it is now (or the list, if it is gone).
func (ap *appointments) changed(ctx context.Context, t *turn, a Appointment) error {
	t.say(t.text("appts_changed", nil))
	t.switchFlow(flowAppointments)
	if a.Status == StatusBooked {
		return ap.open(ctx, t, a.ID)
	}
	return ap.list(ctx, t)
}

// Reminder is one appointment reminder to word for a patient.
type Reminder struct {
	Lang   string // the patient's language; "" speaks Arabic
	Digits string // the digits they read (DigitsWestern, or "")
	// Zone is the zone they read times in (Patient.Zone): when not the
	// clinic's, the reminder gives their time too.
	Zone        string
	Appointment Appointment
	Now         time.Time
	// Offset is how long before the start the reminder was planned (0:
	// at the start). Late marks one sent late (the process was down): it
	// says so, and its times count from Now anyway.
	Offset time.Duration
	Late   bool
	// Link is the patient's join link, sent with the last reminder.
	Link string
}

// RenderReminder words r with buttons that work whatever step the
// conversation is at: I will attend, Change the time, Cancel (until the
// start), and Join video call when r has a link. It needs only the
// Engine's Text; its times are in the appointment's facility zone (the
// Booking's zone, default Makkah time, when it has none). Safe for
// concurrent use.
// startsNow is how close to the start a reminder says "starts now".
const startsNow = 15 * time.Second

func (e *Engine) RenderReminder(r Reminder) []Reply {
	lang := locales.Lang(r.Lang)
	if lang == "" {
		lang = LangArabic
	}
	a := r.Appointment
	w := words{e: e, lang: lang, zone: e.facilityZone(a.Zone), now: r.Now, own: loadZone(r.Zone)}
	doctor := a.Clinician.Name(lang)
	left := a.Start.Sub(r.Now)
	var text string
	switch {
	case left < -time.Minute:
		text = w.text("reminder_started", map[string]any{"Doctor": doctor, "Ago": w.duration(-left)})
	case left <= startsNow:
		// Only when it truly starts: a reminder sent a minute early says
		// "in 1 minute", not "starts now".
		text = w.text("reminder_start", map[string]any{"Doctor": doctor})
	default:
		text = w.text("reminder_soon", map[string]any{
			"Doctor": doctor, "When": w.when(a.Start), "Zone": w.zoneAt(a.Start), "In": w.duration(left),
		})
	}
	if r.Late && left > time.Minute {
		text += "\n" + w.text("reminder_late_note", nil)
	}
	var rows [][]Button
	if r.Link != "" {
		rows = append(rows, []Button{{Label: w.text("booking_join_button", nil), URL: r.Link}})
	}
	if left >= -time.Minute { // not once the appointment is under way
		ref := fmt.Sprintf(":%d:%d", a.ID, a.Version)
		data := func(kind string) string { return noticeToken + ":a:" + kind + ref }
		if !a.Confirmed {
			rows = append(rows, []Button{{Label: w.text("reminder_confirm_button", nil), Data: data("c")}})
		}
		rows = append(rows,
			[]Button{{Label: w.text("reminder_reschedule_button", nil), Data: data("r")}},
			[]Button{{Label: w.text("reminder_cancel_button", nil), Data: data("x")}})
	}
	replies := []Reply{{Lang: lang, Text: text, Buttons: rows}}
	inDigits(replies, r.Digits)
	return replies
}
