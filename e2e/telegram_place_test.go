package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/engine"
)

// TestPlaceEndToEndTelegram: a patient with no facility link, in Arabic
// and in English, says they are a pilgrim, is offered Telegram's "send my
// location" keyboard button, sends a location in Makkah, and the keyboard
// is taken away; the case goes to the Makkah clinic and carries the
// pilgrim fact, and the patient keeps the answer.
func TestPlaceEndToEndTelegram(t *testing.T) {
	t.Parallel()
	pg, rs := demoStores(t)
	// The place questions on, as serve builds the engine.
	fake, text := startEngineBot(t, pg, rs, func(c *engine.Config) { c.Places = true })

	for _, u := range []telegramtest.User{
		{ID: 5001, FirstName: "حليمة", LanguageCode: "ar"},
		{ID: 5002, FirstName: "Idris", LanguageCode: "en"},
	} {
		t.Run(u.LanguageCode, func(t *testing.T) {
			t.Parallel()
			lang := u.LanguageCode
			c := openTgChat(t, fake, text, u)
			label := c.label
			c.toMenu("menu_doctor")
			c.waitFor("the problem question", func(m telegramtest.Message) bool {
				return strings.HasPrefix(m.Text, label("triagedialog_ask_problem"))
			})
			c.say(map[string]string{"ar": "ابي اجدد وصفة دوا الضغط", "en": "I need a repeat prescription for my blood pressure pills"}[lang])
			answerCalmly(t, fake, u, c.from+1)
			c.tap(label("place_visitor_pilgrim"))

			offer, _ := c.waitFor("the location offer", func(m telegramtest.Message) bool { return m.Text == label("place_location_ask") })
			want := `{"keyboard":[[{"text":"` + label("place_location_button") + `","request_location":true}]],"resize_keyboard":true,"one_time_keyboard":true}`
			if offer.ReplyMarkup != want {
				t.Fatalf("location offer markup %s, want %s", offer.ReplyMarkup, want)
			}
			upd := fake.TextUpdate(u, "")
			m := upd["message"].(map[string]any)
			delete(m, "text")
			m["location"] = map[string]any{"latitude": 21.4101, "longitude": 39.8240} // Misfalah, Makkah
			c.from = len(fake.Sent(u.ID))
			fake.PushUpdate(upd)
			thanks, _ := c.waitFor("thanks", func(m telegramtest.Message) bool { return m.Text == label("place_thanks") })
			if thanks.ReplyMarkup != `{"remove_keyboard":true}` {
				t.Errorf("thanks markup %s, want the location keyboard taken away", thanks.ReplyMarkup)
			}
			c.waitFor("the decision", func(m telegramtest.Message) bool {
				return strings.Contains(m.Text, label("triagedialog_routine_ask")) || len(m.Buttons()) > 0
			})

			var facility, pilgrim, visitor string
			fake.Wait(t, "the case", func() bool {
				err := pg.Pool().QueryRow(context.Background(), `
SELECT coalesce(f.code, ''), coalesce(c.facts->>'pilgrim', ''), coalesce(p.visitor, '')
FROM cases c JOIN patients p ON p.id = c.patient_id LEFT JOIN facilities f ON f.id = c.facility_id
WHERE p.channel = 'telegram' AND p.conversation_id = $1`, strconv.FormatInt(u.ID, 10)).Scan(&facility, &pilgrim, &visitor)
				return err == nil
			})
			if facility != "makkah_ajyad" || pilgrim != "yes" || visitor != dialogs.VisitorPilgrim {
				t.Errorf("case at %q, pilgrim fact %q, patient %q; want makkah_ajyad, yes, pilgrim", facility, pilgrim, visitor)
			}
		})
	}
}
