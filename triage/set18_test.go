package triage

import (
	"slices"
	"testing"
)

// TestOverwhelmedIsAskedAboutSuicide: everything told as too much to bear
// is a mind in crisis, so thoughts of ending one's life are asked and a
// "yes" is the emergency (h18-008, "everything is too much. I have been
// gathering my tablets"); a pain too much to bear is the pain's severity.
func TestOverwhelmedIsAskedAboutSuicide(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I don't think I can continue with this semester, everything is too much",
		"honestly I can't take it anymore, work and family and everything",
		"its all too much, I cant do this anymore",
		"كل شي صار كثير علي وما عاد اقدر اتحمل",
		"كل حاجة بقت كتير عليا ومش عارف انام",
		"عييت من كلشي",
		"تعبت من كل شي وما عاد فيني كمل هيك",
	} {
		w := e.Walk(text, Facts{AgeYears: 24, Sex: "m"}, "", answering(map[string]string{"mh_suicidal": "yes"}))
		if !slices.Contains(w.Asked, "mh_suicidal") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want thoughts of ending one's life asked and an emergency on its yes", text, w.Asked, w.Decision.Urgency)
		}
	}
	for _, text := range []string{
		"my tooth pain, I can't take it anymore",
		"the pain in my back is too much, I can't take it anymore",
	} {
		if w := e.Walk(text, Facts{AgeYears: 40, Sex: "f"}, "", answerAll("no")); slices.Contains(w.Asked, "mh_suicidal") {
			t.Errorf("%q: asked %v; a pain too much to bear is no crisis of the mind", text, w.Asked)
		}
	}
}

// TestMeansGatheredWhenOverwhelmed: tablets gathered or hoarded beside
// being overwhelmed or hopeless is a plan (C-SSRS: preparatory
// behaviour), an emergency without a question.
func TestMeansGatheredWhenOverwhelmed(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"everything is too much and I have been gathering my tablets",
		"I feel hopeless, I've been hoarding pills for weeks",
		"كل شي صار كثير علي وعم جمع حبوب",
		"فقدت الامل وخبيت الحبوب في الخزانه",
	} {
		if w := e.Walk(text, Facts{AgeYears: 24, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, w.Decision.Urgency)
		}
	}
	refill := "I need to collect my tablets from the pharmacy, my sugar is fine"
	if w := e.Walk(refill, Facts{AgeYears: 50, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
		t.Errorf("%q: an emergency", refill)
	}
}

// TestNoUseInLifeIsAPassiveWish: life is عيشه as well as حياه, and the
// Gulf wakes with قعد: «ما في فايدة من عيشتي ... أتمنى أنام وما أقعد» is
// a passive wish to be dead, urgent with the plan asked (h18-014).
func TestNoUseInLifeIsAPassiveWish(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"صارلي فترة أحس ما في فايدة من عيشتي",
		"أتمنى أنام وما أقعد",
		"مفيش فايدة من حياتي خلاص",
		"ما كاين فايدة من حياتي",
		"حياتي ما لها فايدة",
		"I feel there is no point in my life",
	} {
		w := e.Walk(text, Facts{AgeYears: 40, Sex: "m"}, "", answerAll("no"))
		if !slices.Contains(w.Asked, "mh_plan") || w.Decision.Urgency != Urgent {
			t.Errorf("%q: asked %v, %s; want the plan asked and urgent", text, w.Asked, w.Decision.Urgency)
		}
	}
	for _, text := range []string{"الدوا ما في فايدة منه", "ابي اقعد في الفندق اليوم"} {
		if w := e.Walk(text, Facts{AgeYears: 40, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Asked, "mh_plan") {
			t.Errorf("%q: asked %v; no wish to be dead", text, w.Asked)
		}
	}
}
