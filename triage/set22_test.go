package triage

import "testing"

// TestArabiziEveryDayAndAHeartBeating: "kel" is every, not the verb to
// eat, and "albi bido2" is the heart beating (قلبي بيدق), not medicine
// (بدوا): "nawbet hala3 kel yom, albi bido2 ktir" read as medicine
// swallowed in quantity, an overdose (h22-017). "b sor3a" is quickly,
// not صرعه, a fit. Medicine swallowed in quantity, and a fit, stay
// emergencies.
func TestArabiziEveryDayAndAHeartBeating(t *testing.T) {
	e := mustLoad(t)
	lx := e.lex
	palp := lx.index["palpitations"]
	for _, text := range []string{
		"sarli shahr 3am tji3ni nawbet hala3 kel yom, albi bido2 ktir",
		"albi bidou2 b sor3a w iday btenmal",
		"2alby bydo2 b sor3a kil marra ba3d el 2ahwa",
	} {
		if a := lx.analyze(text); !a.present[palp] {
			t.Errorf("%q: palpitations not read", text)
		}
		if w := e.Walk(text, Facts{AgeYears: 24, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; a racing heart with panic is no overdose and no fit", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"akhi bala3 7bob kteer", "ibni 3ando sar3a hala2"} {
		if w := e.Walk(text, Facts{AgeYears: 16, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, w.Decision.Urgency)
		}
	}
}
