package dialogs

import (
	"context"
	"fmt"
	"strings"

	"github.com/looplab/fsm"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
)

// homeFlow is the onboarding flow's name: language, notice and consent, and
// the main menu every other flow returns to.
const homeFlow = "onboarding"

// Onboarding states. stStart is where a new conversation, or a command
// leaving another flow, begins; it is left within the same input.
const (
	stStart    = "start"
	stPickLang = "pickLang"
	stNotice   = "notice"
	stDeclined = "declined"
	stMenu     = "menu"
)

// Onboarding events (named apart from the states: looplab/fsm shares one
// namespace for its shorthand callback keys).
const (
	evAskLang      = "ask_lang"      // /start, /lang
	evLangChosen   = "lang_chosen"   // picked before consenting: on to the notice
	evLangSwitched = "lang_switched" // picked after consenting: back to the menu
	evAgreed       = "agreed"
	evRefused      = "refused"
	evReconsidered = "reconsidered"
	evShowNotice   = "show_notice" // /cancel, /menu before consent
	evShowMenu     = "show_menu"   // /cancel, /menu; refused without consent
)

// home are the events that lead from every onboarding step: a command,
// or another flow ending.
var home = []move{{evAskLang, stPickLang}, {evShowNotice, stNotice}, {evShowMenu, stMenu}}

// menuEntry is one button of the main menu. An entry with a flow starts that
// flow; one without (help) answers in place.
type menuEntry struct {
	action, label, flow string
}

// menuAgain is the menu's "book again with Dr X", shown to a patient who
// has booked before (Session.Again).
const menuAgain = "m:again"

// menuShow shows the menu again: the "Main menu" button under a message
// that stands in for the menu (the booking's confirmation).
const menuShow = "m:menu"

var mainMenu = []menuEntry{
	{action: "m:doctor", label: "menu_doctor", flow: "triage"},
	{action: "m:book", label: "menu_book", flow: "triage"}, // triage first; a routine outcome goes on to booking
	{action: "m:appts", label: "menu_appointments", flow: "appointments"},
	{action: "m:help", label: "menu_help"},
}

// onboarding is the home flow: choose a language, read the notice and
// consent (or not), then the main menu.
type onboarding struct{}

func (*onboarding) name() string    { return homeFlow }
func (*onboarding) code() string    { return "o" }
func (*onboarding) initial() string { return stStart }

func (o *onboarding) steps() []step {
	return []step{
		{state: stStart, moves: home,
			ask: func(t *turn, hint string) { o.askLang(t, hint) }},
		{state: stPickLang, moves: append([]move{{evLangChosen, stNotice}, {evLangSwitched, stMenu}}, home...),
			ask:   func(t *turn, hint string) { o.askLang(t, hint) },
			press: o.pickLang,
			text:  o.pickLangText},
		{state: stNotice, moves: append([]move{{evAgreed, stMenu}, {evRefused, stDeclined}}, home...),
			show: func(t *turn) {
				text := t.text("onboarding_notice", nil)
				if t.s.LangGuessed {
					// chosen from the words typed: say so, and how to change
					text = t.text("onboarding_lang_guessed", map[string]any{"Language": t.langName()}) + "\n\n" + text
				}
				t.say(text, o.consentButtons(t)...)
			},
			ask: func(t *turn, hint string) {
				t.say(t.withHint(hint, t.text("onboarding_notice_ask", nil)), o.consentButtons(t)...)
			},
			press: func(ctx context.Context, t *turn, action string) error {
				switch action {
				case "agree":
					return t.fire(ctx, evAgreed)
				case "decline":
					return t.fire(ctx, evRefused)
				case "lang":
					return t.fire(ctx, evAskLang)
				}
				return errUnknownAction
			}},
		{state: stDeclined, moves: append([]move{{evReconsidered, stNotice}}, home...),
			show: func(t *turn) {
				t.say(t.text("onboarding_declined", nil), t.button("onboarding_changed_mind", "again"))
			},
			ask: func(t *turn, hint string) {
				t.say(t.withHint(hint, t.text("onboarding_declined_ask", nil)), t.button("onboarding_changed_mind", "again"))
			},
			press: func(ctx context.Context, t *turn, action string) error {
				if action != "again" {
					return errUnknownAction
				}
				return t.fire(ctx, evReconsidered)
			}},
		{state: stMenu, moves: home,
			ask: func(t *turn, hint string) {
				t.say(t.withHint(hint, t.text("menu_prompt", nil)), o.menuButtons(t)...)
			},
			press: o.menu,
			text:  o.menuText},
	}
}

