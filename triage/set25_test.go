package triage

import "testing"

// TestANegationOwnsTheBreathsManner: a negation before the breath and a
// word of speed after it denies fast breathing; a second negation in a
// list of denials owns what follows it. «ما فيها طفح ولا تنفسها سريع» (no
// rash, nor fast breathing) read as a child not breathing and sent a
// feverish four-year-old to the emergency number with no question asked
// (h25-023). A child who is not breathing stays an emergency.
func TestANegationOwnsTheBreathsManner(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها حراره وكحه، ما فيها طفح ولا تنفسها سريع",
		"ولدي سخن من امبارح بس مش بيتنفس بسرعه وبيلعب",
		"ابني عندو حرارة، ما عندو طفح ولا نفسو سريع",
		"بنتي فيها السخانة، ماشي عندها طفح وما كتنفس بزربة",
		"my son has a fever and a cough but he is not breathing fast",
		"wldi 3indah 7arara w ma yitnaffas bsor3a",
	} {
		w := e.Walk(text, Facts{AgeYears: 4, Sex: "f"}, "", answerAll("no"))
		if w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; denied fast breathing is no child not breathing", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"ابني ما يتنفس",
		"بنتي مش بتتنفس وشفايفها زرق",
		"my baby is not breathing",
		"ولدي طاح وما عاد يتنفس",
	} {
		if w := e.Walk(text, Facts{AgeYears: 2, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of a child not breathing", text, w.Decision.Urgency)
		}
	}
}

// TestAnAntibioticAskedForWithoutAnArticle: an antibiotic asked for, as a
// second language writes it ("Can I get antibiotic?", "give me
// antibiotic") or in the dialects («ممكن مضاد حيوي», «واش مضاد حيوي»), is
// no allergen taken; a tooth's swollen cheek beside it read as anaphylaxis
// (h25-002, RF-ALLERGY-02). One taken before a swelling stays an allergy.
func TestAnAntibioticAskedForWithoutAnArticle(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I have toothache since 4 days, now my cheek is swelled and hot. Can I get antibiotic?",
		"tooth pain and my face is swollen, please give me antibiotic",
		"ضرسي يوجعني وخدي منتفخ، ممكن مضاد حيوي؟",
		"ضرسي كيضرني وحنكي منفوخ، واش مضاد حيوي؟",
		"سني بيوجعني ووشي ورم، تكتبلي مضاد حيوي؟",
	} {
		if w := e.Walk(text, Facts{AgeYears: 38, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; an antibiotic asked for is no allergen", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"I took a new antibiotic and my face is swelling and I feel faint",
		"خذيت مضاد حيوي ووجهي انتفخ ونفسي ضايق",
		"after the antibiotic my lips are swelling and I'm short of breath",
	} {
		if w := e.Walk(text, Facts{AgeYears: 38, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of an allergic reaction", text, w.Decision.Urgency)
		}
	}
}
