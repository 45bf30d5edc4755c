package dialogs

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/triage"
)

// TestTriageRedFlagRevealedByAnswer: calm words, then an answer that fires
// a red flag: the emergency advice comes first at once, no more questions.
func TestTriageRedFlagRevealedByAnswer(t *testing.T) {
	for _, tc := range []struct{ name, lang, words string }{
		{"arabic", "ar", "عندي صداع"},
		{"english", "en", "I have a headache"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, cases := newTriageEngine(t)
			rules := mustRules(t)
			c := atTriage(t, e, tc.lang)
			if got := c.send(tc.words); !hasAnswerButtons(got) {
				t.Fatalf("calm words got %q, want a question", replyTexts(got))
			}
			for i := 0; ; i++ {
				d, state := c.triageState()
				if state != trQuestion || i > 10 {
					t.Fatalf("no question with a red-flag answer in pathway %s", d.Path)
				}
				q, _ := rules.Question(d.Q)
				i := slices.IndexFunc(q.Options, func(o triage.Option) bool { return strings.HasPrefix(o.Escalate, "RF-") })
				if i < 0 {
					c.tapAction("t:a:" + calmAnswer(q))
					continue
				}
				got := c.tapAction("t:a:" + q.Options[i].Value)
				checkEmergencyFirst(t, e, tc.lang, got)
				all, status := cases.all()
				if len(all) != 1 || all[0].Urgency != "emergency" || status[0] != "waiting" ||
					!slices.Contains(all[0].RedFlags, q.Options[i].Escalate) || all[0].Answers[q.ID] != q.Options[i].Value {
					t.Errorf("cases %+v %v, want one queued emergency with %s", all, status, q.Options[i].Escalate)
				}
				return
			}
		})
	}
}

// flakySessions fails the next save, as a process dying after the case
// was written and before the session was would.
type flakySessions struct {
	*memSessions
	fail bool
}

func (f *flakySessions) Save(ctx context.Context, k ConversationKey, s Session) (int64, error) {
	if f.fail {
		f.fail = false
		return 0, errors.New("flaky: connection reset")
	}
	return f.memSessions.Save(ctx, k, s)
}

// TestTriageRedeliveryOpensOneCase: the same input delivered twice, before
// and after its session was saved, records one case.
func TestTriageRedeliveryOpensOneCase(t *testing.T) {
	e, cases := newTriageEngine(t)
	flaky := &flakySessions{memSessions: e.Sessions.(*memSessions)}
	e.Sessions = flaky
	c := atTriage(t, e, "en")
	in := Input{ID: "upd-77", Text: "my father can't move his left arm", Conversation: c.key, UserID: "77"}

	flaky.fail = true
	if _, err := e.Handle(t.Context(), in); err == nil {
		t.Fatal("Handle succeeded though the session was not saved")
	}
	first, err := e.Handle(t.Context(), in) // redelivered after the failure
	if err != nil {
		t.Fatal(err)
	}
	again, err := e.Handle(t.Context(), in) // and once more, after the save
	if err != nil {
		t.Fatal(err)
	}
	checkEmergencyFirst(t, e, "en", first)
	if !slices.EqualFunc(first, again, func(a, b Reply) bool { return a.Text == b.Text }) {
		t.Errorf("redelivery answered %q, want %q", replyTexts(again), replyTexts(first))
	}
	all, _ := cases.all()
	if len(all) != 1 || all[0].Source != "telegram:4242/upd-77" {
		t.Errorf("cases %+v, want one from telegram:4242/upd-77", all)
	}
	if cases.opens != 2 {
		t.Errorf("OpenCase called %d times, want 2 (the second finds the first case)", cases.opens)
	}
}

