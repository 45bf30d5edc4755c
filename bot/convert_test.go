package bot

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-telegram/bot/models"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

func TestSplitText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"fits", "Short.", 10, []string{"Short."}},
		{"empty", "", 10, nil},
		{"sentence end", "One two. Three four.", 12, []string{"One two.", "Three four."}},
		{"arabic question mark", "هل أنت بخير؟ اشرب الماء.", 14, []string{"هل أنت بخير؟", "اشرب الماء."}},
		{"line break first", "Line one\nLine. two three", 16, []string{"Line one", "Line. two three"}},
		{"paragraph over sentence", "A. B.\n\nC d e f", 12, []string{"A. B.", "C d e f"}},
		{"space when no sentence end", "aaaa bbbb cccc", 10, []string{"aaaa bbbb", "cccc"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"emoji count two", "😀😀😀", 4, []string{"😀😀", "😀"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := SplitText(tc.in, tc.limit)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("SplitText(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
			}
		})
	}
}

func FuzzSplitText(f *testing.F) {
	f.Add("هذه جملة. وهذه أخرى؟ نعم!\nسطر جديد", 7)
	f.Add("😀 a😀b. c", 3)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if !utf8.ValidString(s) {
			return
		}
		limit = 2 + abs(limit)%200
		parts := SplitText(s, limit)
		var words []string
		for _, p := range parts {
			if n := len(utf16.Encode([]rune(p))); n > limit || n == 0 {
				t.Fatalf("part %q has %d units, limit %d", p, n, limit)
			}
			words = append(words, strings.Fields(p)...)
		}
		// A hard cut may split a word, so compare without spaces.
		if strings.Join(words, "") != strings.Join(strings.Fields(s), "") {
			t.Fatalf("parts %q lose text of %q", parts, s)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func TestStripBotName(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "/start", "/start"},
		{"bot name", "/start@FrontdoorBot", "/start"},
		{"bot name and payload", "/start@FrontdoorBot ref1", "/start ref1"},
		{"not a command", "mail@example.org", "mail@example.org"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := stripBotName(tc.in); got != tc.want {
				t.Errorf("stripBotName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// FuzzUpdate feeds arbitrary JSON to the intake's decoding and the
// conversion to dialogs.Input: nothing may panic.
func FuzzUpdate(f *testing.F) {
	f.Add([]byte(`{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"from":{"id":5},"text":"/start@x y"}}`))
	f.Add([]byte(`{"update_id":2,"callback_query":{"id":"q","from":{"id":5},"data":"1:o:lang:ar","message":{"message_id":3,"date":0,"chat":{"id":5,"type":"private"}}}}`))
	f.Add([]byte(`{"update_id":3,"callback_query":{"id":"q","from":{"id":5},"message":{"message_id":3,"date":9,"chat":{"id":5,"type":"private"},"reply_markup":{"inline_keyboard":[[{"text":"x","callback_data":"d"}]]}}}}`))
	f.Add([]byte(`{"update_id":4,"message":{"chat":{"id":-9,"type":"group"},"location":{"latitude":21.4,"longitude":39.8}}}`))
	f.Add([]byte(`{"update_id":"x"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		id, key, _, err := routeKey(raw)
		if err == nil && key == "" {
			t.Fatalf("update %d routed to an empty key", id)
		}
		var u models.Update
		if json.Unmarshal(raw, &u) != nil {
			return
		}
		if want := chatKey(&u); err == nil && key != want && u.ID == id && !strings.HasPrefix(want, "telegram:0") {
			t.Fatalf("update routed to %q, want %q as the whole update says", key, want)
		}
		ev := toEvent(&u, time.Unix(0, 0))
		if ev.cq != nil {
			pressedLabel(ev.cq)
		}
		if ev.in.Conversation.ID != "" && ev.in.ID == "" {
			t.Fatal("input without an id")
		}
	})
}

// FuzzCallbackData presses buttons with arbitrary data: it reaches dialogs
// unchanged, never panics, and never marks a button that was not pressed.
func FuzzCallbackData(f *testing.F) {
	f.Add("1:o:lang:ar", "1:o:lang:ar")
	f.Add("", "x")
	f.Add("\x00\xff", "زر")
	f.Fuzz(func(t *testing.T, data, onButton string) {
		upd := map[string]any{"update_id": 1, "callback_query": map[string]any{
			"id": "q", "from": map[string]any{"id": 5}, "data": data,
			"message": map[string]any{"message_id": 3, "date": 9, "text": "Q", "chat": map[string]any{"id": 5, "type": "private"},
				"reply_markup": map[string]any{"inline_keyboard": [][]map[string]any{{{"text": "L", "callback_data": onButton}}}}},
		}}
		raw, err := json.Marshal(upd)
		if err != nil {
			return
		}
		if _, _, _, err := routeKey(raw); err != nil {
			t.Fatal(err)
		}
		var u models.Update
		if err := json.Unmarshal(raw, &u); err != nil {
			t.Fatal(err)
		}
		ev := toEvent(&u, time.Now())
		if utf8.ValidString(data) && ev.in.Data != data {
			t.Fatalf("data %q reached dialogs as %q", data, ev.in.Data)
		}
		if _, ok := pressedLabel(ev.cq); ok != (u.CallbackQuery.Data == onButtonDecoded(raw) && u.CallbackQuery.Data != "") {
			t.Fatalf("pressedLabel = %v for data %q on button %q", ok, data, onButton)
		}
	})
}

func onButtonDecoded(raw []byte) string {
	var u models.Update
	_ = json.Unmarshal(raw, &u)
	return u.CallbackQuery.Message.Message.ReplyMarkup.InlineKeyboard[0][0].CallbackData
}

func TestTransient(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"telegram down", ErrUnavailable, true},
		{"timeout", errors.New("x"), false},
		{"not found", dialogs.ErrNotFound, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := transient(tc.err); got != tc.want {
				t.Errorf("transient(%v) = %v", tc.err, got)
			}
		})
	}
}

// chatKey is the key an update is ordered by, read from the whole update:
// what routeKey must find from its few fields.
func chatKey(u *models.Update) string {
	if m := message(u); m != nil {
		return conversation(m.Chat.ID).String()
	}
	if cq := u.CallbackQuery; cq != nil {
		if c, ok := callbackChat(cq); ok {
			return conversation(c.ID).String()
		}
		return "user:" + strconv.FormatInt(cq.From.ID, 10)
	}
	if m := u.MyChatMember; m != nil {
		return conversation(m.Chat.ID).String()
	}
	return "update:" + strconv.FormatInt(u.ID, 10)
}
