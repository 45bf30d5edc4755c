package triage

import "testing"

// TestNegationOwnsTheSymptomItReachesFirst: a negation that an ordered
// composite ("not" + "eating") would begin is the negation of a symptom
// named between them: «ما عندي حرارة وآكل وأشرب عادي» is no fever and
// eating as usual, not a fever with no eating (h20-022).
func TestNegationOwnsTheSymptomItReachesFirst(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ما عندي حرارة وآكل وأشرب عادي",
		"ما فيني حرارة وآكل عادي",
		"معنديش سخونية وباكل كويس",
		"ما عندي سخانة وكناكل عادي",
		"no fever, eating and drinking fine",
	} {
		a := e.lex.analyze(text)
		if a.present[e.lex.index["fever"]] || a.present[e.lex.index["not_eating"]] {
			t.Errorf("%q: fever %v, not eating %v; want neither", text, a.present[e.lex.index["fever"]], a.present[e.lex.index["not_eating"]])
		}
	}
	for _, text := range []string{"ما قادر آكل", "ما عم ياكل من امبارح", "he's not eating", "I can't get him to wake up"} {
		a := e.lex.analyze(text)
		if !a.present[e.lex.index["not_eating"]] && !a.present[e.lex.index["hard_to_wake"]] && !a.present[e.lex.index["unresponsive"]] {
			t.Errorf("%q: the negated verb is no longer read", text)
		}
	}
}
