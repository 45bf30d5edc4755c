package dialogs

import (
	"strconv"
	"strings"

	"github.com/frontdoor-health/frontdoor/triage"
)

// shows turns a step's show into the row's: "coming soon" when the flow
// is off, else show with the flow's data.
func (tf *triageFlow) shows(show func(t *turn, d triageData)) func(*turn) {
	return func(t *turn) {
		if !tf.on(t) {
			tf.offHere(t)
			return
		}
		show(t, tf.load(t))
	}
}

// asks turns a step's ask into the row's, as shows does.
func (tf *triageFlow) asks(ask func(t *turn, d triageData, hint string)) func(*turn, string) {
	return func(t *turn, hint string) {
		if !tf.on(t) {
			tf.offHere(t)
			return
		}
		ask(t, tf.load(t), hint)
	}
}

// asksNoting is asks for the steps at which a case is open: what the
// patient sent without words (a photo, their location) is kept as a note
// on the case, and thanked for, in place of the question.
func (tf *triageFlow) asksNoting(state string, ask func(t *turn, d triageData, hint string)) func(*turn, string) {
	return func(t *turn, hint string) {
		if !tf.on(t) {
			tf.offHere(t)
			return
		}
		if tf.c != nil && tf.noteAttachment(t, state) {
			return
		}
		ask(t, tf.load(t), hint)
	}
}

func (tf *triageFlow) showProblem(t *turn, d triageData) {
	t.say(t.text("triagedialog_ask_problem", nil), tf.topicRows(t, d.Page)...)
}

func (tf *triageFlow) askProblem(t *turn, d triageData, hint string) {
	t.say(t.withHint(hint, t.text("triagedialog_ask_problem_short", nil)), tf.topicRows(t, d.Page)...)
}

// askEmergency: no link here: a channel that refuses one would lose the
// words.
func (tf *triageFlow) askEmergency(t *turn, _ triageData, hint string) {
	t.say(t.withHint(hint, t.text("triagedialog_emergency_again", nil)), t.button("triagedialog_menu_button", "m"))
}

// offHere answers a session left in triage after triage was turned off
// (a restart with another configuration): only the menu is open.
func (tf *triageFlow) offHere(t *turn) {
	t.say(t.text("dialogs_coming_soon", nil), t.button("triagedialog_menu_button", "m"))
}

// showEmergency gives the emergency advice as the first reply of the turn
// (in place of the Engine's shorter advice when its red-flag check already
// said it), on its own with no buttons so that nothing a channel refuses
// can hold it back; then the call buttons; then what happens to the case.
func (tf *triageFlow) showEmergency(t *turn, d triageData) {
	id := d.Advice
	if id == "" || !t.e.Text.Has(t.lang(), id) {
		id = "dialogs_emergency"
	}
	advice := t.text(id, nil)
	if phone := t.e.Triage.FacilityPhone; phone != "" {
		advice += "\n\n" + t.text("triagedialog_facility_phone", map[string]any{"Phone": phone})
	}
	generic := t.text("dialogs_emergency", nil)
	rest := make([]Reply, 0, len(t.replies)+1)
	for _, r := range t.replies {
		if r.Text != generic {
			rest = append(rest, r)
		}
	}
	t.replies = append([]Reply{{Lang: t.lang(), Text: advice}}, rest...)
	t.say(t.text("triagedialog_call", nil), tf.callRows(t)...)
	t.say(tf.emergencyQueued(t, d), t.button("triagedialog_menu_button", "m"))
}

// callRows are "call now" links: the emergency number, and the clinic's
// when known. A channel that cannot open tel: links drops them; the
// numbers are in the text as well.
func (tf *triageFlow) callRows(t *turn) [][]Button {
	rows := [][]Button{{{Label: t.text("triagedialog_call_button", nil), URL: telURL(t.e.EmergencyNumber)}}}
	if phone := t.e.Triage.FacilityPhone; phone != "" {
		rows = append(rows, []Button{{Label: t.text("triagedialog_call_clinic_button", nil), URL: telURL(phone)}})
	}
	return rows
}

