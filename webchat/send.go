package webchat

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/numerals"
)

// sendRequest is the body of POST /chat/send: a client message id and
// one of typed text, a tapped button's data and a phone number.
type sendRequest struct {
	ID   string `json:"id"`
	Text string `json:"text,omitempty"`
	Data string `json:"data,omitempty"`
	// Phone is a number the patient sent from a reply's phone field.
	Phone string `json:"phone,omitempty"`
	// Zone is the browser's time zone ("Europe/London"), so that a
	// patient abroad is asked which time they read (dialogs' zone.go).
	Zone string `json:"zone,omitempty"`
}

// sendResponse answers a handled input. Lang is the language the
// conversation now speaks (the last reply's), so the page can follow it.
type sendResponse struct {
	Replies []dialogs.Reply `json:"replies"`
	Lang    string          `json:"lang,omitempty"`
}

// errorResponse answers a refused or failed input. Message is localized
// and meant to be shown to the patient as it is.
type errorResponse struct {
	Error errorBody `json:"error"`
}

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// send takes one input in: it validates it, serializes it with the
// conversation's other inputs, and answers with the dialogs' replies.
//
// Statuses: 200 replies; 400 malformed or missing session; 413/422 too long
// (the client keeps the draft); 415 not JSON; 429 over a rate limit (the
// client keeps the draft; the message gives the emergency number); 503
// busy or slow (the client retries with the same id); 500 the dialogs
// failed (not retried).
func (s *Server) send(w http.ResponseWriter, r *http.Request) {
	lang := s.lang(r)
	refuse := func(status int, code, msgID string, data map[string]any) {
		writeJSON(w, status, errorResponse{Error: errorBody{Code: code, Message: s.Text.Text(lang, msgID, data)}})
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		refuse(http.StatusUnsupportedMediaType, "bad_request", "webchat_bad_request", nil)
		return
	}
	addr := addressKey(s.ClientIP(r))
	if ok, retry := s.allow(r, "send_address", addr, s.Limits.SendPerAddress); !ok {
		s.refuseRate(w, lang, retry)
		return
	}
	convID, _, err := s.conversation(r)
	if errors.Is(err, errNoDevice) {
		refuse(http.StatusBadRequest, "no_session", "webchat_no_session", nil)
		return
	}
	if err != nil {
		s.answerFailure(w, r, lang, "", fmt.Errorf("%w: %w", errBusy, err))
		return
	}
	if ok, retry := s.allow(r, "send_conversation", convID, s.Limits.SendPerConversation); !ok {
		s.refuseRate(w, lang, retry)
		return
	}
	req, err := decodeSend(w, r)
	if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
		refuse(http.StatusRequestEntityTooLarge, "too_long", "webchat_body_too_large", nil)
		return
	}
	if err != nil {
		refuse(http.StatusBadRequest, "bad_request", "webchat_bad_request", nil)
		return
	}
	if n := utf8.RuneCountInString(req.Text); n > MaxTextChars {
		refuse(http.StatusUnprocessableEntity, "too_long", "webchat_text_too_long",
			map[string]any{"Length": numerals.Format(lang, n), "Max": numerals.Format(lang, MaxTextChars)})
		return
	}

	in := dialogs.Input{
		ID: req.ID, Conversation: conversationKey(convID), UserID: convID,
		Text: req.Text, Data: req.Data, LanguageHint: lang, At: time.Now(),
	}
	if len(req.Zone) <= 64 {
		in.ZoneHint = req.Zone // only a hint: the dialogs load it or ignore it
	}
	if req.Phone != "" {
		in.Contact = &dialogs.Contact{Phone: req.Phone}
	}
	s.count(received, "")
	replies, err := s.take(r.Context(), in)
	if err != nil {
		s.answerFailure(w, r, lang, convID, err)
		return
	}
	resp := sendResponse{Replies: safeReplies(replies)}
	if n := len(resp.Replies); n > 0 && resp.Replies[n-1].Lang != "" {
		resp.Lang = resp.Replies[n-1].Lang
		if c, err := r.Cookie(langCookie); err != nil || c.Value != resp.Lang {
			s.setLang(w, resp.Lang)
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

var errBadInput = errors.New("webchat: malformed input")

// decodeSend reads and checks the body. Errors: *http.MaxBytesError when
// the body is too large, errBadInput for anything else wrong.
func decodeSend(w http.ResponseWriter, r *http.Request) (sendRequest, error) {
	var req sendRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err := dec.Decode(&req); err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return req, err
		}
		return req, fmt.Errorf("%w: %w", errBadInput, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return req, fmt.Errorf("%w: data after the object", errBadInput)
	}
	// Control characters never reach the dialogs or the database (a NUL
	// once lost an emergency's case).
	req.Text = dialogs.CleanText(req.Text)
	req.Phone = dialogs.CleanText(req.Phone)
	hasText, hasData, hasPhone := strings.TrimSpace(req.Text) != "", req.Data != "", strings.TrimSpace(req.Phone) != ""
	if !validInputID(req.ID) || countTrue(hasText, hasData, hasPhone) != 1 || len(req.Data) > maxDataLen || len(req.Phone) > maxPhoneLen {
		return req, fmt.Errorf("%w: needs an id and one of text, data and phone", errBadInput)
	}
	return req, nil
}

// maxPhoneLen bounds a sent phone number, in bytes: room for spaces and
// dashes around 15 digits.
const maxPhoneLen = 40

// countTrue returns how many of bs are true.
func countTrue(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// validInputID accepts what crypto.randomUUID and the fallback in chat.js
// make, and no more: it ends up in the session and in logs.
func validInputID(id string) bool {
	if id == "" || len(id) > maxIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

var (
	errBusy  = errors.New("webchat: conversation busy")
	errPanic = errors.New("webchat: handler panicked")
)

// take runs in under the conversation's lock and answers a repeated input
// id from memory. Errors wrap errBusy when the lock could not be had or the
// handler ran out of time, errPanic when it panicked.
func (s *Server) take(ctx context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
	start := time.Now()
	unlock, err := s.lock(ctx, "webchat:"+in.Conversation.ID)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errBusy, err)
	}
	defer func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		if err := unlock(ctx); err != nil {
			s.Log.Warn("webchat: unlock conversation", "conversation", logID(in.Conversation.ID), "err", err)
		}
	}()

	key := recentKey(in.Conversation.ID, in.ID)
	if replies, ok := s.recent.get(key); ok {
		s.count(duplicate, "")
		return replies, nil
	}
	hctx, cancel := context.WithTimeout(ctx, handleTimeout)
	defer cancel()
	replies, err := s.call(hctx, in)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && !errors.Is(ctx.Err(), context.DeadlineExceeded) {
			err = fmt.Errorf("%w: %w", errBusy, err)
		}
		return nil, err
	}
	s.recent.put(key, replies)
	s.count(processed, "")
	if m := s.Metrics; m != nil {
		m.HandleSeconds.WithLabelValues(dialogs.ChannelWeb).Observe(time.Since(start).Seconds())
	}
	return replies, nil
}

