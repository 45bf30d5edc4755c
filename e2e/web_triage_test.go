package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
	"github.com/frontdoor-health/frontdoor/triage/triagetest"
)

// TestTriageWalk walks an emergency, an urgent, a routine and a self-care
// case in Arabic and English through the web chat's HTTP API, against the
// real engine, rules, Redis and PostgreSQL, and reads back each case row.
// A clinician is online (as in the dialogs tests), so an urgent case hears
// its place in the queue.
func TestTriageWalk(t *testing.T) {
	t.Parallel()
	st := newDemoWebStack(t)
	s, ts := st.process(t)
	for _, tc := range []struct {
		name, accept, lang, words string
		want                      triage.Urgency
	}{
		{"emergency arabic", "ar-SA", "ar", "صدري يوجعني وعرقان", triage.Emergency},
		{"emergency english", "en-GB", "en", "my father can't move his left arm", triage.Emergency},
		{"urgent arabic", "ar", "ar", "ضيق في التنفس", triage.Urgent},
		{"urgent english", "en", "en", "shortness of breath", triage.Urgent},
		{"routine arabic", "ar", "ar", "ابي اجدد وصفة دوا الضغط", triage.Routine},
		{"routine english", "en", "en", "I need a repeat prescription for my blood pressure pills", triage.Routine},
		{"self-care arabic", "ar", "ar", "عندي زكام ورشح", triage.SelfCare},
		{"self-care english", "en", "en", "I have a cold and runny nose", triage.SelfCare},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l := tc.lang
			chat, last := st.atTriage(t, ts, tc.accept, l)
			send := chat.send
			wantReply(t, "talk to a doctor", last[0], l, st.t(l, "triagedialog_ask_problem"), labels(last[0]))

			storetest.ClinicianOnline(t, st.pg, st.redis, "dr.khalid")
			got := send(tc.words, "")
			if tc.want == triage.Emergency {
				advice := st.t(l, "triage_advice_emergency") + "\n\n" + st.text.Text(l, "triagedialog_facility_phone", map[string]any{"Phone": clinicPhone})
				wantReply(t, "emergency advice", got[0], l, advice, nil)
				var urls []string
				for _, row := range got[1].Buttons {
					for _, btn := range row {
						urls = append(urls, btn.URL)
					}
				}
				if !slices.Equal(urls, []string{"tel:997", "tel:" + clinicPhone}) {
					t.Errorf("call links %q, want the emergency number and the clinic", urls)
				}
			}
			for i := 0; i < 20; i++ {
				data := calmAnswer(got[len(got)-1])
				if data == "" {
					break
				}
				got = send("", data)
			}

			var c struct {
				urgency, status, complaint, lang string
				flags                            []string
			}
			source := "web:" + chat.conv(s) + "/"
			err := st.pg.Pool().QueryRow(context.Background(),
				`SELECT urgency, status, complaint, lang, red_flags FROM cases WHERE starts_with(source, $1)`,
				source).Scan(&c.urgency, &c.status, &c.complaint, &c.lang, &c.flags)
			if err != nil {
				t.Fatalf("case row: %v", err)
			}
			queued := tc.want == triage.Emergency || tc.want == triage.Urgent
			decision := got
			if queued {
				decision = decision[:len(decision)-1] // the offer of a phone field
				st.sharePhone(t, chat, l, got)
				var phone string
				if err := st.pg.Pool().QueryRow(context.Background(), `SELECT coalesce(phone, '') FROM cases WHERE starts_with(source, $1)`, source).Scan(&phone); err != nil || phone != "+966512345678" {
					t.Errorf("case phone = %q, %v", phone, err)
				}
			}
			if c.urgency != string(tc.want) || c.status != map[bool]string{true: "waiting", false: "triaged"}[queued] ||
				c.complaint != tc.words || c.lang != l || (len(c.flags) > 0) != (tc.want == triage.Emergency) {
				t.Errorf("case row %+v, want %s queued=%v with the words", c, tc.want, queued)
			}
			// The walks run side by side: the place depends on who is ahead.
			if tc.want == triage.Urgent {
				text := decision[len(decision)-1].Text
				// With a clinician online, the place comes before the
				// estimated wait.
				if !strings.Contains(text, st.t(l, "triagedialog_queued")) || strings.Contains(text, st.t(l, "consult_no_doctor_kept")) ||
					!hasPlace(st.text, l, text) {
					t.Errorf("urgent decision %q does not say the patient is in the queue and their place", text)
				}
			}
		})
	}
}

// atTriage opens the web chat in accept's language, agrees and taps "Talk
// to a doctor now", and returns the chat with the replies to that tap.
func (st webStack) atTriage(t *testing.T, ts *httptest.Server, accept, l string) (*webChat, []dialogs.Reply) {
	t.Helper()
	c := openWebChat(t, ts, accept)
	last := c.send("/start", "")
	for _, label := range []string{st.lang(l), st.t(l, "onboarding_agree"), st.t(l, "menu_doctor")} {
		last = c.send("", press(t, last[len(last)-1], label))
	}
	return c, last
}

// calmAnswer returns the data of r's least worrying answer button, "" when
// r asks nothing.
func calmAnswer(r dialogs.Reply) string {
	var data []string
	for _, row := range r.Buttons {
		for _, b := range row {
			data = append(data, b.Data)
		}
	}
	return triagetest.Calm(data)
}

// sharePhone checks that got ends with the offer of a phone field, sends a
// number from it as the page does, and returns the replies (thanks, then
// the step again).
func (st webStack) sharePhone(t *testing.T, c *webChat, l string, got []dialogs.Reply) []dialogs.Reply {
	t.Helper()
	offer := got[len(got)-1]
	if offer.AskPhone == nil || offer.AskPhone.Label != st.t(l, "triagedialog_phone_button") || offer.Text != st.t(l, "triagedialog_phone_ask") {
		t.Fatalf("last reply %+v, want the offer of a phone field", offer)
	}
	status, ok, e := c.SendPhone("phone1", "+966 51 234 5678")
	if status != http.StatusOK || len(ok.Replies) < 2 ||
		!ok.Replies[0].EndPhoneAsk || ok.Replies[0].Text != st.t(l, "dialogs_phone_kept") {
		t.Fatalf("sending a number: %d %+v %+v", status, e, ok)
	}
	return ok.Replies
}
