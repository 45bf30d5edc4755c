package dialogs

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/looplab/fsm"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
)

// maxData is Telegram's limit on callback data, in bytes.
const maxData = 64

// turn is the handling of one input: the session being changed, the flow and
// machine it is in, and what the input produced. Flows and their fsm
// callbacks only compute into a turn; the Engine applies the effects and
// saves the session afterwards.
type turn struct {
	e  *Engine
	in Input
	s  *Session

	f *plan    // the flow the conversation is in now
	m *fsm.FSM // f's machine, restored from the session

	replies []Reply
	effects []func(context.Context) error

	kind     string   // what the input was, for logs: "text", "command", "button", …
	accepted bool     // a button press acted
	silent   bool     // a double tap: no reply, nothing saved
	redFlags []string // rule ids that fired on this input's text
}

// run applies the input to the session.
func (t *turn) run(ctx context.Context, fresh bool) error {
	s := t.s
	if fresh || s.PatientID == 0 {
		p, err := t.e.Patients.EnsurePatient(ctx, t.in.Conversation, t.in.UserID)
		if err != nil {
			return fmt.Errorf("dialogs: ensure patient: %w", err)
		}
		s.PatientID = p.ID
		if fresh {
			s.Lang = locales.Lang(p.Lang)
			s.Consented = !p.ConsentAt.IsZero()
			s.Digits = p.Digits
			s.Visitor, s.Placed = p.Visitor, p.Placed
			s.Zone = p.Zone
			s.Step = t.e.seedStep()
			s.Flow, s.State = homeFlow, stStart
			if s.Consented {
				t.recall(ctx)
			}
		}
	}
	before := s.Flow + "/" + s.State
	step := s.Step

	t.followDigits()
	cmd := ""
	if t.in.Data == "" {
		cmd = parseCommand(t.in.Text)
		if cmd == "" {
			t.checkRedFlags()
		}
	}

	f, ok := t.e.flows[s.Flow]
	switch {
	case !ok || !f.has(s.State):
		// A session from an older release, or damaged: start over kindly.
		t.e.Log.Warn("dialogs: unknown session state, resetting", "flow", s.Flow, "state", s.State)
		t.kind = "lost"
		t.say(t.text("dialogs_lost_place", nil))
		if err := t.home(ctx); err != nil {
			return err
		}
	default:
		t.f, t.m = f, f.machine(t, s.State)
		if err := t.dispatch(ctx, fresh, cmd); err != nil {
			return err
		}
	}
	if t.silent {
		return nil
	}
	if t.f == t.e.flows[homeFlow] && t.m.Current() == stStart {
		// Nothing moved the conversation out of the pseudo-state: go home
		// so that the patient always has buttons to press.
		if err := t.home(ctx); err != nil {
			return err
		}
	}

	s.Flow, s.State = t.f.name(), t.m.Current()
	if t.accepted || s.Flow+"/"+s.State != before {
		s.Step = step + 1
	}
	s.LastData = ""
	if t.accepted {
		s.LastData = t.in.Data
	}
	t.addBack()
	t.inReaderDigits()
	return t.stamp()
}

// dispatch routes the input: a command, a button press or typed text.
func (t *turn) dispatch(ctx context.Context, fresh bool, cmd string) error {
	switch {
	case cmd != "":
		t.kind = "command"
		return t.orAsk(t.command(ctx, cmd))
	case isNotice(t.in.Data):
		// Before fresh: "I will attend" on a 24 h reminder must work after
		// the session has expired.
		return t.pressNotice(ctx)
	case fresh:
		// The conversation is new, or its session was lost. Whatever came
		// in answers no question we asked: greet a known patient and start.
		t.kind = "fresh"
		if t.s.Lang != "" {
			t.say(t.text("dialogs_restart", nil))
		}
		return t.home(ctx)
	case t.in.Data != "":
		t.kind = "button"
		return t.press(ctx)
	case t.in.Contact != nil:
		t.kind = "contact"
		return t.takePhone(ctx)
	}
	t.kind = "text"
	switch classify(t.in.Text, t.in.Location != nil) {
	case inputEmpty:
		t.f.ask(t, t.m.Current(), "dialogs_empty")
	case inputNoWords:
		t.f.ask(t, t.m.Current(), "dialogs_no_words")
	case inputTooLong:
		t.f.ask(t, t.m.Current(), "dialogs_too_long")
	case inputLocation:
		return t.orAsk(t.f.located(ctx, t, *t.in.Location))
	default:
		return t.orAsk(t.f.text(ctx, t, strings.TrimSpace(t.in.Text)))
	}
	return nil
}

