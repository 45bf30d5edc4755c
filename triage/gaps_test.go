package triage

import (
	"slices"
	"testing"
)

// TestQuestionsThatWereNeverAsked: conversations whose emergency only an
// answer reveals, where the question was missing: a baby under 3 months
// "not settled" is asked the temperature (NICE NG143), a stay in a malaria
// area told with a "flu" is asked the fever (UKHSA), and a person with
// diabetes who is very tired is asked the signs of a low sugar (NHS lists
// tiredness among them), a grandmother with no age told gets the older
// person's screen (new confusion), a toddler who "swallowed something" is
// asked what, "very upset" is asked about thoughts of ending life, an
// older person's fall is asked whether the head was hit (NICE NG232), and
// a new mother "a bit off" is asked the signs after a birth that are an
// emergency (NHS: heavy bleeding, breathlessness, chest pain, a calf).
// Each "yes" is an emergency; each "no" is not.
func TestQuestionsThatWereNeverAsked(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text, question string
		f              Facts
	}{
		{"البيبي عمره شهر مو مرتاح", "child_fever", Facts{AgeMonths: 1}},
		{"my baby is 6 weeks and just not settling today", "child_fever", Facts{AgeMonths: 1}},
		{"I came back from Nigeria, bit of flu", "travel_fever", Facts{AgeYears: 40}},
		{"رجعت من السودان الاسبوع اللي فات وجسمي مكسر شوي", "travel_fever", Facts{AgeYears: 35}},
		{"my husband is sugar patient, he is very tired today", "diab_hypo", Facts{AgeYears: 65, Sex: "m"}},
		{"جدتي ما تبي تاكل من يومين", "screen_elderly", Facts{}},
		{"ابني بلع شي وهو يلعب", "abd_pills", Facts{AgeYears: 3}},
		{"my wife is very upset today", "mh_suicidal", Facts{AgeYears: 40, Sex: "f"}},
		{"my grandad had a fall this morning", "inj_head", Facts{}},
		{"جدي طاح الصبح", "inj_head", Facts{}},
		{"I feel a bit off after my c-section last week", "postnatal_screen", Facts{AgeYears: 32, Sex: "f"}},
	} {
		yes := e.Walk(c.text, c.f, "", answering(map[string]string{c.question: "yes"}))
		if !slices.Contains(yes.Asked, c.question) {
			t.Errorf("%q: asked %v; want %s", c.text, yes.Asked, c.question)
			continue
		}
		if yes.Decision.Urgency != Emergency {
			t.Errorf("%q: %s after yes to %s; want an emergency", c.text, yes.Decision.Urgency, c.question)
		}
		if no := e.Walk(c.text, c.f, "", answering(nil)); no.Decision.Urgency == Emergency {
			t.Errorf("%q: emergency %v with every answer no", c.text, no.Decision.RedFlags)
		}
	}
	// a fever already told is not asked again
	w := e.Walk("back from Ghana, fever 39 and shivering", Facts{AgeYears: 30}, "", answering(nil))
	if slices.Contains(w.Asked, "travel_fever") {
		t.Errorf("asked travel_fever of a fever told: %v", w.Asked)
	}
}
