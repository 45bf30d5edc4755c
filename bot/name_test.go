package bot

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestTwoBotsOneDeployment: two bot tokens served by one deployment share
// the dialogs and Redis; the same person writing to both has two
// conversations, each answered by the bot written to, and a 429 that
// holds one bot does not hold the other (each has its own schedules).
func TestTwoBotsOneDeployment(t *testing.T) {
	h := &stub{}
	r := storetest.NewRedis(t)
	met := metrics.New() // one registry for the deployment, as serve has
	first := newEnvOn(t, telegramtest.NewServer(t), r.Client(), r.Key("tg"), h,
		func(c *Config) { c.Metrics = met })
	second := newEnvOn(t, telegramtest.NewServer(t), r.Client(), r.Key("tg:riyadh"), h,
		func(c *Config) { c.Name, c.Metrics = "riyadh", met })
	first.fake.PushText(alice, "to the first")
	second.fake.PushText(alice, "to the second")
	first.start(t)
	second.start(t)
	first.fake.WaitSent(t, alice.ID, 1)
	second.fake.WaitSent(t, alice.ID, 1)
	first.idle(t)
	second.idle(t)

	byText := map[string]dialogs.ConversationKey{}
	for _, in := range h.got() {
		byText[in.Text] = in.Conversation
	}
	if got := byText["to the first"]; got != first.tg.Conversation(alice.ID) || got.ID != "1001" {
		t.Errorf("the first bot's conversation %+v, want telegram/1001", got)
	}
	if got := byText["to the second"]; got != second.tg.Conversation(alice.ID) || got.ID != "riyadh:1001" {
		t.Errorf("the second bot's conversation %+v, want telegram/riyadh:1001", got)
	}
	if a, b := first.fake.Sent(alice.ID), second.fake.Sent(alice.ID); len(a) != 1 || a[0].Text != "echo: to the first" ||
		len(b) != 1 || b[0].Text != "echo: to the second" {
		t.Errorf("first bot sent %+v, second %+v; want each to answer what was written to it", a, b)
	}

	// A 429 holds the first bot (it is its only chat, and the hold is the
	// chat's); the second goes on while the first still waits.
	first.fake.Fail("sendMessage", telegramtest.Fault{Status: 429, RetryAfter: 3})
	ctx := context.Background()
	var wg sync.WaitGroup
	wg.Go(func() {
		if _, err := first.tg.Send(ctx, alice.ID, dialogs.Reply{Text: "held"}, Interactive); err != nil {
			t.Error(err)
		}
	})
	first.fake.Wait(t, "the 429", func() bool { return first.fake.Counts()["sendMessage"][429] == 1 })
	if _, err := second.tg.Send(ctx, alice.ID, dialogs.Reply{Text: "not held"}, Interactive); err != nil {
		t.Fatal(err)
	}
	if n := len(first.fake.Sent(alice.ID)); n != 1 {
		t.Errorf("the first bot sent within its retry_after (%d messages) before the second bot's send returned", n)
	}
	wg.Wait()

	// Each bot has Telegram's limits of its own, so its metrics show
	// apart: the 429 is the first bot's only, and each holds its own
	// intake shards.
	sends := func(bot, result string) float64 {
		return testutil.ToFloat64(met.Sends.WithLabelValues(bot, "sendMessage", result))
	}
	if sends("default", "429") != 1 || sends("riyadh", "429") != 0 || sends("default", "ok") != 2 || sends("riyadh", "ok") != 2 {
		t.Errorf("sendMessage by bot: default ok %v 429 %v, riyadh ok %v 429 %v; want 2, 1, 2, 0",
			sends("default", "ok"), sends("default", "429"), sends("riyadh", "ok"), sends("riyadh", "429"))
	}
	for _, bot := range []string{"default", "riyadh"} {
		if held := testutil.ToFloat64(met.IntakeShardsHeld.WithLabelValues(bot)); held != float64(first.cfg.Shards) {
			t.Errorf("bot %s holds %v intake shards, want %d", bot, held, first.cfg.Shards)
		}
	}
}

func TestConversationKeys(t *testing.T) {
	for _, tc := range []struct {
		name   string
		key    dialogs.ConversationKey
		bot    string
		chatID int64
		err    bool
	}{
		{"first bot", dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "1001"}, "", 1001, false},
		{"named bot", dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "riyadh:1001"}, "riyadh", 1001, false},
		{"group", dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "riyadh:-100123"}, "riyadh", -100123, false},
		{"web chat", dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "1001"}, "", 0, true},
		{"bad name", dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "Riyadh:1001"}, "", 0, true},
		{"empty name", dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: ":1001"}, "", 0, true},
		{"not a number", dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "riyadh:x"}, "", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bot, chatID, err := ParseConversation(tc.key)
			if (err != nil) != tc.err || bot != tc.bot || chatID != tc.chatID {
				t.Errorf("ParseConversation(%+v) = %q, %d, %v", tc.key, bot, chatID, err)
			}
			if err != nil && !errors.Is(err, ErrNotTelegram) {
				t.Errorf("error %v is not ErrNotTelegram", err)
			}
		})
	}
	if WebhookPathFor("") != WebhookPath || WebhookPathFor("riyadh") != "/telegram/riyadh/webhook" {
		t.Errorf("webhook paths %q, %q", WebhookPathFor(""), WebhookPathFor("riyadh"))
	}
	if CheckName("Riyadh") == nil || CheckName("a-b") == nil || CheckName("default") == nil || CheckName("") != nil {
		t.Error("CheckName accepts a bad name or refuses the first bot's")
	}
}

// TestABotForOneLanguageAndOneFacility: a bot configured with a language
// and a facility starts its patients in that language, whatever their
// Telegram speaks, shows its default menu in it, and takes a plain /start
// as the facility's link; a /start that names a link keeps it.
func TestABotForOneLanguageAndOneFacility(t *testing.T) {
	h := &stub{}
	e := newEnv(t, h, func(c *Config) { c.Name, c.Lang, c.Facility = "urdu", "ur", "makkah_ajyad" })
	e.fake.PushText(alice, "/start")
	e.fake.PushText(alice, "/start fac_madinah_quba")
	e.fake.PushText(alice, "سلام")
	e.start(t)
	e.fake.WaitSent(t, alice.ID, 3)
	e.fake.WaitCalls(t, "setMyCommands", len(locales.Languages)+1)
	e.idle(t)

	var texts []string
	for _, in := range h.got() {
		texts = append(texts, in.Text)
		if in.LanguageHint != "ur" {
			t.Errorf("%q came with the language hint %q, want the bot's ur", in.Text, in.LanguageHint)
		}
	}
	if want := []string{"/start fac_makkah_ajyad", "/start fac_madinah_quba", "سلام"}; !slices.Equal(texts, want) {
		t.Errorf("the handler got %q, want %q", texts, want)
	}
	var menu []struct{ Command, Description string }
	if err := json.Unmarshal([]byte(e.fake.Commands("")), &menu); err != nil {
		t.Fatal(err)
	}
	if want := e.text.Text("ur", dialogs.Commands()[0].DescriptionID, nil); len(menu) == 0 || menu[0].Description != want {
		t.Errorf("default menu %+v, want it in Urdu (%q first)", menu, want)
	}
	if _, err := New(Config{Token: "1:x", Handler: h, Redis: e.rdb, Prefix: "x", Text: e.text, Metrics: metrics.New(), Lang: "xx"}); err == nil {
		t.Error("a bot in a language that is not listed was built")
	}
}