// orAsk turns errUnknownAction (an input that means nothing here) into the
// current question asked again; other errors pass.
func (t *turn) orAsk(err error) error {
	if errors.Is(err, errUnknownAction) {
		t.e.Log.Warn("dialogs: input refused", "flow", t.f.name(), "state", t.m.Current(), "kind", t.kind)
		t.f.ask(t, t.m.Current(), "dialogs_reprompt")
		return nil
	}
	return err
}

// press handles button data: see the format in Engine's documentation.
func (t *turn) press(ctx context.Context) error {
	tok, rest, ok := strings.Cut(t.in.Data, ":")
	code, act, _ := strings.Cut(rest, ":")
	if !ok || tok != token(t.s.Step) || code != t.f.code() {
		if t.in.Data == t.s.LastData {
			t.kind, t.silent = "double_tap", true
			return nil
		}
		t.kind = "stale_button"
		t.f.ask(t, t.m.Current(), "dialogs_stale_button")
		return nil
	}
	backed, err := t.pressBack(ctx, act)
	if !backed {
		err = t.f.press(ctx, t, act)
	}
	if errors.Is(err, errUnknownAction) {
		t.kind = "unknown_button"
		t.f.ask(t, t.m.Current(), "dialogs_stale_button")
		return nil
	}
	if err != nil {
		return err
	}
	t.accepted = true
	return nil
}

// command runs one of Commands, whatever flow the conversation is in.
func (t *turn) command(ctx context.Context, cmd string) error {
	switch cmd {
	case "help":
		t.say(t.text("dialogs_help", nil))
		if t.m.Current() == stStart {
			return t.home(ctx)
		}
		t.f.ask(t, t.m.Current(), "") // the short question: help is long enough
		return nil
	case "lang":
		return t.homeEvent(ctx, evAskLang)
	case "deletemydata":
		return t.enter(ctx, EraseFlow, "command")
	case "back":
		if ok, err := t.pressBack(ctx, backAction); ok {
			return err
		}
		return t.home(ctx)
	case "start":
		t.joinFacility(ctx)
		if t.s.Consented && t.s.Lang != "" {
			return t.homeEvent(ctx, evShowMenu)
		}
		return t.homeEvent(ctx, evAskLang)
	default: // "menu", "cancel"
		return t.home(ctx)
	}
}

// home leaves whatever flow the conversation is in for the furthest point of
// onboarding the patient has reached: the menu, else the notice, else the
// language picker.
func (t *turn) home(ctx context.Context) error {
	switch {
	case t.s.Consented && t.s.Lang != "":
		return t.homeEvent(ctx, evShowMenu)
	case t.s.Lang != "":
		return t.homeEvent(ctx, evShowNotice)
	default:
		return t.homeEvent(ctx, evAskLang)
	}
}

// homeEvent fires ev on the onboarding machine, switching to it first.
func (t *turn) homeEvent(ctx context.Context, ev string, args ...any) error {
	h := t.e.flows[homeFlow]
	if t.f != h || t.m == nil {
		t.f, t.m = h, h.machine(t, stStart)
		t.s.Values = nil
	}
	return t.fire(ctx, ev, args...)
}

// enter switches the conversation to flow name and begins it; via says what
// led there (a menu action, say).
func (t *turn) enter(ctx context.Context, name, via string) error {
	f, ok := t.e.flows[name]
	if !ok {
		return fmt.Errorf("dialogs: no flow %q", name)
	}
	t.f, t.m = f, f.machine(t, f.initial())
	t.s.Values = nil
	return f.begin(ctx, t, via)
}

// fire sends event ev to the current machine. An event that keeps the state
// shows the state again (the patient asked for where they already are); an
// event not allowed now, refused by a guard, or not the flow's (a decision
// read again in the consult that only triage shows), is errUnknownAction.
func (t *turn) fire(ctx context.Context, ev string, args ...any) error {
	err := t.m.Event(ctx, ev, args...)
	var (
		same     fsm.NoTransitionError
		invalid  fsm.InvalidEventError
		canceled fsm.CanceledError
		unknown  fsm.UnknownEventError // an event of another flow
	)
	switch {
	case err == nil:
		return nil
	case errors.As(err, &same):
		t.f.show(t, t.m.Current())
		return nil
	case errors.As(err, &invalid), errors.As(err, &canceled), errors.As(err, &unknown):
		return errUnknownAction
	default:
		return fmt.Errorf("dialogs: %s: event %s in %s: %w", t.f.name(), ev, t.m.Current(), err)
	}
}

