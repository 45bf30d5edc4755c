package triage

import (
	"slices"
	"testing"
)

// Training set 89 (fifteenth session), conv_holdout89.jsonl: forty patients
// in Levantine Arabic script (Syria, Lebanon, Jordan, Palestine; ten each)
// on pregnancy, after the birth, babies, mental health, older parents,
// chronic disease, everyday injuries and their look-alikes. The tests below
// hold the families its first run showed, in several dialects.

// redFlagIs: the message's decision names the red-flag rule (or not).
func redFlagIs(t *testing.T, e *Engine, rule string, want bool, f Facts, texts ...string) {
	t.Helper()
	for _, text := range texts {
		d := e.Classify(text, f)
		if slices.Contains(d.RedFlags, rule) != want {
			t.Errorf("%q: %s %v; want %s=%v", text, d.Urgency, d.RedFlags, rule, want)
		}
	}
}

// TestABlockedNostrilIsNoThroatClosing: a nose or nostril blocked, with its
// pronoun, then the throat itchy or sore is a cold (NICE CKS common cold),
// not the throat closing of anaphylaxis (h89-033). The throat itself
// closing stays the emergency (NICE CG134).
func TestABlockedNostrilIsNoThroatClosing(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"عندي رشح من مبارح ومنخاري مسكر وعم عطس كتير وحلقي بيحكني شوي",
		"ابني مرشح، مناخيرو مسدودين وحلقو واجعو",
		"انفي مسكر وحلقي بيوجعني من امبارح",
		"خشمي مسدود وحلقي يحكني",
		"my nose is so blocked and my throat is scratchy",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"حلقي عم يسكر وما فيني بلع بعد ما اكلت فستق",
		"my throat is closing after the peanuts",
	)
}

// TestNoWishForAnythingIsNoBreath: «نفس» is also the wish or the appetite:
// «ما عندي نفس لشي», no wish for anything, is low mood (NICE NG222), not
// the breath (h89-028, asked about breathing, an emergency when not
// sure). The breath short or fast stays the breath.
func TestNoWishForAnythingIsNoBreath(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"من شهرين حاسة حالي مش منيحة، ما عندي نفس لشي وبعيط بسرعة",
		"ما الي نفس لحدا ولا للاكل",
		"نفسي مسدودة عن الاكل من اسبوعين",
		"ما عندي نفس اطلع من البيت",
	} {
		if present(t, e, text, "breath_noun") || present(t, e, text, "fast_breathing") {
			t.Errorf("%q: read as the breath", text)
		}
	}
	for _, text := range []string{"نفسي مقطوع وعم اتنفس بسرعة", "نفسي قصير من امبارح", "نفسو سريع كتير"} {
		if !present(t, e, text, "breath_noun") {
			t.Errorf("%q: the breath not read", text)
		}
	}
}

// TestDropsAndSpotsOfLightAreNoRash: medicine drops for a baby (h89-003)
// and spots of light or black spots seen before the eyes (h89-010, a
// pre-eclampsia's sight after a birth; h9-037, new floaters) are no rash;
// red spots on the skin still are.
func TestDropsAndSpotsOfLightAreNoRash(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عمرها ست اسابيع وحرارتها ٣٨، بقدر اعطيها سيتامول نقط؟",
		"عطيتو نقط بنادول وما نزلت الحرارة",
		"عندي راس وجع قوي وعم شوف نقط ضو قدام عيوني",
		"بيشوف نقط سودا كتير قدام عينه",
	} {
		if present(t, e, text, "rash") {
			t.Errorf("%q: read as a rash", text)
		}
	}
	for _, text := range []string{"ابني طالع معو نقط حمرا على بطنو", "طلعلو نقط على ايدو وصدرو"} {
		if !present(t, e, text, "rash") {
			t.Errorf("%q: the rash not read", text)
		}
	}
	for _, text := range []string{"عم شوف نقط ضو قدام عيوني", "بشوف نقاط ضوء"} {
		if !present(t, e, text, "blurred_vision") {
			t.Errorf("%q: the spots of light not read", text)
		}
	}
	if !present(t, e, "من امبارح بيشوف نقط سودا قدام عينه", "floaters") {
		t.Errorf("black spots seen: no floaters")
	}
	// after a birth, a severe headache with spots of light is postpartum
	// pre-eclampsia's (NICE NG133), not a meningitis rash
	redFlagIs(t, e, "RF-CHILD-01", false, Facts{AgeYears: 33, Sex: "f"},
		"ولدت من اسبوع، عندي راس وجع كتير قوي ما عم يروح مع البنادول، وعم شوف نقط ضو قدام عيوني")
}

// TestTheUnbornBabysMovementsWithTheTimeBetween: the time told between the
// baby and its movement («البيبي من مبارح ما عم يتحرك») is still the baby
// moving less in late pregnancy (RCOG GTG 57; h89-001).
func TestTheUnbornBabysMovementsWithTheTimeBetween(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-PREG-06", true, Facts{AgeYears: 29, Sex: "f", Pregnant: true},
		"انا حامل بالشهر التامن، البيبي من مبارح ما عم يتحرك متل العادة",
		"انا حامل بالشهر السابع، الجنين من امبارح ما عم يتحرك",
		"حامل بالشهر التاسع والبيبي من الصبح مش عم يتحرك",
		"I'm 34 weeks pregnant and the baby since last night is not moving",
	)
	// in the first months there are no movements to be fewer
	redFlagIs(t, e, "RF-PREG-06", false, Facts{AgeYears: 29, Sex: "f", Pregnant: true},
		"انا حامل بالشهر التاني والبيبي من مبارح ما عم يتحرك")
}

