package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

func TestDuplicateDeliveryGetsOneReply(t *testing.T) {
	h := &stub{}
	e := newEnv(t, h)
	upd := e.fake.TextUpdate(alice, "hello")
	upd["update_id"] = int64(5000)
	e.fake.PushUpdate(upd)
	e.fake.PushUpdate(upd) // Telegram delivers it again
	e.start(t)
	e.fake.WaitSent(t, alice.ID, 1)
	e.idle(t)
	if got := len(e.fake.Sent(alice.ID)); got != 1 {
		t.Errorf("%d messages sent, want 1", got)
	}
	if got := len(h.got()); got != 1 {
		t.Errorf("dialogs saw the update %d times, want 1", got)
	}
}

func TestOneChatIsAnsweredInOrder(t *testing.T) {
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		if in.Text == "first" {
			time.Sleep(150 * time.Millisecond) // the second must still wait
		}
		return []dialogs.Reply{{Text: "re: " + in.Text}}, nil
	}}
	e := newEnv(t, h)
	e.fake.PushText(alice, "first")
	e.fake.PushText(alice, "second")
	e.start(t)
	sent := e.fake.WaitSent(t, alice.ID, 2)
	if sent[0].Text != "re: first" || sent[1].Text != "re: second" {
		t.Errorf("sent %q, %q; want the replies in order", sent[0].Text, sent[1].Text)
	}
}

func TestInputConversion(t *testing.T) {
	h := &stub{}
	e := newEnv(t, h)
	e.fake.PushText(amal, "/start@FrontdoorTestBot")
	e.start(t)
	e.fake.WaitSent(t, amal.ID, 1)
	in := h.got()[0]
	want := dialogs.Input{
		Conversation: dialogs.ConversationKey{Channel: "telegram", ID: "1002"},
		UserID:       "1002", Text: "/start", LanguageHint: "ar",
	}
	if in.Conversation != want.Conversation || in.UserID != want.UserID || in.Text != want.Text ||
		in.LanguageHint != want.LanguageHint || in.ID == "" || in.At.IsZero() {
		t.Errorf("input = %+v, want %+v with an id and a time", in, want)
	}
}

func TestCallbackIsAnsweredAndThePressedMessageMarked(t *testing.T) {
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		if in.Data == "" {
			return []dialogs.Reply{{Text: "Which language?", Buttons: [][]dialogs.Button{
				{{Label: "العربية", Data: "1:o:lang:ar"}, {Label: "English", Data: "1:o:lang:en"}},
			}}}, nil
		}
		return []dialogs.Reply{{Text: "chose " + in.Data}}, nil
	}}
	e := newEnv(t, h)
	e.fake.PushText(alice, "/start")
	e.start(t)
	question := e.fake.WaitSent(t, alice.ID, 1)[0]
	if got := question.Buttons(); len(got) != 1 || len(got[0]) != 2 || got[0][1].CallbackData != "1:o:lang:en" {
		t.Fatalf("keyboard = %+v", got)
	}
	if strings.Contains(question.ReplyMarkup, "copy_text") {
		t.Errorf("reply_markup carries copy_text: %s", question.ReplyMarkup)
	}
	e.fake.PushCallback(alice, question.ID, "1:o:lang:en")
	e.fake.WaitCalls(t, "editMessageText", 1)
	sent := e.fake.WaitSent(t, alice.ID, 2)
	if n := len(e.fake.CallsTo("answerCallbackQuery")); n != 1 {
		t.Errorf("answerCallbackQuery called %d times, want 1", n)
	}
	if sent[0].Text != "Which language?\n\n✓ English" || sent[0].ReplyMarkup != "" || !sent[0].Edited {
		t.Errorf("pressed message = %+v, want the choice marked and no keyboard", sent[0])
	}
	if sent[1].Text != "chose 1:o:lang:en" {
		t.Errorf("reply = %q", sent[1].Text)
	}
	// The next question goes first; the mark follows from the chat's
	// spare budget (tidy.go).
	var order []string
	for _, c := range e.fake.Calls() {
		if c.Method == "editMessageText" || (c.Method == "sendMessage" && c.Int("message_id") == 0) {
			order = append(order, c.Method)
		}
	}
	if got := strings.Join(order, ","); got != "sendMessage,sendMessage,editMessageText" {
		t.Errorf("calls %s", got)
	}
}

