package dialogs

import (
	"context"
	"errors"
	"fmt"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"slices"
	"strings"
	"testing"
	"time"
)

// chestPain are words the rules read as an emergency on their own.
var chestPain = map[string]string{
	"ar": "عندي ألم شديد في الصدر وأتعرق",
	"en": "crushing chest pain and I am sweating",
}

// testFallback is the deployment's fallback the tests configure.
var testFallback = UrgentFallback{Phone: "937", Where: map[string]string{
	"ar": "مركز الرعاية العاجلة في مستشفى أجياد بجوار الحرم مفتوح طوال اليوم.",
	"en": "The urgent care centre of Ajyad Hospital, beside the Haram, is open day and night.",
}}

// fakeFallbacks is a facility's own fallback, or an error.
type fakeFallbacks struct {
	f   UrgentFallback
	err error
	ids []int64
}

func (ff *fakeFallbacks) UrgentFallback(_ context.Context, caseID int64) (UrgentFallback, error) {
	ff.ids = append(ff.ids, caseID)
	return ff.f, ff.err
}

// noDoctorEngine is the consult engine with nobody online and the test's
// fallback.
func noDoctorEngine(t *testing.T) (*Engine, *memConsults) {
	t.Helper()
	e, m := newConsultEngine(t)
	m.figures = WaitFigures{}
	e.Triage.UrgentFallback = testFallback
	return e, m
}

// lastReply is the last reply of the chat's last turn.
func lastReply(c *chat) Reply { return c.last[len(c.last)-1] }

func urls(r Reply) []string {
	var out []string
	for _, row := range r.Buttons {
		for _, b := range row {
			if b.URL != "" {
				out = append(out, b.URL)
			}
		}
	}
	return out
}

// TestUrgentNobodyOnline: an urgent case with no clinician online hears so
// at once, with the fallback (the line to call, with a button, and where
// to go), stays in the queue, and is not told a doctor can see them now or
// to wait an unknown time; asking their place says it again.
func TestUrgentNobodyOnline(t *testing.T) {
	for _, lang := range locales.Languages {
		t.Run(lang, func(t *testing.T) {
			e, m := noDoctorEngine(t)
			tt := func(id string, data map[string]any) string {
				return e.Text.Text(lang, id, map[string]any{"Emergency": numerals.In(lang, "997"), "Phone": data["Phone"]})
			}
			c, id := queued(t, e, lang)
			got := lastReply(c)
			for _, want := range []string{
				tt("consult_no_doctor", nil),
				tt("consult_no_doctor_call", map[string]any{"Phone": "937"}),
				"🏥 " + locales.Names(testFallback.Where).In(lang), // English words for a language the facility did not write
				tt("consult_no_doctor_kept", nil),
				tt("triagedialog_urgent", nil),
				tt("triagedialog_worse", nil),
			} {
				if !strings.Contains(got.Text, want) {
					t.Errorf("reply lacks %q:\n%s", want, got.Text)
				}
			}
			for _, never := range []string{
				tt("triage_advice_urgent", nil), // "We can connect you to a doctor now"
				tt("triagedialog_queued", nil),  // "A clinician will pick up your case"
				tt("consult_wait_unknown", nil), // an open wait
				tt("consult_no_doctor_go", nil), // the facility's own words instead
			} {
				if strings.Contains(got.Text, never) {
					t.Errorf("reply says %q with nobody online:\n%s", never, got.Text)
				}
			}
			if u := urls(got); !slices.Equal(u, []string{"tel:937"}) {
				t.Errorf("links = %q, want the fallback's line", u)
			}
			if l := labels(got); !slices.Contains(l, tt("consult_leave_button", nil)) ||
				!slices.Contains(l, tt("triagedialog_position_button", nil)) {
				t.Errorf("buttons %q lack the place and the way out of the queue", l)
			}
			if st := m.status(id); st != CaseWaiting {
				t.Errorf("case %d is %s, want still waiting", id, st)
			}
			d, _ := c.triageState()
			if d.Fallback == nil || d.Fallback.Phone != "937" {
				t.Errorf("fallback told = %+v", d.Fallback)
			}

			again := c.tapAction("t:pos")
			if len(again) != 1 || !strings.Contains(again[0].Text, tt("consult_no_doctor_call", map[string]any{"Phone": "937"})) {
				t.Errorf("my place, nobody online: %q", replyTexts(again))
			}
		})
	}
}

