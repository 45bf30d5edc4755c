package webchat

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/stream"
)

// Pushes keeps the messages pushed to web conversations outside a reply
// and wakes the processes that hold their pages (store.Redis satisfies it).
type Pushes interface {
	PushWeb(ctx context.Context, conv string, payload []byte) (string, error)
	WebPushesAfter(ctx context.Context, conv, after string, limit int) ([]stream.Entry, error)
	// LastWebPushID returns the id of conv's newest push, "0-0" for none.
	LastWebPushID(ctx context.Context, conv string) (string, error)
	WebPushWakeups(ctx context.Context) (<-chan string, error)
}

// Timings of the push stream. A page's stream looks in Redis when woken,
// and every pushPoll anyway (a wake-up lost while Redis reconnected); it
// sends a comment every pushBeat so proxies keep it open. A page token
// lasts as long as Redis keeps pushes (a day).
const (
	pushPoll  = 10 * time.Second
	pushBeat  = 20 * time.Second
	pushBatch = 50
	wakeRetry = time.Second
	pageTTL   = 24 * time.Hour
)

// newPage issues a page token for conv: the page's stream replays nothing
// pushed before now. A shared device's next user who opens /chat (a new
// tab: no token in its sessionStorage) sees none of the clinician's
// earlier messages, whatever ?after= they send; the tab that showed them
// keeps its token across reloads and resumes where it was.
func (s *Server) newPage(ctx context.Context, conv string, replay bool) (string, error) {
	floor := "0-0"
	if !replay {
		var err error
		if floor, err = s.Pushes.LastWebPushID(ctx, conv); err != nil {
			return "", fmt.Errorf("webchat: new page: %w", err)
		}
	}
	token := rand.Text()
	if err := s.Keys.SetWebKey(ctx, hashed("page", token), conv+" "+floor, pageTTL); err != nil {
		return "", fmt.Errorf("webchat: new page: %w", err)
	}
	return token, nil
}

// pageFloor returns the push id before which the page with token may not
// read: the floor recorded when the page was first shown, or, for a
// missing, unknown or foreign token, the newest push now.
func (s *Server) pageFloor(ctx context.Context, conv, token string) (string, error) {
	if validToken(token) {
		v, err := s.Keys.WebKey(ctx, hashed("page", token), 0)
		if c, floor, ok := strings.Cut(v, " "); err == nil && ok && c == conv && stream.ValidID(floor) {
			return floor, nil
		}
		if err != nil && !errors.Is(err, dialogs.ErrNotFound) {
			return "", err
		}
	}
	return s.Pushes.LastWebPushID(ctx, conv)
}

// pushPayload is what a page receives: replies as /chat/send answers them.
type pushPayload struct {
	Replies []dialogs.Reply `json:"replies"`
	Lang    string          `json:"lang,omitempty"`
}

// Push sends replies to the web conversation convID outside a reply: its
// open pages show them at once, a page opened later (within a day) when
// it comes back. Reply links other than http, https and tel are dropped,
// as for replies. It fails when Pushes is not set.
func (s *Server) Push(ctx context.Context, convID string, replies []dialogs.Reply) error {
	if s.Pushes == nil {
		return errors.New("webchat: push: no Pushes configured")
	}
	p := pushPayload{Replies: safeReplies(replies)}
	if n := len(p.Replies); n > 0 {
		p.Lang = p.Replies[n-1].Lang
	}
	raw, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("webchat: push: %w", err)
	}
	if _, err := s.Pushes.PushWeb(ctx, convID, raw); err != nil {
		return fmt.Errorf("webchat: push: %w", err)
	}
	return nil
}

// Run wakes the open push streams of this process when something is
// pushed to their conversation, until ctx ends (then it returns nil).
// Redis outages are retried. Without Run, GET /chat/events answers 503.
func (s *Server) Run(ctx context.Context) error {
	if s.Pushes == nil {
		<-ctx.Done()
		return nil
	}
	w := s.wakers()
	for ctx.Err() == nil {
		ch, err := s.Pushes.WebPushWakeups(ctx)
		if err != nil {
			s.Log.Warn("webchat: subscribe to pushes", "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(wakeRetry):
			}
			continue
		}
		w.setRunning(true)
		for conv := range ch {
			w.wake(conv)
		}
		w.setRunning(false)
	}
	return nil
}

// wakers maps a conversation to the open streams of this process.
type wakers struct {
	mu      sync.Mutex
	running bool
	subs    map[string]map[chan struct{}]struct{}
}