// TestDoubleTapIsAnsweredAtOnceAndNotMarkedAgain: a second tap on the same
// button is answered as soon as it is taken in, even while the first
// tap's answer waits for the chat's turn, and the pressed message is
// marked once.
func TestDoubleTapIsAnsweredAtOnceAndNotMarkedAgain(t *testing.T) {
	question := dialogs.Reply{Text: "Which language?", Buttons: [][]dialogs.Button{
		{{Label: "English", Data: "1:o:lang:en"}}}}
	var mu sync.Mutex
	taps := 0
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		if in.Data == "" {
			return []dialogs.Reply{question}, nil
		}
		mu.Lock()
		defer mu.Unlock()
		if taps++; taps > 1 {
			return nil, nil // dialogs ignores a double tap
		}
		return spaced("one", "two", "three", "four"), nil
	}}
	e := newEnv(t, h, webhookMode, func(c *Config) { c.Limits.PerChat, c.Limits.ChatBurst = 1, 3 })
	e.start(t)
	hook := e.tg.WebhookHandler()
	deliver := func(u map[string]any) {
		u["update_id"] = e.fake.NextUpdateID()
		if code := post(t, hook, ptr(secret), []byte(mustJSON(t, u))); code != 200 {
			t.Fatalf("webhook %d", code)
		}
	}
	deliver(e.fake.TextUpdate(alice, "/start"))
	m := e.fake.WaitSent(t, alice.ID, 1)[0]
	// The answer to the first tap is four messages: the fourth waits
	// about a second for the chat's turn.
	deliver(e.fake.CallbackUpdate(alice, m.ID, "1:o:lang:en"))
	e.fake.WaitCalls(t, "answerCallbackQuery", 1)
	deliver(e.fake.CallbackUpdate(alice, m.ID, "1:o:lang:en"))
	answers := e.fake.WaitCalls(t, "answerCallbackQuery", 2)
	if sends := len(e.fake.Sent(alice.ID)); sends >= 5 {
		t.Errorf("the second tap was answered after the first tap's whole answer (%d messages)", sends)
	}
	e.fake.WaitSent(t, alice.ID, 5)
	e.idle(t)
	// The chat's budget comes back and the mark goes, once: wait for it
	// (however busy the machine), then give a second one time to show.
	e.fake.WaitCalls(t, "editMessageText", 1)
	time.Sleep(3 * time.Second)
	if n := len(e.fake.CallsTo("editMessageText")); n != 1 {
		t.Errorf("%d edits of the pressed message, want 1", n)
	}
	for _, a := range answers {
		if a.Status != 200 {
			t.Errorf("answerCallbackQuery %d", a.Status)
		}
	}
	if n := len(e.fake.CallsTo("answerCallbackQuery")); n != 2 {
		t.Errorf("%d answers to 2 taps", n)
	}
}

func TestForgedOrStaleCallbacksAreAnswered(t *testing.T) {
	h := &stub{}
	e := newEnv(t, h)
	e.start(t)
	// A press on a message that does not exist (stale), with data that is
	// on no button: answered, passed to dialogs, nothing edited.
	e.fake.PushCallback(alice, 99999, "x:forged:data")
	e.fake.WaitSent(t, alice.ID, 1)
	// A press in Alice's chat by someone else: answered, nothing more.
	upd := e.fake.CallbackUpdate(alice, 99999, "1:o:menu")
	upd["callback_query"].(map[string]any)["from"] = map[string]any{"id": 666, "is_bot": false, "first_name": "Mallory"}
	e.fake.PushUpdate(upd)
	e.fake.WaitCalls(t, "answerCallbackQuery", 2)
	e.idle(t)
	if n := len(h.got()); n != 1 {
		t.Errorf("dialogs saw %d presses, want 1 (the forged one never reaches it)", n)
	}
	if n := len(e.fake.CallsTo("editMessageText")); n != 0 {
		t.Errorf("%d edits, want none", n)
	}
}

