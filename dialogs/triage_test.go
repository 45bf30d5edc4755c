package dialogs

import (
	"github.com/frontdoor-health/frontdoor/numerals"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/triage"
)

func TestRedFlagsFrom(t *testing.T) {
	if RedFlagsFrom(nil) != nil {
		t.Error("a nil engine gave a checker")
	}
	check := RedFlagsFrom(mustRules(t))
	for _, tc := range []struct {
		name, text, lang string
		want             bool
	}{
		{"gulf chest pain with sweating", "صدري يوجعني وعرقان", "ar", true},
		{"stroke sign in english", "my father can't move his left arm", "en", true},
		{"arabic read whatever the language said", "صدري يوجعني وعرقان", "en", true},
		{"repeat prescription", "I need a repeat prescription for my blood pressure pills", "en", false},
		{"negated", "no chest pain, just a cold", "en", false},
		{"greeting", "مرحبا", "ar", false},
		{"empty", "", "ar", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids, ok := check.Emergency(tc.text, tc.lang)
			if ok != tc.want || ok != (len(ids) > 0) {
				t.Errorf("Emergency(%q) = %v, %v; want %v with the rules that fired", tc.text, ids, ok, tc.want)
			}
		})
	}
}

// TestTriageMessagesExist: every message the triage flow can show exists
// in both languages: its own (triagedialog_*) and those the rules name
// (questions, answers, advice).
func TestTriageMessagesExist(t *testing.T) {
	cat := mustCatalog(t)
	ids := map[string]bool{}
	quoted := regexp.MustCompile(`"(triagedialog_[a-z_]+[a-z])"`)
	for _, name := range []string{"triage.go", "triage_decide.go", "triage_show.go", "triage_setup.go"} {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range quoted.FindAllStringSubmatch(string(src), -1) {
			ids[m[1]] = true
		}
	}
	rules := mustRules(t)
	for _, tp := range topics {
		ids["triagedialog_topic_"+tp.path] = true
	}
	for _, u := range []triage.Urgency{triage.Emergency, triage.Urgent, triage.Routine, triage.SelfCare} {
		ids[u.AdviceMessageID()] = true
	}
	for _, p := range rules.Pathways() {
		for answers := map[string]string{}; ; {
			q, ok := rules.Next(p, answers)
			if !ok {
				break
			}
			ids[q.PromptID] = true
			for _, o := range q.Options {
				ids[o.LabelID] = true
			}
			answers[q.ID] = calmAnswer(q)
		}
	}
	if len(ids) < 60 {
		t.Fatalf("found only %d message ids; is the pattern right?", len(ids))
	}
	for id := range ids {
		for _, lang := range locales.Languages {
			if !cat.Has(lang, id) {
				t.Errorf("message %q is missing in %s", id, lang)
			}
		}
	}
}

// TestTopicSeeds: every topic names a pathway the rules have, and its seed
// is not read as another family's complaint.
func TestTopicSeeds(t *testing.T) {
	rules := mustRules(t)
	if got := liveTopics(rules); len(got) != len(topics) {
		t.Errorf("only %d of %d topics have a pathway in the rules", len(got), len(topics))
	}
	for _, tp := range topics {
		t.Run(tp.path, func(t *testing.T) {
			d := rules.Classify(tp.seed, triage.Facts{})
			if d.Pathway != tp.path && d.Pathway != "general" {
				t.Errorf("seed %q is read as pathway %s", tp.seed, d.Pathway)
			}
		})
	}
}

func TestTypedAnswer(t *testing.T) {
	e, _ := newTriageEngine(t)
	rules := mustRules(t)
	tf := &triageFlow{}
	for _, tc := range []struct {
		name, question, lang, typed, want string
	}{
		{"arabic-indic severity", "severity", "ar", "٧", "7"},
		{"persian severity", "severity", "ar", "۸", "8"},
		{"severity out of ten", "severity", "en", "6/10", "6"},
		{"arabic severity out of ten", "severity", "ar", "٥ من ١٠", "5"},
		{"severity too high", "severity", "en", "11", ""},
		{"gulf yes", "head_sudden", "ar", "ايوه", "yes"},
		{"yes with punctuation", "head_sudden", "en", "Yes!", "yes"},
		{"arabic no", "head_sudden", "ar", "لا.", "no"},
		{"a sentence is not an answer", "head_sudden", "en", "no but it hurts a lot", ""},
		{"option label in arabic", "duration", "ar", "ساعات", "hours"},
		{"option label in english while speaking arabic", "duration", "ar", "Hours", "hours"},
		{"i don't know", "head_sudden", "en", "I don't know", "unsure"},
		{"not sure", "head_sudden", "en", "not sure", "unsure"},
		{"gulf i don't know", "head_sudden", "ar", "مدري", "unsure"},
		{"levantine i don't know", "head_sudden", "ar", "ما بعرف", "unsure"},
		{"egyptian i don't know", "head_sudden", "ar", "مش عارف", "unsure"},
		{"msa i don't know", "head_sudden", "ar", "ما اعرف", "unsure"},
		{"i don't know the duration", "duration", "en", "I don't know", "unsure"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, ok := rules.Question(tc.question)
			if !ok {
				t.Skipf("the rules have no question %s", tc.question)
			}
			tr := &turn{e: e, s: &Session{Lang: tc.lang}}
			got, ok := tf.typedAnswer(tr, q, tc.typed)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("typedAnswer(%s, %q) = %q, %v; want %q", tc.question, tc.typed, got, ok, tc.want)
			}
		})
	}
}

