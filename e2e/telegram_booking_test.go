package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot/bottest"
	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// startEngineBot starts the Telegram channel on a fake Bot API, handing
// its inputs to the engine build makes on pg and rs (newEngine, edited by
// edit), and returns the fake and the texts.
func startEngineBot(t *testing.T, pg *store.Postgres, rs *store.Redis, edit ...func(*engine.Config)) (*telegramtest.Server, *locales.Catalog) {
	t.Helper()
	fake := telegramtest.NewServer(t)
	bottest.Start(t, fake, rs.Client(), rs.Key("tg"), newEngine(t, pg, rs, edit...))
	return fake, catalog(t)
}

// activeAppointments counts the appointments that hold a time (booked or
// held), and how often the booked ones were moved.
func activeAppointments(t *testing.T, pg *store.Postgres) (active, moves int) {
	t.Helper()
	err := pg.Pool().QueryRow(context.Background(),
		`SELECT count(*), coalesce(sum(moves), 0) FROM appointments WHERE active`).Scan(&active, &moves)
	if err != nil {
		t.Fatalf("count appointments: %v", err)
	}
	return active, moves
}

// TestBookingEndToEndTelegram walks booking through the whole Telegram
// channel (fake Bot API, real Redis and PostgreSQL over the demo clinics)
// in Arabic and English: book, get the calendar file, find the
// appointment under My appointments, move it and cancel it.
func TestBookingEndToEndTelegram(t *testing.T) {
	t.Parallel()
	pg, rs := demoStores(t)
	fake, text := startEngineBot(t, pg, rs)

	for _, tc := range []struct {
		name string
		user telegramtest.User
		gp   string
	}{
		{"arabic", telegramtest.User{ID: 4001, FirstName: "نورة", LanguageCode: "ar"}, "الطب العام"},
		{"english", telegramtest.User{ID: 4002, FirstName: "Tom", LanguageCode: "en"}, "General Practice"},
	} {
		// One after the other: the SQL counts are over the whole database.
		t.Run(tc.name, func(t *testing.T) {
			walkBooking(t, fake, pg, text, tc.user, tc.gp)
		})
	}
}

// tgChat is one patient's chat with the bot.
type tgChat struct {
	t    *testing.T
	fake *telegramtest.Server
	text *locales.Catalog
	user telegramtest.User
	from int // index of the first message sent after the last input
}

// openTgChat is u's chat on fake; what the bot sent is logged if the test
// fails.
func openTgChat(t *testing.T, fake *telegramtest.Server, text *locales.Catalog, u telegramtest.User) *tgChat {
	t.Helper()
	t.Cleanup(func() {
		if t.Failed() {
			for _, m := range fake.Sent(u.ID) {
				t.Logf("sent %d: %q %s", m.ID, m.Text, m.ReplyMarkup)
			}
		}
	})
	return &tgChat{t: t, fake: fake, text: text, user: u}
}

// label is message id in the patient's language (the emergency number in
// their digits).
func (c *tgChat) label(id string) string {
	lang := c.user.LanguageCode
	return c.text.Text(lang, id, map[string]any{"Emergency": numerals.In(lang, "997")})
}

// toMenu says /start, picks the patient's language, agrees, and taps the
// menu's item (a message id: "menu_book").
func (c *tgChat) toMenu(item string) {
	c.t.Helper()
	c.say("/start")
	c.tap(langButton(c.text, c.user.LanguageCode))
	c.tap(c.label("onboarding_agree"))
	c.tap(c.label(item))
}

// waitFor waits until a message sent since the last input satisfies ok and
// returns it with everything sent since the last input.
func (c *tgChat) waitFor(what string, ok func(telegramtest.Message) bool) (telegramtest.Message, []telegramtest.Message) {
	c.t.Helper()
	var hit telegramtest.Message
	var since []telegramtest.Message
	c.fake.Wait(c.t, what, func() bool {
		sent := c.fake.Sent(c.user.ID)
		if len(sent) < c.from {
			return false
		}
		since = sent[c.from:]
		for _, m := range since {
			if ok(m) {
				hit = m
				return true
			}
		}
		return false
	})
	return hit, since
}

// tap presses the button labelled label, waiting for it to be sent.
func (c *tgChat) tap(label string) {
	c.t.Helper()
	m, _ := c.waitFor("button "+label, func(m telegramtest.Message) bool { return buttonData(m, label) != "" })
	c.press(m, buttonData(m, label))
}

// tapFirst presses the first button of the first message with buttons
// since the last input (the first day, time or appointment).
func (c *tgChat) tapFirst(what string) {
	c.t.Helper()
	m, _ := c.waitFor(what, func(m telegramtest.Message) bool { return len(m.Buttons()) > 0 })
	c.press(m, m.Buttons()[0][0].CallbackData)
}

