package webchat

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/store"
)

// bookingProcess starts a web chat with booking on, as serve wires it
// over the demo clinics (reminder jobs are only enqueued).
func (st stack) bookingProcess(t *testing.T) *httptest.Server {
	t.Helper()
	if _, err := store.SeedDemo(t.Context(), st.pg); err != nil {
		t.Fatal(err)
	}
	eng := st.engine(t)
	s := &Server{Handler: eng, Text: st.text, Locker: st.redis, Keys: st.redis, Limiter: st.redis, Metrics: metrics.New(), Emergency: "997"}
	ts := httptest.NewServer(s.Routes())
	t.Cleanup(ts.Close)
	return ts
}

// TestBookingWalk books, finds, moves and cancels an appointment through
// the web chat's HTTP API in Arabic and English.
func TestBookingWalk(t *testing.T) {
	st := newStack(t)
	ts := st.bookingProcess(t)
	active := func() (n, moves int) {
		t.Helper()
		if err := st.pg.Pool().QueryRow(context.Background(),
			`SELECT count(*), coalesce(sum(moves), 0) FROM appointments WHERE active`).Scan(&n, &moves); err != nil {
			t.Fatal(err)
		}
		return n, moves
	}
	for _, tc := range []struct{ name, lang, gp string }{
		{"arabic", "ar", "الطب العام"},
		{"english", "en", "General Practice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := tc.lang
			b := newBrowser(t, ts)
			b.open(l)
			n := 0
			var last []dialogs.Reply
			send := func(text, data string) {
				t.Helper()
				n++
				last = b.send(fmt.Sprintf("m%d", n), text, data).Replies
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
			if a, _ := active(); a != 1 {
				t.Fatalf("%d active appointments after booking, want 1", a)
			}
			tap(st.t(l, "menu_appointments"))
			first()
			tap(st.t(l, "appts_move_button"))
			first()
			first()
			tap(st.t(l, "booking_yes_move_button"))
			if a, m := active(); a != 1 || m != 1 {
				t.Fatalf("after the change: %d active moved %d times", a, m)
			}
			tap(st.t(l, "menu_appointments"))
			first()
			tap(st.t(l, "appts_cancel_button"))
			tap(st.t(l, "appts_cancel_yes"))
			if a, _ := active(); a != 0 {
				t.Errorf("%d active appointments after cancelling, want none", a)
			}
		})
	}
}

// hasButton reports whether r offers a button labelled label.
func hasButton(r dialogs.Reply, label string) bool {
	for _, row := range r.Buttons {
		for _, b := range row {
			if b.Label == label {
				return true
			}
		}
	}
	return false
}
