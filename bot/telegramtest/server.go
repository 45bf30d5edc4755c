// Package telegramtest is a fake Telegram Bot API for tests: an
// httptest.Server that speaks the real JSON (multipart, form and JSON
// requests, the {"ok":…} envelope, Telegram's error texts and limits),
// serves pushed updates through long-polling getUpdates, and records every
// call in order.
//
// Point the code under test at it with its URL as the Bot API base URL
// (bot.Config.APIURL, or go-telegram's bot.WithServerURL(fake.URL) with
// bot.WithSkipGetMe()). Methods: getMe, getUpdates, deleteWebhook,
// setWebhook, getWebhookInfo, setMyCommands, sendMessage,
// answerCallbackQuery, editMessageText, editMessageReplyMarkup,
// sendDocument. With EnforceLimits it applies Telegram's flood limits to
// every call that puts something in a chat, edits included.
package telegramtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Token is the bot token the fake accepts; a request with another answers
// 401 as Telegram does.
const Token = "123456789:TEST-fake-token"

// BotID is the fake bot's user id (the token's first part).
const BotID = 123456789

// Server is a fake Bot API. Its methods are safe for concurrent use.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every change
	calls    []Call
	updates  []pending // pushed, not yet confirmed by an offset
	nextUpd  int64
	nextMsg  int
	messages map[int64][]*Message // by chat, in send order
	queries  map[string]bool      // callback query id → answered
	faults   map[string][]Fault
	delays   map[string]time.Duration
	webhook  struct{ url, secret string }
	commands map[string]json.RawMessage // by language_code

	arrived   map[string]int                // requests received, by method, before answering
	chatWake  map[int64]chan struct{}       // closed and replaced when a chat gets a message
	noCalls   bool                          // SetRecordCalls(false): count calls only
	counts    map[string]map[int]int        // answers by method and status
	limits    *limits                       // Telegram's flow control, when enforced
	refused   int                           // calls the limits refused
	onMessage func(m Message, at time.Time) // observer of every message sent
	received  atomic.Int64                  // every request, for progress lines
}

type pending struct {
	id  int64
	raw json.RawMessage
}

// Call is one request the fake received.
type Call struct {
	Method string
	// Params holds each parameter as Telegram reads it: strings as they
	// are, everything else (numbers, reply_markup…) as JSON text.
	Params map[string]string
	Status int // HTTP status the fake answered
	// RetryAfter is the retry_after (seconds) of a 429 answer, else 0.
	RetryAfter int
	At         time.Time // when the call arrived
}

// Int returns parameter name as an integer (0 when absent or not one).
func (c Call) Int(name string) int64 {
	n, _ := strconv.ParseInt(c.Params[name], 10, 64)
	return n
}

// Decode decodes JSON parameter name into v.
func (c Call) Decode(name string, v any) error {
	return json.Unmarshal([]byte(c.Params[name]), v)
}

// Fault is an error the fake answers a call with instead of handling it.
// A Fault with Status 0 and a Delay is a slow call that then succeeds.
type Fault struct {
	Status      int           // HTTP status and error_code: 429, 500, 502…; 0: no error
	RetryAfter  int           // seconds, sent in parameters.retry_after when > 0
	Description string        // default: Telegram's text for Status
	Delay       time.Duration // wait this long before answering
}

// NewServer starts a fake Bot API, closed when tb ends.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	s := Start()
	tb.Cleanup(s.Close)
	return s
}

