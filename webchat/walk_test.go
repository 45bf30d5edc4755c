package webchat

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
)

// stack is the real thing behind the web chat: the dialogs engine on the
// real Redis and PostgreSQL.
type stack struct {
	redis *store.Redis
	pg    *store.Postgres
	text  *locales.Catalog
}

func newStack(t *testing.T) stack {
	t.Helper()
	return stack{redis: storetest.NewRedis(t), pg: storetest.NewPostgres(t), text: mustCatalog(t)}
}

// engine is the dialogs engine as build (cmd/frontdoor) makes it, on the
// shared stores (engine.New): triage (the clinic's phone given with the
// emergency advice) with its cases announced, the consult on them, and
// booking on a reminders store that only enqueues.
func (st stack) engine(t *testing.T) *dialogs.Engine {
	t.Helper()
	rules, err := triage.Load()
	if err != nil {
		t.Fatal(err)
	}
	built, err := engine.New(engine.Config{Postgres: st.pg, Redis: st.redis, Text: st.text,
		Triage: dialogs.Triage{Rules: rules, FacilityPhone: clinicPhone}, EmergencyNumber: "997"})
	if err != nil {
		t.Fatal(err)
	}
	return built.Engine
}

// process starts one Frontdoor process's web chat on the shared stores.
func (st stack) process(t *testing.T) *httptest.Server {
	t.Helper()
	eng := st.engine(t)
	s := &Server{Handler: eng, Text: st.text, Locker: st.redis, Keys: st.redis, Limiter: st.redis, Metrics: metrics.New(), Emergency: "997"}
	ts := httptest.NewServer(s.Routes())
	t.Cleanup(ts.Close)
	return ts
}

// lang is the label of the language picker's button for lang (Arabic with
// its own digits).
func (st stack) lang(lang string) string {
	if lang == "ar" {
		return st.text.Text("ar", "onboarding_lang_digits_button", map[string]any{"Digits": "١٢٣"})
	}
	l, _ := locales.Lookup(lang)
	return l.Name
}

func (st stack) t(lang, id string) string {
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

func onlyReply(t *testing.T, step string, resp sendResponse) dialogs.Reply {
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

// TestWalkOnboarding walks /start → language → consent → menu through HTTP
// against the real engine and stores, as the page's script does.
func TestWalkOnboarding(t *testing.T) {
	for _, tc := range []struct {
		name, accept, hint, choose string
	}{
		{"Arabic", "ar-SA,ar;q=0.9", "ar", "ar"},
		{"English", "en-US,en;q=0.9", "en", "en"},
		{"Arabic browser, English patient", "ar", "ar", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := newStack(t)
			ts := st.process(t)
			b := newBrowser(t, ts)
			_, page := b.open(tc.accept)
			if want := `<html lang="` + tc.hint + `" dir="` + locales.Dir(tc.hint) + `">`; !strings.Contains(page, want) {
				t.Fatalf("first page does not open with %s", want)
			}

			other := map[string]string{"ar": "en", "en": "ar"}[tc.hint]
			pick := onlyReply(t, "/start", b.send("s1", "/start", ""))
			wantReply(t, "/start", pick, tc.hint,
				st.t(tc.hint, "onboarding_pick_lang")+"\n\n"+st.t(other, "onboarding_pick_lang"),
				pickerRows(st, tc.hint))

			resp := b.send("s2", "", press(t, pick, st.lang(tc.choose)))
			notice := onlyReply(t, "language", resp)
			l := tc.choose
			wantReply(t, "language", notice, l, st.t(l, "onboarding_notice"),
				[][]string{{st.t(l, "onboarding_agree")}, {st.t(l, "onboarding_decline")}})
			if resp.Lang != l || b.cookie(langCookie) != l {
				t.Errorf("after choosing %s: response lang %q, cookie %q", l, resp.Lang, b.cookie(langCookie))
			}
			if _, page := b.open(tc.accept); !strings.Contains(page, `<html lang="`+l+`" dir="`+locales.Dir(l)+`">`) {
				t.Errorf("reload after choosing %s does not render it", l)
			}

			agree := press(t, notice, st.t(l, "onboarding_agree"))
			menu := onlyReply(t, "consent", b.send("s3", "", agree))
			menuButtons := [][]string{{st.t(l, "menu_doctor")}, {st.t(l, "menu_book")},
				{st.t(l, "menu_appointments")}, {st.t(l, "menu_help")}}
			wantReply(t, "consent", menu, l, st.t(l, "menu_prompt"), menuButtons)

			// The same POST retried after its answer was lost, landing on
			// another process: the same menu, and no second consent.
			// Cookies ignore the port: the same browser reaches the other one.
			again := &browser{tb: t, base: st.process(t).URL, c: b.c, accept: b.accept}
			if r := onlyReply(t, "retry", again.send("s3", "", agree)); r.Text != menu.Text {
				t.Errorf("retry answered %q, want the menu again", r.Text)
			}

			// What has no words where a button is expected: the menu
			// again, never silence. (Words at the menu are the problem
			// itself, which triage reads.)
			re := onlyReply(t, "free text", b.send("s4", "👍🙂", ""))
			if !strings.Contains(re.Text, st.t(l, "menu_prompt")) || !slices.EqualFunc(labels(re), menuButtons, slices.Equal) {
				t.Errorf("free text in the menu: %q %v", re.Text, labels(re))
			}
		})
	}
}

// pickerRows are the language picker's buttons for a client speaking
// first: that language first (Arabic with either digits), then the others
// in the list's order.
func pickerRows(st stack, first string) [][]string {
	var head, rest [][]string
	for _, l := range locales.All() {
		rows := [][]string{{st.lang(l.Code)}}
		if l.Code == "ar" {
			rows = append(rows, []string{st.text.Text("ar", "onboarding_lang_digits_button", map[string]any{"Digits": "123"})})
		}
		if l.Code == first {
			head = rows
		} else {
			rest = append(rest, rows...)
		}
	}
	return append(head, rest...)
}