func TestPanicIsAnsweredWithAnApologyAndOtherChatsGoOn(t *testing.T) {
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		if in.Conversation.ID == "1002" {
			panic("something with patient text " + in.Text)
		}
		return []dialogs.Reply{{Text: "fine"}}, nil
	}}
	e := newEnv(t, h)
	e.fake.PushText(amal, "عندي صداع")
	e.fake.PushText(alice, "hello")
	e.fake.PushText(amal, "مرة أخرى")
	e.start(t)
	apologies := e.fake.WaitSent(t, amal.ID, 2)
	want := e.text.Text("ar", "error_generic", map[string]any{"Emergency": "٩٩٧"})
	for _, m := range apologies {
		if m.Text != want {
			t.Errorf("apology = %q, want %q", m.Text, want)
		}
	}
	if got := e.fake.WaitSent(t, alice.ID, 1)[0].Text; got != "fine" {
		t.Errorf("other chat got %q", got)
	}
}

func TestRetryAfterIsObeyed(t *testing.T) {
	e := newEnv(t, &stub{})
	e.fake.Fail("sendMessage", telegramtest.Fault{Status: 429, RetryAfter: 1}, telegramtest.Fault{Status: 502})
	e.fake.PushText(alice, "hi")
	e.start(t)
	e.fake.WaitSent(t, alice.ID, 1)
	calls := e.fake.CallsTo("sendMessage")
	if len(calls) != 3 || calls[0].Status != 429 || calls[1].Status != 502 || calls[2].Status != 200 {
		t.Fatalf("sendMessage calls %+v, want 429, 502, then 200", calls)
	}
	if gap := calls[1].At.Sub(calls[0].At); gap < time.Second {
		t.Errorf("retried %v after a 429 with retry_after 1s", gap)
	}
	if n := len(e.fake.Sent(alice.ID)); n != 1 {
		t.Errorf("%d messages delivered, want exactly 1", n)
	}
}

func TestPerChatLimit(t *testing.T) {
	t.Run("burst", testChatBurst)
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		return spaced("one", "two", "three"), nil
	}}
	e := newEnv(t, h, func(c *Config) { c.Limits.PerChat, c.Limits.ChatBurst = 2, 1 })
	e.fake.PushText(alice, "hi")
	e.start(t)
	e.fake.WaitSent(t, alice.ID, 3)
	calls := e.fake.CallsTo("sendMessage")
	for i := 1; i < len(calls); i++ {
		// 2 a second is 500 ms apart; allow for the trip to the fake.
		if gap := calls[i].At.Sub(calls[i-1].At); gap < 400*time.Millisecond {
			t.Errorf("message %d sent %v after the previous one, limit 2/s", i, gap)
		}
	}
}

func TestLongTextIsSplitWithButtonsOnTheLastPart(t *testing.T) {
	long := strings.Repeat("هذه جملة عربية طويلة بعض الشيء عن الحرارة وشرب الماء. ", 200)
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		return []dialogs.Reply{{Text: long, Buttons: [][]dialogs.Button{{{Label: "OK", Data: "ok"}}}}}, nil
	}}
	e := newEnv(t, h)
	e.fake.PushText(amal, "hi")
	e.start(t)
	e.fake.WaitSent(t, amal.ID, 3)
	e.idle(t)
	sent := e.fake.Sent(amal.ID)
	var words []string
	for i, m := range sent {
		if !strings.HasSuffix(m.Text, ".") {
			t.Errorf("part %d does not end a sentence: …%q", i, m.Text[len(m.Text)-20:])
		}
		if (m.ReplyMarkup != "") != (i == len(sent)-1) {
			t.Errorf("part %d of %d: reply_markup %q", i, len(sent), m.ReplyMarkup)
		}
		words = append(words, strings.Fields(m.Text)...)
	}
	if strings.Join(words, " ") != strings.Join(strings.Fields(long), " ") {
		t.Error("the parts do not add up to the text")
	}
}

