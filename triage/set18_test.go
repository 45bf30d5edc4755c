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

// TestACrampInALimbIsNoFit: تشنج is a fit of the body but a cramp of a
// muscle or in a limb, and cramps told of a limb are the limb's, not the
// belly's (h18-024 and h18-039, a worker's heat cramps after the sun sent
// to the emergency number). A fit told with the limbs shaking stays one.
func TestACrampInALimbIsNoFit(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي تشنج عضلي في رجلي",
		"جاني تشنج في رجلي بالليل",
		"بعد الشغل بالشمس صار معي تشنج باجري",
		"ba3d el shoghol bel shams sar ma3i tashannoj b ejray",
		"كيجيني تشنج فالعضلات ديال الساق",
		"عندي تشنج في ايدي من الكتابة",
		"sir after working in sun my legs get cramps, I drink water and rest in shade now it is better",
		"I get cramps in my calves at night",
	} {
		w := e.Walk(text, Facts{AgeYears: 28, Sex: "m"}, "", answerAll("no"))
		if w.Decision.Urgency == Emergency || slices.Contains(w.Asked, "abd_testicle") {
			t.Errorf("%q: asked %v, %s; a limb's cramp is no fit and no belly pain", text, w.Asked, w.Decision.Urgency)
		}
	}
	for _, text := range []string{
		"ابني عم يتشنج وايديه ورجليه عم يرجفوا",
		"بنتي تتشنج ورجليها ترتعش",
		"جاته تشنجات وطاح على الارض",
		"my son is having a seizure, his arms and legs are jerking",
	} {
		if w := e.Walk(text, Facts{AgeYears: 6, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency (a fit)", text, w.Decision.Urgency)
		}
	}
	if w := e.Walk("I have cramps and diarrhoea since yesterday", Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no")); !slices.Contains(w.Asked, "abd_severe") {
		t.Errorf("cramps alone: asked %v, want the belly's questions", w.Asked)
	}
}

// TestTheColdBesideTheFeverIsAChill: in the Maghreb «السخانة والبرد» is
// a fever with its chill, not a cold that explains the fever away, so the
// malaria area is asked and its "yes" is the emergency (h18-010, a worker
// back from Mali). A cold told by the nose still explains a fever.
func TestTheColdBesideTheFeverIsAChill(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي السخانة والبرد من زوج ايام وراسي يوجعني",
		"فيا السخانة و البرد من البارح",
		"عندي البرد والسخانة",
		"3andi skhana w lbard mn jouj iyam",
		"الحمى والبرد من يومين",
	} {
		w := e.Walk(text, Facts{AgeYears: 34, Sex: "m"}, "", answering(map[string]string{"fever_travel": "yes"}))
		if !slices.Contains(w.Asked, "fever_travel") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want the malaria area asked and an emergency on its yes", text, w.Asked, w.Decision.Urgency)
		}
	}
	cold := "عندي زكام وسيلان في انفي وشوية سخانة"
	if w := e.Walk(cold, Facts{AgeYears: 34, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Asked, "fever_travel") {
		t.Errorf("%q: asked %v; a cold explains the fever", cold, w.Asked)
	}
}

// TestTheSizeOfWhatOneFellFromIsNotMild: "small" of a ladder, a step or a
// chair is the size of what one fell from, not a mild injury, so a
// swollen wrist after it stays a possible fracture (h18-017, UR-INJ-01).
func TestTheSizeOfWhatOneFellFromIsNotMild(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"brother i fall from small ladder at work yesterday, my wrist is swelling and paining when i move it",
		"I fell off a small step and my wrist is swollen",
		"fell from a small stool, wrist swollen and painful",
		"وقعت من على سلم صغير ورسغي منفوخ وبيوجعني",
		"طحت من كرسي صغير ومعصمي متورم",
		"طحت من سكالة صغيرة ويدي منفوخة",
	} {
		w := e.Walk(text, Facts{AgeYears: 30, Sex: "m"}, "", answering(map[string]string{"severity": "5"}))
		if w.Decision.Urgency != Urgent {
			t.Errorf("%q: asked %v, %s; want urgent (a possible fracture)", text, w.Asked, w.Decision.Urgency)
		}
	}
	mild := "bumped my arm on a small table, tiny bruise, not swollen"
	if w := e.Walk(mild, Facts{AgeYears: 30, Sex: "m"}, "", answering(map[string]string{"severity": "2"})); w.Decision.Urgency == Urgent || w.Decision.Urgency == Emergency {
		t.Errorf("%q: %s, want routine or self-care", mild, w.Decision.Urgency)
	}
}

