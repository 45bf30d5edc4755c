package dialogs

import (
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"slices"
	"strings"
	"testing"
)

// TestOnboardingWalk walks /start → language → notice → consent → menu,
// into triage and back to the menu, and help, in each language, against
// golden transcripts.
func TestOnboardingWalk(t *testing.T) {
	for _, tc := range []struct {
		name, hint, langButton, agree, doctor, help string
		wantLang                                    string
	}{
		{"arabic", "ar", "العربية (١٢٣)", "أوافق", "أريد التحدث مع طبيب", "مساعدة", "ar"},
		{"english", "en-US", "English", "I agree", "Talk to a doctor now", "Help", "en"},
		{"arabic from english client", "en", "العربية (١٢٣)", "أوافق", "أريد التحدث مع طبيب", "مساعدة", "ar"},
		{"english from unknown client", "de", "English", "I agree", "Talk to a doctor now", "Help", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, _, ps := newTestEngine(t)
			c := newChat(t, e, tc.hint)

			pick := c.send("/start")
			if len(pick) != 1 || len(pick[0].Buttons) != len(locales.All())+1 {
				t.Fatalf("picker = %+v, want one message with a row per language (Arabic with either digits)", pick)
			}
			c.tap(tc.langButton)
			menu := c.tap(tc.agree)
			if got := menu[len(menu)-1]; len(got.Buttons) != 4 || got.Lang != tc.wantLang {
				t.Fatalf("menu = %+v, want four rows in %s", got, tc.wantLang)
			}
			c.tap(tc.doctor) // triage asks what the problem is
			c.send("/menu")
			c.tap(tc.help)

			p := ps.get(c.session().PatientID)
			if p.Lang != tc.wantLang || !p.ConsentAt.Equal(testClock) {
				t.Errorf("patient = %+v, want lang %s consented at %v", p, tc.wantLang, testClock)
			}
			c.golden("walk_" + strings.ReplaceAll(tc.name, " ", "_"))
		})
	}
}

func TestDecliningConsent(t *testing.T) {
	e, _, ps := newTestEngine(t)
	c := newChat(t, e, "en")
	c.send("/start")
	c.tap("English")
	declined := c.tap("No thanks")
	if len(declined) != 1 || !slices.Equal(labels(declined[0]), []string{"I changed my mind"}) {
		t.Fatalf("declined = %+v", declined)
	}
	if p := ps.get(c.session().PatientID); !p.ConsentAt.IsZero() {
		t.Errorf("consent recorded after No thanks: %+v", p)
	}
	// The menu stays shut while there is no consent.
	if got := c.send("/menu"); !slices.Equal(labels(got[0]), []string{"I agree", "No thanks"}) {
		t.Errorf("/menu before consent = %+v, want the notice", got)
	}
	c.tap("No thanks")
	c.tap("I changed my mind")
	menu := c.tap("I agree")
	if got := menu[len(menu)-1]; len(got.Buttons) != 4 {
		t.Errorf("after changing mind = %+v, want the menu", menu)
	}
	c.golden("decline")
}

func TestReturningPatientGoesToMenu(t *testing.T) {
	e, ss, _ := newTestEngine(t)
	c := newChat(t, e, "ar")
	c.send("/start")
	c.tap("English")
	c.tap("I agree")

	got := c.send("/start")
	if len(got) != 1 || got[0].Lang != "en" || len(got[0].Buttons) != 4 {
		t.Fatalf("/start when onboarded = %+v, want the English menu", got)
	}
	// Even with the session gone, the patient is known.
	if err := ss.Delete(t.Context(), c.key); err != nil {
		t.Fatal(err)
	}
	got = c.send("/start")
	if len(got) != 1 || got[0].Lang != "en" || len(got[0].Buttons) != 4 {
		t.Fatalf("/start with session lost = %+v, want the English menu", got)
	}
}

// TestSessionLost: the session expired or Redis restarted, but the patient
// chose a language and consented: greet them and show the menu.
func TestSessionLost(t *testing.T) {
	for _, tc := range []struct {
		name  string
		input func(c *chat, oldMenu string) []Reply
	}{
		{"typed text", func(c *chat, _ string) []Reply { return c.send("hello") }},
		{"old button", func(c *chat, old string) []Reply { return c.press(old) }},
		{"red flag", func(c *chat, _ string) []Reply { return c.send("chest pain") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, ss, _ := newTestEngine(t)
			c := newChat(t, e, "ar")
			c.send("/start")
			c.tap("العربية (١٢٣)")
			c.tap("أوافق")
			oldBook := c.data("احجز موعدًا")
			if err := ss.Delete(t.Context(), c.key); err != nil {
				t.Fatal(err)
			}
			got := tc.input(c, oldBook)
			restart := e.Text.Text("ar", "dialogs_restart", nil)
			if tc.name == "red flag" {
				if got[0].Text != emergencyText(e, "ar") {
					t.Errorf("first reply = %q, want the emergency advice", got[0].Text)
				}
				got = got[1:]
			}
			if len(got) != 2 || got[0].Text != restart || len(got[1].Buttons) != 4 || got[1].Lang != "ar" {
				t.Fatalf("after session lost = %q, want the greeting then the Arabic menu", replyTexts(got))
			}
			if s := c.session(); s.Flow != homeFlow || s.State != stMenu {
				t.Errorf("session = %s/%s, want the menu", s.Flow, s.State)
			}
		})
	}
}

// TestLostHalfway: a patient who chose a language but did not consent gets
// the notice again, in their language.
func TestLostHalfway(t *testing.T) {
	e, ss, _ := newTestEngine(t)
	c := newChat(t, e, "ar")
	c.send("/start")
	c.tap("English")
	if err := ss.Delete(t.Context(), c.key); err != nil {
		t.Fatal(err)
	}
	got := c.send("hi")
	if len(got) != 2 || got[1].Lang != "en" || !slices.Equal(labels(got[1]), []string{"I agree", "No thanks"}) {
		t.Fatalf("got %+v, want the greeting and the English notice", got)
	}
}

func emergencyText(e *Engine, lang string) string {
	return e.Text.Text(lang, "dialogs_emergency", map[string]any{"Emergency": numerals.In(lang, e.EmergencyNumber)})
}

// TestEdgesWalk records the answers to the unexpected, in each language,
// for review in golden transcripts.
func TestEdgesWalk(t *testing.T) {
	for _, tc := range []struct{ name, hint, lang, hello, chest, agree string }{
		{"arabic", "ar", "العربية (١٢٣)", "مرحبا", "عندي ألم في الصدر", "أوافق"},
		{"english", "en", "English", "hello", "I have chest pain", "I agree"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, _, _ := newTestEngine(t)
			c := newChat(t, e, tc.hint)
			c.send(tc.hello) // a first message that is not /start: its language is taken
			c.send(tc.hello)
			c.tap(e.Text.Text(tc.hint, "onboarding_lang_change", nil)) // and changed back by the picker
			c.tap(tc.lang)
			c.send("🙏")
			c.send(strings.Repeat("ا", 5000))
			c.send(tc.chest)
			c.input(Input{}, "a sticker")
			c.send("/help")
			c.press(token(c.session().Step-1) + ":o:lang:en") // stale
			c.send("/lang")
			c.send("/cancel")
			agree := c.data(tc.agree)
			c.press(agree)
			c.press(agree) // double tap
			c.send("/START@FrontdoorBot")
			c.golden("edges_" + tc.name)
		})
	}
}