func TestGroupGetsOnePoliteReply(t *testing.T) {
	h := &stub{}
	e := newEnv(t, h)
	for range 2 {
		upd := e.fake.TextUpdate(alice, "/start")
		m := upd["message"].(map[string]any)
		m["chat"] = map[string]any{"id": -100500, "type": "supergroup", "title": "Hotel"}
		e.fake.PushUpdate(upd)
	}
	e.start(t)
	e.fake.WaitSent(t, -100500, 1)
	e.idle(t)
	sent := e.fake.Sent(-100500)
	if len(sent) != 1 || sent[0].Text != e.text.Text("en", msgPrivateOnly, map[string]any{"Emergency": "997"}) {
		t.Errorf("group got %+v", sent)
	}
	if len(h.got()) != 0 {
		t.Error("a group message reached dialogs")
	}
}

func TestStartUpRegistersCommandsAndDeletesTheWebhook(t *testing.T) {
	e := newEnv(t, &stub{})
	e.start(t)
	e.fake.WaitCalls(t, "setMyCommands", len(locales.Languages)+1)
	e.fake.WaitCalls(t, "deleteWebhook", 1)
	cases := []struct{ name, code, lang string }{{"default", "", "en"}}
	for _, l := range locales.All() {
		cases = append(cases, struct{ name, code, lang string }{l.English, l.Code, l.Code})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []struct{ Command, Description string }
			if err := json.Unmarshal([]byte(e.fake.Commands(tc.code)), &got); err != nil {
				t.Fatal(err)
			}
			var names []string
			for i, c := range got {
				names = append(names, c.Command)
				if want := e.text.Text(tc.lang, dialogs.Commands()[i].DescriptionID, nil); c.Description != want {
					t.Errorf("/%s: %q, want %q", c.Command, c.Description, want)
				}
			}
			if fmt.Sprint(names) != "[start menu lang help cancel deletemydata]" {
				t.Errorf("commands %v", names)
			}
		})
	}
}

func TestBlockedPatientCallsTheHook(t *testing.T) {
	blocked := make(chan int64, 1)
	e := newEnv(t, &stub{}, func(c *Config) {
		c.OnBlocked = func(_ context.Context, chatID int64, b bool) error {
			if b { // false comes first: the patient wrote
				blocked <- chatID
			}
			return nil
		}
	})
	e.fake.Fail("sendMessage", telegramtest.Fault{Status: 403, Description: "Forbidden: bot was blocked by the user"})
	e.fake.PushText(alice, "hi")
	e.start(t)
	select {
	case id := <-blocked:
		if id != alice.ID {
			t.Errorf("OnBlocked(%d)", id)
		}
	case <-time.After(telegramtest.WaitTimeout):
		t.Fatal("OnBlocked not called")
	}
	e.idle(t)
	if n := len(e.fake.CallsTo("sendMessage")); n != 1 {
		t.Errorf("sendMessage tried %d times after a 403, want 1", n)
	}
}

func TestFailingUpdateIsParkedWithOneApology(t *testing.T) {
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		if in.Text == "poison" {
			return nil, errors.New("dialogs: something is wrong with this input")
		}
		return []dialogs.Reply{{Text: "fine"}}, nil
	}}
	e := newEnv(t, h)
	e.fake.PushText(alice, "poison")
	e.fake.PushText(alice, "after")
	e.start(t)
	sent := e.fake.WaitSent(t, alice.ID, 2)
	e.idle(t)
	want := e.text.Text("en", "error_generic", map[string]any{"Emergency": "997"})
	if len(sent) != 2 || sent[0].Text != want || sent[1].Text != "fine" {
		t.Errorf("sent %+v, want the apology, then the next reply", sent)
	}
	if n := len(h.got()); n != 1+5 {
		t.Errorf("dialogs called %d times, want 5 attempts and 1", n)
	}
	if got := testutil.ToFloat64(e.cfg.Metrics.UpdatesFailed.WithLabelValues("telegram", "parked")); got != 1 {
		t.Errorf("parked counter %v, want 1", got)
	}
}