func (o *onboarding) callbacks(t *turn) fsm.Callbacks {
	// setLang takes the language and, for Arabic, the digits chosen with it.
	setLang := func(_ context.Context, e *fsm.Event) {
		var lang, digits string
		if len(e.Args) > 1 {
			lang, _ = e.Args[0].(string)
			digits, _ = e.Args[1].(string)
		}
		t.s.Lang = lang
		if t.in.Data != "" {
			t.s.LangGuessed = false // tapped: chosen, not guessed
		}
		id := t.s.PatientID
		t.effect(func(ctx context.Context) error {
			if err := t.e.Patients.SetLanguage(ctx, id, lang); err != nil {
				return fmt.Errorf("dialogs: set language: %w", err)
			}
			return nil
		})
		if l, _ := locales.Lookup(lang); l.Digits != locales.DigitsWestern && t.s.Digits != digits {
			t.s.Digits = digits
			t.saveDigits()
		}
	}
	return fsm.Callbacks{
		"before_" + evLangChosen:   setLang,
		"before_" + evLangSwitched: setLang,
		"before_" + evAgreed: func(context.Context, *fsm.Event) {
			t.s.Consented = true
			id, at := t.s.PatientID, t.e.Now()
			t.effect(func(ctx context.Context) error {
				if err := t.e.Patients.RecordConsent(ctx, id, at); err != nil {
					return fmt.Errorf("dialogs: record consent: %w", err)
				}
				return nil
			})
		},
		// The menu is for patients who consented; a guard, not a hope.
		"before_" + evShowMenu: func(_ context.Context, e *fsm.Event) {
			if !t.s.Consented || t.s.Lang == "" {
				e.Cancel(fmt.Errorf("dialogs: menu before consent"))
			}
		},
		"enter_state": func(_ context.Context, e *fsm.Event) { t.show(e.Dst) },
	}
}

func (o *onboarding) begin(ctx context.Context, t *turn, _ string) error {
	return t.home(ctx)
}

// pickLang takes the language picked, and for Arabic the digits.
func (o *onboarding) pickLang(ctx context.Context, t *turn, action string) error {
	if !strings.HasPrefix(action, "lang:") {
		return errUnknownAction
	}
	lang, digits, ok := langChoice(action)
	if !ok {
		return errUnknownAction
	}
	ev := evLangChosen
	if t.s.Consented {
		ev = evLangSwitched
	}
	return t.fire(ctx, ev, lang, digits)
}

func (o *onboarding) menu(ctx context.Context, t *turn, action string) error {
	if action == menuAgain && t.s.Again != nil {
		return t.enter(ctx, flowBooking, "again")
	}
	if action == menuShow {
		t.show(stMenu)
		return nil
	}
	for _, m := range mainMenu {
		if m.action != action {
			continue
		}
		if m.flow != "" {
			return t.enter(ctx, m.flow, action)
		}
		t.say(t.text("dialogs_help", nil)) // help has no flow of its own
		t.show(stMenu)
		return nil
	}
	return errUnknownAction
}

// menuText reads words typed at the menu as the problem itself ("I have a
// fever since yesterday"), as triage would, rather than ask the patient to
// tap first.
func (o *onboarding) menuText(ctx context.Context, t *turn, _ string) error {
	if !strings.HasPrefix(strings.TrimSpace(t.in.Text), "/") {
		return t.enter(ctx, flowTriage, ViaTyped)
	}
	t.ask(stMenu, t.repromptHint())
	return nil
}

