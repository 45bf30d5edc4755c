package webchat

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

// TestBrowserSharedDeviceSeesNoEarlierMessages is issue 11's break 2 in a
// real browser: a patient in a hotel lobby chats, the clinician sends a
// lab result and a video link, the patient walks away. The next person
// opens /chat on the same browser (same cookies, a new tab) and sees none
// of it, even asking the event stream for everything (?after=0-0). Then
// the first tab's "End chat" forgets the device: a reload starts afresh.
func TestBrowserSharedDeviceSeesNoEarlierMessages(t *testing.T) {
	browsertest.Need(t)
	s, ts := pushServer(t)
	h := s.Handler.(*scripted)
	first := webchattest.OpenBrowser(t, "en", false)
	if err := chromedp.Do(first, chromedp.Navigate(ts.URL+"/chat"),
		chromedp.WaitVisible(`//p[normalize-space(.)="echo /start"]`)); err != nil {
		t.Fatalf("first patient's chat: %v", err)
	}
	conv := h.calls()[0].Conversation.ID
	const secret = "Your lab result: HbA1c 9.1%"
	// The page's stream is open once the page has connected; give the
	// push a moment to be the kind a live page receives.
	time.Sleep(300 * time.Millisecond)
	if err := s.Push(context.Background(), conv, []dialogs.Reply{{Lang: "en", Text: secret,
		Buttons: [][]dialogs.Button{{{Label: "Join the video call", URL: "https://meet.example.org/room-1"}}}}}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(first, chromedp.WaitVisible(`//p[contains(., "HbA1c 9.1%")]`)); err != nil {
		t.Fatalf("the patient never saw the clinician's message: %v", err)
	}
	browsertest.Shoot(t, first, "webchat-shared-1-patient")

	// The next person: the same browser, a new tab.
	next, cancel := chromedp.NewContext(first)
	defer cancel()
	if err := chromedp.Do(next, chromedp.Navigate(ts.URL+"/chat"),
		chromedp.WaitVisible(`#log li.bot`)); err != nil {
		t.Fatalf("next person's chat: %v", err)
	}
	replayed, err := chromedp.Run(next, chromedp.Evaluate[string](`new Promise(function (done) {
		var got = [], es = new EventSource("/chat/events?after=0-0");
		es.addEventListener("replies", function (e) { got.push(e.data); });
		setTimeout(function () { es.close(); done(got.join("\n")); }, 1500);
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond) // the page's own stream had its chance too
	text, err := chromedp.Run(next, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	browsertest.Shoot(t, next, "webchat-shared-2-next-person")
	for what, got := range map[string]string{"the page": text, "the event stream with after=0-0": replayed} {
		if strings.Contains(got, "HbA1c") || strings.Contains(got, "room-1") {
			t.Errorf("the next person on the device was shown the clinician's message in %s", what)
		}
	}

	// End chat on the first tab: confirmed, the device forgets.
	if _, err := chromedp.Run(first, chromedp.Evaluate[bool](`window.confirm = function () { return true; }; true`)); err != nil {
		t.Fatal(err)
	}
	before := len(h.calls())
	if err := chromedp.Do(first, chromedp.Click(`button[data-action="end"]`)); err != nil {
		t.Fatalf("End chat: %v", err)
	}
	// The page reloads and starts a new conversation with /start.
	deadline := time.Now().Add(15 * time.Second)
	for len(h.calls()) == before && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if err := chromedp.Do(first, chromedp.WaitVisible(`#log li.bot`)); err != nil {
		t.Fatalf("after End chat: %v", err)
	}
	browsertest.Shoot(t, first, "webchat-shared-3-ended")
	after, err := chromedp.Run(first, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(after, "HbA1c") {
		t.Error("after End chat the page still shows the clinician's message")
	}
	if calls := h.calls(); calls[len(calls)-1].Conversation.ID == conv {
		t.Error("after End chat the page still speaks in the old conversation")
	}
}