func TestOutageGetsOneSlowerNoticeAndIsRetried(t *testing.T) {
	var calls atomic.Int64
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		if calls.Add(1) <= 8 { // more than the attempts that would park it
			return nil, fmt.Errorf("store: load session: %w", &net.OpError{Op: "dial", Err: errors.New("connection refused")})
		}
		return []dialogs.Reply{{Text: "answer"}}, nil
	}}
	e := newEnv(t, h)
	e.fake.PushText(alice, "hi")
	e.start(t)
	sent := e.fake.WaitSent(t, alice.ID, 2)
	if want := e.text.Text("en", "slower_than_usual", map[string]any{"Emergency": "997"}); sent[0].Text != want || sent[1].Text != "answer" {
		t.Errorf("sent %q, %q", sent[0].Text, sent[1].Text)
	}
	e.idle(t)
	if n := len(e.fake.Sent(alice.ID)); n != 2 {
		t.Errorf("%d messages, want 2", n)
	}
}

func TestInteractiveOvertakesBulk(t *testing.T) {
	e := newEnv(t, &stub{}, func(c *Config) { c.Limits = Limits{Global: 4, Bulk: 2, PerChat: 100} })
	ctx := context.Background()
	done := make(chan struct{})
	for i := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			if _, err := e.tg.Send(ctx, int64(3000+i), dialogs.Reply{Text: "reminder"}, Bulk); err != nil {
				t.Error(err)
			}
		}()
	}
	e.fake.WaitCalls(t, "sendMessage", 1)
	if _, err := e.tg.Send(ctx, alice.ID, dialogs.Reply{Text: "reply"}, Interactive); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		<-done
	}
	var order []string
	for _, c := range e.fake.CallsTo("sendMessage") {
		order = append(order, c.Params["text"])
	}
	if order[len(order)-1] == "reply" {
		t.Errorf("sent in order %v: the interactive reply waited for every reminder", order)
	}
}

func TestButtonsOverTheLimitAreLeftOut(t *testing.T) {
	e := newEnv(t, &stub{})
	_, err := e.tg.Send(context.Background(), alice.ID, dialogs.Reply{Text: "pick", Buttons: [][]dialogs.Button{
		{{Label: "ok", Data: "k1:o:ok"}, {Label: "too long", Data: strings.Repeat("ب", 33)}},
		{{Label: "site", URL: "https://example.org"}},
	}}, Interactive)
	if err != nil {
		t.Fatal(err)
	}
	got := e.fake.Sent(alice.ID)[0].Buttons()
	if len(got) != 2 || len(got[0]) != 1 || got[0][0].CallbackData != "k1:o:ok" || got[1][0].URL != "https://example.org" {
		t.Errorf("keyboard %+v, want the 66-byte button left out", got)
	}
}

// TestCallLinksBecomeText: Telegram refuses the whole message when an
// inline button opens a tel: link, so the channel leaves such buttons out
// and the message (which writes the number in its text) still goes.
func TestCallLinksBecomeText(t *testing.T) {
	e := newEnv(t, &stub{})
	_, err := e.tg.Send(context.Background(), alice.ID, dialogs.Reply{Text: "Call 997 now.", Buttons: [][]dialogs.Button{
		{{Label: "Call 997", URL: "tel:997"}},
		{{Label: "Menu", Data: "k1:o:menu"}},
	}}, Interactive)
	if err != nil {
		t.Fatalf("the message with a call link was not sent: %v", err)
	}
	sent := e.fake.Sent(alice.ID)
	if len(sent) != 1 || sent[0].Text != "Call 997 now." {
		t.Fatalf("sent %+v", sent)
	}
	if got := sent[0].Buttons(); len(got) != 1 || got[0][0].CallbackData != "k1:o:menu" {
		t.Errorf("keyboard %+v, want only the menu button", got)
	}
}