// askLang asks for the language, in both while it is not settled, the
// likelier first.
func (o *onboarding) askLang(t *turn, hint string) {
	text := t.bilingual("onboarding_pick_lang")
	if hint != "" {
		text = t.bilingual(hint) + "\n\n" + text
	}
	t.say(text, o.langButtons(t)...)
}

// langAction starts the data of the language picker's buttons, whose
// labels keep their digits whatever the reader's (see inDigits).
const langAction = ":lang:"

// langChoice reads a picker action: "lang:<code>" for any language
// Frontdoor speaks, and "lang:<code>:latn" (Western digits) for one whose
// readers expect other digits by default (Arabic).
func langChoice(action string) (lang, digits string, ok bool) {
	rest, ok := strings.CutPrefix(action, "lang:")
	if !ok {
		return "", "", false
	}
	code, digits, _ := strings.Cut(rest, ":")
	l, known := locales.Lookup(code)
	switch {
	case !known:
		return "", "", false
	case digits == "":
		return l.Code, "", true
	case digits == DigitsWestern && l.Digits != locales.DigitsWestern:
		return l.Code, DigitsWestern, true
	}
	return "", "", false
}

// langButtons offers every language in its own words, the likelier first.
// A language whose readers may read either digits is offered twice
// («العربية (١٢٣)», «العربية (123)»: Maghrebi readers read Western ones).
func (o *onboarding) langButtons(t *turn) [][]Button {
	var first, rest [][]Button
	for _, l := range locales.All() {
		data := o.code() + langAction + l.Code
		var rows [][]Button
		if l.Digits == locales.DigitsWestern {
			rows = [][]Button{{{Label: l.Name, Data: data}}}
		} else {
			eastern := []Button{{Label: t.textIn(l.Code, "onboarding_lang_digits_button",
				map[string]any{"Digits": numerals.In(l.Code, "123")}), Data: data}}
			western := []Button{{Label: t.textIn(l.Code, "onboarding_lang_digits_button",
				map[string]any{"Digits": "123"}), Data: data + ":" + DigitsWestern}}
			rows = [][]Button{eastern, western}
			if t.s.Digits == DigitsWestern {
				rows = [][]Button{western, eastern}
			}
		}
		if l.Code == t.lang() {
			first = rows
		} else {
			rest = append(rest, rows...)
		}
	}
	return append(first, rest...)
}

// pickLangText reads words typed before a language is chosen: written in
// a language Frontdoor speaks, they choose it (the patient can change it at
// once: the notice says how); otherwise the picker is asked again.
func (o *onboarding) pickLangText(ctx context.Context, t *turn, _ string) error {
	text := strings.TrimSpace(t.in.Text)
	lang := locales.Detect(text)
	if lang == "" || strings.HasPrefix(text, "/") {
		t.ask(stPickLang, t.repromptHint())
		return nil
	}
	if t.s.Consented {
		// switching language (/lang) by writing in it: back to the menu
		return t.fire(ctx, evLangSwitched, lang, "")
	}
	t.s.LangGuessed = true
	return t.fire(ctx, evLangChosen, lang, "")
}

func (o *onboarding) consentButtons(t *turn) [][]Button {
	rows := [][]Button{t.button("onboarding_agree", "agree"), t.button("onboarding_decline", "decline")}
	if t.s.LangGuessed {
		rows = append(rows, t.button("onboarding_lang_change", "lang"))
	}
	return rows
}

func (o *onboarding) menuButtons(t *turn) [][]Button {
	rows := make([][]Button, 0, len(mainMenu)+1)
	rows = append(rows, t.againButton()...)
	for _, m := range mainMenu {
		rows = append(rows, t.button(m.label, m.action))
	}
	return rows
}
