package e2e

import (
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

// TestWalkOnboarding walks /start → language → consent → menu through HTTP
// against the real engine and stores, as the page's script does.
func TestWalkOnboarding(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, accept, hint, choose string
	}{
		{"Arabic", "ar-SA,ar;q=0.9", "ar", "ar"},
		{"English", "en-US,en;q=0.9", "en", "en"},
		{"Arabic browser, English patient", "ar", "ar", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // each on stores of its own
			st := newWebStack(t)
			_, ts := st.process(t)
			b := webchattest.New(t, ts.URL)
			_, page := b.Open(tc.accept)
			if want := `<html lang="` + tc.hint + `" dir="` + locales.Dir(tc.hint) + `">`; !strings.Contains(page, want) {
				t.Fatalf("first page does not open with %s", want)
			}

			other := map[string]string{"ar": "en", "en": "ar"}[tc.hint]
			pick := onlyReply(t, "/start", b.Send("s1", "/start", ""))
			wantReply(t, "/start", pick, tc.hint,
				st.t(tc.hint, "onboarding_pick_lang")+"\n\n"+st.t(other, "onboarding_pick_lang"),
				pickerRows(st, tc.hint))

			resp := b.Send("s2", "", press(t, pick, st.lang(tc.choose)))
			notice := onlyReply(t, "language", resp)
			l := tc.choose
			wantReply(t, "language", notice, l, st.t(l, "onboarding_notice"),
				[][]string{{st.t(l, "onboarding_agree")}, {st.t(l, "onboarding_decline")}})
			if resp.Lang != l || b.Cookie(langCookie) != l {
				t.Errorf("after choosing %s: response lang %q, cookie %q", l, resp.Lang, b.Cookie(langCookie))
			}
			if _, page := b.Open(tc.accept); !strings.Contains(page, `<html lang="`+l+`" dir="`+locales.Dir(l)+`">`) {
				t.Errorf("reload after choosing %s does not render it", l)
			}

			agree := press(t, notice, st.t(l, "onboarding_agree"))
			menu := onlyReply(t, "consent", b.Send("s3", "", agree))
			menuButtons := [][]string{{st.t(l, "menu_doctor")}, {st.t(l, "menu_book")},
				{st.t(l, "menu_appointments")}, {st.t(l, "menu_help")}}
			wantReply(t, "consent", menu, l, st.t(l, "menu_prompt"), menuButtons)

			// The same POST retried after its answer was lost, landing on
			// another process: the same menu, and no second consent.
			// Cookies ignore the port: the same browser reaches the other one.
			_, other2 := st.process(t)
			again := &webchattest.Browser{TB: t, Base: other2.URL, Client: b.Client, Accept: b.Accept}
			if r := onlyReply(t, "retry", again.Send("s3", "", agree)); r.Text != menu.Text {
				t.Errorf("retry answered %q, want the menu again", r.Text)
			}

			// What has no words where a button is expected: the menu
			// again, never silence. (Words at the menu are the problem
			// itself, which triage reads.)
			re := onlyReply(t, "free text", b.Send("s4", "👍🙂", ""))
			if !strings.Contains(re.Text, st.t(l, "menu_prompt")) || !slices.EqualFunc(labels(re), menuButtons, slices.Equal) {
				t.Errorf("free text in the menu: %q %v", re.Text, labels(re))
			}
		})
	}
}

// pickerRows are the language picker's buttons for a client speaking
// first: that language first (Arabic with either digits), then the others
// in the list's order.
func pickerRows(st webStack, first string) [][]string {
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
