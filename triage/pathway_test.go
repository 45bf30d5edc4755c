package triage

import (
	"slices"
	"strings"
	"testing"
)

func TestEveryPathwayHasQuestions(t *testing.T) {
	e := mustLoad(t)
	want := []string{"chest", "breathing", "fever", "abdominal", "headache", "heat", "injury", "skin", "eye", "ent", "urinary", "pregnancy", "mental", "chronic", "refill", "child", "general"}
	for _, p := range want {
		q, ok := e.Next(p, nil)
		if !ok {
			t.Errorf("pathway %q has no first question", p)
			continue
		}
		if len(q.Options) < 2 || q.PromptID == "" {
			t.Errorf("pathway %q: question %q has %d options", p, q.ID, len(q.Options))
		}
		for _, o := range q.Options {
			if len(o.Value) == 0 || len(o.Value) > 16 || o.LabelID == "" {
				t.Errorf("question %q: option %+v", q.ID, o)
			}
		}
	}
	if _, ok := e.Next("no_such_pathway", nil); ok {
		t.Error("Next on an unknown pathway returned a question")
	}
}

// TestWalkPathways answers every question of every pathway "no" (or the
// first option) and checks the walk ends.
func TestWalkPathways(t *testing.T) {
	e := mustLoad(t)
	for _, p := range e.Pathways() {
		answers := map[string]string{}
		for i := 0; ; i++ {
			q, ok := e.Next(p, answers)
			if !ok {
				break
			}
			if i > 20 {
				t.Fatalf("pathway %q does not end", p)
			}
			v := q.Options[0].Value
			if q.Kind == KindYesNo {
				v = "no"
			}
			answers[q.ID] = v
		}
	}
}

func TestEscalatingAnswerGivesEmergencyAtOnce(t *testing.T) {
	e := mustLoad(t)
	text := "my chest hurts a bit when I cough"
	d := e.Classify(text, Facts{AgeYears: 30})
	if d.Urgency == Emergency || d.Pathway != "chest" || !d.NeedsMore {
		t.Fatalf("first message: %s on %q, needs more %v", d.Urgency, d.Pathway, d.NeedsMore)
	}
	q, ok := e.Next(d.Pathway, nil)
	if !ok || q.ID != "chest_spread" {
		t.Fatalf("first question = %q", q.ID)
	}
	yes, _ := q.option("yes")
	if yes.Escalate != "RF-CHEST-01" {
		t.Fatalf("yes escalates to %q", yes.Escalate)
	}
	answers := map[string]string{q.ID: "yes"}
	d = e.Assess(text, Facts{AgeYears: 30}, answers)
	if d.Urgency != Emergency || !slices.Contains(d.RedFlags, "RF-CHEST-01") || d.NeedsMore {
		t.Errorf("after yes: %s %v needs more %v", d.Urgency, d.RedFlags, d.NeedsMore)
	}
	if _, ok := e.Next(d.Pathway, answers); ok {
		t.Error("Next asked more after an escalating answer")
	}
	if len(d.Summary.Answers) != 1 || d.Summary.Answers[0].PromptID != "triage_q_chest_spread" || d.Summary.Answers[0].LabelID != "triage_a_yes" {
		t.Errorf("summary answers = %+v", d.Summary.Answers)
	}
	if len(d.Summary.RedFlags) == 0 || d.Summary.RedFlags[0].NameID != "triage_rule_rf_chest_01" {
		t.Errorf("summary red flags = %+v", d.Summary.RedFlags)
	}
}

