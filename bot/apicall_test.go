package bot

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	tgbot "github.com/go-telegram/bot"
)

// The calls made without the library fail as the library's do, so the
// retries, the holds after a 429 and the blocked marks treat them alike.
func TestCallAPIFailsAsTheLibraryDoes(t *testing.T) {
	for _, c := range []struct {
		name, body string
		status     int
		result     string
		retryAfter time.Duration
	}{
		{"sent", `{"ok":true,"result":{"message_id":7,"chat":{"id":1}}}`, 200, resultOK, 0},
		{"flood", `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}`, 429, result429, 3 * time.Second},
		{"blocked", `{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}`, 403, result403, 0},
		{"refused", `{"ok":false,"error_code":400,"description":"Bad Request: message is not modified"}`, 400, result400, 0},
		{"migrated", `{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded","parameters":{"migrate_to_chat_id":-100}}`, 400, result400, 0},
		{"proxy down", `<html>Bad Gateway</html>`, 502, result5xx, 0},
		{"other", `{"ok":false,"error_code":404,"description":"Not Found"}`, 404, resultError, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path != "/bottoken/sendMessage" || r.Header.Get("Content-Type") != "application/json" {
					t.Errorf("request %s as %q", r.URL.Path, r.Header.Get("Content-Type"))
				}
				w.WriteHeader(c.status)
				w.Write([]byte(c.body))
			}))
			defer srv.Close()
			tg := &Telegram{cfg: Config{APIURL: srv.URL, Token: "token"}, http: srv.Client()}
			info := &callInfo{}
			ctx := context.WithValue(context.Background(), callInfoKey{}, info)
			msg, err := callAPI[sentMessage](ctx, tg, "sendMessage", sendMessageParams{ChatID: 1, Text: "hi"})
			result, retryAfter := classify(err, info)
			if result != c.result || retryAfter != c.retryAfter {
				t.Errorf("classified %s, retry after %v (err %v); want %s, %v", result, retryAfter, err, c.result, c.retryAfter)
			}
			if c.result == resultOK && msg.ID != 7 {
				t.Errorf("message id %d, want 7", msg.ID)
			}
		})
	}
}

// BenchmarkSendMessage is the client's side of one sendMessage with a
// keyboard, through the library and as callAPI makes it, against a server
// that answers at once with a Message as Telegram gives it:
//
//	go test -run '^$' -bench SendMessage -benchmem ./bot/
func BenchmarkSendMessage(b *testing.B) {
	const answer = `{"ok":true,"result":{"message_id":4821,"from":{"id":777,"is_bot":true,"first_name":"Frontdoor","username":"frontdoor_bot"},` +
		`"chat":{"id":100001,"first_name":"Load","type":"private"},"date":1765000000,"text":"Does the child have a stiff neck?",` +
		`"reply_markup":{"inline_keyboard":[[{"text":"Yes","callback_data":"t:a:yes"},{"text":"No","callback_data":"t:a:no"}],[{"text":"Not sure","callback_data":"t:a:unsure"}]]}}}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(answer))
	}))
	defer srv.Close()
	hc := &http.Client{Transport: newTransport()}
	tg := &Telegram{cfg: Config{APIURL: srv.URL, Token: "token"}, http: hc}
	api, err := tgbot.New("token", tgbot.WithServerURL(srv.URL), tgbot.WithSkipGetMe(), tgbot.WithHTTPClient(time.Minute, statusClient{hc}))
	if err != nil {
		b.Fatal(err)
	}
	markup := &inlineKeyboard{InlineKeyboard: [][]inlineButton{
		{{Text: "Yes", CallbackData: "t:a:yes"}, {Text: "No", CallbackData: "t:a:no"}},
		{{Text: "Not sure", CallbackData: "t:a:unsure"}},
	}}
	const text = "Does the child have a stiff neck, or pain when bending the head forward?"
	ctx := b.Context()
	b.Run("library", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := api.SendMessage(ctx, &tgbot.SendMessageParams{ChatID: int64(100001), Text: text, ReplyMarkup: markup}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := callAPI[sentMessage](ctx, tg, "sendMessage", sendMessageParams{ChatID: 100001, Text: text, ReplyMarkup: markup}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
