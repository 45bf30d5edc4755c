package webchat

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
)

const clinicPhone = "+966125550100"

// triageProcess starts a web chat on the engine build makes (st.engine).
func (st stack) triageProcess(t *testing.T, opts ...func(*Server)) (*Server, *httptest.Server) {
	t.Helper()
	eng := st.engine(t)
	s := &Server{Handler: eng, Text: st.text, Locker: st.redis, Keys: st.redis, Limiter: st.redis, Metrics: metrics.New(), Emergency: "997"}
	for _, o := range opts {
		o(s)
	}
	ts := httptest.NewServer(s.Routes())
	t.Cleanup(ts.Close)
	return s, ts
}

// TestTriageWalk walks an emergency, an urgent, a routine and a self-care
// case in Arabic and English through the web chat's HTTP API, against the
// real engine, rules, Redis and PostgreSQL, and reads back each case row.
// A clinician is online (as in the dialogs tests), so an urgent case hears
// its place in the queue.
func TestTriageWalk(t *testing.T) {
	st := newStack(t)
	if _, err := store.SeedDemo(t.Context(), st.pg); err != nil {
		t.Fatal(err)
	}
	s, ts := st.triageProcess(t)
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
			b, send, last := st.atTriage(t, ts, tc.accept, l)
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
			source := "web:" + b.conv(s) + "/"
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
				st.sharePhone(t, b, l, got)
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
				places := []string{st.t(l, "triagedialog_next")}
				for ahead := 1; ahead < 8; ahead++ {
					places = append(places, st.text.Count(l, "triagedialog_ahead", ahead, nil))
				}
				parts := strings.Split(text, "\n\n")
				// With a clinician online, the place comes before the
				// estimated wait.
				if !strings.Contains(text, st.t(l, "triagedialog_queued")) || strings.Contains(text, st.t(l, "consult_no_doctor_kept")) ||
					!slices.ContainsFunc(parts, func(p string) bool { return slices.Contains(places, p) }) {
					t.Errorf("urgent decision %q does not say the patient is in the queue and their place", text)
				}
			}
		})
	}
}

// atTriage opens the web chat in accept's language, agrees and taps "Talk
// to a doctor now"; send posts the next message and returns its replies.
func (st stack) atTriage(t *testing.T, ts *httptest.Server, accept, l string) (*browser, func(text, data string) []dialogs.Reply, []dialogs.Reply) {
	t.Helper()
	b := newBrowser(t, ts)
	b.open(accept)
	n := 0
	send := func(text, data string) []dialogs.Reply {
		t.Helper()
		n++
		return b.send(fmt.Sprintf("m%d", n), text, data).Replies
	}
	last := send("/start", "")
	for _, label := range []string{st.lang(l), st.t(l, "onboarding_agree"), st.t(l, "menu_doctor")} {
		last = send("", press(t, last[len(last)-1], label))
	}
	return b, send, last
}

// calmAnswer returns the data of r's least worrying answer button, "" when
// r asks nothing.
func calmAnswer(r dialogs.Reply) string {
	var values, data []string
	for _, row := range r.Buttons {
		for _, b := range row {
			if i := strings.Index(b.Data, ":t:a:"); i >= 0 {
				values = append(values, b.Data[i+len(":t:a:"):])
				data = append(data, b.Data)
			}
		}
	}
	if len(values) == 0 {
		return ""
	}
	for _, calm := range []string{"no", "40to64y", "days", "3"} {
		if i := slices.Index(values, calm); i >= 0 {
			return data[i]
		}
	}
	return data[0]
}

// sharePhone checks that got ends with the offer of a phone field, sends a
// number from it as the page does, and returns the replies (thanks, then
// the step again).
func (st stack) sharePhone(t *testing.T, b *browser, l string, got []dialogs.Reply) []dialogs.Reply {
	t.Helper()
	offer := got[len(got)-1]
	if offer.AskPhone == nil || offer.AskPhone.Label != st.t(l, "triagedialog_phone_button") || offer.Text != st.t(l, "triagedialog_phone_ask") {
		t.Fatalf("last reply %+v, want the offer of a phone field", offer)
	}
	raw, _ := json.Marshal(sendRequest{ID: "phone1", Phone: "+966 51 234 5678"})
	resp, body := b.postRaw(string(raw))
	var ok sendResponse
	if resp.StatusCode != http.StatusOK || json.Unmarshal([]byte(body), &ok) != nil || len(ok.Replies) < 2 ||
		!ok.Replies[0].EndPhoneAsk || ok.Replies[0].Text != st.t(l, "dialogs_phone_kept") {
		t.Fatalf("sending a number: %d %s", resp.StatusCode, body)
	}
	return ok.Replies
}