// TestRelieverCountedByTheDay: a reliever needed four times a day or more
// is about every four hours of the waking day, urgent (UR-ASTHMA-02; BTS/
// SIGN 158), however the count is told (h18-021, "5-6 times a day"). A
// preventer twice a day is the usual dose.
func TestRelieverCountedByTheDay(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"My asthma is more since the dust in Muzdalifah, I am using blue inhaler 5-6 times a day",
		"asthma bad this week, ventolin many times a day",
		"عندي ربو وصرت استعمل البخاخ ٥ مرات في اليوم",
		"الربو تعبني وباخد البخاخ كذا مرة في اليوم",
		"عندي الضيقة وكنستعمل البخاخ خمس مرات فالنهار",
	} {
		w := e.Walk(text, Facts{AgeYears: 50, Sex: "f"}, "", answerAll("no"))
		if w.Decision.Urgency != Urgent {
			t.Errorf("%q: asked %v, %s; want urgent", text, w.Asked, w.Decision.Urgency)
		}
	}
	preventer := "I use my preventer inhaler 2 times a day, need a refill"
	if w := e.Walk(preventer, Facts{AgeYears: 50, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency == Urgent || w.Decision.Urgency == Emergency {
		t.Errorf("%q: %s, want routine", preventer, w.Decision.Urgency)
	}
}

// TestRelieverUsedALotIsNotSevereBreathlessness: an amount word beside the
// reliever tells how often it is used, urgent (UR-ASTHMA-02), not how bad
// the breath is (h13-018 was sent to the emergency number as severe
// breathlessness). Severe breathlessness told as such stays an emergency.
func TestRelieverUsedALotIsNotSevereBreathlessness(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي ربو، هالايام صاير استخدم البخاخ الازرق وايد. اقدر اتكلم عادي بس صدري يصفر بالليل",
		"I have asthma and I am using my inhaler a lot, chest is wheezy at night",
		"الربو تعبني هالاسبوع وباخد البخاخ كتير، صدري بيصفر",
		"عندي الربو وكنستعمل البخاخ بزاف، صدري كيصفر",
	} {
		w := e.Walk(text, Facts{AgeYears: 35, Sex: "f"}, "", answerAll("no"))
		if w.Decision.Urgency != Urgent {
			t.Errorf("%q: asked %v, %s; want urgent", text, w.Asked, w.Decision.Urgency)
		}
	}
	for _, text := range []string{
		"عندي ربو وضيق نفس شديد واستعمل البخاخ كتير",
		"asthma, using my inhaler a lot and I can't breathe",
	} {
		if w := e.Walk(text, Facts{AgeYears: 35, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, w.Decision.Urgency)
		}
	}
}

// TestVomitingWhateverOneDrinks: vomiting everything one drinks is not
// keeping fluids down, however it is said, and the Levantine استرجع is
// vomiting (h18-024, a worker's «3am starje3 kel shi beshrabo» after the
// sun). Whatever one drinks without vomiting is nothing of the kind.
func TestVomitingWhateverOneDrinks(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ba3d el shoghol bel shams 3am starje3 kel shi beshrabo",
		"عم استرجع كل شي بشربه من الصبح",
		"she vomits everything she drinks",
		"بيرجع حتى الميه",
		"كنرد كلشي لي كنشرب",
	} {
		a := e.lex.analyze(text)
		if got := e.textFinding(a, e.findings["not_drinking"]); got != FindingPresent {
			t.Errorf("%q: not_drinking %v, want present", text, got)
		}
	}
	tooth := "كل ما اشرب مي باردة سني بيوجعني"
	if got := e.textFinding(e.lex.analyze(tooth), e.findings["not_drinking"]); got == FindingPresent {
		t.Errorf("%q: read as not keeping fluids down", tooth)
	}
}

// TestASymptomsMonthIsNoAge: in a message about oneself, «عندها شهر» after
// a symptom is how long it has lasted, not the age of a baby (h18-029, a
// 37-year-old's itch asked the child's screen); said of anyone else, a
// daughter, a baby, a she, it stays an age and a fever at it is the
// emergency of a baby under three months.
func TestASymptomsMonthIsNoAge(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي حكة وقشور في يديا من السيمة، عندها شهر",
		"عندي كحة عندها اسبوع",
		"عندي حبوب في ظهري عندها شهر",
	} {
		if m := e.readMeasures(e.lex.analyze(text)); m.ageMonths >= 0 && m.ageMonths < 12 {
			t.Errorf("%q: read as an age of %d months", text, m.ageMonths)
		}
	}
	for _, text := range []string{
		"بنتي عندها شهرين وحرارتها 38",
		"عندها شهرين وحرارتها ٣٨ وما ترضع",
		"عندي بنت عندها شهر وحرارتها ٣٨",
		"عندي ولد عنده اسبوعين وحرارته ٣٨",
		"عندي بيبي عنده شهر وحرارته ٣٨",
	} {
		if w := e.Walk(text, Facts{}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency (a baby under three months with 38 °C)", text, w.Decision.Urgency)
		}
	}
}
