package e2e

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
	"github.com/frontdoor-health/frontdoor/triage/triagetest"
)

// triageWalk is one patient's "Talk to a doctor now", from /start to the
// decision.
type triageWalk struct {
	name  string
	user  telegramtest.User
	words string
	want  triage.Urgency
}

// TestTriageEndToEnd walks an emergency, an urgent, a routine and a
// self-care case in Arabic and English through the whole Telegram channel
// (fake Bot API, real Redis and PostgreSQL, the real triage rules), each
// patient in their own chat at the same time. It checks that an emergency
// gets the emergency advice as the very next message after the patient's
// words, the place in the queue an urgent case is told (a clinician is
// online, as the dialogs tests have one), and the case row each walk
// leaves in PostgreSQL.
func TestTriageEndToEnd(t *testing.T) {
	t.Parallel()
	pg, rs := demoStores(t)
	tb := startTriageBot(t, pg, rs)
	fake, text := tb.fake, tb.text

	walks := []triageWalk{
		{"emergency arabic", telegramtest.User{ID: 3001, FirstName: "سالم", LanguageCode: "ar"}, "صدري يوجعني وعرقان", triage.Emergency},
		{"emergency english", telegramtest.User{ID: 3002, FirstName: "Ann", LanguageCode: "en"}, "my father can't move his left arm", triage.Emergency},
		{"urgent arabic", telegramtest.User{ID: 3003, FirstName: "هند", LanguageCode: "ar"}, "ضيق في التنفس", triage.Urgent},
		{"urgent english", telegramtest.User{ID: 3004, FirstName: "Bob", LanguageCode: "en"}, "shortness of breath", triage.Urgent},
		{"routine arabic", telegramtest.User{ID: 3005, FirstName: "فهد", LanguageCode: "ar"}, "ابي اجدد وصفة دوا الضغط", triage.Routine},
		{"routine english", telegramtest.User{ID: 3006, FirstName: "Cy", LanguageCode: "en"}, "I need a repeat prescription for my blood pressure pills", triage.Routine},
		{"self-care arabic", telegramtest.User{ID: 3007, FirstName: "منى", LanguageCode: "ar"}, "عندي زكام ورشح", triage.SelfCare},
		{"self-care english", telegramtest.User{ID: 3008, FirstName: "Di", LanguageCode: "en"}, "I have a cold and runny nose", triage.SelfCare},
	}
	t.Run("walks", func(t *testing.T) {
		for _, w := range walks {
			t.Run(w.name, func(t *testing.T) {
				t.Parallel()
				walkTriage(t, fake, pg, text, w, func() { storetest.ClinicianOnline(t, tb.pg, tb.rs, "dr.khalid") })
			})
		}
	})
	// Every case that joined the queue was announced to the dashboards.
	events, _, err := rs.CaseEventsAfter(context.Background(), "0-0", 100)
	var urgencies []string
	for _, e := range events {
		if e.Kind == store.EventCaseCreated {
			urgencies = append(urgencies, e.Urgency)
		}
	}
	slices.Sort(urgencies)
	if err != nil || !slices.Equal(urgencies, []string{"emergency", "emergency", "urgent", "urgent"}) {
		t.Errorf("dashboard events for %v, %v; want the two emergencies and the two urgent cases", urgencies, err)
	}
}

// triageBot is the Telegram channel running triage as serve wires it:
// the real rules, cases through store.Cases, a fake Bot API.
type triageBot struct {
	fake  *telegramtest.Server
	pg    *store.Postgres
	rs    *store.Redis
	rules *triage.Engine
	text  *locales.Catalog
}

// startTriageBot starts it on pg and rs.
func startTriageBot(t *testing.T, pg *store.Postgres, rs *store.Redis) triageBot {
	t.Helper()
	fake, text := startEngineBot(t, pg, rs)
	return triageBot{fake: fake, pg: pg, rs: rs, rules: mustRules(t), text: text}
}

// walkTriage walks w from /start to the decision and checks what the
// patient received and the case row; online puts a clinician online just
// before the patient's words.
func walkTriage(t *testing.T, fake *telegramtest.Server, pg *store.Postgres, text *locales.Catalog, w triageWalk, online func()) {
	t.Helper()
	lang := w.user.LanguageCode
	label := func(id string) string {
		return text.Text(lang, id, map[string]any{"Emergency": numerals.In(lang, "997")})
	}

	fake.PushText(w.user, "/start")
	sent := fake.WaitSent(t, w.user.ID, 1)
	for _, l := range []string{langButton(text, lang), label("onboarding_agree"), label("menu_doctor")} {
		m := sent[len(sent)-1]
		fake.PushCallback(w.user, m.ID, dataOf(t, m, l))
		sent = fake.WaitSent(t, w.user.ID, len(sent)+1)
	}
	if got := sent[len(sent)-1].Text; got != label("triagedialog_ask_problem") {
		t.Fatalf("after “Talk to a doctor now”: %q, want the question about the problem", got)
	}

	before := len(sent)
	online()
	fake.PushText(w.user, w.words)
	if w.want == triage.Emergency {
		sent = fake.WaitSent(t, w.user.ID, before+3)
		advice := sent[before]
		if advice.Text != label("triage_advice_emergency") || advice.ReplyMarkup != "" {
			t.Errorf("first message after the words = %q (markup %q), want the emergency advice alone", advice.Text, advice.ReplyMarkup)
		}
		// Telegram refuses tel: links in inline buttons: the number
		// must be readable in the text.
		if !strings.Contains(sent[before+1].Text, numerals.In(lang, "997")) {
			t.Errorf("call message %q does not show the number", sent[before+1].Text)
		}
	} else {
		sent = answerCalmly(t, fake, w.user, before+1)
	}

	row := caseRow(t, pg, "telegram:"+strconv.FormatInt(w.user.ID, 10)+"/")
	queued := w.want == triage.Emergency || w.want == triage.Urgent
	if row.urgency != string(w.want) || row.status != map[bool]string{true: "waiting", false: "triaged"}[queued] ||
		row.queued != queued || row.lang != lang || row.complaint != w.words || (len(row.flags) > 0) != (w.want == triage.Emergency) {
		t.Errorf("case row %+v, want %s (queued %v) in %s with the words", row, w.want, queued, lang)
	}
	// A clinician is online: the urgent case hears it is queued and its
	// place, and nothing of nobody being online.
	if w.want == triage.Urgent && !slices.ContainsFunc(sent, func(m telegramtest.Message) bool {
		return strings.Contains(m.Text, label("triagedialog_queued")) && hasPlace(text, lang, m.Text) &&
			!strings.Contains(m.Text, label("consult_no_doctor_kept"))
	}) {
		t.Errorf("urgent decision does not say the patient is in the queue and their place")
	}
	if queued {
		sharePhone(t, fake, pg, w.user, label, row.id)
	}
}

