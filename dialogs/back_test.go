package dialogs

import (
	"strings"
	"testing"
)

// TestBackGoesOneStep: the Back button (and the typed word) takes the
// patient one step back, not to the menu: a triage question back to the
// one before with its answer forgotten, the first question back to the
// problem, the problem back to the menu; a booking day back to the
// specialties.
func TestBackGoesOneStep(t *testing.T) {
	for _, lang := range []string{"ar", "en"} {
		t.Run("triage "+lang, func(t *testing.T) {
			e, _ := newTriageEngine(t)
			c := atTriage(t, e, lang)
			c.send(map[string]string{"ar": "عندي كحة من ثلاثة أيام", "en": "I have had a cough for three days"}[lang])
			d, state := c.triageState()
			if state != trQuestion {
				t.Fatalf("after the complaint: state %s, want a question", state)
			}
			first := d.Q
			q, _ := e.Triage.Rules.Question(first)
			c.tapAction("t:a:" + calmAnswer(q))
			if d, _ = c.triageState(); d.Q == first || d.Answers[first] == "" {
				t.Fatalf("the answer to %s did not move on: %+v", first, d)
			}
			back := e.Text.Text(lang, "dialogs_back_button", nil)
			c.tap(back)
			d, state = c.triageState()
			if state != trQuestion || d.Q != first || d.Answers[first] != "" {
				t.Fatalf("after Back: state %s, question %s, answers %v; want %s asked again, unanswered", state, d.Q, d.Answers, first)
			}
			c.send(map[string]string{"ar": "رجوع", "en": "go back"}[lang])
			if _, state = c.triageState(); state != trProblem {
				t.Fatalf("typed back at the first question: state %s, want the problem asked again", state)
			}
			c.tap(back)
			if s := c.session(); s.Flow != homeFlow || s.State != stMenu {
				t.Fatalf("Back at the problem: %s/%s, want the menu", s.Flow, s.State)
			}
		})
	}
	t.Run("booking", func(t *testing.T) {
		lw := bookingLangs[1]
		e, _ := newBookingEngine(t)
		c := onboarded(t, e, lw)
		c.book()
		days := c.tap(lw.gp)
		if got := labels(days[len(days)-1]); got[len(got)-1] != "Back" {
			t.Fatalf("day step buttons %v, want Back last", got)
		}
		specs := c.tap("Back")
		if s := c.session(); s.State != bkSpecialty || !strings.Contains(strings.Join(labels(specs[0]), "|"), lw.gp) {
			t.Fatalf("Back from the days: %s %v, want the specialties", s.State, labels(specs[0]))
		}
		c.tap("Back")
		if s := c.session(); s.Flow != homeFlow || s.State != stMenu {
			t.Fatalf("Back from the specialties: %s/%s, want the menu", s.Flow, s.State)
		}
	})
}