// TestUrgentDoctorComesAndGoes: the wait updates follow who is online: a
// doctor coming online is said, with the wait; the last one leaving brings
// the fallback back.
func TestUrgentDoctorComesAndGoes(t *testing.T) {
	for _, lang := range []string{"ar", "en"} {
		t.Run(lang, func(t *testing.T) {
			e, _ := noDoctorEngine(t)
			tt := func(id string) string {
				return e.Text.Text(lang, id, map[string]any{"Emergency": numerals.In(lang, "997"), "Phone": "937"})
			}
			c, id := queued(t, e, lang)

			up := c.event(ConsultEvent{CaseID: id, Kind: ConsultWait, Wait: WaitFigures{Position: 1, Online: 1}})
			if len(up) != 1 || !strings.HasPrefix(up[0].Text, tt("consult_doctor_online")) ||
				!strings.Contains(up[0].Text, tt("consult_wait_soon")) || strings.Contains(up[0].Text, tt("consult_no_doctor")) {
				t.Errorf("a doctor came online: %q", replyTexts(up))
			}
			if len(up) == 1 && len(urls(up[0])) != 0 {
				t.Errorf("the fallback's call button is still offered: %q", urls(up[0]))
			}

			down := c.event(ConsultEvent{CaseID: id, Kind: ConsultWait, Wait: WaitFigures{Position: 1}})
			if len(down) != 1 || !strings.HasPrefix(down[0].Text, tt("consult_wait_update")) ||
				!strings.Contains(down[0].Text, tt("consult_no_doctor")) || !slices.Equal(urls(down[0]), []string{"tel:937"}) {
				t.Errorf("the last doctor left: %q", replyTexts(down))
			}
		})
	}
}

// TestUrgentDoctorOnline: with a clinician online the urgent case hears the
// usual queue and wait, and nothing of the fallback.
func TestUrgentDoctorOnline(t *testing.T) {
	e, m := newConsultEngine(t)
	e.Triage.UrgentFallback = testFallback
	m.figures = WaitFigures{Online: 1, Busy: 1, Typical: 10 * time.Minute}
	c, _ := queued(t, e, "en")
	got := lastReply(c).Text
	tt := func(id string) string {
		return e.Text.Text("en", id, map[string]any{"Emergency": "997", "Phone": "937"})
	}
	if !strings.Contains(got, tt("triagedialog_queued")) || !strings.Contains(got, tt("triagedialog_next")) ||
		!strings.Contains(got, waitLine(e, "en", WaitFigures{Position: 1, Online: 1, Busy: 1, Typical: 10 * time.Minute})) {
		t.Errorf("queued with a doctor online:\n%s", got)
	}
	if strings.Contains(got, tt("consult_no_doctor")) || strings.Contains(got, "937") {
		t.Errorf("the fallback was given with a doctor online:\n%s", got)
	}
	if d, _ := c.triageState(); d.Fallback != nil {
		t.Errorf("fallback kept: %+v", d.Fallback)
	}
}

// TestUrgentFallbackOfFacility: the facility's own fallback wins where it
// says anything, the deployment's fills the rest; a failed or empty
// look-up leaves the deployment's; with nothing set anywhere the patient
// is sent to the nearest urgent care, with no call button.
func TestUrgentFallbackOfFacility(t *testing.T) {
	own := map[string]string{"en": "Quba clinic's urgent care is open 8 am to midnight.", "ar": "الرعاية العاجلة في عيادة قباء مفتوحة من ٨ صباحًا إلى منتصف الليل."}
	for _, tc := range []struct {
		name       string
		deployment UrgentFallback
		facility   *fakeFallbacks
		wantPhone  string
		wantWhere  string // "" for the generic line
	}{
		{"facility's words, deployment's line", testFallback, &fakeFallbacks{f: UrgentFallback{Where: own}}, "937", own["en"]},
		{"facility's line and words", testFallback, &fakeFallbacks{f: UrgentFallback{Phone: "+966148000000", Where: own}}, "+966148000000", own["en"]},
		{"facility sets none", testFallback, &fakeFallbacks{err: fmt.Errorf("none: %w", ErrNotFound)}, "937", testFallback.Where["en"]},
		{"look-up fails", testFallback, &fakeFallbacks{err: errors.New("database down")}, "937", testFallback.Where["en"]},
		{"nothing set anywhere", UrgentFallback{}, nil, "", ""},
		{"only a line", UrgentFallback{Phone: "937"}, nil, "937", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := noDoctorEngine(t)
			e.Triage.UrgentFallback = tc.deployment
			if tc.facility != nil {
				e.Triage.UrgentFallbacks = tc.facility
			}
			c, id := queued(t, e, "en")
			got := lastReply(c)
			tt := func(id string) string {
				return e.Text.Text("en", id, map[string]any{"Emergency": "997", "Phone": tc.wantPhone})
			}
			if !strings.Contains(got.Text, tt("consult_no_doctor")) || !strings.Contains(got.Text, tt("consult_no_doctor_kept")) {
				t.Fatalf("no-doctor reply:\n%s", got.Text)
			}
			wantURLs := []string(nil)
			if tc.wantPhone != "" {
				wantURLs = []string{telURL(tc.wantPhone)}
				if !strings.Contains(got.Text, tt("consult_no_doctor_call")) {
					t.Errorf("the line %s is not said:\n%s", tc.wantPhone, got.Text)
				}
			} else if strings.Contains(got.Text, "📞") {
				t.Errorf("a line to call with none set:\n%s", got.Text)
			}
			if !slices.Equal(urls(got), wantURLs) {
				t.Errorf("links %q, want %q", urls(got), wantURLs)
			}
			where := tt("consult_no_doctor_go")
			if tc.wantWhere != "" {
				where = "🏥 " + tc.wantWhere
			}
			if !strings.Contains(got.Text, where) {
				t.Errorf("reply lacks %q:\n%s", where, got.Text)
			}
			if tc.facility != nil && !slices.Equal(tc.facility.ids, []int64{id}) {
				t.Errorf("facility looked up for cases %v, want [%d]", tc.facility.ids, id)
			}
		})
	}
}

