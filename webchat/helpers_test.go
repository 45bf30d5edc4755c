package webchat

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// scripted is a dialogs.Handler that records its inputs and answers with
// reply(in), or echoes the input in English when reply is nil.
type scripted struct {
	mu     sync.Mutex
	inputs []dialogs.Input
	reply  func(ctx context.Context, in dialogs.Input) ([]dialogs.Reply, error)
}

func (h *scripted) Handle(ctx context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
	h.mu.Lock()
	h.inputs = append(h.inputs, in)
	h.mu.Unlock()
	if h.reply != nil {
		return h.reply(ctx, in)
	}
	return []dialogs.Reply{{Lang: "en", Text: "echo " + in.Text + in.Data}}, nil
}

func (h *scripted) calls() []dialogs.Input {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]dialogs.Input(nil), h.inputs...)
}

func mustCatalog(tb testing.TB) *locales.Catalog {
	tb.Helper()
	c, err := locales.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// newServer returns testServer(h) and an httptest server running its routes.
func newServer(tb testing.TB, h dialogs.Handler) (*Server, *httptest.Server) {
	tb.Helper()
	s := testServer(tb, h)
	ts := httptest.NewServer(s.Routes())
	tb.Cleanup(ts.Close)
	return s, ts
}

// testServer returns a Server on h with the real catalog and a real Redis
// locker; Routes is not called yet.
func testServer(tb testing.TB, h dialogs.Handler) *Server {
	tb.Helper()
	rd := storetest.NewRedis(tb)
	return &Server{
		Handler: h, Text: mustCatalog(tb), Locker: rd, Keys: rd, Limiter: rd,
		Metrics: metrics.New(), Emergency: "997",
	}
}

// conv returns the conversation the browser's device cookie names.
func (b *browser) conv(s *Server) string {
	b.tb.Helper()
	conv, err := s.Keys.WebKey(context.Background(), hashed("dev", b.cookie(s.cookieName())), 0)
	if err != nil {
		b.tb.Fatalf("the browser's device names no conversation: %v", err)
	}
	return conv
}

// browser is a client with its own cookie jar: one patient's browser.
type browser struct {
	tb     testing.TB
	base   string
	c      *http.Client
	accept string // Accept-Language, sent with every request as browsers do
	page   string // the page token of the last page opened (data-page)
}

func newBrowser(tb testing.TB, ts *httptest.Server) *browser {
	tb.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		tb.Fatal(err)
	}
	return &browser{tb: tb, base: ts.URL, c: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
}

// open loads the page with the Accept-Language header acceptLang.
func (b *browser) open(acceptLang string) (*http.Response, string) {
	b.tb.Helper()
	b.accept = acceptLang
	req, _ := http.NewRequest(http.MethodGet, b.base+"/chat", nil)
	resp, body := b.do(req)
	if m := pageToken.FindStringSubmatch(body); m != nil {
		b.page = m[1]
	}
	return resp, body
}

var pageToken = regexp.MustCompile(`data-page="([A-Z2-7]*)"`)

func (b *browser) do(req *http.Request) (*http.Response, string) {
	b.tb.Helper()
	if b.accept != "" && req.Header.Get("Accept-Language") == "" {
		req.Header.Set("Accept-Language", b.accept)
	}
	resp, err := b.c.Do(req)
	if err != nil {
		b.tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		b.tb.Fatal(err)
	}
	return resp, string(body)
}

// postRaw sends body to /chat/send as JSON with the headers a same-origin
// fetch sends.
func (b *browser) postRaw(body string) (*http.Response, string) {
	b.tb.Helper()
	req, _ := http.NewRequest(http.MethodPost, b.base+"/chat/send", bytes.NewBufferString(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Origin", b.base)
	return b.do(req)
}

// send posts one input and decodes the answer; it fails the test unless
// the status is 200.
func (b *browser) send(id, text, data string) sendResponse {
	b.tb.Helper()
	status, resp, e := b.trySend(id, text, data)
	if status != http.StatusOK {
		b.tb.Fatalf("send %q: status %d, error %+v", id, status, e)
	}
	return resp
}

func (b *browser) trySend(id, text, data string) (int, sendResponse, errorBody) {
	b.tb.Helper()
	raw, _ := json.Marshal(sendRequest{ID: id, Text: text, Data: data})
	resp, body := b.postRaw(string(raw))
	var ok sendResponse
	var bad errorResponse
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal([]byte(body), &ok); err != nil {
			b.tb.Fatalf("send %q: %v in %q", id, err, body)
		}
	} else if err := json.Unmarshal([]byte(body), &bad); err != nil {
		b.tb.Fatalf("send %q: status %d, body %q is not a JSON error", id, resp.StatusCode, body)
	}
	return resp.StatusCode, ok, bad.Error
}

// cookie returns the value of the named cookie the browser holds for /chat.
func (b *browser) cookie(name string) string {
	u, _ := url.Parse(b.base + "/chat/send")
	for _, c := range b.c.Jar.Cookies(u) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

func findCookie(resp *http.Response, name string) *http.Cookie {
	for _, c := range resp.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func counterValue(tb testing.TB, c prometheus.Counter) float64 {
	tb.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		tb.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func histogramCount(tb testing.TB, o prometheus.Observer) uint64 {
	tb.Helper()
	var m dto.Metric
	if err := o.(prometheus.Metric).Write(&m); err != nil {
		tb.Fatal(err)
	}
	return m.GetHistogram().GetSampleCount()
}

// newTestHTTP serves s's routes for the test.
func newTestHTTP(tb testing.TB, s *Server) *httptest.Server {
	tb.Helper()
	ts := httptest.NewServer(s.Routes())
	tb.Cleanup(ts.Close)
	return ts
}