// lock takes the conversation's lock, retrying for up to lockWait so a
// Locker that fails fast while another tab holds the lock still waits its
// turn. ctx bounds the acquisition only.
func (s *Server) lock(ctx context.Context, name string) (func(context.Context) error, error) {
	ctx, cancel := context.WithTimeout(ctx, s.lockWait)
	defer cancel()
	backoff := 20 * time.Millisecond
	for {
		unlock, err := s.Locker.Lock(ctx, name, lockTTL)
		if err == nil {
			return unlock, nil
		}
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("webchat: lock conversation: %w", err)
		case <-t.C:
		}
		backoff = min(backoff*2, 400*time.Millisecond)
	}
}

// call runs the Handler and turns a panic into errPanic, so one broken
// conversation answers with an apology and the process goes on. The panic
// value is not logged: it may quote what the patient wrote.
func (s *Server) call(ctx context.Context, in dialogs.Input) (replies []dialogs.Reply, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w (%T)", errPanic, p)
		}
	}()
	return s.Handler.Handle(ctx, in)
}

// answerFailure answers an input that could not be handled: 503 when busy
// (the client retries), 500 otherwise.
func (s *Server) answerFailure(w http.ResponseWriter, r *http.Request, lang, convID string, err error) {
	data := map[string]any{"Emergency": numerals.In(lang, s.Emergency)}
	reason := "error"
	if errors.Is(err, errPanic) {
		reason = "panic"
	}
	if errors.Is(err, errBusy) {
		s.Log.WarnContext(r.Context(), "webchat: conversation busy", "conversation", logID(convID), "err", err)
		s.count(failed, "busy")
		w.Header().Set("Retry-After", "2")
		s.fail(w, http.StatusServiceUnavailable, "busy", s.Text.Text(lang, "slower_than_usual", data))
		return
	}
	s.Log.ErrorContext(r.Context(), "webchat: handle input", "conversation", logID(convID), "reason", reason, "err", err)
	s.count(failed, reason)
	s.fail(w, http.StatusInternalServerError, "error", s.Text.Text(lang, "error_generic", data))
}

// fail answers with a localized error the page shows as it is.
func (s *Server) fail(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, errorResponse{Error: errorBody{Code: code, Message: message}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client retries on a broken response
}

// logID names a conversation in logs without revealing its cookie, which
// is the bearer of the conversation.
func logID(convID string) string {
	sum := sha256.Sum256([]byte(convID))
	return hex.EncodeToString(sum[:6])
}
