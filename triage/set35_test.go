package triage

import (
	"slices"
	"testing"
)

// Set 35 was a training set of the tenth session: Arabizi (Gulf, Egyptian,
// Levantine, Maghrebi), the English of second-language writers (South
// Asian, Nigerian, Filipino, Indonesian, Egyptian, Turkish) and Arabic
// script with English words, many of the well patients in dramatic words.
// Two emergencies were missed in both modes. What follows is what the
// first message read wrongly, each in the set's words and in other
// writers'.

// TestYearsOldAbbreviated: "71 y.o." and "y/o" are an age. The dots cut
// "71" from its "years old" and "71 y" read as seventy-one years of a
// drooping face: a Filipino helper's father with FAST signs went home
// routine (h35).
func TestYearsOldAbbreviated(t *testing.T) {
	e := mustLoad(t)
	for in, want := range map[string]string{
		"my tatay 71 y.o. this morning": "my tatay 71 yo . this morning",
		"she is 4 y/o":                  "she is 4 yo",
		"B.P. 150/95":                   "bp . 150/95",
		"e.g. paracetamol":              "eg . paracetamol",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	for _, text := range []string{
		"Hello po, my tatay 71 y.o. this morning his face is crooked on one side and his talk is not clear, he cannot hold his cup properly with right hand. He said he is just tired from sleeping, maybe we wait first?",
		"my lola 80 y/o her face is crooked since morning and she can't talk properly",
	} {
		if d := e.Classify(text, Facts{}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v, want a stroke emergency", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("my tatay 71 yo has cough since 3 days", Facts{}); slices.Contains(d.RedFlags, "RF-CHILD-01") {
		t.Errorf("71 yo read as a child: %v", d.RedFlags)
	}
}

// TestPillsEatenWithThePronoun: the pills named first, then "ate them"
// («گاع الحبوب كلاتهم», "ga3 l7bob klathom": a Moroccan teenager who
// emptied her mother's box after a row, h35, routine in both modes). The
// Maghreb's "all" (كاع, گاع) is a quantity.
func TestPillsEatenWithThePronoun(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"salam, o5ti 3ndha 16 3am, t5asmat m3a mama o d5lat l bitha, l9ina l3olba dyal dwa dyal mama 5awya, ga3 l7bob klathom. daba katgol rasha kaydor w bghat tn3es",
		"لقينا علبة الدوا خاوية، كاع الحبوب كلاتهم",
		"خويا جاب دوا ديال الاعصاب و بلعهم كاملين",
	} {
		if d := e.Classify(text, Facts{AgeYears: 16}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v, want an overdose emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"كليت الكسكسو كامل وكرشي عامرة",
		"الدري كلاتهم كاع البسكويت",
		"قاع العين فحصتو والطبيب قال مزيان",
	} {
		if present(t, e, text, "overdose") {
			t.Errorf("%q: read as an overdose", text)
		}
	}
}

// TestShinglesBeltIsNoPressure: a rash "like a belt" on one side of the back
// and chest is shingles' shape, not a chest squeezed like a belt (h35's
// 64-year-old with a band of blisters went to the emergency number by
// RF-CHEST-02). The belt of a chest pain still squeezes.
func TestShinglesBeltIsNoPressure(t *testing.T) {
	e := mustLoad(t)
	text := "مرحبا، امي عمرها 64 طلع لها rash حبوب فيها مويه على جهة وحدة من الظهر والصدر مثل الحزام، وقبلها بيومين كان عندها burning pain بنفس المكان. بعيد عن العين."
	if d := e.Classify(text, Facts{AgeYears: 64, Sex: "f"}); d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-SKIN-01") {
		t.Errorf("shingles: %s %v %v, want urgent UR-SKIN-01", d.Urgency, d.RedFlags, d.AmberFlags)
	}
	for _, text := range []string{
		"صدري مشدود زي الحزام من ساعة",
		"حاسس في حزام ضاغط على صدري",
	} {
		if !present(t, e, text, "chest_pressure") {
			t.Errorf("%q: a belt round the chest is pressure", text)
		}
	}
}

// TestNegativePregnancyTest: a pregnancy test that came back negative is no
// pregnancy ("3melt test 7aml w tele3 negative marrtein", h35: missed
// periods asked about bleeding in pregnancy and sent to the emergency
// number in strict mode). A positive one still is.
func TestNegativePregnancyTest(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"marhaba, dawrti sarla shahrein ma ijit, 3melt test 7aml w tele3 negative marrtein. ma fi wja3 wala nazif",
		"my period is 2 months late, pregnancy test was negative",
		"عملت تحليل الحمل وطلع سلبي والدورة متاخرة",
		"عملت تست حمل نيجاتيف",
	} {
		if present(t, e, text, "pregnancy_word") {
			t.Errorf("%q: a negative test read as a pregnancy", text)
		}
	}
	for _, text := range []string{
		"3amalt test 7aml w tele3 positive w fi dam",
		"pregnancy test positive and now some bleeding",
	} {
		if !present(t, e, text, "pregnancy_word") {
			t.Errorf("%q: a positive test is a pregnancy", text)
		}
	}
}