// TestTriageTypedAnswers: answers typed instead of tapped (Arabic-Indic
// digits included), words that add to the problem, words that say nothing,
// and a red flag typed at a question. A toothache is asked its severity
// within the first questions (a belly pain now has more to ask first: where
// the pain is, for appendicitis).
func TestTriageTypedAnswers(t *testing.T) {
	for _, tc := range []struct{ name, lang, words, no string }{
		{"arabic", "ar", "وجع في الضرس", "لا"},
		{"english", "en", "toothache", "No."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, cases := newTriageEngine(t)
			rules := mustRules(t)
			c := atTriage(t, e, tc.lang)
			c.send(tc.words)
			severity := false
			for i := 0; i < 12; i++ {
				d, state := c.triageState()
				if state != trQuestion {
					break
				}
				q, _ := rules.Question(d.Q)
				switch q.Kind {
				case triage.KindYesNo:
					c.send(tc.no)
				case triage.KindSeverity:
					c.send("٧")
					severity = true
				default:
					c.tapAction("t:a:" + calmAnswer(q))
				}
				if d2, _ := c.triageState(); d2.Answers[q.ID] == "" && d2.Q == d.Q {
					t.Fatalf("typed answer to %s not taken:\n%s", q.ID, c.log.String())
				}
			}
			all, _ := cases.all()
			if len(all) != 1 || !severity || all[0].Answers["severity"] != "7" {
				t.Fatalf("cases %+v: want one with severity 7 typed as ٧", all)
			}
			for _, a := range all[0].Answers {
				if a == "" {
					t.Errorf("empty answer in %v", all[0].Answers)
				}
			}
		})
	}

	for _, tc := range []struct{ name, lang, words, more, chatter, redFlag string }{
		{"arabic words at a question", "ar", "ألم في البطن", "وعندي استفراغ", "طيب", "صار عندي ألم في الصدر مع عرق"},
		{"english words at a question", "en", "belly pain", "and I have been vomiting", "ok", "now crushing chest pain and sweating"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, cases := newTriageEngine(t)
			c := atTriage(t, e, tc.lang)
			c.send(tc.words)

			got := c.send(tc.chatter)
			if len(got) != 1 || !strings.HasPrefix(got[0].Text, e.Text.Text(tc.lang, "triagedialog_reprompt", nil)) || !hasAnswerButtons(got) {
				t.Errorf("chatter got %q, want the question again with a word on how to answer", replyTexts(got))
			}
			got = c.send(tc.more)
			if d, _ := c.triageState(); len(got) < 2 || got[0].Text != e.Text.Text(tc.lang, "triagedialog_added", nil) ||
				d.Words != tc.words+"\n"+tc.more || !hasAnswerButtons(got) {
				t.Errorf("more words got %q (words %q), want them added and a question", replyTexts(got), d.Words)
			}

			got = c.send(tc.redFlag)
			checkEmergencyFirst(t, e, tc.lang, got)
			all, _ := cases.all()
			if len(all) != 1 || all[0].Urgency != "emergency" || all[0].Complaint != tc.words+"\n"+tc.more+"\n"+tc.redFlag {
				t.Errorf("cases %+v, want one emergency with all the patient's words", all)
			}
		})
	}
}

// TestTriageNotSure: "I don't know" typed at a question, in either
// language, is the "not sure" answer: the conversation moves on instead of
// asking the same question again, and on a red-flag question it counts as
// "yes" (the safer side) — a child with a fever whose parent is not sure
// about a stiff neck is told to call the emergency number.
func TestTriageNotSure(t *testing.T) {
	for _, tc := range []struct{ name, lang, words, unsure string }{
		{"arabic", "ar", "ولدي عمره ٩ سنين عنده حرارة وصداع", "مدري"},
		{"english", "en", "my son is 9 and has a fever and a headache", "I don't know"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, cases := newTriageEngine(t)
			rules := mustRules(t)
			c := atTriage(t, e, tc.lang)
			c.send(tc.words)
			for i := 0; i < 12; i++ {
				d, state := c.triageState()
				if state != trQuestion {
					break
				}
				q, _ := rules.Question(d.Q)
				if q.ID == "fever_neck" || q.ID == "child_neck" {
					got := c.send(tc.unsure)
					checkEmergencyFirst(t, e, tc.lang, got)
					break
				}
				c.send(tc.unsure) // not sure of anything: every question moves on
				if d2, _ := c.triageState(); d2.Q == d.Q {
					t.Fatalf("typed %q to %s asked it again:\n%s", tc.unsure, q.ID, c.log.String())
				}
			}
			all, _ := cases.all()
			if len(all) != 1 || all[0].Urgency != "emergency" {
				t.Fatalf("cases %+v, want one emergency", all)
			}
			if all[0].Facts["finding:neck_stiffness"] != "unknown:answer" {
				t.Errorf("facts %v: want the stiff neck recorded as not known", all[0].Facts)
			}
		})
	}
}

// TestTriageStillWorried: after self-care advice the patient asks for a
// doctor; the case joins the queue (no second case is opened) and the
// patient hears their place.
func TestTriageStillWorried(t *testing.T) {
	e, cases := newTriageEngine(t)
	c := atTriage(t, e, "en")
	c.send("I have a cold and runny nose")
	c.answerCalmly(mustRules(t))
	got := c.tapAction("t:q")
	all, status := cases.all()
	if len(all) != 1 || status[0] != "waiting" || all[0].Urgency != "self_care" {
		t.Fatalf("cases %+v %v, want one, waiting", all, status)
	}
	text := got[len(got)-1].Text
	if !strings.Contains(text, e.Text.Text("en", "triagedialog_asked_doctor", nil)) ||
		!strings.Contains(text, e.Text.Text("en", "triagedialog_next", nil)) {
		t.Errorf("queued on request: %q", text)
	}
	if _, state := c.triageState(); state != trQueued {
		t.Errorf("state %s, want %s", state, trQueued)
	}
}

