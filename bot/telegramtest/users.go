package telegramtest

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// User is a Telegram user talking to the bot in a private chat (whose id
// is the user's id).
type User struct {
	ID           int64
	FirstName    string
	LanguageCode string // Telegram's client language, "ar", "en-US", "id"…
}

func (u User) json() map[string]any {
	name := u.FirstName
	if name == "" {
		name = "Patient"
	}
	out := map[string]any{"id": u.ID, "is_bot": false, "first_name": name}
	if u.LanguageCode != "" {
		out["language_code"] = u.LanguageCode
	}
	return out
}

// PushUpdate queues a raw update for getUpdates and returns its update_id.
// An update without "update_id" gets the next one; one with an id is queued
// as is (push the same id twice to simulate a duplicate delivery).
func (s *Server) PushUpdate(update map[string]any) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var id int64
	switch v := update["update_id"].(type) {
	case int64:
		id = v
	case int:
		id = int64(v)
	default:
		s.nextUpd++
		id = s.nextUpd
		update["update_id"] = id
	}
	update["update_id"] = id
	raw, err := json.Marshal(update)
	if err != nil {
		panic(fmt.Sprintf("telegramtest: update does not marshal: %v", err))
	}
	s.updates = append(s.updates, pending{id: id, raw: raw})
	s.notify()
	return id
}

// TextUpdate builds the update of u typing text in their private chat.
// Pass it to PushUpdate, or post it to a webhook.
func (s *Server) TextUpdate(u User, text string) map[string]any {
	s.mu.Lock()
	s.nextMsg++
	msgID := s.nextMsg
	s.mu.Unlock()
	m := map[string]any{
		"message_id": msgID,
		"date":       time.Now().Unix(),
		"chat":       map[string]any{"id": u.ID, "type": "private", "first_name": u.json()["first_name"]},
		"from":       u.json(),
		"text":       text,
	}
	if strings.HasPrefix(text, "/") {
		cmd, _, _ := strings.Cut(text, " ")
		m["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": len([]rune(cmd))}}
	}
	return map[string]any{"message": m}
}

// PushText queues u typing text and returns the update_id.
func (s *Server) PushText(u User, text string) int64 {
	return s.PushUpdate(s.TextUpdate(u, text))
}

// CallbackUpdate builds the update of u pressing the button with data in
// message messageID of their chat; the message is included as Telegram
// includes it (text and keyboard as they are now). data need not be on any
// button (a forged or stale press).
func (s *Server) CallbackUpdate(u User, messageID int, data string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	qid := "cq" + strconv.Itoa(len(s.queries)+1) + "-" + strconv.FormatInt(u.ID, 10)
	s.queries[qid] = false
	cq := map[string]any{"id": qid, "from": u.json(), "chat_instance": "ci" + strconv.FormatInt(u.ID, 10), "data": data}
	if m := s.find(u.ID, messageID); m != nil {
		cq["message"] = messageJSON(*m)
	} else {
		cq["message"] = map[string]any{"message_id": messageID, "date": 0, "chat": map[string]any{"id": u.ID, "type": "private"}}
	}
	return map[string]any{"callback_query": cq}
}

// PushCallback queues u pressing a button and returns the update_id.
func (s *Server) PushCallback(u User, messageID int, data string) int64 {
	return s.PushUpdate(s.CallbackUpdate(u, messageID, data))
}

// Calls returns every call received so far, in order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// CallsTo returns the calls of one method, in order.
func (s *Server) CallsTo(method string) []Call {
	var out []Call
	for _, c := range s.Calls() {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Sent returns the messages sent to chatID, in order, as they stand now.
func (s *Server) Sent(chatID int64) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, 0, len(s.messages[chatID]))
	for _, m := range s.messages[chatID] {
		out = append(out, *m)
	}
	return out
}

// Commands returns the commands set for language code lang ("" = default),
// as JSON, or "" when none were set.
func (s *Server) Commands(lang string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return string(s.commands[lang])
}

// Webhook returns the URL and secret of the webhook set ("" when none).
func (s *Server) Webhook() (url, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook.url, s.webhook.secret
}

// Unconfirmed returns how many pushed updates no getUpdates offset has
// confirmed yet.
func (s *Server) Unconfirmed() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

// WaitTimeout bounds the Wait helpers.
var WaitTimeout = 15 * time.Second

// Wait waits until cond (called under no lock) holds, failing tb after
// WaitTimeout.
func (s *Server) Wait(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	deadline := time.NewTimer(WaitTimeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		changed := s.changed
		s.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-changed:
		case <-deadline.C:
			tb.Fatalf("telegramtest: timed out after %v waiting for %s", WaitTimeout, what)
		}
	}
}

// WaitSent waits until at least n messages were sent to chatID and returns
// them all.
func (s *Server) WaitSent(tb testing.TB, chatID int64, n int) []Message {
	tb.Helper()
	s.Wait(tb, fmt.Sprintf("%d messages to chat %d", n, chatID), func() bool { return len(s.Sent(chatID)) >= n })
	return s.Sent(chatID)
}

// WaitCalls waits until method was called at least n times and returns
// its calls.
func (s *Server) WaitCalls(tb testing.TB, method string, n int) []Call {
	tb.Helper()
	s.Wait(tb, fmt.Sprintf("%d calls of %s", n, method), func() bool { return len(s.CallsTo(method)) >= n })
	return s.CallsTo(method)
}
