package webchat

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

// TestBrowserRetriesALostAnswer loses the answer to a tapped button after
// the server handled it, then has a proxy in front answer 502 twice: the
// page says the connection is lost, retries with the same id, and shows the
// one answer once; the dialogs ran once.
func TestBrowserRetriesALostAnswer(t *testing.T) {
	browsertest.Need(t)
	var taps atomic.Int32
	h := &scripted{reply: func(_ context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
		if in.Data == "" {
			return []dialogs.Reply{{Lang: "en", Text: "Ready?", Buttons: [][]dialogs.Button{{{Label: "Yes", Data: "yes"}}}}}, nil
		}
		taps.Add(1)
		return []dialogs.Reply{{Lang: "en", Text: "Got it"}}, nil
	}}
	s := testServer(t, h)
	routes := s.Routes()
	var posts atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if r.URL.Path != "/chat/send" || !bytes.Contains(body, []byte(`"data"`)) {
			routes.ServeHTTP(w, r)
			return
		}
		switch posts.Add(1) {
		case 1: // handled, but the connection drops before the answer
			routes.ServeHTTP(httptest.NewRecorder(), r)
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				conn.Close()
			}
		case 2, 3: // a proxy in front of a restarting server
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusBadGateway)
			io.WriteString(w, "<h1>502 Bad Gateway</h1>")
		default:
			routes.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(ts.Close)

	ctx := webchattest.OpenBrowser(t, "en", true)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/chat"), chromedp.WaitVisible(webchattest.Key("Yes"))); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(webchattest.Key("Yes"))); err != nil {
		t.Fatal(err)
	}
	want := s.Text.Text("en", "webchat_reconnecting", nil)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`document.getElementById("status").textContent === %q`, want))); err != nil {
		t.Fatalf("the page never said the connection was lost: %v", err)
	}
	browsertest.Shoot(t, ctx, "webchat-en-5-reconnecting")
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`//p[normalize-space(.)="Got it"]`)); err != nil {
		t.Fatalf("the answer never arrived: %v", err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[document.getElementById("status").textContent, String(document.querySelectorAll("#log li.bot").length)]`))
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != "" || got[1] != "2" {
		t.Errorf("after the retry: status %q and %s replies shown, want none and 2", got[0], got[1])
	}
	if posts.Load() < 4 || taps.Load() != 1 {
		t.Errorf("%d posts of the tap, %d handled: want at least 4 posts handled once", posts.Load(), taps.Load())
	}
}