// telURL is a dialling link for number as configured ("997", "+966 12 …").
func telURL(number string) string {
	return "tel:" + strings.Map(func(r rune) rune {
		if r == '+' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, number)
}

// showQueued tells a patient in the queue what happens next and their
// place; full adds why they are there. An urgent case with no clinician
// online hears where else to get care today instead of a wait.
func (tf *triageFlow) showQueued(t *turn, d triageData, full bool, hint string) {
	var parts []string
	warned := false // the rules' advice already says what to do if it gets worse
	if full {
		if d.Urgency == string(triage.Urgent) {
			var text string
			text, warned = tf.urgentDecision(t, d)
			parts = append(parts, text)
		} else {
			parts = append(parts, t.text("triagedialog_asked_doctor", nil))
		}
		if d.Fallback == nil {
			parts = append(parts, t.text("triagedialog_queued", nil))
		}
	}
	switch {
	case d.Fallback != nil:
		parts = append(parts, tf.fallbackLines(t, *d.Fallback)...)
	case d.Pos == 1:
		parts = append(parts, t.text("triagedialog_next", nil))
	case d.Pos > 1:
		parts = append(parts, t.e.Text.Count(t.lang(), "triagedialog_ahead", d.Pos-1, nil))
	case d.Pos < 0:
		parts = append(parts, t.text("triagedialog_not_waiting", nil))
	}
	if d.Wait != nil && d.Pos > 0 && d.Fallback == nil {
		parts = append(parts, waitLine(t.e, t.lang(), *d.Wait))
	}
	if !warned {
		parts = append(parts, t.text("triagedialog_worse", nil))
	}
	var rows [][]Button
	if d.Fallback != nil {
		rows = append(rows, tf.fallbackRows(t, *d.Fallback)...)
	}
	if _, ok := t.e.Cases.(CaseQueue); ok && d.Pos >= 0 {
		rows = append(rows, t.button("triagedialog_position_button", "pos"))
	}
	if tf.c != nil && d.Pos >= 0 {
		rows = append(rows, t.button("consult_leave_button", "lv"))
	}
	rows = append(rows, t.button("triagedialog_menu_button", "m"))
	t.say(t.withHint(hint, strings.Join(parts, "\n\n")), rows...)
}

// decision is the decision in plain words: the rules' advice for it when
// the locales have it (advised is then true), else the fallback message.
func (tf *triageFlow) decision(t *turn, d triageData, fallback string) (text string, advised bool) {
	if d.Advice != "" && t.e.Text.Has(t.lang(), d.Advice) {
		return t.text(d.Advice, nil), true
	}
	return t.text(fallback, nil), false
}

func (tf *triageFlow) routineRows(t *turn) [][]Button {
	var rows [][]Button
	if t.e.booking() != nil {
		rows = append(rows, t.button("triagedialog_book_button", "b"))
	}
	return append(rows, t.button("triagedialog_doctor_anyway_button", "q"), t.button("triagedialog_menu_button", "m"))
}

func (tf *triageFlow) selfCareRows(t *turn) [][]Button {
	return [][]Button{t.button("triagedialog_worried_button", "q"), t.button("triagedialog_menu_button", "m")}
}

// askQuestion asks the question being asked, with its options as buttons.
func (tf *triageFlow) askQuestion(t *turn, d triageData, hint string) {
	q, ok := tf.rules(t).Question(d.Q)
	if !ok {
		// The rules changed under a saved session: say so, and let the
		// patient go back to the menu (typed words still re-assess).
		t.say(t.withHint(hint, t.text("dialogs_lost_place", nil)), t.button("triagedialog_menu_button", "m"))
		return
	}
	prompt := q.PromptID
	// "Is he having thoughts…" when the patient wrote about someone else
	if who := tf.rules(t).Subject(tf.input(d), tf.facts(t), d.Answers); who != "" && t.e.Text.Has(t.lang(), prompt+"_"+who) {
		prompt += "_" + who
	}
	t.say(t.withHint(hint, t.text(prompt, nil)), tf.optionRows(t, q)...)
}

// optionRows lays out a question's options: one big button a row, except
// the eleven severity numbers, four a row.
func (tf *triageFlow) optionRows(t *turn, q triage.Question) [][]Button {
	perRow := 1
	if q.Kind == triage.KindSeverity {
		perRow = 4
	}
	var rows [][]Button
	for i, o := range q.Options {
		b := Button{Label: t.text(o.LabelID, nil), Data: tf.code() + ":a:" + o.Value}
		if i%perRow == 0 {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], b)
	}
	return rows
}

// topicRows is one page of the topic picker, with paging buttons.
func (tf *triageFlow) topicRows(t *turn, page int) [][]Button {
	all := liveTopics(tf.rules(t))
	start := page * topicsPerPage
	if start < 0 || start >= len(all) {
		page, start = 0, 0
	}
	end := min(start+topicsPerPage, len(all))
	rows := make([][]Button, 0, end-start+1)
	for _, tp := range all[start:end] {
		rows = append(rows, t.button("triagedialog_topic_"+tp.path, "p:"+tp.path))
	}
	var nav []Button
	if page > 0 {
		nav = append(nav, t.button("triagedialog_back", "pg:"+strconv.Itoa(page-1))...)
	}
	if end < len(all) {
		nav = append(nav, t.button("triagedialog_more", "pg:"+strconv.Itoa(page+1))...)
	}
	if len(nav) > 0 {
		rows = append(rows, nav)
	}
	return rows
}
