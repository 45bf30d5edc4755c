package webchat

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

func TestSendPassesTheInputAndReturnsReplies(t *testing.T) {
	h := &scripted{reply: func(_ context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
		return []dialogs.Reply{
			{Lang: "en", Text: "Choose", Buttons: [][]dialogs.Button{{{Label: "A", Data: "1:o:a"}, {Label: "Call 997", URL: "tel:997"}}}},
			{Lang: "en", Text: "Second"},
		}, nil
	}}
	s, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("en-GB")

	resp := b.Send("m1", "مرحبا", "")
	if len(resp.Replies) != 2 || resp.Replies[0].Text != "Choose" || resp.Replies[1].Text != "Second" {
		t.Fatalf("replies = %+v", resp.Replies)
	}
	if got := resp.Replies[0].Buttons[0]; len(got) != 2 || got[0].Data != "1:o:a" || got[1].URL != "tel:997" {
		t.Errorf("buttons = %+v", got)
	}
	b.Send("m2", "", "1:o:a")

	calls := h.calls()
	if len(calls) != 2 {
		t.Fatalf("Handle called %d times, want 2", len(calls))
	}
	conv := b.conv(s)
	want := dialogs.Input{ID: "m1", Conversation: dialogs.ConversationKey{Channel: "web", ID: conv},
		UserID: conv, Text: "مرحبا", LanguageHint: "en"}
	got := calls[0]
	got.At = time.Time{}
	if got.ID != want.ID || got.Conversation != want.Conversation || got.UserID != want.UserID ||
		got.Text != want.Text || got.Data != "" || got.LanguageHint != want.LanguageHint {
		t.Errorf("input = %+v, want %+v", got, want)
	}
	if calls[0].At.IsZero() {
		t.Error("input has no time")
	}
	if calls[1].Data != "1:o:a" || calls[1].Text != "" {
		t.Errorf("button input = %+v", calls[1])
	}
}

func TestSendFollowsTheConversationLanguage(t *testing.T) {
	lang := "en"
	h := &scripted{reply: func(context.Context, dialogs.Input) ([]dialogs.Reply, error) {
		return []dialogs.Reply{{Lang: lang, Text: "x"}}, nil
	}}
	_, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("ar")
	if got := b.Send("a", "/start", "").Lang; got != "en" {
		t.Fatalf("response lang = %q, want en", got)
	}
	if c := b.Cookie(langCookie); c != "en" {
		t.Fatalf("lang cookie = %q, want en", c)
	}
	_, body := b.Open("ar")
	if !strings.Contains(body, `<html lang="en" dir="ltr">`) {
		t.Error("reload after switching to English does not render English")
	}
	lang = "ar"
	b.Send("b", "/lang", "")
	_, body = b.Open("en")
	if !strings.Contains(body, `<html lang="ar" dir="rtl">`) {
		t.Error("reload after switching to Arabic does not render Arabic right-to-left")
	}
}

func TestRetriedInputIsHandledOnce(t *testing.T) {
	var n atomic.Int32
	h := &scripted{reply: func(context.Context, dialogs.Input) ([]dialogs.Reply, error) {
		return []dialogs.Reply{{Lang: "en", Text: fmt.Sprintf("answer %d", n.Add(1))}}, nil
	}}
	s, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("")

	first := b.Send("same-id", "hello", "")
	again := b.Send("same-id", "hello", "")
	if len(h.calls()) != 1 {
		t.Fatalf("Handle called %d times for one input id, want 1", len(h.calls()))
	}
	if first.Replies[0].Text != "answer 1" || again.Replies[0].Text != "answer 1" {
		t.Errorf("retry answered %q, first %q: want the same replies", again.Replies[0].Text, first.Replies[0].Text)
	}
	if got := counterValue(t, s.Metrics.UpdatesDuplicate.WithLabelValues("web")); got != 1 {
		t.Errorf("duplicates counted %v, want 1", got)
	}

	// Another conversation may use the same client id: it is its own input.
	other := newBrowser(t, ts)
	other.Open("")
	other.Send("same-id", "hello", "")
	if len(h.calls()) != 2 {
		t.Errorf("Handle called %d times, want 2 (ids are per conversation)", len(h.calls()))
	}
}

