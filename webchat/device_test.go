package webchat

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/ratelimit"
	"github.com/frontdoor-health/frontdoor/store"
)

// A cookie the server did not issue names nothing: the page starts a new
// conversation with a new server-made id, and a send with it is refused
// (issue 11, break 2: fd_chat=ATTACKERCHOSENID was accepted and re-issued).
func TestClientChosenIDIsNeverAccepted(t *testing.T) {
	h := &scripted{}
	s, ts := newServer(t, h)
	chosen := strings.Repeat("A", 26) // well-formed, but never issued
	b := newBrowser(t, ts)
	u, _ := url.Parse(ts.URL + "/chat")
	b.Client.Jar.SetCookies(u, []*http.Cookie{{Name: conversationCookie, Value: chosen, Path: "/chat"}})

	status, _, e := b.TrySend("m1", "hello", "")
	if status != http.StatusBadRequest || e.Code != "no_session" {
		t.Errorf("send with a chosen id = %d %+v, want 400 no_session", status, e)
	}
	resp, body := b.Open("en")
	issued := findCookie(resp, conversationCookie)
	if issued == nil || issued.Value == chosen || !strings.Contains(body, `data-new="true"`) {
		t.Fatalf("the page kept the chosen id (%+v); want a new conversation with a new id", issued)
	}
	b.Send("m1", "hello", "")
	if got := h.calls()[0].Conversation.ID; got == chosen || got == issued.Value {
		t.Errorf("the conversation is named %q: neither the chosen id nor the cookie itself may name it", got)
	}
	// Redis holds the cookie only hashed.
	rd := s.Keys.(*store.Redis)
	keys, err := rd.Client().Keys(context.Background(), rd.Prefix()+"*").Result()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if strings.Contains(k, issued.Value) {
			t.Errorf("Redis key %q holds the cookie in clear", k)
		}
	}
}

// "End chat" makes the device forget the conversation.
func TestEndChatForgetsTheDevice(t *testing.T) {
	h := &scripted{}
	s, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("en")
	old := b.Cookie(conversationCookie)
	b.Send("m1", "hello", "")

	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/chat/end", nil)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, _ := b.Do(req)
	if resp.StatusCode != http.StatusNoContent {
		t.Fatalf("POST /chat/end = %d, want 204", resp.StatusCode)
	}
	if c := findCookie(resp, conversationCookie); c == nil || c.MaxAge >= 0 {
		t.Errorf("the end did not remove the cookie: %+v", c)
	}
	// Even a copy of the old cookie reaches nothing now.
	copyB := newBrowser(t, ts)
	u, _ := url.Parse(ts.URL + "/chat")
	copyB.Client.Jar.SetCookies(u, []*http.Cookie{{Name: conversationCookie, Value: old, Path: "/chat"}})
	if status, _, e := copyB.TrySend("m2", "hello again", ""); status != http.StatusBadRequest || e.Code != "no_session" {
		t.Errorf("the old cookie after End chat = %d %+v, want 400 no_session", status, e)
	}
	_, body := b.Open("en")
	if !strings.Contains(body, `data-new="true"`) {
		t.Error("after End chat the page did not start a new conversation")
	}
	if _, err := s.Keys.WebKey(context.Background(), hashed("dev", old), 0); err == nil {
		t.Error("the server still knows the ended device")
	}
}

var codeInNote = regexp.MustCompile(`[A-HJ-KMNP-Z2-9]{4}-[A-HJ-KMNP-Z2-9]{4}`)

// A patient continues on another device only with the one-time code shown
// in the old chat; the code works once, and the old device forgets.
func TestContinueOnAnotherDeviceWithAOneTimeCode(t *testing.T) {
	h := &scripted{}
	s, ts := newServer(t, h)
	s.PublicURL = "https://clinic.example"
	old := newBrowser(t, ts)
	old.Open("en")
	old.Send("m1", "hello", "")
	conv := old.conv(s)

	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/chat/code", nil)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, body := old.Do(req)
	code := codeInNote.FindString(body)
	if resp.StatusCode != http.StatusOK || code == "" || !strings.Contains(body, "https://clinic.example/chat/continue") {
		t.Fatalf("POST /chat/code = %d %s; want a code and where to use it", resp.StatusCode, body)
	}

	fresh := newBrowser(t, ts)
	if resp, _ := fresh.continueWith(t, "WRONG-CODE"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("a wrong code = %d, want 400", resp.StatusCode)
	}
	// Typed as a patient might: lower case, no dash, with spaces.
	resp, _ = fresh.continueWith(t, " "+strings.ToLower(strings.ReplaceAll(code, "-", " "))+" ")
	if resp.StatusCode != http.StatusOK || resp.Request.URL.Path != "/chat" {
		t.Fatalf("the right code = %d at %s, want the chat", resp.StatusCode, resp.Request.URL.Path)
	}
	if got := fresh.conv(s); got != conv {
		t.Errorf("the new device is on conversation %q, want %q", got, conv)
	}
	if status, _, _ := old.TrySend("m2", "still here?", ""); status != http.StatusBadRequest {
		t.Errorf("the old device after the move = %d, want 400 (it forgot the chat)", status)
	}
	again := newBrowser(t, ts)
	if resp, _ := again.continueWith(t, code); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("the code a second time = %d, want 400", resp.StatusCode)
	}
}

func (b *browser) continueWith(t *testing.T, code string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, b.Base+"/chat/continue", strings.NewReader(url.Values{"code": {code}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.Do(req)
}

// One conversation sending faster than a person can is refused with a
// kind message in the patient's language that still gives the emergency
// number, and the draft goes back to the input box (the page treats 429
// as a refusal, not a retry).
func TestSendRateLimitedKindly(t *testing.T) {
	h := &scripted{reply: func(context.Context, dialogs.Input) ([]dialogs.Reply, error) {
		return []dialogs.Reply{{Lang: "ar", Text: "تم"}}, nil
	}}
	s := testServer(t, h)
	s.Limits = DefaultLimits()
	s.Limits.SendPerConversation = ratelimit.Rate{Events: 1, Per: time.Minute, Burst: 3}
	ts := newTestHTTP(t, s)
	b := newBrowser(t, ts)
	b.Open("ar")
	for i := range 3 {
		b.Send(string(rune('a'+i)), "ألم", "")
	}
	status, _, e := b.TrySend("d", "ألم في الصدر", "")
	want := s.Text.Text("ar", "webchat_rate_limited", map[string]any{"Emergency": "٩٩٧"})
	if status != http.StatusTooManyRequests || e.Code != "rate_limited" || e.Message != want || !strings.Contains(e.Message, "٩٩٧") {
		t.Errorf("fourth send = %d %+v, want 429 with %q", status, e, want)
	}
	if n := len(h.calls()); n != 3 {
		t.Errorf("the dialogs saw %d inputs, want 3", n)
	}
	if v := counterValue(t, s.Metrics.RateLimited.WithLabelValues("web_send_conversation")); v != 1 {
		t.Errorf("rate-limited counter = %v, want 1", v)
	}
}

// Control characters never reach the dialogs (issue 11, break 8).
func TestSendStripsControlCharacters(t *testing.T) {
	h := &scripted{}
	_, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("en")
	b.Send("m1", "crushing chest pain \u0000\u001b help", "")
	if got := h.calls()[0].Text; got != "crushing chest pain  help" {
		t.Errorf("the dialogs got %q", got)
	}
}
