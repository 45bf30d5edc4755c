package dialogs

import (
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/locales"
)

func TestButtons(t *testing.T) {
	t.Run("double tap answers once", func(t *testing.T) {
		c, ss, ps := reach(t, stNotice)
		agree := c.data("I agree")
		c.press(agree)
		saves := ss.saveCount()
		if got := c.press(agree); len(got) != 0 {
			t.Errorf("second tap replied %q, want nothing", replyTexts(got))
		}
		if ss.saveCount() != saves || ps.consents != 1 {
			t.Errorf("second tap wrote: saves %d, consents %d", ss.saveCount()-saves, ps.consents)
		}
	})
	t.Run("double tap of a menu entry answers once", func(t *testing.T) {
		c, _, _ := reach(t, stMenu)
		book := c.data("Book an appointment")
		if got := c.press(book); len(got) != 1 {
			t.Fatalf("first tap = %q, want triage's first question", replyTexts(got))
		}
		if got := c.press(book); len(got) != 0 {
			t.Errorf("second tap replied %q, want nothing", replyTexts(got))
		}
	})
	t.Run("the same button after another input is stale, not a double tap", func(t *testing.T) {
		c, _, _ := reach(t, stPickLang)
		en := c.data("English")
		c.press(en)
		c.send("hello")
		got := c.press(en)
		if len(got) != 1 || !slices.Equal(labels(got[0]), []string{"I agree", "No thanks"}) {
			t.Fatalf("replies = %q, want the notice's question again", replyTexts(got))
		}
	})
	for _, tc := range []struct {
		name string
		data func(c *chat, old string) string
	}{
		{"earlier step", func(_ *chat, old string) string { return old }},
		{"garbage", func(*chat, string) string { return "garbage" }},
		{"wrong step", func(*chat, string) string { return "zzzz:o:agree" }},
		{"right step, other state's action", func(c *chat, _ string) string {
			return token(c.session().Step) + ":o:lang:en"
		}},
		{"right step, unknown flow", func(c *chat, _ string) string {
			return token(c.session().Step) + ":x:agree"
		}},
		{"right step, unknown action", func(c *chat, _ string) string {
			return token(c.session().Step) + ":o:m:doctor:1"
		}},
		{"too long", func(*chat, string) string { return strings.Repeat("9", 300) }},
		{"invalid utf-8", func(*chat, string) string { return "\xff\xfe:o:agree" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _, ps := reach(t, stNotice)
			old := token(c.session().Step-1) + ":o:lang:ar" // the picker's other button
			before := c.session()
			got := c.press(tc.data(c, old))
			if len(got) != 1 || !slices.Equal(labels(got[0]), []string{"I agree", "No thanks"}) {
				t.Fatalf("replies = %+v, want the notice's question again", got)
			}
			if want := c.e.Text.Text("en", "dialogs_stale_button", nil); !strings.HasPrefix(got[0].Text, want) {
				t.Errorf("reply = %q, want it to start with %q", got[0].Text, want)
			}
			after := c.session()
			if after.State != before.State || after.Step != before.Step || ps.consents != 0 {
				t.Errorf("stale press acted: %s step %d → %s step %d, consents %d",
					before.State, before.Step, after.State, after.Step, ps.consents)
			}
			// The re-asked buttons still work.
			if got := c.tap("I agree"); len(got[0].Buttons) != 4 {
				t.Errorf("after re-prompt, agree = %+v, want the menu", got)
			}
		})
	}
}

func TestTypedInputGetsAnAnswer(t *testing.T) {
	for _, state := range allStates {
		for _, tc := range []struct {
			name string
			in   Input
			hint string
		}{
			{"words", Input{Text: "hello there"}, "dialogs_reprompt"},
			{"unknown command", Input{Text: "/weather"}, "dialogs_reprompt"},
			{"emoji only", Input{Text: "👍🙂"}, "dialogs_no_words"},
			{"empty", Input{}, "dialogs_empty"},
			{"spaces", Input{Text: " \n\t"}, "dialogs_empty"},
			{"5000 characters", Input{Text: strings.Repeat("a", 5000)}, "dialogs_too_long"},
			{"location", Input{Location: &Location{Latitude: 21.42, Longitude: 39.83}}, "dialogs_reprompt"},
			{"invalid utf-8", Input{Text: "\xff\xfe"}, "dialogs_no_words"},
		} {
			t.Run(state+" "+tc.name, func(t *testing.T) {
				if state == stMenu && tc.name == "words" {
					t.Skip("words typed at the menu are the problem itself: TestMenuWordsStartTriage")
				}
				c, _, _ := reach(t, state)
				if state == stPickLang && tc.name == "words" {
					// words in a language Frontdoor speaks choose it
					// (TestWordsBeforeChoosingChooseTheLanguage); these
					// are in none
					tc.in.Text = "zzq wpx"
				}
				before := c.session()
				got := c.input(tc.in, tc.name)
				if len(got) != 1 || len(got[0].Buttons) == 0 {
					t.Fatalf("replies = %+v, want one message with the step's buttons", got)
				}
				hint := c.e.Text.Text("en", tc.hint, nil)
				if !strings.Contains(got[0].Text, hint) {
					t.Errorf("reply = %q, want it to contain %q", got[0].Text, hint)
				}
				if after := c.session(); after.State != before.State || after.Step != before.Step {
					t.Errorf("typed input moved %s/%d → %s/%d", before.State, before.Step, after.State, after.Step)
				}
			})
		}
	}
}