// testChatBurst: the first ChatBurst messages of an answer go at once,
// the next waits for the per-chat rate.
func testChatBurst(t *testing.T) {
	h := &stub{reply: func(in dialogs.Input) ([]dialogs.Reply, error) {
		return spaced("one", "two", "three", "four"), nil
	}}
	e := newEnv(t, h, func(c *Config) { c.Limits.PerChat, c.Limits.ChatBurst = 1, 3 })
	e.fake.PushText(alice, "hi")
	e.start(t)
	e.fake.WaitSent(t, alice.ID, 4)
	calls := e.fake.CallsTo("sendMessage")
	if gap := calls[3].At.Sub(calls[0].At); gap < 900*time.Millisecond {
		t.Errorf("fourth message %v after the first, want the per-chat rate after a burst of 3", gap)
	}
}

// TestReplyWithAFile: a reply's file (the booking's .ics) is uploaded
// whole with sendDocument, captioned with the text and carrying the
// buttons, in one call: Telegram counts each call against the chat.
func TestReplyWithAFile(t *testing.T) {
	e := newEnv(t, &stub{})
	ics := "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
	ids, err := e.tg.Send(context.Background(), alice.ID, dialogs.Reply{Text: "📅 Add it to your calendar.",
		Buttons:  [][]dialogs.Button{{{Label: "Menu", Data: "1:o:m"}}},
		Document: &dialogs.Document{Name: "appointment.ics", MIME: "text/calendar", Data: []byte(ics)}}, Interactive)
	if err != nil || len(ids) != 1 {
		t.Fatalf("Send = %v, %v; want the file captioned with the text", ids, err)
	}
	sent := e.fake.Sent(alice.ID)
	if len(sent) != 1 || sent[0].Text != "📅 Add it to your calendar." || sent[0].Document != "appointment.ics" ||
		sent[0].DocumentData != ics || len(sent[0].Buttons()) != 1 {
		t.Errorf("sent %+v", sent)
	}
	// A text too long for a caption goes first, the file after it.
	long := strings.Repeat("word ", 300) + "end"
	ids, err = e.tg.Send(context.Background(), alice.ID, dialogs.Reply{Text: long,
		Document: &dialogs.Document{Name: "appointment.ics", MIME: "text/calendar", Data: []byte(ics)}}, Interactive)
	if sent = e.fake.Sent(alice.ID); err != nil || len(ids) != 2 || sent[1].Text != long || sent[2].Document != "appointment.ics" {
		t.Errorf("long text with a file: %v, %v", ids, err)
	}
}

// TestBurstOfReminders sends 500 reminders to 500 chats at once against a
// fake that enforces Telegram-like limits, as the reminders of a busy hour
// do, and a reply to a patient in the middle of it.
func TestBurstOfReminders(t *testing.T) {
	if testing.Short() {
		t.Skip("sends 500 messages at the bulk rate")
	}
	const n, first = 500, 5000
	e, wait := reminderBurst(t, n, first)
	ctx := context.Background()
	before := len(e.fake.CallsTo("sendMessage"))
	if _, err := e.tg.Send(ctx, alice.ID, dialogs.Reply{Text: "reply"}, Interactive); err != nil {
		t.Fatal(err)
	}
	wait()

	refused := e.fake.Counts()["sendMessage"][429]
	t.Logf("%d reminders, %d refused with 429", n, refused)
	if refused > 1 {
		t.Errorf("%d sends refused with 429, want none after the first", refused)
	}
	onePerChat(t, e, n, first)
	calls := e.fake.CallsTo("sendMessage")
	for i, c := range calls {
		if c.Params["text"] == "reply" {
			// Bulk is held to 80 of the bot's 100 a second, so the reply
			// goes within a few sends, not after the hundreds queued.
			t.Logf("the reply went out %d sends after it was due", i-before)
			if ahead := i - before; ahead > 20 {
				t.Errorf("the reply went out %d sends after it was due, %d reminders were still queued", ahead, len(calls)-i)
			}
			return
		}
	}
	t.Error("the reply was never sent")
}

