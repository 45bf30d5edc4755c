package dialogs

import (
	"slices"
	"testing"

	"github.com/frontdoor-health/frontdoor/triage"
)

// TestTriageSkipsWhatWasSaid: a patient who wrote "a cough and fever for 3
// days" is not asked about the fever or how long, but still gets the
// red-flag screening questions, and the case carries the answers read.
func TestTriageSkipsWhatWasSaid(t *testing.T) {
	for _, tc := range []struct {
		name, lang, words string
	}{
		{"english", "en", "I have had a cough and fever for 3 days"},
		{"arabic", "ar", "عندي كحة وحرارة من ٣ أيام"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rules := mustRules(t)
			e, cases := newTriageEngine(t)
			c := atTriage(t, e, tc.lang)
			c.send(tc.words)
			var asked []triage.Question
			for n := 0; ; n++ {
				d, state := c.triageState()
				if state != trQuestion {
					break
				}
				if n > 20 {
					t.Fatalf("more than 20 questions:\n%s", c.log.String())
				}
				q, ok := rules.Question(d.Q)
				if !ok {
					t.Fatalf("asking unknown question %q", d.Q)
				}
				asked = append(asked, q)
				c.tapAction("t:a:" + calmAnswer(q))
			}
			var ids []string
			for _, q := range asked {
				ids = append(ids, q.ID)
				if q.Kind == triage.KindDuration || q.ID == "breath_fever" {
					t.Errorf("asked %s after %q", q.ID, tc.words)
				}
			}
			if !slices.Contains(ids, "breath_speak") {
				t.Errorf("asked %v: the red-flag screening question breath_speak is missing", ids)
			}
			got, _ := cases.all()
			if len(got) != 1 {
				t.Fatalf("%d cases recorded, want 1", len(got))
			}
			if a := got[0].Answers; a["breath_fever"] != "yes" || a["duration"] != "days" {
				t.Errorf("case answers %v, want breath_fever=yes duration=days from the words", a)
			}
		})
	}
}