// TestRoutineAskedNobodyOnline: a patient who asked for a doctor although
// it is not urgent keeps the plain "nobody online" wait (a fallback for
// urgent care would over-send them).
func TestRoutineAskedNobodyOnline(t *testing.T) {
	e, _ := noDoctorEngine(t)
	c := atTriage(t, e, "en")
	c.send("I need a repeat prescription for my blood pressure tablets")
	c.answerCalmly(mustRules(t))
	if _, state := c.triageState(); state != trRoutine && state != trSelfCare {
		t.Skipf("a repeat prescription is %s with these rules", state)
	}
	c.tapAction("t:q")
	got := lastReply(c).Text
	if !strings.Contains(got, e.Text.Text("en", "consult_wait_unknown", map[string]any{"Emergency": "997"})) ||
		strings.Contains(got, e.Text.Text("en", "consult_no_doctor", nil)) {
		t.Errorf("routine case asked, nobody online:\n%s", got)
	}
}

// TestEmergencySaysWhoIsOnline: the emergency reply never says a clinician
// on duty has the case when none is online, nor when it is not known; the
// advice still comes first.
func TestEmergencySaysWhoIsOnline(t *testing.T) {
	for _, lang := range []string{"ar", "en"} {
		for _, tc := range []struct {
			name    string
			consult bool
			online  int
			want    string
		}{
			{"nobody online", true, 0, "triagedialog_emergency_no_doctor"},
			{"a doctor online", true, 1, "triagedialog_emergency_recorded"},
			{"who is online is not known", false, 0, "triagedialog_emergency_queued"},
		} {
			t.Run(lang+"/"+tc.name, func(t *testing.T) {
				var e *Engine
				if tc.consult {
					var m *memConsults
					e, m = newConsultEngine(t)
					m.figures = WaitFigures{Online: tc.online}
				} else {
					e, _ = engineWith(t, newMemSessions(), newMemPatients(), func(d *Deps) {
						d.RedFlags, d.Consults = nil, unknownWait{d.Consults.(*memConsults)}
					})
				}
				e.Triage.UrgentFallback = testFallback
				c := atTriage(t, e, lang)
				got := c.send(chestPain[lang])
				checkEmergencyFirst(t, e, lang, got)
				last := got[len(got)-1].Text
				want := e.Text.Text(lang, tc.want, map[string]any{"Emergency": numerals.In(lang, "997")})
				if last != want {
					t.Errorf("what happens to the case = %q, want %q", last, want)
				}
				if tc.want != "triagedialog_emergency_recorded" &&
					strings.Contains(last, e.Text.Text(lang, "triagedialog_emergency_recorded", map[string]any{"Emergency": numerals.In(lang, "997")})) {
					t.Errorf("claims a clinician on duty: %q", last)
				}
				for _, r := range got {
					if strings.Contains(r.Text, "937") {
						t.Errorf("the urgent fallback line in an emergency (997 is the number): %q", r.Text)
					}
				}
				if d, state := c.triageState(); state != trEmergency || d.Fallback != nil {
					t.Errorf("state %s, fallback %+v", state, d.Fallback)
				}
			})
		}
	}
}

// unknownWait is a consult whose waiting figures cannot be read, so who
// is online is not known.
type unknownWait struct{ *memConsults }

func (unknownWait) WaitFigures(context.Context, int64) (WaitFigures, error) {
	return WaitFigures{}, errors.New("figures unreadable")
}