func (c *tgChat) press(m telegramtest.Message, data string) {
	c.t.Helper()
	c.from = len(c.fake.Sent(c.user.ID))
	c.fake.PushCallback(c.user, m.ID, data)
}

func (c *tgChat) say(words string) {
	c.t.Helper()
	c.from = len(c.fake.Sent(c.user.ID))
	c.fake.PushText(c.user, words)
}

func buttonData(m telegramtest.Message, label string) string {
	for _, row := range m.Buttons() {
		for _, b := range row {
			if b.Text == label {
				return b.CallbackData
			}
		}
	}
	return ""
}

func walkBooking(t *testing.T, fake *telegramtest.Server, pg *store.Postgres, text *locales.Catalog, u telegramtest.User, gp string) {
	t.Helper()
	lang := u.LanguageCode
	c := openTgChat(t, fake, text, u)
	label := c.label
	head := func(id string) string { return templateHead(text, lang, id) }

	c.toMenu("menu_book")
	// Triage asks about the problem first: a routine case, which goes on
	// to booking in the specialty triage chose, or to the specialties.
	c.waitFor("the problem question", func(m telegramtest.Message) bool {
		return strings.HasPrefix(m.Text, label("triagedialog_ask_problem"))
	})
	c.say(map[string]string{"ar": "أحتاج أجدد وصفة دواء الضغط", "en": "I need a repeat prescription for my blood pressure tablets"}[lang])
	answerCalmly(t, fake, u, c.from+1)
	m, _ := c.waitFor("the days or the specialties", func(m telegramtest.Message) bool {
		return strings.HasPrefix(m.Text, head("booking_pick_specialty")) || strings.Contains(m.Text, head("booking_pick_day"))
	})
	if data := buttonData(m, gp); data != "" {
		c.press(m, data)
		c.tapFirst("the days")
	} else {
		c.press(m, m.Buttons()[0][0].CallbackData) // the first day
	}
	c.tapFirst("the times")
	c.tap(label("booking_yes_button"))

	_, since := c.waitFor("the calendar file after booking", func(m telegramtest.Message) bool { return m.Document != "" })
	// One message: the calendar file captioned with the confirmation and
	// carrying its buttons (My appointments, Main menu), in one call, which
	// Telegram counts once against the chat. No menu after it pushes the
	// confirmation away.
	if len(since) != 1 || !strings.HasPrefix(since[0].Text, head("booking_done")) || buttonData(since[0], label("menu_appointments")) == "" {
		t.Fatalf("after “Yes”: %d messages, first %q; want the calendar file captioned with the confirmation and its buttons", len(since), since[0].Text)
	}
	if ics := since[0]; ics.Document != "appointment.ics" || !strings.Contains(ics.DocumentData, "BEGIN:VCALENDAR") || !strings.Contains(ics.DocumentData, "DTSTART") {
		t.Errorf("calendar message: file %q, %d bytes; want appointment.ics", ics.Document, len(ics.DocumentData))
	}
	if n, _ := activeAppointments(t, pg); n != 1 {
		t.Fatalf("%d active appointments after booking, want 1", n)
	}

	c.tap(label("menu_appointments"))
	c.tapFirst("the list")
	c.tap(label("appts_move_button"))
	c.tapFirst("the days")
	c.tapFirst("the times")
	c.tap(label("booking_yes_move_button"))
	_, since = c.waitFor("the menu after the change", func(m telegramtest.Message) bool { return buttonData(m, label("menu_appointments")) != "" })
	if !strings.HasPrefix(since[0].Text, head("booking_done_move")) {
		t.Errorf("after “Yes, change it”: %q, want the change confirmed", since[0].Text)
	}
	if n, moves := activeAppointments(t, pg); n != 1 || moves != 1 {
		t.Fatalf("after the change: %d active appointments moved %d times, want 1 moved once", n, moves)
	}

	c.tap(label("menu_appointments"))
	c.tapFirst("the list")
	c.tap(label("appts_cancel_button"))
	c.tap(label("appts_cancel_yes"))
	c.waitFor("the cancellation", func(m telegramtest.Message) bool { return strings.HasPrefix(m.Text, head("appts_cancelled")) })
	if n, _ := activeAppointments(t, pg); n != 0 {
		t.Errorf("%d active appointments after cancelling, want none", n)
	}
}

// templateHead is the fixed start of message id in lang: its first line,
// up to its first field.
func templateHead(text *locales.Catalog, lang, id string) string {
	s := text.Text(lang, id, map[string]any{})
	s, _, _ = strings.Cut(s, "<no value>")
	s, _, _ = strings.Cut(s, "\n")
	return s
}
