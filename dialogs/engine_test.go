package dialogs

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// reach returns a chat in English walked to state.
func reach(t *testing.T, state string) (*chat, *memSessions, *memPatients) {
	t.Helper()
	e, ss, ps := newTestEngine(t)
	c := newChat(t, e, "en")
	c.send("/start")
	if state == stPickLang {
		return c, ss, ps
	}
	c.tap("English")
	switch state {
	case stDeclined:
		c.tap("No thanks")
	case stMenu:
		c.tap("I agree")
	}
	if s := c.session(); s.State != state {
		t.Fatalf("reach %s: session is in %s", state, s.State)
	}
	return c, ss, ps
}

var allStates = []string{stPickLang, stNotice, stDeclined, stMenu}

func TestRedeliveryHasOneEffect(t *testing.T) {
	c, ss, ps := reach(t, stNotice)
	in := Input{ID: "upd-9", Data: c.data("I agree")}
	first := c.input(in, "agree")
	saves, consents := ss.saveCount(), ps.consents
	for range 3 {
		again := c.input(in, "agree again")
		if !reflect.DeepEqual(again, first) {
			t.Fatalf("redelivery replied %+v, want %+v", again, first)
		}
	}
	if ss.saveCount() != saves || ps.consents != consents || consents != 1 {
		t.Errorf("redelivery saved %d times and recorded consent %d times, want no new writes and one consent",
			ss.saveCount()-saves, ps.consents)
	}
}

func TestRestartResumes(t *testing.T) {
	c, ss, ps := reach(t, stNotice)
	agree := c.data("I agree")
	c.e = engineOn(t, ss, ps) // a new process on the same stores
	got := c.press(agree)
	if len(got) != 1 || len(got[0].Buttons) != 4 || got[0].Lang != "en" {
		t.Fatalf("after restart = %+v, want the English menu", got)
	}
}

func TestCommandsFromEveryState(t *testing.T) {
	for _, state := range allStates {
		for _, tc := range []struct {
			cmd       string
			wantState string // "" means: where it was
			wantFirst string // message id of the first reply, "" to skip
		}{
			{"/lang", stPickLang, ""},
			{"/help", "", "dialogs_help"},
			{"/cancel", "", ""},
			{"/menu", "", ""},
			{"/start", stPickLang, ""},
		} {
			t.Run(state+" "+tc.cmd, func(t *testing.T) {
				c, _, _ := reach(t, state)
				got := c.send(tc.cmd)
				want := tc.wantState
				switch {
				case want != "":
				case tc.cmd == "/help":
					want = state
				case state == stMenu:
					want = stMenu
				case state == stPickLang:
					want = stPickLang // no language yet: back to the picker
				default:
					want = stNotice // before consent, back to the notice
				}
				if tc.cmd == "/start" && state == stMenu {
					want = stMenu // onboarded: straight to the menu
				}
				if s := c.session(); s.State != want {
					t.Errorf("state = %s, want %s", s.State, want)
				}
				if len(got) == 0 || len(got[len(got)-1].Buttons) == 0 {
					t.Fatalf("replies = %q, want a last reply with buttons", replyTexts(got))
				}
				if tc.wantFirst != "" && got[0].Text != c.e.Text.Text("en", tc.wantFirst, map[string]any{"Emergency": "997"}) {
					t.Errorf("first reply = %q, want %s", got[0].Text, tc.wantFirst)
				}
			})
		}
	}
}

func TestLangSwitchReturnsToMenu(t *testing.T) {
	c, _, ps := reach(t, stMenu)
	picker := c.send("/lang")
	if !strings.HasPrefix(picker[0].Text, "Welcome") || !slices.Equal(labels(picker[0]), []string{"English", "العربية (١٢٣)", "العربية (123)", "Français", "اردو", "Bahasa Indonesia"}) {
		t.Fatalf("picker = %+v, want English first", picker)
	}
	got := c.tap("العربية (١٢٣)")
	if len(got) != 1 || got[0].Lang != "ar" || len(got[0].Buttons) != 4 {
		t.Fatalf("after /lang = %+v, want the Arabic menu", got)
	}
	if p := ps.get(c.session().PatientID); p.Lang != "ar" {
		t.Errorf("patient language = %q, want ar", p.Lang)
	}
}

