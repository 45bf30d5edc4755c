package webchat

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
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

// browser is one patient's browser (webchattest.Browser), with the web
// chat's own test helpers beside its methods.
type browser struct{ *webchattest.Browser }

func newBrowser(tb testing.TB, ts *httptest.Server) *browser {
	tb.Helper()
	return &browser{webchattest.New(tb, ts.URL)}
}

// conv returns the conversation the browser's device cookie names.
func (b *browser) conv(s *Server) string {
	b.TB.Helper()
	return b.Conversation(s.Keys, s.cookieName())
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
