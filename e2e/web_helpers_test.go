package e2e

import (
	"fmt"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/webchat"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

// The web chat's cookies, as a browser holds them (webchat/identity.go):
// the device, over plain http, and the language the conversation speaks.
const (
	chatCookie = "fd_chat"
	langCookie = "fd_lang"
)

// clinicPhone is the clinic's phone the web walks' engine gives with the
// emergency advice.
const clinicPhone = "+966125550100"

// webStack is the real thing behind the web chat: the dialogs engine on
// the real Redis and PostgreSQL.
type webStack struct {
	redis *store.Redis
	pg    *store.Postgres
	text  *locales.Catalog
}

// newWebStack is a web stack on stores of the test's own, empty.
func newWebStack(t *testing.T) webStack {
	t.Helper()
	return webStack{redis: storetest.NewRedis(t), pg: storetest.NewPostgres(t), text: catalog(t)}
}

// newDemoWebStack is a web stack over the demo network.
func newDemoWebStack(t *testing.T) webStack {
	t.Helper()
	pg, rs := demoStores(t)
	return webStack{redis: rs, pg: pg, text: catalog(t)}
}

// process starts one Frontdoor process's web chat on the shared stores,
// on the engine build makes (newEngine, with the clinic's phone); opts
// edit the server before its routes are made.
func (st webStack) process(t *testing.T, opts ...func(*webchat.Server)) (*webchat.Server, *httptest.Server) {
	t.Helper()
	eng := newEngine(t, st.pg, st.redis, func(c *engine.Config) { c.Triage.FacilityPhone = clinicPhone })
	s := &webchat.Server{Handler: eng, Text: st.text, Locker: st.redis, Keys: st.redis, Limiter: st.redis, Metrics: metrics.New(), Emergency: "997"}
	for _, o := range opts {
		o(s)
	}
	ts := httptest.NewServer(s.Routes())
	t.Cleanup(ts.Close)
	return s, ts
}

// lang is the label of the language picker's button for lang (Arabic with
// its own digits).
func (st webStack) lang(lang string) string { return langButton(st.text, lang) }

func (st webStack) t(lang, id string) string {
	return st.text.Text(lang, id, map[string]any{"Emergency": numerals.In(lang, "997")})
}

// labels returns a reply's button labels, row by row.
func labels(r dialogs.Reply) [][]string {
	var out [][]string
	for _, row := range r.Buttons {
		var l []string
		for _, b := range row {
			l = append(l, b.Label)
		}
		out = append(out, l)
	}
	return out
}

// press returns the data of the button labelled label in r.
func press(t *testing.T, r dialogs.Reply, label string) string {
	t.Helper()
	for _, row := range r.Buttons {
		for _, b := range row {
			if b.Label == label {
				return b.Data
			}
		}
	}
	t.Fatalf("no button %q in %v", label, labels(r))
	return ""
}

// hasButton reports whether r offers a button labelled label.
func hasButton(r dialogs.Reply, label string) bool {
	return slices.ContainsFunc(labels(r), func(row []string) bool { return slices.Contains(row, label) })
}

func onlyReply(t *testing.T, step string, resp webchattest.Response) dialogs.Reply {
	t.Helper()
	if len(resp.Replies) != 1 {
		t.Fatalf("%s: %d replies, want 1: %+v", step, len(resp.Replies), resp.Replies)
	}
	return resp.Replies[0]
}

func wantReply(t *testing.T, step string, got dialogs.Reply, lang, text string, buttons [][]string) {
	t.Helper()
	if got.Lang != lang {
		t.Errorf("%s: reply in %q, want %q", step, got.Lang, lang)
	}
	if got.Text != text {
		t.Errorf("%s: text\n%s\nwant\n%s", step, got.Text, text)
	}
	if !slices.EqualFunc(labels(got), buttons, slices.Equal) {
		t.Errorf("%s: buttons %v, want %v", step, labels(got), buttons)
	}
}

// webChat is one patient's conversation over the web chat's HTTP API:
// send posts the next input (ids m1, m2, …) and returns its replies.
type webChat struct {
	*webchattest.Browser
	t *testing.T
	n int
}

func openWebChat(t *testing.T, ts *httptest.Server, accept string) *webChat {
	t.Helper()
	c := &webChat{Browser: webchattest.New(t, ts.URL), t: t}
	c.Open(accept)
	return c
}

func (c *webChat) send(text, data string) []dialogs.Reply {
	c.t.Helper()
	c.n++
	return c.Send(fmt.Sprintf("m%d", c.n), text, data).Replies
}

// conv is the conversation the chat's device names on s (the id in its
// cases' sources).
func (c *webChat) conv(s *webchat.Server) string {
	c.t.Helper()
	return c.Conversation(s.Keys, chatCookie)
}
