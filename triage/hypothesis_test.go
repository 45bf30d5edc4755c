package triage

import (
	"maps"
	"reflect"
	"testing"
)

// TestHypothesisReadsAsAllTheAnswers checks the look-ahead's shortcut: a
// hypothesis put into the turn's answers in order (conversation.with)
// adds up to exactly what reading all the answers afresh gives
// (readAnswers), effects in the same order, for one answer or two, new
// or replacing one given, to the pathway's questions or to others.
func TestHypothesisReadsAsAllTheAnswers(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct{ name, text string }{
		{"english fever", "I have a fever"},
		{"english child vomiting", "my child has been vomiting"},
		{"english chest", "chest pain when I cough"},
		{"gulf arabic headache", "راسي يعورني من امس"},
		{"egyptian arabic stomach", "بطني بتوجعني اوي"},
		{"french cough", "je tousse depuis trois jours"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Facts{Lang: "en"}
			c := e.newConversation(e.read(tc.text), f, nil)
			// the turn's answers: the first few of the pathway's
			// questions ("not sure" to one), and the sex
			answers := map[string]string{sexQuestion: "f"}
			for i, q := range c.order {
				if i == 4 {
					break
				}
				answers[q.ID] = q.Options[0].Value
				if i == 1 {
					answers[q.ID] = Unsure
				}
			}
			c = e.newConversation(e.read(tc.text), f, answers)
			var hs []hypothesis
			var yesNo []*Question
			for _, id := range e.questionIDs {
				q := e.questions[id]
				for _, o := range q.Options {
					hs = append(hs, oneAnswer(q, o.Value))
				}
				hs = append(hs, oneAnswer(q, Unsure))
				if q.Kind == KindYesNo && len(yesNo) < 12 {
					yesNo = append(yesNo, q)
				}
			}
			yesNo = append(yesNo, c.order...)
			for _, q := range yesNo {
				for _, o := range yesNo {
					if q.ID != o.ID && q.Kind == KindYesNo && o.Kind == KindYesNo {
						hs = append(hs, twoYeses(q, o))
					}
				}
			}
			for _, h := range hs {
				all := maps.Clone(answers)
				trying := append([]givenAnswer(nil), c.given...)
				for _, g := range []guess{h.first, h.second} {
					if g.q != nil {
						all[g.q.ID] = g.v
						trying = c.with(trying, g)
					}
				}
				if got, want := e.foldAnswers(trying), e.readAnswers(all, c.order); !reflect.DeepEqual(got, want) {
					t.Fatalf("hypothesis %s=%s %v: read as\n%+v\nwant\n%+v", h.first.q.ID, h.first.v, h.second, got, want)
				}
			}
			t.Logf("%d hypotheses, %d answers given", len(hs), len(c.given))
		})
	}
}
