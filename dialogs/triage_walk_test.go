package dialogs

import (
	"github.com/frontdoor-health/frontdoor/numerals"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/triage"
)

// triageWords are the labels a patient taps to reach triage, per language.
type triageWords struct{ hint, lang, agree, doctor string }

var triageLangs = map[string]triageWords{
	"ar": {"ar", "العربية (١٢٣)", "أوافق", "أريد التحدث مع طبيب"},
	"en": {"en", "English", "I agree", "Talk to a doctor now"},
}

// atTriage returns a chat at triage's first question, in lang.
func atTriage(t *testing.T, e *Engine, lang string) *chat {
	t.Helper()
	w, ok := triageLangs[lang]
	if !ok { // any other language: by the buttons' data
		c := newChat(t, e, lang)
		c.send("/start")
		c.tapData(":o:lang:" + lang)
		c.tapData(":o:agree")
		c.tapData(":o:m:doctor")
		return c
	}
	c := newChat(t, e, w.hint)
	c.send("/start")
	c.tap(w.lang)
	c.tap(w.agree)
	c.tap(w.doctor)
	return c
}

// triageState returns the conversation's triage data and state, in
// triage or in the consult that takes its case over at the queue.
func (c *chat) triageState() (triageData, string) {
	c.t.Helper()
	s := c.session()
	if s.Flow != flowTriage && s.Flow != flowConsult {
		return triageData{}, s.Flow + "/" + s.State
	}
	d, err := loadValues[triageData](&s)
	if err != nil {
		c.t.Fatal(err)
	}
	return d, s.State
}

// tapAction presses the button of the last replies whose data ends with
// action (the flow's action, e.g. "t:a:no").
func (c *chat) tapAction(action string) []Reply {
	c.t.Helper()
	for _, r := range c.last {
		for _, row := range r.Buttons {
			for _, b := range row {
				if strings.HasSuffix(b.Data, ":"+action) {
					return c.press(b.Data)
				}
			}
		}
	}
	c.t.Fatalf("no button %q in the last replies:\n%s", action, c.log.String())
	return nil
}

// calmAnswer is the least worrying answer to q: what a well patient says.
func calmAnswer(q triage.Question) string {
	switch q.Kind {
	case triage.KindYesNo:
		return "no"
	case triage.KindAgeBand:
		return "40to64y"
	case triage.KindDuration:
		return "days"
	case triage.KindSeverity:
		return "3"
	}
	return q.Options[0].Value
}

// answerCalmly taps the calm answer to every question until triage
// decides; it returns the replies to the last answer and the number of
// questions asked.
func (c *chat) answerCalmly(rules *triage.Engine) ([]Reply, int) {
	c.t.Helper()
	var last []Reply
	n := 0
	for ; ; n++ {
		d, state := c.triageState()
		if state != trQuestion {
			return last, n
		}
		if n > 20 {
			c.t.Fatalf("more than 20 questions:\n%s", c.log.String())
		}
		q, ok := rules.Question(d.Q)
		if !ok {
			c.t.Fatalf("asking unknown question %q", d.Q)
		}
		last = c.tapAction("t:a:" + calmAnswer(q))
	}
}

func hasAnswerButtons(rs []Reply) bool {
	for _, r := range rs {
		for _, row := range r.Buttons {
			for _, b := range row {
				if strings.Contains(b.Data, ":t:a:") {
					return true
				}
			}
		}
	}
	return false
}

// emergencyAdvice is what the flow says first in an emergency.
func emergencyAdvice(e *Engine, lang string) string {
	return e.Text.Text(lang, "triage_advice_emergency", map[string]any{"Emergency": numerals.In(lang, e.EmergencyNumber)}) + "\n\n" +
		e.Text.Text(lang, "triagedialog_facility_phone", map[string]any{"Phone": testFacilityPhone})
}

// checkEmergencyFirst checks the replies to the input that revealed an
// emergency: the advice alone and first, then the call links, and no
// question; the engine's own shorter advice is not said as well.
func checkEmergencyFirst(t *testing.T, e *Engine, lang string, got []Reply) {
	t.Helper()
	if len(got) < 3 {
		t.Fatalf("emergency replies = %q, want advice, call links, what happens next", replyTexts(got))
	}
	if got[0].Text != emergencyAdvice(e, lang) || len(got[0].Buttons) != 0 || got[0].Lang != lang {
		t.Errorf("first reply = %+v, want the %s emergency advice alone", got[0], lang)
	}
	var urls []string
	for _, row := range got[1].Buttons {
		for _, b := range row {
			urls = append(urls, b.URL)
		}
	}
	if !slices.Equal(urls, []string{"tel:997", "tel:" + testFacilityPhone}) {
		t.Errorf("call links = %q", urls)
	}
	if !strings.Contains(got[1].Text, numerals.In(lang, "997")) {
		t.Errorf("the number is not in the text for channels without links: %q", got[1].Text)
	}
	if hasAnswerButtons(got) {
		t.Error("a question was asked with the emergency advice")
	}
	for _, r := range got {
		if r.Text == emergencyText(e, lang) {
			t.Error("the emergency advice was given twice")
		}
	}
}

