package bot

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
	"github.com/frontdoor-health/frontdoor/video"
)

// newPlaceEngine is newEngine with the place questions on, as serve
// builds it (Deps.Places is the store's Patients).
func newPlaceEngine(tb testing.TB, pg *store.Postgres, rs *store.Redis, text *locales.Catalog) *dialogs.Engine {
	tb.Helper()
	rules, err := triage.Load()
	if err != nil {
		tb.Fatal(err)
	}
	jobs, err := reminders.NewJobs(pg.Pool(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	appts, err := store.NewAppointments(pg, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: jobs})
	if err != nil {
		tb.Fatal(err)
	}
	engine, err := dialogs.New(dialogs.Deps{
		Sessions: rs, Patients: pg.Patients(), Places: pg.Patients(), Text: text,
		Cases: pg.Cases(rs), Triage: dialogs.Triage{Rules: rules}, Consults: pg.Consults(rs),
		Booking:         dialogs.Booking{Appointments: appts, HoldFor: appts.HoldFor()},
		EmergencyNumber: "997",
	})
	if err != nil {
		tb.Fatal(err)
	}
	return engine
}

// TestPlaceEndToEndTelegram: a patient with no facility link, in Arabic
// and in English, says they are a pilgrim, is offered Telegram's "send my
// location" keyboard button, sends a location in Makkah, and the keyboard
// is taken away; the case goes to the Makkah clinic and carries the
// pilgrim fact, and the patient keeps the answer.
func TestPlaceEndToEndTelegram(t *testing.T) {
	pg, rs := storetest.NewPostgres(t), testRedis(t)
	if _, err := store.SeedDemo(t.Context(), pg); err != nil {
		t.Fatal(err)
	}
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	fake := telegramtest.NewServer(t)
	env := newEnvOn(t, fake, rs.Client(), rs.Key("tg"), newPlaceEngine(t, pg, rs, text))
	env.start(t)

	for _, u := range []telegramtest.User{
		{ID: 5001, FirstName: "حليمة", LanguageCode: "ar"},
		{ID: 5002, FirstName: "Idris", LanguageCode: "en"},
	} {
		t.Run(u.LanguageCode, func(t *testing.T) {
			t.Parallel()
			lang := u.LanguageCode
			label := func(id string) string {
				return text.Text(lang, id, map[string]any{"Emergency": numerals.In(lang, "997")})
			}
			c := &tgChat{t: t, fake: fake, user: u}
			t.Cleanup(func() {
				if t.Failed() {
					for _, m := range fake.Sent(u.ID) {
						t.Logf("sent %d: %q %s", m.ID, m.Text, m.ReplyMarkup)
					}
				}
			})
			c.say("/start")
			c.tap(langButton(text, lang))
			c.tap(label("onboarding_agree"))
			c.tap(label("menu_doctor"))
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