func TestCommandSpellings(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "/start", "start"},
		{"bot suffix", "/start@FrontdoorBot", "start"},
		{"payload", "/start ref-12", "start"},
		{"spaces and case", "  /MENU  ", "menu"},
		{"lang", "/lang", "lang"},
		{"cancel", "/cancel@x", "cancel"},
		{"english word", "Menu", "menu"},
		{"arabic word", " القائمة ", "menu"},
		{"help word", "HELP!", "help"},
		{"arabic help", "مساعدة؟", "help"},
		{"arabic menu with ه", "القائمه", "menu"},
		{"arabic language word", "اللغة", "lang"},
		{"arabic back word", "رجوع", "back"},
		{"english go back", "Go back", "back"},
		{"back alone is a problem, not a command", "back", ""},
		{"arabic delete my data", "احذف بياناتي", "deletemydata"},
		{"english delete my data", "delete my data.", "deletemydata"},
		{"unknown command", "/deleteall", ""},
		{"sentence", "I need help with my menu", ""},
		{"empty", "", ""},
		{"slash alone", "/", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseCommand(tc.in); got != tc.want {
				t.Errorf("parseCommand(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestUnknownStateResets(t *testing.T) {
	for _, tc := range []struct{ name, flow, state string }{
		{"unknown state", homeFlow, "askAge"},
		{"unknown flow", "bookingV0", "pickDay"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, ss, _ := reach(t, stMenu)
			s := c.session()
			s.Flow, s.State = tc.flow, tc.state
			if _, err := ss.Save(t.Context(), c.key, s); err != nil {
				t.Fatal(err)
			}
			got := c.send("hello")
			if len(got) != 2 || got[0].Text != c.e.Text.Text("en", "dialogs_lost_place", nil) || len(got[1].Buttons) != 4 {
				t.Fatalf("replies = %q, want the apology and the menu", replyTexts(got))
			}
			if s := c.session(); s.Flow != homeFlow || s.State != stMenu {
				t.Errorf("session = %s/%s, want the menu", s.Flow, s.State)
			}
		})
	}
}

// racingSessions reports ErrStaleSession on the first n saves, as if
// another process had just written.
type racingSessions struct {
	*memSessions
	n int
}

func (r *racingSessions) Save(ctx context.Context, k ConversationKey, s Session) (int64, error) {
	if r.n > 0 {
		r.n--
		return 0, fmt.Errorf("race: %w", ErrStaleSession)
	}
	return r.memSessions.Save(ctx, k, s)
}

func TestStaleSaveRetriesOnce(t *testing.T) {
	for _, tc := range []struct {
		name    string
		stale   int
		wantErr bool
	}{
		{"one race", 1, false},
		{"two races", 2, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := &racingSessions{memSessions: newMemSessions(), n: tc.stale}
			e := engineOn(t, rs, newMemPatients())
			_, err := e.Handle(t.Context(), Input{ID: "1", Text: "/start",
				Conversation: ConversationKey{Channel: ChannelWeb, ID: "w1"}})
			if gotErr := err != nil; gotErr != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if tc.wantErr && !errors.Is(err, ErrStaleSession) {
				t.Errorf("err = %v, want ErrStaleSession", err)
			}
		})
	}
}

// failingPatients fails every call, as a PostgreSQL that is down.
type failingPatients struct{}

var errDown = errors.New("connection refused")

func (failingPatients) EnsurePatient(context.Context, ConversationKey, string) (Patient, error) {
	return Patient{}, errDown
}
func (failingPatients) SetLanguage(context.Context, int64, string) error      { return errDown }
func (failingPatients) SetDigits(context.Context, int64, string) error        { return errDown }
func (failingPatients) SetZone(context.Context, int64, string) error          { return errDown }
func (failingPatients) RecordConsent(context.Context, int64, time.Time) error { return errDown }
func (failingPatients) SetFacility(context.Context, int64, string) error      { return errDown }
func (failingPatients) ErasePatient(context.Context, int64) error             { return errDown }