func TestRedFlagComesFirst(t *testing.T) {
	for _, state := range append([]string{"new"}, allStates...) {
		for _, text := range []string{"I have chest pain and sweating", "عندي ألم في الصدر"} {
			t.Run(state+" "+text, func(t *testing.T) {
				var c *chat
				if state == "new" {
					e, _, _ := newTestEngine(t)
					c = newChat(t, e, "en")
				} else {
					c, _, _ = reach(t, state)
				}
				got := c.send(text)
				if len(got) < 2 {
					t.Fatalf("replies = %q, want the emergency advice and then the step", replyTexts(got))
				}
				if state == stMenu {
					// Words at the menu are the problem itself, which
					// triage reads first: its emergency advice leads.
					advice := c.e.Text.Text("en", "triage_advice_emergency", map[string]any{"Emergency": "997"})
					if !strings.HasPrefix(got[0].Text, advice) {
						t.Errorf("first reply = %q, want triage's emergency advice %q", got[0].Text, advice)
					}
					return
				}
				want := emergencyText(c.e, "en")
				if state == "new" || state == stPickLang {
					// No language chosen yet: both, the client's first.
					want += "\n\n" + emergencyText(c.e, "ar")
				}
				if got[0].Text != want {
					t.Errorf("first reply = %q, want %q", got[0].Text, want)
				}
				if len(got[len(got)-1].Buttons) == 0 {
					t.Errorf("last reply has no buttons: the conversation must go on")
				}
			})
		}
	}
	t.Run("commands are not checked", func(t *testing.T) {
		c, _, _ := reach(t, stMenu)
		if got := c.send("/help"); got[0].Text == emergencyText(c.e, "en") {
			t.Error("a command got the emergency advice")
		}
	})
}

// TestWordsBeforeChoosingChooseTheLanguage: a patient who writes before
// choosing, in a language Frontdoor speaks, is answered in it at once, told
// so, and offered a way to change it; Arabizi and unknown words get the
// picker again.
func TestWordsBeforeChoosingChooseTheLanguage(t *testing.T) {
	for _, tc := range []struct{ text, lang string }{
		{"Bonjour, j'ai mal à la tête depuis hier", "fr"},
		{"مجھے کل سے بخار ہے", "ur"},
		{"saya demam sejak kemarin", "id"},
		{"عندي صداع من امس", "ar"},
		{"my head hurts since yesterday", "en"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			c, _, ps := reach(t, stPickLang)
			got := c.send(tc.text)
			if len(got) != 1 || got[0].Lang != tc.lang || c.session().State != stNotice {
				t.Fatalf("replies = %+v in state %s, want the notice in %s", got, c.session().State, tc.lang)
			}
			if p := ps.get(c.session().PatientID); p.Lang != tc.lang {
				t.Errorf("patient's language %q, want %q", p.Lang, tc.lang)
			}
			change := c.e.Text.Text(tc.lang, "onboarding_lang_change", nil)
			if l := labels(got[0]); l[len(l)-1] != change {
				t.Fatalf("notice buttons %v, want a way to change the language last", l)
			}
			picker := c.tap(change)
			if c.session().State != stPickLang || len(labels(picker[len(picker)-1])) != len(locales.All())+1 {
				t.Errorf("after %q: state %s, %+v", change, c.session().State, picker)
			}
		})
	}
	c, _, _ := reach(t, stPickLang)
	if got := c.send("ana 3andi sda3 mn lbar7"); c.session().State != stPickLang || len(got) != 1 {
		t.Errorf("Arabizi before choosing: state %s, %+v; want the picker again", c.session().State, got)
	}
}

// TestCommandWordsInEveryLanguage: the typed command words come from each
// language's messages, and every language's are understood.
func TestCommandWordsInEveryLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"annuler": "cancel", "Aide": "help", "retour": "back", "langue": "lang",
		"batal": "cancel", "bantuan": "help", "bahasa": "lang", "hapus data saya": "deletemydata",
		"منسوخ": "cancel", "مدد": "help", "زبان": "lang", "واپس": "back",
		"القائمة": "menu", "go back": "back", "back": "",
	} {
		if got := parseCommand(in); got != want {
			t.Errorf("parseCommand(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWordsAtThePickerSwitchTheLanguage: a patient who has consented and
// opens the picker (/lang) may answer by writing in a language: it is
// taken and the menu comes back, not the notice.
func TestWordsAtThePickerSwitchTheLanguage(t *testing.T) {
	c, _, _ := reach(t, stMenu)
	c.send("/lang")
	got := c.send("bonjour, je voudrais parler à un médecin")
	if s := c.session(); s.State != stMenu || s.Lang != "fr" || len(got) == 0 || got[len(got)-1].Lang != "fr" {
		t.Fatalf("after French words at the picker: %s in %q, replies %+v; want the menu in French", s.State, s.Lang, got)
	}
}