// TestALethalDoseAskedIsAPlan: how many pills it takes to sleep and never
// wake is a method and the means, suicidal intent (NICE NG225; C-SSRS;
// h89-004, read as someone unresponsive). A baby's sleep through the night
// is not.
func TestALethalDoseAskedIsAPlan(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-MH-01", true, Facts{AgeYears: 24},
		"بدي اسال سؤال بس، قديش حبة من حبوب الضغط تبع امي لازم ياخد الواحد لينام ومايفيق",
		"كم حبة من البنادول لازم اخد عشان انام ومصحاش",
		"كم حبه من دوا السكر تخلي الواحد ينام وما يصحى",
		"how many of my mums sleeping pills would it take to sleep and never wake up",
	)
	classifiedAs(t, e, false, Facts{AgeMonths: 10},
		"بدي دوا لابني لينام وما يفيق بالليل كل ساعة",
	)
	urgencyIs(t, e, Urgent, "psychiatry", Facts{AgeYears: 35},
		"صرلي شهرين ما عم نام، وكل يوم بقول يا ريت ما فيق الصبح، بس ما رح اعمل شي")
}

// TestWheneverIEatIsEating: «كل ما», «كلما» is "whenever": «كل ما باكل اكل
// حار بتجيني حريقة بصدري» eats (h89-038, heartburn, NICE CG184 self-care).
func TestWheneverIEatIsEating(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"كل ما باكل اكل حار بتجيني حريقة", "كلما اكلت بتوجعني معدتي", "كل ما اكل بحس بحموضه"} {
		if present(t, e, text, "not_eating") {
			t.Errorf("%q: read as not eating", text)
		}
	}
	if !present(t, e, "ما باكل من يومين", "not_eating") {
		t.Errorf("not eating not read")
	}
	for _, text := range []string{"بتجيني حريقة بصدري بعد الاكل", "طعمة حامضة بتمي بعد الاكل"} {
		if !present(t, e, text, "heartburn") {
			t.Errorf("%q: no heartburn", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 25, Sex: "m"},
		"كل ما باكل اكل حار بتجيني حريقة بصدري وطعمة حامضة بتمي، بتروح مع دوا المعدة")
}

// TestSingedByAHotThingIsABurn: the Levant's لسع beside a pan, oil or an
// iron is a burn (h89-039; NICE CKS burns and scalds); لسع by a bee is a
// sting.
func TestSingedByAHotThingIsABurn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"لسعت اصبعي بالطنجرة وانا عم اطبخ", "انلسعت بالزيت", "لسعتني المكوى على ايدي"} {
		if !present(t, e, text, "burn") {
			t.Errorf("%q: no burn", text)
		}
	}
	if present(t, e, "ابني لسعتو نحلة على ايدو", "burn") {
		t.Errorf("a bee sting read as a burn")
	}
}

// TestWeeksInWordsAreEarlyPregnancy: the weeks of a pregnancy in words
// («حامل بستة اسابيع») are its first months, as digits are: light spotting
// then is not asked about broken waters (h89-016).
func TestWeeksInWordsAreEarlyPregnancy(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"انا حامل بستة اسابيع", "حامل بتمن اسابيع", "حامل سبع اسابيع"} {
		if !present(t, e, text, "early_pregnancy") {
			t.Errorf("%q: no early pregnancy", text)
		}
	}
	urgencyIs(t, e, Urgent, "obstetrics_gynecology", Facts{AgeYears: 30, Sex: "f", Pregnant: true},
		"انا حامل بستة اسابيع، اليوم الصبح لاحظت شوية دم بني خفيف، ما في وجع ابدا")
}

// TestAChildWishedForIsNoPatient: trying to have a child is a fertility
// question (NICE CG156), no child to send to pediatrics (h89-031).
func TestAChildWishedForIsNoPatient(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"صرلنا سنة ونص متجوزين وعم نحاول نجيب ولد وما صار حمل",
		"بدنا نخلف ولد وما عم يصير حمل",
		"we've been trying for a baby for a year",
	} {
		d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"})
		if d.Specialty == "pediatrics" {
			t.Errorf("%q: pediatrics", text)
		}
	}
}

// TestSneezingOrDroolingALotIsNoSeverity: a lot of sneezing (a cold) or
// drooling (teething) is an amount, no severe complaint (h89-033, h89-034).
func TestSneezingOrDroolingALotIsNoSeverity(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"عم عطس كتير", "بعطس كتير من الصبح", "بنتي عم تريل كتير", "sneezing a lot today", "drooling a lot"} {
		if present(t, e, text, "severe") {
			t.Errorf("%q: read as severe", text)
		}
	}
	if !present(t, e, "بطني بيوجعني كتير", "severe") {
		t.Errorf("a pain a lot not severe")
	}
}

// TestTeethComingWithTheirPronoun: «عم تطلع سنانها», her teeth coming
// through, is teething (NHS: Baby teething symptoms; h89-034).
func TestTeethComingWithTheirPronoun(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"بنتي ٧ شهور عم تطلع سنانها", "ابني عم يطلع سنانو", "بنتي تطلع سنونها"} {
		if !present(t, e, text, "teething_word") {
			t.Errorf("%q: no teething", text)
		}
	}
	urgencyIs(t, e, SelfCare, "pediatrics", Facts{AgeMonths: 7},
		"بنتي ٧ شهور عم تطلع سنانها، عم تريل كتير وعم تعض كل شي ونومها خربان")
}