func TestOneConversationIsHandledOneInputAtATime(t *testing.T) {
	var active, most atomic.Int32
	entered := make(chan string, 16)
	release := make(chan struct{})
	h := &scripted{reply: func(_ context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
		if n := active.Add(1); n > most.Load() {
			most.Store(n)
		}
		defer active.Add(-1)
		entered <- in.ID
		if in.ID == "first" {
			<-release
		}
		return []dialogs.Reply{{Lang: "en", Text: in.ID}}, nil
	}}
	_, ts := newServer(t, h)
	tab1 := newBrowser(t, ts)
	tab1.Open("")
	// A second tab of the same browser: same cookie jar.
	tab2 := &browser{&webchattest.Browser{TB: t, Base: ts.URL, Client: tab1.Client}}

	var wg sync.WaitGroup
	wg.Go(func() { tab1.Send("first", "one", "") })
	if got := <-entered; got != "first" {
		t.Fatalf("entered %q first", got)
	}
	for i := range 5 {
		wg.Go(func() { tab2.Send(fmt.Sprintf("other-%d", i), "two", "") })
	}
	// Give a broken lock every chance to let another input in; a working
	// one passes however long this takes.
	time.Sleep(200 * time.Millisecond)
	select {
	case id := <-entered:
		t.Errorf("%s was handled while the first input was still being handled", id)
	default:
	}
	close(release)
	wg.Wait()
	if most.Load() != 1 {
		t.Errorf("%d inputs of one conversation were handled at once", most.Load())
	}
	if len(h.calls()) != 6 {
		t.Errorf("Handle called %d times, want 6", len(h.calls()))
	}
}

func TestConversationsDoNotWaitForEachOther(t *testing.T) {
	release := make(chan struct{})
	h := &scripted{reply: func(_ context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
		if in.ID == "slow" {
			<-release
		}
		return nil, nil
	}}
	_, ts := newServer(t, h)
	slow, quick := newBrowser(t, ts), newBrowser(t, ts)
	slow.Open("")
	quick.Open("")
	done := make(chan struct{})
	go func() { slow.Send("slow", "x", ""); close(done) }()
	for len(h.calls()) == 0 {
		time.Sleep(time.Millisecond)
	}
	quick.Send("quick", "y", "") // would block until release if locks were shared
	close(release)
	<-done
}

func TestBusyConversationAnswers503(t *testing.T) {
	h := &scripted{}
	s, ts := newServer(t, h)
	s.lockWait = 50 * time.Millisecond
	b := newBrowser(t, ts)
	b.Open("ar")
	unlock, err := s.Locker.Lock(context.Background(), "webchat:"+b.conv(s), time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	status, _, e := b.TrySend("m1", "hello", "")
	if status != http.StatusServiceUnavailable || e.Code != "busy" {
		t.Fatalf("status %d %+v, want 503 busy", status, e)
	}
	if want := s.Text.Text("ar", "slower_than_usual", map[string]any{"Emergency": "٩٩٧"}); e.Message != want {
		t.Errorf("message %q, want %q", e.Message, want)
	}
	if len(h.calls()) != 0 {
		t.Error("Handle called without the lock")
	}
	if err := unlock(context.Background()); err != nil {
		t.Fatal(err)
	}
	b.Send("m1", "hello", "") // the client's retry goes through
}

func TestHandlerFailures(t *testing.T) {
	for _, tc := range []struct {
		name   string
		reply  func(context.Context, dialogs.Input) ([]dialogs.Reply, error)
		reason string
	}{
		{"error", func(context.Context, dialogs.Input) ([]dialogs.Reply, error) {
			return nil, errors.New("store: save session: connection refused")
		}, "error"},
		{"panic", func(context.Context, dialogs.Input) ([]dialogs.Reply, error) {
			panic("boom")
		}, "panic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, ts := newServer(t, &scripted{reply: func(ctx context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
				if in.ID == "m1" {
					return tc.reply(ctx, in)
				}
				return nil, nil
			}})
			b := newBrowser(t, ts)
			b.Open("en")
			status, _, e := b.TrySend("m1", "hello", "")
			if status != http.StatusInternalServerError || e.Code != "error" {
				t.Fatalf("status %d %+v, want 500 error", status, e)
			}
			if want := s.Text.Text("en", "error_generic", map[string]any{"Emergency": "997"}); e.Message != want {
				t.Errorf("message %q, want %q", e.Message, want)
			}
			if got := counterValue(t, s.Metrics.UpdatesFailed.WithLabelValues("web", tc.reason)); got != 1 {
				t.Errorf("failures counted %v under %q, want 1", got, tc.reason)
			}
			b.Send("m2", "again", "") // the conversation is not left locked
		})
	}
}