// TestTriageWalks walks an emergency, an urgent, a routine and a
// self-care case in Arabic and English, and checks the case recorded.
func TestTriageWalks(t *testing.T) {
	for _, tc := range []struct {
		name, lang, words string
		want              triage.Urgency
		state             string
	}{
		{"emergency arabic", "ar", "صدري يوجعني وعرقان", triage.Emergency, trEmergency},
		{"emergency english", "en", "my father can't move his left arm", triage.Emergency, trEmergency},
		{"urgent arabic", "ar", "ضيق في التنفس", triage.Urgent, trQueued},
		{"urgent english", "en", "shortness of breath", triage.Urgent, trQueued},
		{"routine arabic", "ar", "ابي اجدد وصفة دوا الضغط", triage.Routine, trRoutine},
		{"routine english", "en", "I need a repeat prescription for my blood pressure pills", triage.Routine, trRoutine},
		{"self-care arabic", "ar", "عندي زكام ورشح", triage.SelfCare, trSelfCare},
		{"self-care english", "en", "I have a cold and runny nose", triage.SelfCare, trSelfCare},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, cases := newTriageEngine(t)
			c := atTriage(t, e, tc.lang)
			first := c.send(tc.words)
			wordsID := c.n
			if tc.want == triage.Emergency {
				checkEmergencyFirst(t, e, tc.lang, first)
			} else if !hasAnswerButtons(first) {
				t.Fatalf("first words got %q, want a question", replyTexts(first))
			}
			last, asked := c.answerCalmly(mustRules(t))
			if tc.want == triage.Emergency {
				last = first
			}
			if _, state := c.triageState(); state != tc.state {
				t.Errorf("state %s, want %s", state, tc.state)
			}
			for _, r := range c.last {
				if r.Lang != tc.lang {
					t.Errorf("reply in %s: %q", r.Lang, r.Text)
				}
			}

			got, status := cases.all()
			if len(got) != 1 {
				t.Fatalf("%d cases recorded, want 1", len(got))
			}
			k := got[0]
			queued := tc.want == triage.Emergency || tc.want == triage.Urgent
			if k.Urgency != string(tc.want) || k.Queue != queued || status[0] != map[bool]string{true: "waiting", false: "triaged"}[queued] {
				t.Errorf("case %+v (%s), want %s queued=%v", k, status[0], tc.want, queued)
			}
			if k.Complaint != tc.words || k.Lang != tc.lang || k.PatientID == 0 || k.Pathway == "" || k.Specialty == "" {
				t.Errorf("case %+v does not carry the patient's words, language and the decision", k)
			}
			if (len(k.RedFlags) > 0) != (tc.want == triage.Emergency) || len(k.Answers) != asked {
				t.Errorf("case red flags %v, %d answers; want flags only for an emergency and the %d answers given", k.RedFlags, len(k.Answers), asked)
			}
			if tc.want == triage.Emergency && k.Source != c.key.String()+"/"+strconv.Itoa(wordsID) {
				t.Errorf("case source %q, want the input of the words", k.Source)
			}

			switch tc.want {
			case triage.Urgent:
				text := last[len(last)-1].Text
				for _, id := range []string{"triagedialog_queued", "triagedialog_next"} {
					if !strings.Contains(text, e.Text.Text(tc.lang, id, nil)) {
						t.Errorf("urgent decision %q lacks %s", text, id)
					}
				}
			case triage.Routine:
				if !slices.Contains(labels(last[len(last)-1]), e.Text.Text(tc.lang, "triagedialog_doctor_anyway_button", nil)) {
					t.Errorf("routine decision offers %q", labels(last[len(last)-1]))
				}
			case triage.SelfCare:
				r := last[len(last)-1]
				if !strings.Contains(r.Text, e.Text.Text(tc.lang, "triage_advice_self_care", map[string]any{"Emergency": numerals.In(tc.lang, "997")})) ||
					!slices.Contains(labels(r), e.Text.Text(tc.lang, "triagedialog_worried_button", nil)) {
					t.Errorf("self-care decision %q %q lacks the advice or “still worried?”", r.Text, labels(r))
				}
			}
		})
	}
}
