package e2e

import (
	"strconv"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
	"github.com/frontdoor-health/frontdoor/triage/triagetest"
)

// TestEmergencyRevealedByAnswerTelegram walks each family through the
// whole Telegram channel: the first message is not an emergency, and the
// emergency advice is the first message after the revealing answer.
func TestEmergencyRevealedByAnswerTelegram(t *testing.T) {
	t.Parallel()
	tb := startTriageBot(t, storetest.NewPostgres(t), testRedis(t))
	fake, pg, rules, text := tb.fake, tb.pg, tb.rules, tb.text
	for i, w := range triagetest.Reveals {
		t.Run(w.Name, func(t *testing.T) {
			t.Parallel()
			u := telegramtest.User{ID: int64(4001 + i), FirstName: "P", LanguageCode: w.Lang}
			label := func(id string) string {
				return text.Text(w.Lang, id, map[string]any{"Emergency": numerals.In(w.Lang, "997")})
			}
			prompts := map[string]bool{}
			for _, id := range w.Yes {
				q, _ := rules.Question(id)
				prompts[label(q.PromptID)] = true
			}
			fake.PushText(u, "/start")
			sent := fake.WaitSent(t, u.ID, 1)
			for _, l := range []string{langButton(text, w.Lang), label("onboarding_agree"), label("menu_doctor")} {
				m := sent[len(sent)-1]
				fake.PushCallback(u, m.ID, dataOf(t, m, l))
				sent = fake.WaitSent(t, u.ID, len(sent)+1)
			}
			fake.PushText(u, w.Words)
			sent = fake.WaitSent(t, u.ID, len(sent)+1)
			if sent[len(sent)-1].Text == label("triage_advice_emergency") {
				t.Fatalf("%q is an emergency from the words alone", w.Words)
			}
			// Answer "yes" where the patient has the sign, calmly elsewhere;
			// the emergency advice must be the first message after a "yes".
			revealed := false
			for n := 0; n < 15 && !revealed; n++ {
				last := sent[len(sent)-1]
				data := calmData(last)
				if data == "" {
					break
				}
				yes := prompts[last.Text]
				if yes {
					data = yesData(last)
				}
				before := len(sent)
				fake.PushCallback(u, last.ID, data)
				sent = fake.WaitSent(t, u.ID, before+1)
				revealed = sent[before].Text == label("triage_advice_emergency")
				if revealed && !yes {
					t.Errorf("the emergency advice came after a calm answer to %q", last.Text)
				}
			}
			if !revealed {
				t.Fatalf("no emergency advice after answering yes to %v", w.Yes)
			}
			row := caseRow(t, pg, "telegram:"+strconv.FormatInt(u.ID, 10)+"/")
			if row.urgency != string(triage.Emergency) || !row.queued {
				t.Errorf("case row %+v, want an emergency in the queue", row)
			}
		})
	}
}

// yesData is the data of m's "yes" button.
func yesData(m telegramtest.Message) string {
	for _, row := range m.Buttons() {
		for _, b := range row {
			if strings.HasSuffix(b.CallbackData, ":t:a:yes") {
				return b.CallbackData
			}
		}
	}
	return ""
}