func TestPrefillAge(t *testing.T) {
	for _, tc := range []struct {
		name    string
		facts   triage.Facts
		answers map[string]string
		want    string
	}{
		{"known age", triage.Facts{AgeYears: 70}, map[string]string{}, "65plus"},
		{"baby in months", triage.Facts{AgeMonths: 2}, map[string]string{}, "u3m"},
		{"unknown age", triage.Facts{}, map[string]string{}, ""},
		{"an answer stands", triage.Facts{AgeYears: 70}, map[string]string{"age_band": "16to39y"}, "16to39y"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			prefillAge(tc.answers, tc.facts)
			if got := tc.answers["age_band"]; got != tc.want {
				t.Errorf("age_band = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTelURL(t *testing.T) {
	for in, want := range map[string]string{"997": "tel:997", "+966 12 555-0100": "tel:+966125550100"} {
		if got := telURL(in); got != want {
			t.Errorf("telURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTriageButtonsFit: every button the flow sends fits Telegram's 64
// bytes, whatever the step token.
func TestTriageButtonsFit(t *testing.T) {
	rules := mustRules(t)
	long := token(1<<40) + ":t:"
	for _, p := range rules.Pathways() {
		if !slices.ContainsFunc(topics, func(tp topic) bool { return tp.path == p }) && p != "general" {
			continue
		}
		for answers := map[string]string{}; ; {
			q, ok := rules.Next(p, answers)
			if !ok {
				break
			}
			for _, o := range q.Options {
				if n := len(long + "a:" + o.Value); n > maxData {
					t.Errorf("answer %s/%s: %d bytes", q.ID, o.Value, n)
				}
			}
			answers[q.ID] = calmAnswer(q)
		}
	}
	for _, tp := range topics {
		if n := len(long + "p:" + tp.path); n > maxData || strings.ContainsAny(tp.path, ": ") {
			t.Errorf("topic %s: %d bytes", tp.path, n)
		}
	}
}

// TestTriageCancel: /cancel leaves triage for the menu at any step.
func TestTriageCancel(t *testing.T) {
	e, cases := newTriageEngine(t)
	c := atTriage(t, e, "en")
	c.send("shortness of breath")
	got := c.send("/cancel")
	if s := c.session(); s.Flow != homeFlow || s.State != stMenu || len(got) != 1 {
		t.Errorf("after /cancel: %s/%s %q, want the menu", s.Flow, s.State, replyTexts(got))
	}
	if all, _ := cases.all(); len(all) != 0 {
		t.Errorf("cancelled triage recorded %d cases", len(all))
	}
}

// TestRedFlagsAtTheMenu: red-flag words typed at the menu get the full
// emergency advice first, and the case goes to the top of the queue for a
// call-back, exactly as if the patient had tapped "Talk to a doctor now".
func TestRedFlagsAtTheMenu(t *testing.T) {
	for _, tc := range []struct{ lang, words string }{
		{"ar", "صدري يوجعني وعرقان"},
		{"en", "my father can't move his left arm"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			e, cases := newTriageEngine(t)
			c := atTriage(t, e, tc.lang)
			c.send("/menu")
			got := c.send(tc.words)
			advice := e.Text.Text(tc.lang, "triage_advice_emergency", map[string]any{"Emergency": numerals.In(tc.lang, e.EmergencyNumber)})
			if len(got) < 2 || !strings.HasPrefix(got[0].Text, advice) || len(got[0].Buttons) != 0 {
				t.Errorf("red flag at the menu got %q, want the emergency advice first", replyTexts(got))
			}
			all, _ := cases.all()
			if len(all) != 1 || all[0].Urgency != "emergency" || !all[0].Queue || all[0].Complaint != tc.words {
				t.Errorf("cases %+v, want one queued emergency with the patient's words", all)
			}
		})
	}
}

// TestMenuWordsStartTriage: a problem typed at the menu is read at once.
func TestMenuWordsStartTriage(t *testing.T) {
	e, _ := newTriageEngine(t)
	c := atTriage(t, e, "en")
	c.send("/menu")
	c.send("I have had a sore throat for two days")
	if s := c.session(); s.Flow != flowTriage {
		t.Errorf("after typing a problem at the menu the patient is in %s/%s, want triage", s.Flow, s.State)
	}
}

// TestBookStartsWithTriage: "Book an appointment" asks what the problem is
// first (triage decides the specialty and catches red flags).
func TestBookStartsWithTriage(t *testing.T) {
	e, _ := newTriageEngine(t)
	c := newChat(t, e, "en")
	c.send("/start")
	c.tap("English")
	c.tap("I agree")
	c.tap("Book an appointment")
	if s := c.session(); s.Flow != flowTriage || s.State != trProblem {
		t.Errorf("after Book: %s/%s, want triage asking for the problem", s.Flow, s.State)
	}
}