func TestMetricsCountWebInputs(t *testing.T) {
	s, ts := newServer(t, &scripted{})
	b := newBrowser(t, ts)
	b.Open("")
	b.Send("a", "x", "")
	b.Send("b", "y", "")
	m := s.Metrics
	if got := counterValue(t, m.UpdatesReceived.WithLabelValues("web")); got != 2 {
		t.Errorf("received %v, want 2", got)
	}
	if got := counterValue(t, m.UpdatesProcessed.WithLabelValues("web")); got != 2 {
		t.Errorf("processed %v, want 2", got)
	}
	if got := histogramCount(t, m.HandleSeconds.WithLabelValues("web")); got != 2 {
		t.Errorf("latency observations %d, want 2", got)
	}
}

func TestUnsafeLinksNeverReachThePage(t *testing.T) {
	h := &scripted{reply: func(context.Context, dialogs.Input) ([]dialogs.Reply, error) {
		return []dialogs.Reply{{Lang: "en", Text: "t", Buttons: [][]dialogs.Button{
			{{Label: "bad", URL: "javascript:alert(1)"}, {Label: "data", URL: "data:text/html,x"}},
			{{Label: "call", URL: "tel:997"}, {Label: "site", URL: "https://clinic.example/x"}},
			{{Label: "empty"}},
		}}}, nil
	}}
	_, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("")
	rows := b.Send("m", "x", "").Replies[0].Buttons
	if len(rows) != 1 || len(rows[0]) != 2 || rows[0][0].URL != "tel:997" || rows[0][1].URL != "https://clinic.example/x" {
		t.Errorf("rows = %+v, want only the tel: and https links", rows)
	}
}

// TestSendCarriesTheCalendarFile: a reply's file (an appointment's .ics)
// reaches the page whole, for chat.js to offer as a download.
func TestSendCarriesTheCalendarFile(t *testing.T) {
	ics := []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
	h := &scripted{reply: func(context.Context, dialogs.Input) ([]dialogs.Reply, error) {
		return []dialogs.Reply{{Lang: "ar", Text: "📅", Document: &dialogs.Document{
			Name: "appointment.ics", MIME: "text/calendar; charset=utf-8; method=PUBLISH", Data: ics}}}, nil
	}}
	_, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("ar")
	resp := b.Send("m1", "", "1:b:ok")
	if len(resp.Replies) != 1 || resp.Replies[0].Document == nil {
		t.Fatalf("replies = %+v, want one with the file", resp.Replies)
	}
	if d := resp.Replies[0].Document; d.Name != "appointment.ics" || string(d.Data) != string(ics) || !strings.HasPrefix(d.MIME, "text/calendar") {
		t.Errorf("file = %q %q %q", d.Name, d.MIME, d.Data)
	}
}

// TestSendPassesTheBrowserZone: the page's time zone reaches the dialogs
// as a hint; one too long to be a zone is dropped.
func TestSendPassesTheBrowserZone(t *testing.T) {
	h := &scripted{reply: func(context.Context, dialogs.Input) ([]dialogs.Reply, error) {
		return []dialogs.Reply{{Lang: "en", Text: "ok"}}, nil
	}}
	_, ts := newServer(t, h)
	b := newBrowser(t, ts)
	b.Open("en")
	for _, zone := range []string{"Europe/London", strings.Repeat("x", 65)} {
		if resp, body := b.PostRaw(fmt.Sprintf(`{"id": %q, "text": "hello", "zone": %q}`, "z"+zone[:1], zone)); resp.StatusCode != http.StatusOK {
			t.Fatalf("send with zone %q: %d %s", zone, resp.StatusCode, body)
		}
	}
	calls := h.calls()
	if len(calls) != 2 || calls[0].ZoneHint != "Europe/London" || calls[1].ZoneHint != "" {
		t.Errorf("zone hints = %+v, want Europe/London, then none", calls)
	}
}
