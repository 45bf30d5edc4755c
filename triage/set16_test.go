package triage

import (
	"slices"
	"testing"
)

// TestHowMuchSomeoneSmokesIsNoSeverity: "I smoke a lot", «نتكيف بزاف» say
// a habit, not how bad the breathlessness is, so breathlessness on the
// stairs for a month is asked about and stays routine (h16-050), while a
// breathlessness told as severe is still the emergency (RF-BREATH-02).
func TestHowMuchSomeoneSmokesIsNoSeverity(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي ضيق في النفس كي نطلع الدروج من شهر، نتكيف بزاف. كي نرتاح نولي مليح",
		"I get short of breath on the stairs for a month now, I smoke a lot. Fine when I rest",
		"عندي ضيق تنفس لما اطلع الدرج من شهر، ادخن كثير",
	} {
		w := e.Walk(text, Facts{AgeYears: 52, Sex: "m"}, "", answerAll("no"))
		if w.Decision.Urgency == Emergency || slices.Contains(w.Decision.RedFlags, "RF-BREATH-02") {
			t.Errorf("%q: %s %v, want no severe breathlessness read from a habit", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"عندي ضيق نفس بزاف ونتكيف", "I smoke, and my breathing is very bad, really short of breath"} {
		if d := e.Classify(text, Facts{AgeYears: 52, Sex: "m"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want severe breathlessness still the emergency", text, d.Urgency)
		}
	}
}