// TestTriageQueuePlace: a second urgent patient hears one patient is
// ahead; once the first is taken, "My place" says they are next; once
// their own case is taken, it shows them their doctor.
func TestTriageQueuePlace(t *testing.T) {
	e, p := engineWith(t, newMemSessions(), newMemPatients(), func(d *Deps) { d.RedFlags = nil })
	cases := p.cases
	first := atTriage(t, e, "ar")
	first.send("ضيق في التنفس")
	first.answerCalmly(mustRules(t))

	second := newChat(t, e, "ar")
	second.key.ID = "4343"
	w := triageLangs["ar"]
	second.send("/start")
	second.tap(w.lang)
	second.tap(w.agree)
	second.tap(w.doctor)
	second.send("ضيق في التنفس")
	last, _ := second.answerCalmly(mustRules(t))
	if want := e.Text.Count("ar", "triagedialog_ahead", 1, nil); !strings.Contains(last[len(last)-1].Text, want) {
		t.Errorf("second patient told %q, want %q", last[len(last)-1].Text, want)
	}
	cases.leave(1)
	got := second.tapAction("t:pos")
	if want := e.Text.Text("ar", "triagedialog_next", nil); len(got) != 1 || !strings.HasPrefix(got[0].Text, want) {
		t.Errorf("after the first was taken: %q, want %q", replyTexts(got), want)
	}
	p.consults.claim(2, drKhalid)
	got = second.tapAction("t:pos")
	if _, state := second.triageState(); state != trClaimed || len(got) != 1 || !strings.Contains(got[0].Text, drKhalid.Name("ar")) {
		t.Errorf("once taken: %s %q, want the claimed step naming %s", state, replyTexts(got), drKhalid.Name("ar"))
	}
}

// TestTriageRoutineToBooking: "Book an appointment" after a routine
// decision hands the specialty, urgency and case to the booking flow.
func TestTriageRoutineToBooking(t *testing.T) {
	e, cases := newTriageEngine(t)
	c := atTriage(t, e, "en")
	c.send("I need a repeat prescription for my blood pressure pills")
	c.answerCalmly(mustRules(t))
	c.tapAction("t:b")
	s := c.session()
	all, _ := cases.all()
	if s.Flow != flowBooking || len(all) != 1 {
		t.Fatalf("after Book: flow %s, %d cases; want booking and one case", s.Flow, len(all))
	}
	want := map[string]string{"specialty": all[0].Specialty, "urgency": "routine", "case": "1"}
	for k, v := range want {
		if s.Values[k] != v {
			t.Errorf("Values[%q] = %q, want %q", k, s.Values[k], v)
		}
	}
}

// TestTriageBeforeBooking: when triage runs for "Book an appointment"
// (via "m:book"), a routine case goes straight on to booking.
func TestTriageBeforeBooking(t *testing.T) {
	e, _ := newTriageEngine(t)
	c := atTriage(t, e, "ar")
	s := c.session()
	d, _ := loadValues[triageData](&s)
	d.Via = "m:book"
	if err := storeValues(&s, d); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Sessions.Save(t.Context(), c.key, s); err != nil {
		t.Fatal(err)
	}
	c.send("ابي اجدد وصفة دوا الضغط")
	last, _ := c.answerCalmly(mustRules(t))
	if s := c.session(); s.Flow != flowBooking || s.Values["urgency"] != "routine" {
		t.Fatalf("after a routine decision before booking: flow %s values %v, want booking", s.Flow, s.Values)
	}
	advice := e.Text.Text("ar", "triage_advice_routine", map[string]any{"Emergency": "٩٩٧"})
	if len(last) < 2 || last[0].Text != advice {
		t.Errorf("replies %q, want the decision then booking's first step", replyTexts(last))
	}
}

// TestTriageTopicPick: a tapped topic (after paging) is read as its words
// and recorded as the patient saw it.
func TestTriageTopicPick(t *testing.T) {
	e, cases := newTriageEngine(t)
	c := atTriage(t, e, "ar")
	c.tapAction("t:pg:1")
	c.tapAction("t:pg:2")
	got := c.tapAction("t:p:refill")
	if !hasAnswerButtons(got) {
		t.Fatalf("refill topic got %q, want a question", replyTexts(got))
	}
	c.answerCalmly(mustRules(t))
	all, _ := cases.all()
	if len(all) != 1 || all[0].Pathway != "refill" || all[0].Urgency == "emergency" ||
		all[0].Complaint != e.Text.Text("ar", "triagedialog_topic_refill", nil) {
		t.Errorf("cases %+v, want one non-emergency refill case with the topic's label", all)
	}
}

// TestTriageFromTypedWords: another flow hands typed words to triage with
// ViaTyped; they are read at once, red flags first.
func TestTriageFromTypedWords(t *testing.T) {
	e, cases := newTriageEngine(t)
	c := atTriage(t, e, "en")
	c.send("/menu")
	s := c.session()
	in := Input{ID: "typed-1", Conversation: c.key, Text: "my chest hurts and I am sweating"}
	tr := &turn{e: e, in: in, s: &s}
	if err := tr.enter(t.Context(), flowTriage, ViaTyped); err != nil {
		t.Fatal(err)
	}
	checkEmergencyFirst(t, e, "en", tr.replies)
	if all, _ := cases.all(); len(all) != 1 || all[0].Complaint != in.Text {
		t.Errorf("cases %+v, want the typed words recorded", all)
	}
}
