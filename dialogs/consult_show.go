package dialogs

import (
	"strconv"
	"strings"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/triage"
)

func (cf *consultFlow) showClaimed(t *turn, d triageData) {
	id := "consult_claimed"
	if d.Link == "" {
		id = "consult_claimed_no_link"
	}
	t.say(t.text(id, map[string]any{"Doctor": cf.doctor(t, d)}), cf.joinRows(t, d)...)
}

func (cf *consultFlow) showClosed(t *turn, d triageData) {
	parts := []string{t.text("consult_closed", map[string]any{"Doctor": cf.doctor(t, d)})}
	switch at := d.followUp(); {
	case d.Disp == DispositionFollowUp && !at.IsZero():
		w := t.words()
		parts = append(parts, t.text("consult_disposition_follow_up_at",
			map[string]any{"When": w.when(at), "Zone": w.zoneAt(at)}))
	case d.Disp != "" && t.e.Text.Has(t.lang(), "consult_disposition_"+d.Disp):
		parts = append(parts, t.text("consult_disposition_"+d.Disp, nil))
	}
	t.say(strings.Join(parts, "\n\n"))
	t.say(t.text("consult_rate_ask", nil), cf.rateRows(t)...)
}

func (cf *consultFlow) askLeaving(t *turn, _ triageData, hint string) {
	t.say(t.withHint(hint, t.text("consult_leave_ask", nil)),
		t.button("consult_leave_yes", "lv"), t.button("consult_leave_no", "st"))
}

func (cf *consultFlow) askClaimed(t *turn, d triageData, hint string) {
	doctor := map[string]any{"Doctor": cf.doctor(t, d)}
	if strings.HasPrefix(hint, "consult_") {
		// The consult's own acknowledgements say it all, briefly, and
		// without the video button: it is on the claim's message and on
		// the full question, not repeated under every line.
		t.say(t.text(hint, doctor))
		return
	}
	t.say(t.withHint(hint, t.text("consult_live", doctor)), cf.joinRows(t, d)...)
}

// doctor is the clinician's name in the patient's language.
func (cf *consultFlow) doctor(t *turn, d triageData) string {
	if d.Doc == nil {
		return t.text("consult_the_doctor", nil)
	}
	return d.Doc.name(t.lang())
}

// joinRows is the video call's link, when there is one.
func (cf *consultFlow) joinRows(t *turn, d triageData) [][]Button {
	if d.Link == "" {
		return nil
	}
	return [][]Button{{{Label: t.text("consult_join_button", nil), URL: d.Link}}}
}

// rateRows are the five rating buttons in one row, then the menu.
func (cf *consultFlow) rateRows(t *turn) [][]Button {
	row := make([]Button, 0, 5)
	for n := 1; n <= 5; n++ {
		row = append(row, Button{
			Label: t.text("consult_rate_button", map[string]any{"Stars": numerals.Format(t.lang(), n)}),
			Data:  cf.code() + ":rt:" + strconv.Itoa(n),
		})
	}
	return [][]Button{row, t.button("triagedialog_menu_button", "m")}
}

// askEmergency: no link here: a channel that refuses one would lose the
// words.
func (cf *consultFlow) askEmergency(t *turn, _ triageData, hint string) {
	t.say(t.withHint(hint, t.text("triagedialog_emergency_again", nil)), t.button("triagedialog_menu_button", "m"))
}

// showEmergency gives the emergency advice as the first reply of the turn
// (in place of the Engine's shorter advice when its red-flag check already
// said it), on its own with no buttons so that nothing a channel refuses
// can hold it back; then the call buttons; then what happens to the case.
func (cf *consultFlow) showEmergency(t *turn, d triageData) {
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
	t.say(t.text("triagedialog_call", nil), cf.callRows(t)...)
	t.say(cf.emergencyQueued(t, d), t.button("triagedialog_menu_button", "m"))
}

// callRows are "call now" links: the emergency number, and the clinic's
// when known. A channel that cannot open tel: links drops them; the
// numbers are in the text as well.
func (cf *consultFlow) callRows(t *turn) [][]Button {
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
func (cf *consultFlow) showQueued(t *turn, d triageData, full bool, hint string) {
	var parts []string
	warned := false // the rules' advice already says what to do if it gets worse
	if full {
		if d.Urgency == string(triage.Urgent) {
			var text string
			text, warned = cf.urgentDecision(t, d)
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
		parts = append(parts, cf.fallbackLines(t, *d.Fallback)...)
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
		rows = append(rows, cf.fallbackRows(t, *d.Fallback)...)
	}
	if d.Pos >= 0 {
		rows = append(rows, t.button("triagedialog_position_button", "pos"), t.button("consult_leave_button", "lv"))
	}
	rows = append(rows, t.button("triagedialog_menu_button", "m"))
	t.say(t.withHint(hint, strings.Join(parts, "\n\n")), rows...)
}
