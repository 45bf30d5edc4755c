package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/bottest"
	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// e2eClock fixes the engine's clock, so the step tokens in callback data
// (and thus the exact payloads) are the same on every run.
var e2eClock = time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)

// TestEndToEnd walks /start → language → consent → menu through the whole
// channel: fake Bot API, real Redis (intake, sessions, limits), real
// PostgreSQL (patients) and the dialogs engine. The process is restarted
// between the language and the consent: a new channel and engine on the
// same stores must carry the conversation on. Every payload the bot sent is
// compared with testdata/telegram_onboarding_<name>.golden (rewrite with
// -update).
func TestEndToEnd(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name              string
		user              telegramtest.User
		langButton, agree string
		menu              []string
	}{
		{"arabic", telegramtest.User{ID: 2001, FirstName: "أمل", LanguageCode: "ar"}, "العربية (١٢٣)", "أوافق",
			[]string{"أريد التحدث مع طبيب", "احجز موعدًا", "مواعيدي", "مساعدة"}},
		{"english", telegramtest.User{ID: 2002, FirstName: "John", LanguageCode: "en-GB"}, "English", "I agree",
			[]string{"Talk to a doctor now", "Book an appointment", "My appointments", "Help"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // each on stores and a fake of its own
			pg := storetest.NewPostgres(t)
			rs := testRedis(t)
			fake := telegramtest.NewServer(t)
			process := func() *bottest.Channel {
				eng := newEngine(t, pg, rs, func(c *engine.Config) { c.Now = func() time.Time { return e2eClock } })
				return bottest.Start(t, fake, rs.Client(), rs.Key("tg"), eng)
			}
			first := process()

			fake.PushText(tc.user, "/start")
			picker := fake.WaitSent(t, tc.user.ID, 1)[0]
			fake.PushCallback(tc.user, picker.ID, dataOf(t, picker, tc.langButton))
			notice := fake.WaitSent(t, tc.user.ID, 2)[1]
			fake.WaitCalls(t, "editMessageText", 1) // the mark follows the next question

			first.Stop() // the process goes away between two steps
			process()

			fake.PushCallback(tc.user, notice.ID, dataOf(t, notice, tc.agree))
			fake.WaitSent(t, tc.user.ID, 3)
			fake.WaitCalls(t, "answerCallbackQuery", 2)
			fake.WaitCalls(t, "editMessageText", 2)
			sent := fake.Sent(tc.user.ID)
			menu := sent[len(sent)-1]
			var labels []string
			for _, row := range menu.Buttons() {
				for _, b := range row {
					labels = append(labels, b.Text)
				}
			}
			if strings.Join(labels, "|") != strings.Join(tc.menu, "|") {
				t.Errorf("menu buttons %q, want %q", labels, tc.menu)
			}
			for _, m := range sent[:len(sent)-1] {
				if m.ReplyMarkup != "" || !m.Edited {
					t.Errorf("message %d still has its keyboard after the press", m.ID)
				}
			}
			golden(t, "telegram_onboarding_"+tc.name, transcript(fake))
		})
	}
}

// dataOf returns the callback data of the button labelled label.
func dataOf(t testing.TB, m telegramtest.Message, label string) string {
	t.Helper()
	for _, row := range m.Buttons() {
		for _, b := range row {
			if b.Text == label {
				return b.CallbackData
			}
		}
	}
	t.Fatalf("no button %q in %q", label, m.ReplyMarkup)
	return ""
}

// transcript renders the outbound calls that reach the patient, in order.
func transcript(fake *telegramtest.Server) string {
	var b strings.Builder
	for _, c := range fake.Calls() {
		switch c.Method {
		case "sendMessage", "editMessageText":
			fmt.Fprintf(&b, ">>> %s chat_id=%s", c.Method, c.Params["chat_id"])
			if id := c.Params["message_id"]; id != "" {
				fmt.Fprintf(&b, " message_id=%s", id)
			}
			fmt.Fprintf(&b, " status=%d\n%s\n", c.Status, c.Params["text"])
			if rm := c.Params["reply_markup"]; rm != "" {
				fmt.Fprintf(&b, "reply_markup: %s\n", rm)
			}
			b.WriteString("\n")
		case "answerCallbackQuery":
			fmt.Fprintf(&b, ">>> %s status=%d\n\n", c.Method, c.Status)
		}
	}
	return b.String()
}