func TestStoreErrorsAreErrors(t *testing.T) {
	ss := newMemSessions()
	e := engineOn(t, ss, failingPatients{})
	key := ConversationKey{Channel: ChannelWeb, ID: "w1"}
	_, err := e.Handle(t.Context(), Input{ID: "1", Text: "/start", Conversation: key})
	if !errors.Is(err, errDown) {
		t.Fatalf("err = %v, want the store's error wrapped", err)
	}
	if ss.saveCount() != 0 {
		t.Error("a session was saved although the input failed")
	}
}

// TestNew: New refuses an Engine without one of its required parts and
// fills in the defaults of the others.
func TestNew(t *testing.T) {
	for _, tc := range []struct {
		name string
		drop func(*Deps)
		want string
	}{
		{"no sessions", func(d *Deps) { d.Sessions = nil }, "SessionStore"},
		{"no patients", func(d *Deps) { d.Patients = nil }, "PatientStore"},
		{"no text", func(d *Deps) { d.Text = nil }, "Catalog"},
		{"no cases", func(d *Deps) { d.Cases = nil }, "CaseStore"},
		{"no phones", func(d *Deps) { d.Phones = nil }, "CasePhones"},
		{"no triage rules", func(d *Deps) { d.Triage.Rules = nil }, "triage rules"},
		{"no appointments", func(d *Deps) { d.Booking.Appointments = nil }, "Appointments"},
		{"no consults", func(d *Deps) { d.Consults = nil }, "Consults"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, p := engineWith(t, newMemSessions(), newMemPatients(), nil)
			d := Deps{
				Sessions: newMemSessions(), Patients: newMemPatients(), Text: mustCatalog(t),
				Cases: p.cases, Phones: p.cases, Triage: Triage{Rules: mustRules(t)},
				Booking: Booking{Appointments: p.appts}, Consults: p.consults,
			}
			tc.drop(&d)
			if e, err := New(d); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New() = %v, %v; want an error naming %s", e, err, tc.want)
			}
		})
	}
	_, p := engineWith(t, newMemSessions(), newMemPatients(), nil)
	e, err := New(Deps{
		Sessions: newMemSessions(), Patients: newMemPatients(), Text: mustCatalog(t),
		Cases: p.cases, Phones: p.cases, Triage: Triage{Rules: mustRules(t)},
		Booking: Booking{Appointments: p.appts}, Consults: p.consults,
	})
	if err != nil || e.EmergencyNumber != "997" || e.Log == nil || e.Now == nil || e.RedFlags == nil {
		t.Fatalf("New() = %v, defaults %q, log set %v, clock set %v, red flags set %v",
			err, e.EmergencyNumber, e.Log != nil, e.Now != nil, e.RedFlags != nil)
	}
	if b := e.Booking; b.Zone == nil || b.CalendarHost != DefaultCalendarHost || b.HoldFor != DefaultHoldFor {
		t.Errorf("booking defaults = %+v", b)
	}
	if _, err := e.Handle(t.Context(), Input{Text: "/start"}); err == nil {
		t.Error("an input without a conversation key was accepted")
	}
}

// TestStartLinkJoinsFacility: a facility's link ("/start fac_<code>")
// records the facility for the patient, at any point of the conversation;
// a link to no facility, or a payload that is not one, is a plain /start.
func TestStartLinkJoinsFacility(t *testing.T) {
	c, _, ps := reach(t, stMenu)
	pid := c.session().PatientID
	for _, text := range []string{"/start ref-12", "/start fac_", "/start fac_Makkah!", "/start fac_nowhere_clinic"} {
		if got := c.send(text); len(got) == 0 || c.session().State != stMenu {
			t.Errorf("%q: %d replies, state %s; want the menu", text, len(got), c.session().State)
		}
	}
	if ps.facility[pid] != "" {
		t.Fatalf("facility %q after links to no facility", ps.facility[pid])
	}
	c.send("/start fac_madinah_quba")
	if ps.facility[pid] != "madinah_quba" || c.session().State != stMenu {
		t.Errorf("after the Madinah link: facility %q, state %s", ps.facility[pid], c.session().State)
	}
	if code, ok := startFacility("/start@FrontdoorBot fac_makkah_ajyad"); !ok || code != "makkah_ajyad" {
		t.Errorf("startFacility with the bot's name = %q, %v", code, ok)
	}
}