func (s *Server) wakers() *wakers {
	s.wakeOnce.Do(func() { s.wake = &wakers{subs: map[string]map[chan struct{}]struct{}{}} })
	return s.wake
}

func (w *wakers) setRunning(on bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.running = on
}

// subscribe returns a channel that receives when conv is pushed to; ok is
// false while Run is not reading wake-ups.
func (w *wakers) subscribe(conv string) (ch chan struct{}, ok bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.running {
		return nil, false
	}
	ch = make(chan struct{}, 1)
	if w.subs[conv] == nil {
		w.subs[conv] = map[chan struct{}]struct{}{}
	}
	w.subs[conv][ch] = struct{}{}
	return ch, true
}

func (w *wakers) unsubscribe(conv string, ch chan struct{}) {
	w.mu.Lock()
	defer w.mu.Unlock()
	delete(w.subs[conv], ch)
	if len(w.subs[conv]) == 0 {
		delete(w.subs, conv)
	}
}

func (w *wakers) wake(conv string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for ch := range w.subs[conv] {
		select {
		case ch <- struct{}{}:
		default: // already woken
		}
	}
}

// streamPushes is GET /chat/events, the conversation's pushed messages as
// server-sent events:
//
//	id: <push id>         (the browser sends it back as Last-Event-ID)
//	event: replies
//	data: {"replies":[…],"lang":"ar"}
//
// A page passes ?page=<token> (see newPage) and ?after=<id> with the last
// push it showed, so a reload shows nothing twice; nothing from before the
// page's floor is ever sent. 400 without a conversation, 503 while Run is
// not reading wake-ups (the browser retries).
func (s *Server) streamPushes(w http.ResponseWriter, r *http.Request) {
	if s.Pushes == nil {
		http.NotFound(w, r)
		return
	}
	conv, _, err := s.conversation(r)
	if errors.Is(err, errNoDevice) {
		s.fail(w, http.StatusBadRequest, "no_session", s.Text.Text(s.lang(r), "webchat_no_session", nil))
		return
	}
	if err != nil {
		s.unavailable(w, r, err)
		return
	}
	floor, err := s.pageFloor(r.Context(), conv, r.URL.Query().Get("page"))
	if err != nil {
		s.unavailable(w, r, err)
		return
	}
	wake, ok := s.wakers().subscribe(conv)
	if !ok {
		w.Header().Set("Retry-After", "3")
		http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
		return
	}
	defer s.wakers().unsubscribe(conv, wake)

	ctx := r.Context()
	after := r.Header.Get("Last-Event-ID")
	if after == "" {
		after = r.URL.Query().Get("after")
	}
	if !stream.ValidID(after) || stream.Less(after, floor) {
		after = floor
	}
	out := &eventWriter{w: w, rc: http.NewResponseController(w), timeout: 2 * pushBeat}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	out.printf("retry: 3000\n\n")

	poll := time.NewTicker(pushPoll)
	defer poll.Stop()
	beat := time.NewTicker(pushBeat)
	defer beat.Stop()
	for out.err == nil {
		after = s.sendPushes(ctx, out, conv, after)
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-poll.C:
		case <-beat.C:
			out.printf(": ping\n\n")
		}
	}
}

// sendPushes writes conv's pushes after id and returns the last id sent.
func (s *Server) sendPushes(ctx context.Context, out *eventWriter, conv, after string) string {
	for out.err == nil {
		pushes, err := s.Pushes.WebPushesAfter(ctx, conv, after, pushBatch)
		if err != nil {
			if ctx.Err() == nil {
				s.Log.Warn("webchat: read pushes", "conversation", logID(conv), "err", err)
			}
			return after
		}
		for _, p := range pushes {
			// The payload is JSON on one line: it fits one data field.
			out.printf("id: %s\nevent: replies\ndata: %s\n\n", p.ID, strings.TrimSpace(string(p.Payload)))
			after = p.ID
		}
		if len(pushes) < pushBatch {
			return after
		}
	}
	return after
}

// eventWriter writes one event stream, extending the write deadline before each
// write (the server's WriteTimeout would otherwise cut it) and flushing
// after it. The first error sticks and ends the stream.
type eventWriter struct {
	w       io.Writer
	rc      *http.ResponseController
	timeout time.Duration
	err     error
}

func (s *eventWriter) printf(format string, args ...any) {
	if s.err != nil {
		return
	}
	_ = s.rc.SetWriteDeadline(time.Now().Add(s.timeout))
	if _, s.err = fmt.Fprintf(s.w, format, args...); s.err == nil {
		s.err = s.rc.Flush()
	}
}