// TestLongStandingPainIsRoutine: a joint, a limb or a rash that has been bad
// for months, told so, is a routine visit however hard the words (a knee
// "killing me" on the stairs for six months, acne "bzaf" for two years:
// h35, urgent). A new severe pain, or an old illness beside a new injury,
// stays urgent.
func TestLongStandingPainIsRoutine(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"مرحبا، عمري 58 وركبتي اليمين بتوجعني كتير لما اطلع الدرج من 6 شهور، it's killing me، وبتطقطق. ما وقعت وما في حرارة ولا ورم كبير.",
		"my knee is killing me for 3 months when I climb stairs",
		"salam, 3ndi l7bob f wjhi o dahri bzaf mn 3amayn, jrrbt krimat mn pharmacie ma nf3ouch",
	} {
		if d := e.Classify(text, Facts{AgeYears: 58}); d.Urgency != Routine {
			t.Errorf("%q: %s %v, want routine", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"my knee is very painful since yesterday, I can hardly bend it",
		"I have diabetes for 10 years. Today I fell and my knee is very painful",
		"ركبتي وارمه وحاره والالم يزيد بقوه من امس",
		"my knee is red and hot and very painful for 3 weeks",
	} {
		if d := e.Classify(text, Facts{AgeYears: 50}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v, want urgent", text, d.Urgency, d.AmberFlags)
		}
	}
}

// TestSunburnAfterTheCoast: Egypt's beach is "the coast" (الساحل), and red
// hot skin after a day in the sun is a sunburn, not a cellulitis nor an
// infection brought home from a trip (h35, urgent). Red, hot and
// spreading is still a cellulitis.
func TestSunburnAfterTheCoast(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ana rege3t men el sa7el embare7, dahry w ktafy 7amrin gedan w by7ra2ouni ka2eni fe nar!! mafeesh fa2a2i3 w mafeesh so5oneya wala do5a. a7ot eh?",
		"رجعت من الساحل امبارح ضهري وكتافي حمرين جدا وبيحرقوني",
	} {
		if d := e.Classify(text, Facts{AgeYears: 22, Sex: "f"}); d.Urgency != SelfCare {
			t.Errorf("%q: %s %s, want self-care", text, d.Urgency, d.Specialty)
		}
	}
	if !present(t, e, "mesa el 5eer, ana 3andi sokar w rigli el shemal 7amra w warma w so5na, w el e7merar bykbar", "skin_infection") {
		t.Errorf("a spreading red hot leg is a cellulitis")
	}
}

// TestEverydayComplaintsInArabizi: the Maghreb's French toilet ("ma d5elt l
// toilette mn 4 iyam") is constipation, and muscles named with their pain
// after the gym ("3adalat ijray btwaja3ni mawt ba3d ma rje3t 3al gym") are
// a workout's soreness: both were read as nothing, a routine visit (h35).
func TestEverydayComplaintsInArabizi(t *testing.T) {
	e := mustLoad(t)
	for text, concept := range map[string]string{
		"salam, ana ma d5elt l toilette mn 4 iyam, kerchi m3mra":   "constipation",
		"ما دخلتش للطواليط من 3 ايام":                              "constipation",
		"5ayye 3adalat ijray btwaja3ni mawt ba3d ma rje3t 3al gym": "muscle_pain",
		"عضلات ظهري توجعني من امس":                                 "muscle_pain",
	} {
		if !present(t, e, text, concept) {
			t.Errorf("%q: want %s", text, concept)
		}
	}
	if present(t, e, "دخلت للتواليت و لقيت دم", "constipation") {
		t.Errorf("going to the toilet is no constipation")
	}
	if d := e.Classify("5ayye 3adalat ijray btwaja3ni mawt ba3d ma rje3t 3al gym ba3d 3 ash-hur, ma fini enzal el daraj!! bas lon el bol 3adi.", Facts{AgeYears: 28}); d.Urgency != SelfCare {
		t.Errorf("sore legs after the gym: %s, want self-care", d.Urgency)
	}
}