// checkRedFlags puts the emergency advice first when the typed text is an
// emergency. The conversation then goes on as usual.
func (t *turn) checkRedFlags() {
	if t.e.RedFlags == nil || strings.TrimSpace(t.in.Text) == "" {
		return
	}
	ids, ok := t.e.RedFlags.Emergency(strings.ToValidUTF8(t.in.Text, ""), t.lang())
	if !ok {
		return
	}
	t.redFlags = ids
	t.e.Log.Info("dialogs: red flag", "patient", t.s.PatientID, "rules", ids)
	if t.s.Lang != "" {
		t.say(t.text("dialogs_emergency", nil))
		return
	}
	t.say(t.bilingual("dialogs_emergency"))
}

// effect queues fn to run after the input is handled and before the session
// is saved. fn must be idempotent: a stale save re-runs the whole input.
func (t *turn) effect(fn func(context.Context) error) { t.effects = append(t.effects, fn) }

// lang is the language to speak: the patient's choice, else the client's,
// else Arabic.
func (t *turn) lang() string {
	if t.s.Lang != "" {
		return t.s.Lang
	}
	if l := locales.Lang(t.in.LanguageHint); l != "" {
		return l
	}
	return LangArabic
}

// langName names the turn's language in its own words ("Français").
func (t *turn) langName() string {
	l, _ := locales.Lookup(t.lang())
	return l.Name
}

// text renders message id in the turn's language; {{.Emergency}} is always
// available.
func (t *turn) text(id string, data map[string]any) string {
	return t.textIn(t.lang(), id, data)
}

func (t *turn) textIn(lang, id string, data map[string]any) string {
	td := map[string]any{"Emergency": numerals.In(lang, t.e.EmergencyNumber)}
	for k, v := range data {
		td[k] = v
	}
	return t.e.Text.Text(lang, id, td)
}

// bilingual renders id for patients who have not chosen a language yet:
// in the turn's language (their client's), then in Arabic and English,
// which most readers share.
func (t *turn) bilingual(id string) string {
	var out []string
	for _, l := range []string{t.lang(), LangArabic, LangEnglish} {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	texts := make([]string, len(out))
	for i, l := range out {
		texts[i] = t.textIn(l, id, nil)
	}
	return strings.Join(texts, "\n\n")
}

// say appends a reply in the turn's language.
func (t *turn) say(text string, rows ...[]Button) {
	t.replies = append(t.replies, Reply{Lang: t.lang(), Text: text, Buttons: rows})
}

// button returns a one-button row (menus have one choice per row, big enough
// for any thumb) labelled with message labelID; action is the flow's id for
// the choice, without the flow code or step.
func (t *turn) button(labelID, action string) []Button {
	return []Button{{Label: t.text(labelID, nil), Data: t.f.code() + ":" + action}}
}

// stamp prefixes every button's data with the session's step token, now
// that the step is final.
func (t *turn) stamp() error {
	tok := token(t.s.Step)
	for i := range t.replies {
		for _, row := range t.replies[i].Buttons {
			for j := range row {
				if row[j].Data == "" {
					continue
				}
				row[j].Data = tok + ":" + row[j].Data
				if len(row[j].Data) > maxData {
					return fmt.Errorf("dialogs: button data %q is over %d bytes", row[j].Data, maxData)
				}
			}
		}
	}
	return nil
}

// token writes a step as button data does.
func token(step int64) string { return strconv.FormatInt(step, 36) }

// joinFacility records the facility a start link names ("/start
// fac_<code>", from a facility's QR code or link), so the patient's cases
// reach that facility's clinicians. A link to no facility changes nothing:
// the patient goes on as from a plain /start.
func (t *turn) joinFacility(ctx context.Context) {
	code, ok := startFacility(t.in.Text)
	if !ok {
		return
	}
	if err := t.e.Patients.SetFacility(ctx, t.s.PatientID, code); err != nil {
		t.e.Log.Warn("dialogs: start link to an unknown facility", "code", code, "err", err)
		return
	}
	t.s.Placed = true // the link says where their cases go: no place question
}

// startFacility returns the facility code of a start link's payload
// ("/start fac_makkah_ajyad"). Telegram allows A–Z, a–z, 0–9, _ and - in a
// payload; codes are lower case.
func startFacility(text string) (string, bool) {
	_, payload, ok := strings.Cut(strings.TrimSpace(text), " ")
	if !ok {
		return "", false
	}
	code, ok := strings.CutPrefix(strings.TrimSpace(payload), "fac_")
	if !ok || len(code) < 2 || len(code) > 40 {
		return "", false
	}
	for _, r := range code {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' {
			return "", false
		}
	}
	return code, true
}