// Start starts a fake Bot API on a free loopback port; the caller must
// Close it.
func Start() *Server {
	s := newServer()
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Listen starts a fake Bot API on addr, which must be a loopback address
// ("127.0.0.1:8081"); the caller must Close it.
func Listen(addr string) (*Server, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("telegramtest: listen on %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("telegramtest: %q is not a loopback address", addr)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("telegramtest: listen on %q: %w", addr, err)
	}
	s := newServer()
	s.Server = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.Server.Listener.Close()
	s.Server.Listener = l
	s.Server.Start()
	return s, nil
}

func newServer() *Server {
	return &Server{
		changed:  make(chan struct{}),
		nextUpd:  1000,
		nextMsg:  1,
		messages: map[int64][]*Message{},
		queries:  map[string]bool{},
		faults:   map[string][]Fault{},
		delays:   map[string]time.Duration{},
		commands: map[string]json.RawMessage{},
		arrived:  map[string]int{},
		chatWake: map[int64]chan struct{}{},
		counts:   map[string]map[int]int{},
	}
}

// Fail makes the next calls of method fail with faults, one per call.
func (s *Server) Fail(method string, faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[method] = append(s.faults[method], faults...)
}

// Delay makes every call of method wait d before it is answered.
func (s *Server) Delay(method string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delays[method] = d
}

func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.received.Add(1)
	token, method, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	params, perr := readParams(r)
	// Read to the end, so that net/http watches the connection and a
	// caller killed during a held call cancels r.Context().
	_, _ = io.Copy(io.Discard, r.Body)
	call := &pendingCall{Call: Call{Method: method, Params: params, At: time.Now()}}
	status, body := s.dispatch(r, token, method, ok, params, perr, call)
	call.Status = status
	if b, ok := body.(map[string]any); ok {
		if ps, ok := b["parameters"].(map[string]any); ok {
			call.RetryAfter, _ = ps["retry_after"].(int)
		}
	}
	s.mu.Lock()
	if s.counts[method] == nil {
		s.counts[method] = map[int]int{}
	}
	s.counts[method][status]++
	if !s.noCalls && !call.recorded {
		s.calls = append(s.calls, call.Call)
		s.notify()
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(body)
}

// pendingCall is a call being answered; a message it sends records it
// (see keep).
type pendingCall struct {
	Call
	recorded bool
}

func (s *Server) dispatch(r *http.Request, token, method string, ok bool, p map[string]string, perr error, call *pendingCall) (int, any) {
	switch {
	case !ok || !strings.HasPrefix(r.URL.Path, "/bot"):
		return fail(http.StatusNotFound, "Not Found", 0)
	case token != Token:
		return fail(http.StatusUnauthorized, "Unauthorized", 0)
	case perr != nil:
		return fail(http.StatusBadRequest, "Bad Request: "+perr.Error(), 0)
	}
	s.mu.Lock()
	s.arrived[method]++
	if !s.noCalls {
		s.notify()
	}
	delay := s.delays[method]
	var fault *Fault
	if q := s.faults[method]; len(q) > 0 {
		fault, s.faults[method] = &q[0], q[1:]
		delay += fault.Delay
		if fault.Status == 0 {
			fault = nil
		}
	}
	s.mu.Unlock()
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
		}
	}
	if r.Context().Err() != nil {
		// The caller went away (killed, timed out) while the call was
		// held: it never reached "Telegram", so nothing happens.
		return fail(http.StatusServiceUnavailable, "client gone", 0)
	}
	if fault == nil {
		if ra := s.limited(method, p); ra > 0 {
			fault = &Fault{Status: http.StatusTooManyRequests, RetryAfter: ra}
		}
	}
	if fault != nil {
		desc := fault.Description
		if desc == "" {
			desc = http.StatusText(fault.Status)
			if fault.Status == http.StatusTooManyRequests {
				desc = fmt.Sprintf("Too Many Requests: retry after %d", fault.RetryAfter)
			}
		}
		return fail(fault.Status, desc, fault.RetryAfter)
	}
	switch method {
	case "getMe":
		return okResult(map[string]any{"id": BotID, "is_bot": true, "first_name": "Frontdoor", "username": "FrontdoorTestBot"})
	case "getUpdates":
		return s.getUpdates(r, p)
	case "deleteWebhook", "setWebhook":
		s.mu.Lock()
		s.webhook.url, s.webhook.secret = p["url"], p["secret_token"]
		s.mu.Unlock()
		return okResult(true)
	case "getWebhookInfo":
		s.mu.Lock()
		defer s.mu.Unlock()
		return okResult(map[string]any{"url": s.webhook.url, "pending_update_count": len(s.updates)})
	case "setMyCommands":
		if !json.Valid([]byte(p["commands"])) {
			return fail(http.StatusBadRequest, "Bad Request: can't parse commands JSON object", 0)
		}
		s.mu.Lock()
		s.commands[p["language_code"]] = json.RawMessage(p["commands"])
		s.mu.Unlock()
		return okResult(true)
	case "sendMessage":
		return s.sendMessage(p, call)
	case "sendDocument":
		return s.sendDocument(p, call)
	case "answerCallbackQuery":
		s.mu.Lock()
		defer s.mu.Unlock()
		answered, known := s.queries[p["callback_query_id"]]
		if !known || answered {
			return fail(http.StatusBadRequest, "Bad Request: query is too old and response timeout expired or query ID is invalid", 0)
		}
		s.queries[p["callback_query_id"]] = true
		return okResult(true)
	case "editMessageText", "editMessageReplyMarkup":
		return s.edit(method, p)
	}
	return fail(http.StatusNotFound, "Not Found: method not found", 0)
}

func okResult(v any) (int, any) {
	return http.StatusOK, map[string]any{"ok": true, "result": v}
}

func fail(status int, description string, retryAfter int) (int, any) {
	body := map[string]any{"ok": false, "error_code": status, "description": description}
	if retryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": retryAfter}
	}
	return status, body
}

// getUpdates confirms the updates before offset, then returns the others,
// waiting up to timeout seconds for one to be pushed.
func (s *Server) getUpdates(r *http.Request, p map[string]string) (int, any) {
	offset, _ := strconv.ParseInt(p["offset"], 10, 64)
	timeout, _ := strconv.Atoi(p["timeout"])
	limit, _ := strconv.Atoi(p["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	deadline := time.After(time.Duration(timeout) * time.Second)
	for {
		s.mu.Lock()
		if s.webhook.url != "" {
			s.mu.Unlock()
			return fail(http.StatusConflict, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", 0)
		}
		if offset > 0 {
			kept := s.updates[:0]
			for _, u := range s.updates {
				if u.id >= offset {
					kept = append(kept, u)
				}
			}
			s.updates = kept
		}
		var out []json.RawMessage
		for _, u := range s.updates {
			if len(out) < limit {
				out = append(out, u.raw)
			}
		}
		changed := s.changed
		s.mu.Unlock()
		if len(out) > 0 || timeout <= 0 {
			return okResult(append([]json.RawMessage{}, out...))
		}
		select {
		case <-changed:
		case <-deadline:
			timeout = 0
		case <-r.Context().Done():
			return okResult([]json.RawMessage{})
		}
	}
}