// TestDyingOfAnnoyance: "I want to die of annoyance" or "of the pain" is
// how bad it is, not a wish to die (Egyptian "3ayza amoot men el za3al"
// about hair falling out, h35: urgent psychiatry). Grief and a plain wish
// to die are still death wishes.
func TestDyingOfAnnoyance(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"sha3ry by2a3 gamed gedan men 3 shohor. ana 3ayza amoot men el za3al!!",
		"عايزه اموت من الغيظ",
		"بدي موت من الوجع بسناني",
	} {
		if present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: read as a wish to die", text)
		}
	}
	for _, text := range []string{
		"عايزه اموت",
		"بدي موت من الحزن على امي",
		"I want to die",
	} {
		if !present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: a wish to die", text)
		}
	}
}

// TestHeartburnAsksNoTesticle: a burning in the chest and stomach after
// meals is no torsion's belly pain; a 38-year-old with heartburn was asked
// about his testicles and, not sure, sent to the emergency number in
// strict mode (h35).
func TestHeartburnAsksNoTesticle(t *testing.T) {
	e := mustLoad(t)
	text := "salam, 3indi 7ar8a fi sadri o ma3dti ba3d el akl 5asatan el 3asha, min shahar ta8reeban. el alam y8tilni wallah!! akhath gaviscon y5if shway."
	w := e.Walk(text, Facts{AgeYears: 38, Sex: "m"}, "", func(q Question) string { return Unsure })
	if slices.Contains(w.Asked, "abd_testicle") {
		t.Errorf("heartburn asked about the testicles: %v", w.Asked)
	}
}

// TestKidneyInfectionVomitAsksNoNeck: a vomit with a fever, burning urine
// and loin pain is a kidney infection's, and the meningitis neck question
// is not asked (h35-012, "not sure", went to the emergency number in
// strict mode); with a headache it still is.
func TestKidneyInfectionVomitAsksNoNeck(t *testing.T) {
	e := mustLoad(t)
	no := func(q Question) string {
		if q.Kind == KindYesNo {
			return "no"
		}
		return Unsure
	}
	text := "Dear doctor, I am having burning urine since 3 days and today fever 38.9 with shivering and pain in my back right side under ribs. Also vomited one time."
	if w := e.Walk(text, Facts{AgeYears: 31, Sex: "f"}, "", no); slices.Contains(w.Asked, "fever_neck") || w.Decision.Urgency != Urgent {
		t.Errorf("kidney infection: %s %v, want urgent without fever_neck", w.Decision.Urgency, w.Asked)
	}
	text = "burning urine, fever 39, pain in my right loin, vomited once and have a headache"
	if w := e.Walk(text, Facts{AgeYears: 31, Sex: "f"}, "", no); !slices.Contains(w.Asked, "fever_neck") {
		t.Errorf("with a headache the neck is asked: %v", w.Asked)
	}
}