// TestA429HoldsOnlyItsChat: a 429 for one chat, while the bot is far
// below its global rate, holds that chat for all of retry_after and no
// other chat.
func TestA429HoldsOnlyItsChat(t *testing.T) {
	e := newEnv(t, &stub{}, func(c *Config) { c.Limits = Limits{Global: 30, PerChat: 1} })
	e.fake.Fail("sendMessage", telegramtest.Fault{Status: 429, RetryAfter: 2})
	ctx := context.Background()
	var wg sync.WaitGroup
	wg.Go(func() {
		if _, err := e.tg.Send(ctx, 6000, dialogs.Reply{Text: "first"}, Interactive); err != nil {
			t.Error(err)
		}
	})
	refused := e.fake.WaitCalls(t, "sendMessage", 1)[0]
	if refused.Status != 429 {
		t.Fatalf("first call %d, want the 429", refused.Status)
	}
	waitChatHeld(t, e, 6000, time.Second)
	// Right after it, another chat is not held; the refused chat is.
	sent := time.Now()
	wg.Go(func() {
		if _, err := e.tg.Send(ctx, 6001, dialogs.Reply{Text: "other"}, Interactive); err != nil {
			t.Error(err)
		}
	})
	wg.Go(func() {
		if _, err := e.tg.Send(ctx, 6000, dialogs.Reply{Text: "second"}, Interactive); err != nil {
			t.Error(err)
		}
	})
	wg.Wait()
	for _, c := range e.fake.CallsTo("sendMessage")[1:] {
		after := c.At.Sub(refused.At)
		switch c.Params["text"] {
		case "other":
			// Held, it would go 2 s after the 429; sent at once, it goes
			// within a few milliseconds of being sent (a second is for a
			// loaded machine under the race detector).
			if waited := c.At.Sub(sent); waited >= time.Second {
				t.Errorf("another chat's send waited %v after it was sent, %v after the 429", waited, after)
			}
		case "first", "second":
			if after < 2*time.Second {
				t.Errorf("the refused chat sent %q %v after the 429, within its retry_after", c.Params["text"], after)
			}
		}
	}
}