// sharePhone checks the offer to send a phone number that follows a queued
// case (a keyboard button that sends the contact), sends one, and checks
// it is kept with the case and the keyboard is taken away.
func sharePhone(t *testing.T, fake *telegramtest.Server, pg *store.Postgres, u telegramtest.User, label func(string) string, caseID int64) {
	t.Helper()
	var offer telegramtest.Message
	fake.Wait(t, "the offer to send a phone number", func() bool {
		for _, m := range fake.Sent(u.ID) {
			if m.Text == label("triagedialog_phone_ask") {
				offer = m
				return true
			}
		}
		return false
	})
	want := `{"keyboard":[[{"text":"` + label("triagedialog_phone_button") + `","request_contact":true}]],"resize_keyboard":true,"one_time_keyboard":true}`
	if offer.ReplyMarkup != want {
		t.Fatalf("phone offer %q with markup %s, want %s", offer.Text, offer.ReplyMarkup, want)
	}
	upd := fake.TextUpdate(u, "")
	m := upd["message"].(map[string]any)
	delete(m, "text")
	m["contact"] = map[string]any{"phone_number": "966512345678", "first_name": "P", "user_id": u.ID}
	before := len(fake.Sent(u.ID))
	fake.PushUpdate(upd)
	sent := fake.WaitSent(t, u.ID, before+2)
	if thanks := sent[before]; thanks.Text != label("dialogs_phone_kept") || thanks.ReplyMarkup != `{"remove_keyboard":true}` {
		t.Errorf("after the contact: %q %s, want thanks that takes the keyboard away", thanks.Text, thanks.ReplyMarkup)
	}
	var phone string
	if err := pg.Pool().QueryRow(context.Background(), `SELECT coalesce(phone, '') FROM cases WHERE id = $1`, caseID).Scan(&phone); err != nil || phone != "966512345678" {
		t.Errorf("case %d phone = %q, %v", caseID, phone, err)
	}
}

// answerCalmly taps the least worrying answer to every question from the
// from-th message on, until a message without answer buttons (the
// decision); it returns every message sent.
func answerCalmly(t *testing.T, fake *telegramtest.Server, u telegramtest.User, from int) []telegramtest.Message {
	t.Helper()
	for n := from; n < from+20; n++ {
		sent := fake.WaitSent(t, u.ID, n)
		last := sent[len(sent)-1]
		data := calmData(last)
		if data == "" {
			return sent
		}
		fake.PushCallback(u, last.ID, data)
	}
	t.Fatal("more than 20 questions")
	return nil
}

// calmData picks the least worrying answer button of m, "" when m asks
// nothing.
func calmData(m telegramtest.Message) string { return triagetest.Calm(m.CallbackData()) }

type caseFields struct {
	id                               int64
	urgency, status, lang, complaint string
	flags                            []string
	queued                           bool
}

// caseRow reads the one case opened from a source starting with prefix.
func caseRow(t *testing.T, pg *store.Postgres, prefix string) caseFields {
	t.Helper()
	var c caseFields
	var n int
	err := pg.Pool().QueryRow(context.Background(), `
		SELECT id, urgency, status, lang, complaint, red_flags, queued_at IS NOT NULL, count(*) OVER ()
		FROM cases WHERE starts_with(source, $1)`, prefix).
		Scan(&c.id, &c.urgency, &c.status, &c.lang, &c.complaint, &c.flags, &c.queued, &n)
	if err != nil || n != 1 {
		t.Fatalf("case from %s: %d rows, %v; want one", prefix, n, err)
	}
	return c
}

// hasPlace reports whether text has a paragraph telling the patient their
// place in the queue (next, or some ahead: the walks run side by side).
func hasPlace(text *locales.Catalog, lang, msg string) bool {
	places := []string{text.Text(lang, "triagedialog_next", nil)}
	for ahead := 1; ahead < 8; ahead++ {
		places = append(places, text.Count(lang, "triagedialog_ahead", ahead, nil))
	}
	return slices.ContainsFunc(strings.Split(msg, "\n\n"), func(p string) bool { return slices.Contains(places, p) })
}