// TestSoakedIsNoDrowning: drenched in sweat («اصحى غرقان في العرق», night
// sweats), "drowning in work" or in debt were the emergency number
// (RF-BREATH-07, and RF-CONSC-01 by "drowning"); found while reading set
// 35's Arabizi. A child who fell into the pool, in Gulf Arabizi too ("6a7
// fil birka w kan yghra2", the Gulf's pool البركة and the verb in every
// person), is still drowning.
func TestSoakedIsNoDrowning(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"كل ليله اصحى غرقان في العرق والحراره 38",
		"المخدة غرق من العرق",
		"drowning in work and stress, cant sleep",
		"انا غرقانه في الديون وما انام",
	} {
		if d := e.Classify(text, Facts{AgeYears: 40}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v, no drowning", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"wildi 6a7 fil birka w kan yghra2",
		"ولدي طاح في البركه وطلعناه",
		"my son nearly drowned in the pool",
		"ابني غرق في المسبح",
	} {
		if d := e.Classify(text, Facts{AgeYears: 4}); !slices.Contains(d.RedFlags, "RF-BREATH-07") {
			t.Errorf("%q: %s %v, want RF-BREATH-07", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestOldDurationLeavesNewStrokeSigns: a duration prefilled from the words
// is one band for the whole message; taken as an answer, "for 2 years" of
// an old facial droop switched off the new speech and arm signs told in
// the next sentence (RF-STROKE-02's none), and the conversation ended
// routine with no question while the first message was an emergency
// (found with set 35's "71 y", read as a duration). The words' own red
// flags now keep their reading: no duration is prefilled over them.
func TestOldDurationLeavesNewStrokeSigns(t *testing.T) {
	e := mustLoad(t)
	no := func(q Question) string {
		if q.Kind == KindYesNo {
			return "no"
		}
		return Unsure
	}
	for _, text := range []string{
		"my father's face has been crooked for 2 years. Now he can't speak properly and his arm is weak",
		"my father has had his face crooked on one side for 2 years. This morning his talk is not clear and he cannot hold his cup properly with right hand",
	} {
		if d := e.Classify(text, Facts{AgeYears: 71}); d.Urgency != Emergency {
			t.Errorf("%q: first message %s, want emergency", text, d.Urgency)
		}
		if w := e.Walk(text, Facts{AgeYears: 71}, "", no); w.Decision.Urgency != Emergency {
			t.Errorf("%q: conversation %s %v, want emergency", text, w.Decision.Urgency, w.Asked)
		}
	}
	if got := e.Prefill("cough for 3 weeks, no fever", Facts{AgeYears: 40}, "breathing")["duration"]; got != "weeks" {
		t.Errorf("a cough of 3 weeks: duration %q, want weeks", got)
	}
}

// TestSecondLanguageEmergencies: probes in the set's theme, written after
// it, that the first message missed: a builder fallen "from 3rd floor
// scaffolding" (the floor by its number in digits), and South Asian
// English "thoughts of finishing myself" with tablets "kept" (kill myself;
// put by). A scaffolding worker's back ache is no fall.
func TestSecondLanguageEmergencies(t *testing.T) {
	e := mustLoad(t)
	for text, want := range map[string]string{
		"worker in the site fell down from 3rd floor scaffolding, not answering":  "RF-TRAUMA-01",
		"my brother fell from the 2nd floor, his leg is bent":                     "RF-TRAUMA-01",
		"doctor I am having thoughts of finishing myself, I have kept tablets":    "RF-MH-01",
		"sometimes I think to finish my life, nobody care for me in this country": "RF-MH-01",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); !slices.Contains(d.RedFlags, want) {
			t.Errorf("%q: %s %v, want %s", text, d.Urgency, d.RedFlags, want)
		}
	}
	for _, text := range []string{
		"I work on scaffolding all day, my lower back is paining since 1 week",
		"I finished my tablets, need refill of metformin",
	} {
		if d := e.Classify(text, Facts{AgeYears: 40}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v, no emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestPidginFeverAndChild: Nigerian Pidgin "my pikin dey hot well well and
// e neck don stiff" (my child is very hot and his neck is stiff) was a
// routine visit with only the safety screen: "pikin" is a child and "dey
// hot" a fever; the weather that "dey hot" is not.
func TestPidginFeverAndChild(t *testing.T) {
	e := mustLoad(t)
	if d := e.Classify("Abeg my pikin dey hot well well and e neck don stiff, e no fit bend am", Facts{}); !slices.Contains(d.RedFlags, "RF-CHILD-02") {
		t.Errorf("pikin with a fever and a stiff neck: %s %v, want RF-CHILD-02", d.Urgency, d.RedFlags)
	}
	if !present(t, e, "my pikin get cough since 2 days", "child_word") {
		t.Errorf("a pikin is a child")
	}
	if present(t, e, "the weather dey hot, my skin dey itch", "fever") {
		t.Errorf("hot weather is no fever")
	}
}

// TestEgyptianBaVerbsMarkEgypt: Egypt's ba- verbs ("ba3mel", "bamoot",
// "ba7es") mark an Egyptian message, whose g is ج: "el waga3" is the pain
// (وجع), not a fall (وقع); "ba7es ena bamoot mn el waga3 lama ba3mel pipi"
// (burning urine, I could die of the pain when I pee) was a fall, a
// drooping face and a stroke (RF-STROKE-01).
func TestEgyptianBaVerbsMarkEgypt(t *testing.T) {
	e := mustLoad(t)
	text := "3andi 7ar2a fil bol w ba7es ena bamoot mn el waga3 lama ba3mel pipi"
	if d := e.Classify(text, Facts{AgeYears: 26, Sex: "f"}); d.Urgency == Emergency {
		t.Errorf("%q: %s %v, a urine infection", text, d.Urgency, d.RedFlags)
	}
	if present(t, e, text, "injury") {
		t.Errorf("%q: the pain read as a fall", text)
	}
}
