package e2e

import (
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// TestBookingWalk books, finds, moves and cancels an appointment through
// the web chat's HTTP API in Arabic and English.
func TestBookingWalk(t *testing.T) {
	t.Parallel()
	st := newDemoWebStack(t)
	_, ts := st.process(t)
	for _, tc := range []struct{ name, lang, gp string }{
		{"arabic", "ar", "الطب العام"},
		{"english", "en", "General Practice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := tc.lang
			c := openWebChat(t, ts, l)
			var last []dialogs.Reply
			send := func(text, data string) {
				t.Helper()
				last = c.send(text, data)
			}
			tap := func(label string) { t.Helper(); send("", press(t, last[len(last)-1], label)) }
			first := func() {
				t.Helper()
				for _, r := range last {
					if len(r.Buttons) > 0 {
						send("", r.Buttons[0][0].Data)
						return
					}
				}
				t.Fatalf("no buttons in %+v", last)
			}
			send("/start", "")
			tap(st.lang(l))
			tap(st.t(l, "onboarding_agree"))
			tap(st.t(l, "menu_book"))
			// Triage first: a routine problem goes on to booking, in the
			// specialty triage chose when the clinic has it.
			send(map[string]string{"ar": "ابي اجدد وصفة دوا الضغط", "en": "I need a repeat prescription for my blood pressure pills"}[l], "")
			tap(st.t(l, "triage_a_no"))
			if hasButton(last[len(last)-1], tc.gp) {
				tap(tc.gp)
			}
			first() // day
			first() // time
			tap(st.t(l, "booking_yes_button"))
			head, _, _ := strings.Cut(st.t(l, "booking_done"), "\n")
			if len(last) != 1 || !strings.HasPrefix(last[0].Text, head) || last[0].Document == nil ||
				last[0].Document.Name != "appointment.ics" || !strings.Contains(string(last[0].Document.Data), "BEGIN:VCALENDAR") {
				t.Fatalf("after booking: %+v", last)
			}
			if a, _ := activeAppointments(t, st.pg); a != 1 {
				t.Fatalf("%d active appointments after booking, want 1", a)
			}
			tap(st.t(l, "menu_appointments"))
			first()
			tap(st.t(l, "appts_move_button"))
			first()
			first()
			tap(st.t(l, "booking_yes_move_button"))
			if a, m := activeAppointments(t, st.pg); a != 1 || m != 1 {
				t.Fatalf("after the change: %d active moved %d times", a, m)
			}
			tap(st.t(l, "menu_appointments"))
			first()
			tap(st.t(l, "appts_cancel_button"))
			tap(st.t(l, "appts_cancel_yes"))
			if a, _ := activeAppointments(t, st.pg); a != 0 {
				t.Errorf("%d active appointments after cancelling, want none", a)
			}
		})
	}
}
