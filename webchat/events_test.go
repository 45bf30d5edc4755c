package webchat

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// sseEvent is one server-sent event.
type sseEvent struct{ id, name, data string }

// events opens b's push stream for its last page (after, when set, as
// Last-Event-ID) and returns its events as they come; the stream closes
// when the test ends.
func (b *browser) events(t *testing.T, after string) (<-chan sseEvent, int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, b.Base+"/chat/events?page="+url.QueryEscape(b.Page), nil)
	if after != "" {
		req.Header.Set("Last-Event-ID", after)
	}
	resp, err := (&http.Client{Jar: b.Client.Jar}).Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	out := make(chan sseEvent, 16)
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		cancel()
		close(out)
		return out, resp.StatusCode
	}
	t.Cleanup(func() { cancel(); resp.Body.Close() })
	go func() {
		defer close(out)
		sc := bufio.NewScanner(resp.Body)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.name != "" {
					out <- ev
				}
				ev = sseEvent{}
			case strings.HasPrefix(line, "id: "):
				ev.id = line[4:]
			case strings.HasPrefix(line, "event: "):
				ev.name = line[7:]
			case strings.HasPrefix(line, "data: "):
				ev.data = line[6:]
			}
		}
	}()
	return out, resp.StatusCode
}

func next(t *testing.T, ch <-chan sseEvent) sseEvent {
	t.Helper()
	select {
	case ev, ok := <-ch:
		if !ok {
			t.Fatal("the stream ended")
		}
		return ev
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10 s")
	}
	return sseEvent{}
}

// pushServer is a web chat with pushes on the test Redis, Run running.
func pushServer(t *testing.T) (*Server, *httptest.Server) {
	t.Helper()
	rd := storetest.NewRedis(t)
	s := &Server{Handler: &scripted{}, Text: mustCatalog(t), Locker: rd, Keys: rd, Limiter: rd, Pushes: rd, Emergency: "997"}
	ts := httptest.NewServer(s.Routes())
	t.Cleanup(ts.Close)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = s.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	deadline := time.Now().Add(5 * time.Second)
	for {
		if ch, ok := s.wakers().subscribe("probe"); ok {
			s.wakers().unsubscribe("probe", ch)
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Run did not start")
		}
		time.Sleep(5 * time.Millisecond)
	}
	return s, ts
}

// TestPushStream: a reply pushed to a conversation reaches its open page
// at once, not another conversation's; a reconnect resumes after the last
// one seen; a page that says nothing gets the recent ones.
func TestPushStream(t *testing.T) {
	s, ts := pushServer(t)
	patient, other := newBrowser(t, ts), newBrowser(t, ts)
	patient.Open("ar")
	other.Open("en")
	conv := patient.conv(s)

	stream, status := patient.events(t, "")
	if status != http.StatusOK {
		t.Fatalf("GET /chat/events = %d", status)
	}
	otherStream, _ := other.events(t, "")
	ctx := context.Background()
	doctor := dialogs.Reply{Lang: "ar", Text: "🩺 د. خالد:\nمرحبًا", Buttons: [][]dialogs.Button{
		{{Label: "🎥 انضم", URL: "https://meet.example.org/room"}},
		{{Label: "bad", URL: "javascript:alert(1)"}},
	}}
	if err := s.Push(ctx, conv, []dialogs.Reply{doctor}); err != nil {
		t.Fatal(err)
	}
	ev := next(t, stream)
	var body pushPayload
	if err := json.Unmarshal([]byte(ev.data), &body); err != nil || ev.name != "replies" {
		t.Fatalf("event %+v: %v", ev, err)
	}
	if len(body.Replies) != 1 || body.Replies[0].Text != doctor.Text || body.Lang != "ar" ||
		len(body.Replies[0].Buttons) != 1 || body.Replies[0].Buttons[0][0].URL != "https://meet.example.org/room" {
		t.Errorf("pushed %+v, want the reply without the javascript: link", body)
	}
	select {
	case ev := <-otherStream:
		t.Errorf("another conversation got %+v", ev)
	case <-time.After(200 * time.Millisecond):
	}

	second := dialogs.Reply{Lang: "ar", Text: "الرسالة الثانية"}
	if err := s.Push(ctx, conv, []dialogs.Reply{second}); err != nil {
		t.Fatal(err)
	}
	next(t, stream)
	resumed, _ := patient.events(t, ev.id)
	if got := next(t, resumed); !strings.Contains(got.data, "الرسالة الثانية") {
		t.Errorf("resuming after the first push gave %q, want the second", got.data)
	}
	reload, _ := patient.events(t, "")
	if a, b := next(t, reload), next(t, reload); a.id != ev.id || !strings.Contains(b.data, "الرسالة الثانية") {
		t.Errorf("the same page reconnecting without an id got %q then %q, want both pushes since it opened", a.data, b.data)
	}
}

// A shared device: the next person who opens /chat in the same browser
// gets none of what the clinic pushed before they opened it, whatever
// they ask for (issue 11, break 2: after=0-0 replayed 24 hours).
func TestPushStreamReplaysNothingFromBeforeThePage(t *testing.T) {
	s, ts := pushServer(t)
	first := newBrowser(t, ts)
	first.Open("en")
	ctx := context.Background()
	conv := first.conv(s)
	if err := s.Push(ctx, conv, []dialogs.Reply{{Lang: "en", Text: "Your lab result: HbA1c 9.1%"}}); err != nil {
		t.Fatal(err)
	}
	tab := *first.Browser // the same browser, cookies and all, in a new tab
	next := &browser{&tab}
	next.Open("en")
	if next.Page == first.Page || next.conv(s) != conv {
		t.Fatalf("a new tab should get a new page token on the same conversation")
	}
	for _, after := range []string{"", "0-0", "0", "1-0"} {
		stream, status := next.events(t, after)
		if status != http.StatusOK {
			t.Fatalf("GET /chat/events = %d", status)
		}
		select {
		case ev := <-stream:
			t.Errorf("after=%q: the new tab was shown %q from before it opened", after, ev.data)
		case <-time.After(300 * time.Millisecond):
		}
	}
	// A forged or foreign page token is worth nothing either.
	next.Page = "AAAAAAAAAAAAAAAAAAAAAAAAAA"
	stream, _ := next.events(t, "0-0")
	if err := s.Push(ctx, conv, []dialogs.Reply{{Lang: "en", Text: "new"}}); err != nil {
		t.Fatal(err)
	}
	if ev := <-stream; !strings.Contains(ev.data, `"new"`) {
		t.Errorf("first event on a forged page token = %q, want only what came after", ev.data)
	}
}

func TestPushStreamRefusals(t *testing.T) {
	rd := storetest.NewRedis(t)
	s := &Server{Handler: &scripted{}, Text: mustCatalog(t), Locker: rd, Keys: rd, Limiter: rd, Pushes: rd}
	ts := httptest.NewServer(s.Routes())
	defer ts.Close()
	b := newBrowser(t, ts)
	if _, status := b.events(t, ""); status != http.StatusBadRequest {
		t.Errorf("without a conversation: %d, want 400", status)
	}
	b.Open("en")
	if _, status := b.events(t, ""); status != http.StatusServiceUnavailable {
		t.Errorf("before Run: %d, want 503", status)
	}
	plain, pts := newServer(t, &scripted{})
	pb := newBrowser(t, pts)
	pb.Open("en")
	if _, status := pb.events(t, ""); status != http.StatusNotFound {
		t.Errorf("without Pushes: %d, want 404", status)
	}
	if err := plain.Push(context.Background(), "X", nil); err == nil {
		t.Error("Push without Pushes did not fail")
	}
}