func TestAnswersChangeTheDecision(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name    string
		text    string
		answers map[string]string
		want    Urgency
		flag    string
	}{
		{"age band makes a febrile baby an emergency", "my baby has a fever", map[string]string{"age_band": "u3m"}, Emergency, "RF-CHILD-04"},
		{"long duration makes a cough routine", "I have a cough", map[string]string{"duration": "weeks"}, Routine, ""},
		{"severity 9 makes belly pain urgent", "my stomach hurts", map[string]string{"severity": "9"}, Urgent, ""},
		{"severity 2 keeps it self-care", "my stomach hurts", map[string]string{"severity": "2"}, SelfCare, ""},
		{"reduced fetal movements", "I am pregnant", map[string]string{"preg_movements": "yes"}, Emergency, "RF-PREG-06"},
		// colic comes in waves: "yes, sudden and severe" outweighs "a bit"
		{"sudden severe flank pain told as a bit", "جنبي اليمين واجعني شوية من الصبح", map[string]string{"uro_flank_sudden": "yes"}, Emergency, "RF-URO-02"},
		{"a known stone's colic again", "my kidney stone is back, pain in my side a bit", map[string]string{"uro_flank_sudden": "yes"}, Urgent, ""},
		{"ran out of insulin", "refill please", map[string]string{"condition": "diabetes", "refill_left": "none"}, Routine, ""},
		{"unknown answers ignored", "I have a cough", map[string]string{"nope": "yes", "duration": "forever"}, SelfCare, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := e.Assess(tc.text, Facts{}, tc.answers)
			if d.Urgency != tc.want {
				t.Errorf("urgency %s, want %s (red %v amber %v)", d.Urgency, tc.want, d.RedFlags, d.AmberFlags)
			}
			if tc.flag != "" && !slices.Contains(d.RedFlags, tc.flag) && !slices.Contains(d.AmberFlags, tc.flag) {
				t.Errorf("flags %v %v, want %s", d.RedFlags, d.AmberFlags, tc.flag)
			}
		})
	}
}

func TestRefillSpecialtyFromCondition(t *testing.T) {
	e := mustLoad(t)
	d := e.Assess("I need a refill", Facts{}, map[string]string{"condition": "diabetes"})
	if d.Specialty != "endocrinology" || d.Urgency != Routine {
		t.Errorf("refill for diabetes: %s %s", d.Urgency, d.Specialty)
	}
}

func TestAgeBand(t *testing.T) {
	for _, tc := range []struct {
		years, months int
		want          string
	}{{0, 0, ""}, {0, 1, "u3m"}, {0, 7, "3to11m"}, {2, 0, "1to4y"}, {10, 0, "5to15y"}, {30, 0, "16to39y"}, {50, 0, "40to64y"}, {80, 0, "65plus"}} {
		if got := AgeBand(tc.years, tc.months); got != tc.want {
			t.Errorf("AgeBand(%d, %d) = %q, want %q", tc.years, tc.months, got, tc.want)
		}
	}
}

func TestDecisionBasics(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name      string
		text      string
		f         Facts
		urgency   Urgency
		specialty string
	}{
		{"issue example arabic", "صدري يوجعني وعرقان", Facts{Lang: "ar"}, Emergency, "emergency_medicine"},
		{"issue example english", "my father can't move his left arm", Facts{Lang: "en"}, Emergency, "emergency_medicine"},
		{"refill is not frightening", "I need a repeat prescription for my blood pressure tablets", Facts{}, Routine, "general_practice"},
		{"unreadable text", "hello?", Facts{}, Routine, "general_practice"},
		{"child goes to pediatrics", "my son has a cough and a runny nose", Facts{AgeYears: 4}, SelfCare, "pediatrics"},
		{"pregnancy goes to obstetrics", "I have burning when I pee", Facts{Pregnant: true, Sex: "f"}, Urgent, "obstetrics_gynecology"},
		{"pilgrim collapse is heat stroke", "my husband collapsed and is not making sense", Facts{Pilgrim: true}, Emergency, "emergency_medicine"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := e.Classify(tc.text, tc.f)
			if d.Urgency != tc.urgency || d.Specialty != tc.specialty {
				t.Errorf("%q: %s/%s, want %s/%s (red %v amber %v complaints %v)", tc.text, d.Urgency, d.Specialty, tc.urgency, tc.specialty, d.RedFlags, d.AmberFlags, d.Complaints)
			}
			if d.Summary.Text != tc.text || !strings.HasPrefix(d.Summary.UrgencyID, "triage_urgency_") {
				t.Errorf("summary = %+v", d.Summary)
			}
		})
	}
}
