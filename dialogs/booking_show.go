package dialogs

import (
	"strconv"
	"time"

	"github.com/frontdoor-health/frontdoor/schedule"
)

// btn is a one-button row of the booking flow.
func (bk *booking) btn(label, action string) []Button {
	return []Button{{Label: label, Data: bk.code() + ":" + action}}
}

// asks and shows turn a step's render into its ask and its show. A render
// writes the step's message and keyboard from the session's data alone (no
// store calls: a re-ask must not fail); full is the whole message, as when
// the step is entered, else the short question.
func (bk *booking) asks(render func(t *turn, w words, d bookingData, hint string, full bool)) func(*turn, string) {
	return func(t *turn, hint string) { bk.render(t, hint, false, render) }
}

func (bk *booking) shows(render func(t *turn, w words, d bookingData, hint string, full bool)) func(*turn) {
	return func(t *turn) { bk.render(t, "", true, render) }
}

func (bk *booking) render(t *turn, hint string, full bool, render func(*turn, words, bookingData, string, bool)) {
	render(t, t.words(), bk.load(t), hint, full)
}

func (bk *booking) renderDays(t *turn, w words, d bookingData, hint string, _ bool) {
	var rows [][]Button
	who := bk.who(w, d)
	w = w.in(d.DayZ) // "today" is the facility's today
	from, to, pages := page(d.Page, len(d.Days), daysPerPage)
	for i := from; i < to; i++ {
		if day, err := schedule.ParseDate(d.Days[i]); err == nil {
			rows = append(rows, bk.btn(w.dayButton(day), "d:"+strconv.Itoa(i)))
		}
	}
	if pages > 1 {
		rows = append(rows, bk.btn(w.text("booking_other_days_button", nil), "more"))
	}
	if d.Doc.ID != 0 {
		rows = append(rows, bk.btn(w.text("booking_other_doctors_button", nil), "any"))
	}
	if d.Move == 0 {
		rows = append(rows, bk.btn(w.text("booking_other_specialty_button", nil), "spec"))
	}
	t.say(t.withHint(hint, who+"\n\n"+w.text("booking_pick_day", nil)), rows...)
}

func (bk *booking) renderSpecialties(t *turn, w words, d bookingData, hint string, _ bool) {
	var rows [][]Button
	if d.Last != nil {
		rows = append(rows, bk.btn(w.text("booking_again_button", map[string]any{"Doctor": d.Last.name(w.lang)}), "again"))
	}
	from, to, pages := page(d.Page, len(d.Specs), specialtiesPerPage)
	for i := from; i < to; i++ {
		rows = append(rows, bk.btn(w.specialty(d.Specs[i]), "s:"+strconv.Itoa(i)))
	}
	if pages > 1 {
		rows = append(rows, bk.btn(w.text("booking_more_button", nil), "more"))
	}
	t.say(t.withHint(hint, w.text("booking_pick_specialty", nil)), rows...)
}

// who says what is being booked: the specialty or the clinician, and the
// appointment being moved.
func (bk *booking) who(w words, d bookingData) string {
	s := w.text("booking_for_specialty", map[string]any{"Specialty": w.specialty(d.Spec)})
	if d.Doc.ID != 0 {
		s = w.text("booking_for_doctor", map[string]any{"Doctor": d.Doc.name(w.lang), "Specialty": w.specialty(d.Spec)})
	}
	if d.Move != 0 {
		s = w.text("booking_moving", map[string]any{"When": w.in(d.MoveZ).when(time.Unix(d.MoveS, 0))}) + "\n" + s
	}
	return s
}

// renderTimes lists times two to a row; alternatives after a taken slot
// may fall on other days, so they carry their day and go one to a row.
// Each time is its facility's; when the list mixes facilities of several
// clocks, each button names its zone.
func (bk *booking) renderTimes(t *turn, w words, d bookingData, hint string, _ bool) {
	var rows [][]Button
	from, to, pages := page(d.Page, len(d.Times), timesPerPage)
	zone, one := oneZone(len(d.Times), func(i int) string { return d.Times[i].Z })
	var row []Button
	for i := from; i < to; i++ {
		tw := w.in(d.Times[i].Z)
		label := tw.slot(d.Times[i].start(), d.Taken != "")
		if !one {
			label = w.text("booking_time_in_zone", map[string]any{"Time": label, "Zone": tw.zoneName()})
		}
		b := Button{Label: label, Data: bk.code() + ":t:" + strconv.Itoa(i)}
		row = append(row, b)
		if len(row) == 2 || d.Taken != "" || i == to-1 {
			rows, row = append(rows, row), nil
		}
	}
	p := from / timesPerPage
	var nav []Button
	if p > 0 {
		nav = append(nav, Button{Label: w.text("booking_earlier_button", nil), Data: bk.code() + ":prev"})
	}
	if p < pages-1 {
		nav = append(nav, Button{Label: w.text("booking_later_button", nil), Data: bk.code() + ":more"})
	}
	if nav != nil {
		rows = append(rows, nav)
	}
	rows = append(rows, bk.btn(w.text("booking_back_days_button", nil), "days"))
	text := w.text(d.Taken, nil)
	if d.Taken == "" {
		w = w.in(zone)
		day := d.Day
		if day == "" && len(d.Times) > 0 {
			day = w.dayOf(d.Times[0].start()).String()
		}
		label := day
		if date, err := schedule.ParseDate(day); err == nil {
			label = w.dayButton(date)
		}
		text = w.text("booking_pick_time", map[string]any{"Day": label, "Zone": w.zoneName()})
		if !one {
			text = w.text("booking_pick_time_zones", map[string]any{"Day": label})
		}
	}
	t.say(t.withHint(hint, text), rows...)
}

func (bk *booking) renderConfirm(t *turn, w words, d bookingData, hint string, full bool) {
	yes := "booking_yes_button"
	if d.Move != 0 {
		yes = "booking_yes_move_button"
	}
	rows := [][]Button{
		bk.btn(w.text(yes, nil), "yes"),
		bk.btn(w.text("booking_other_time_button", nil), "other"),
	}
	if w.own != nil {
		// A patient abroad may have moved on, or home: their zone again.
		rows = append(rows, bk.btn(w.text("booking_zone_change_button", nil), "zone"))
	}
	rows = append(rows, bk.btn(w.text("booking_not_now_button", nil), "no"))
	if d.Pick == nil || !full {
		t.say(t.withHint(hint, w.text("booking_confirm_ask", nil)), rows...)
		return
	}
	w = w.in(d.Pick.Z)
	start := d.Pick.start()
	data := map[string]any{
		"Doctor": d.PickD.name(w.lang), "Specialty": w.specialty(d.Spec),
		"Date": w.date(w.dayOf(start), true), "Time": w.clock(start), "Zone": w.zoneAt(start),
		"Hold": w.e.Text.Count(w.lang, "minutes", int(t.e.Booking.HoldFor/time.Minute), nil),
	}
	id := "booking_confirm"
	if d.Move != 0 {
		id = "booking_confirm_move"
		data["From"] = w.in(d.MoveZ).when(time.Unix(d.MoveS, 0))
	}
	t.say(t.withHint(hint, w.text(id, data)), rows...)
}
