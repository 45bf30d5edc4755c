package triage

import (
	"slices"
	"testing"
)

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

// TestANewBreastLumpIsUrgent: a new lump in the breast is seen today by
// the service's policy (NICE NG12 1.3.1), with a side between the lump and
// the breast, or the Arabic chest that is also the breast. «a lump in my
// left breast ... doesn't hurt» ended routine (h25-032). A lump known for
// years is a follow-up, and a sore breast before a period no lump.
func TestANewBreastLumpIsUrgent(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I found a lump in my left breast in the shower two days ago, it doesn't hurt",
		"there's a small hard lump in my right breast",
		"لقيت كتله في صدري اليمين ما تعور",
		"لقيت كتلة في الثدي الشمال من يومين",
		"حسيت في كتلة قاسية بصدري",
		"لقيت واحد الكويرة فالبزولة ديالي",
		"l9it wa7ed lkwira f sdri",
	} {
		w := e.Walk(text, Facts{AgeYears: 46, Sex: "f"}, "", answerAll("no"))
		if w.Decision.Urgency != Urgent || !slices.Contains(w.Decision.AmberFlags, "UR-BREAST-02") {
			t.Errorf("%q: %s %v, want UR-BREAST-02, urgent", text, w.Decision.Urgency, w.Decision.AmberFlags)
		}
	}
	for _, text := range []string{
		"I've had this breast lump for years, checked and unchanged",
		"no lump in my breast, just sore before my period",
	} {
		if w := e.Walk(text, Facts{AgeYears: 46, Sex: "f"}, "", answerAll("no")); slices.Contains(w.Decision.AmberFlags, "UR-BREAST-02") {
			t.Errorf("%q: %v; no new lump", text, w.Decision.AmberFlags)
		}
	}
}