// waitChatHeld waits until the bot has obeyed a 429 for chatID: the chat's
// schedule in Redis is booked at least ahead into the future. Until then
// the 429 is still on its way back to the bot (a loaded machine can take
// a while), and sends made meanwhile are judged as if it had not come.
func waitChatHeld(t *testing.T, e *env, chatID int64, ahead time.Duration) {
	t.Helper()
	ctx := t.Context()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		now, err := e.rdb.Time(ctx).Result()
		if err != nil {
			t.Fatal(err)
		}
		tat, err := e.rdb.Get(ctx, e.tg.chatRateKey(chatID)).Int64()
		if err == nil && time.Duration(tat-now.UnixMicro())*time.Microsecond >= ahead {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("chat %d was not held after its 429", chatID)
}

// TestA429AtTheBotsRateHoldsEveryChat: a 429 while the bot sends at its
// global rate is the bot's: the other chats' sends stop for its
// retry_after too, rather than each finding out for itself.
func TestA429AtTheBotsRateHoldsEveryChat(t *testing.T) {
	e := newEnv(t, &stub{}, func(c *Config) { c.Limits = Limits{Global: 20, PerChat: 1} })
	// The 26th send to arrive is refused, whenever the test goroutine
	// runs: the bot is then well into its rate, with 14 sends still
	// booked in its schedule behind it (so the bot is busy however late a
	// loaded machine runs them).
	e.fake.Fail("sendMessage", append(make([]telegramtest.Fault, 25), telegramtest.Fault{Status: 429, RetryAfter: 1})...)
	ctx := context.Background()
	var wg sync.WaitGroup
	// Two seconds at the bot's rate, one message per chat.
	for i := range 40 {
		wg.Go(func() {
			if _, err := e.tg.Send(ctx, int64(6000+i), dialogs.Reply{Text: "busy"}, Interactive); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	calls := e.fake.CallsTo("sendMessage")
	refused := slices.IndexFunc(calls, func(c telegramtest.Call) bool { return c.Status == 429 })
	if refused < 0 {
		t.Fatal("no 429")
	}
	// The bot holds every chat from when the 429 came back to it: sends
	// that reached Telegram before then were on their way and cannot be
	// held. On a loaded machine that moment comes well after the 429
	// reached the fake, so the hold is measured from it (the pacer's
	// pause, which is retry_after long), not from the 429.
	e.tg.pacer.mu.Lock()
	until := e.tg.pacer.pausedUntil
	e.tg.pacer.mu.Unlock()
	if until.IsZero() {
		t.Fatal("the 429 held only its own chat")
	}
	held, at429 := until.Add(-time.Second), calls[refused].At
	early := 0
	for i, c := range calls {
		if i != refused && c.At.After(held) && c.At.Sub(at429) < time.Second {
			early++
		}
	}
	t.Logf("the bot held every chat %v after the 429 reached the fake", held.Sub(at429))
	// Sends let go just before the hold may still be in flight.
	if early > 2 {
		t.Errorf("%d sends went within retry_after of the 429 once the bot held", early)
	}
}

// TestBlockAndUnblockUpdates: Telegram's my_chat_member updates tell when
// a patient blocks and unblocks the bot; a failing hook is tried again.
func TestBlockAndUnblockUpdates(t *testing.T) {
	type change struct {
		chat    int64
		blocked bool
	}
	changes := make(chan change, 4)
	fail := true
	h := &stub{}
	e := newEnv(t, h, func(c *Config) {
		c.OnBlocked = func(_ context.Context, chatID int64, b bool) error {
			if fail { // the store is down the first time
				fail = false
				return errors.New("store down")
			}
			changes <- change{chatID, b}
			return nil
		}
	})
	member := func(status string) map[string]any {
		return map[string]any{"my_chat_member": map[string]any{
			"chat":            map[string]any{"id": alice.ID, "type": "private", "first_name": alice.FirstName},
			"from":            map[string]any{"id": alice.ID, "is_bot": false, "first_name": alice.FirstName},
			"date":            time.Now().Unix(),
			"old_chat_member": map[string]any{"status": "member", "user": map[string]any{"id": telegramtest.BotID, "is_bot": true, "first_name": "Frontdoor"}},
			"new_chat_member": map[string]any{"status": status, "user": map[string]any{"id": telegramtest.BotID, "is_bot": true, "first_name": "Frontdoor"}},
		}}
	}
	e.fake.PushUpdate(member("kicked"))
	e.fake.PushUpdate(member("member"))
	e.start(t)
	for _, want := range []change{{alice.ID, true}, {alice.ID, false}} {
		select {
		case got := <-changes:
			if got != want {
				t.Errorf("OnBlocked%v, want %v", got, want)
			}
		case <-time.After(telegramtest.WaitTimeout):
			t.Fatalf("OnBlocked%v not called", want)
		}
	}
	e.idle(t)
	if n := len(h.got()); n != 0 || len(e.fake.CallsTo("sendMessage")) != 0 {
		t.Errorf("membership changes reached dialogs (%d) or were answered", n)
	}
	// Whoever writes has not blocked the bot, update missed or not.
	e.fake.PushText(alice, "hello again")
	select {
	case got := <-changes:
		if got != (change{alice.ID, false}) {
			t.Errorf("after a message: OnBlocked%v", got)
		}
	case <-time.After(telegramtest.WaitTimeout):
		t.Fatal("a message did not clear the blocked mark")
	}
}

// spaced returns replies that cannot be joined into one message (each has
// a button), so that each takes its own call.
func spaced(texts ...string) []dialogs.Reply {
	out := make([]dialogs.Reply, len(texts))
	for i, text := range texts {
		out[i] = dialogs.Reply{Text: text, Buttons: [][]dialogs.Button{{{Label: "OK", Data: "1:o:ok" + strconv.Itoa(i)}}}}
	}
	return out
}
