package triage

import "testing"

// Training set 100 (sixteenth session): elderly parents and grandparents,
// written by their children, grandchildren and carers in Levantine and
// Maghrebi Arabic, their Arabizi and second-language English. The tests
// below hold the families its first run showed, with their look-alikes.

// TestANegationEndsAtItsComma: "not" reaches the end of its phrase and no
// further, so "he feel fine, not thirsty, eating normal" denies the thirst
// and eats (h100-032: read as "not eating", a diabetic's sick day,
// UR-DIAB-02, for a routine review of his sugars; Diabetes UK sick day
// rules). Not eating told in one phrase stays a sick day.
func TestANegationEndsAtItsComma(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DIAB-02", false, Facts{AgeYears: 69},
		"Hi, my father 69 is diabetic on metformin. This week his sugar in the morning is 190-220. He feel fine, not thirsty, eating normal.",
		"my dad is diabetic, no fever, eating and drinking fine",
		"im diabetic. not tired, eating well, just want my sugars reviewed",
	)
	amberOf(t, e, "UR-DIAB-02", true, Facts{AgeYears: 69},
		"my father is diabetic and he is not eating since yesterday",
		"my dad is diabetic, not eating, feels weak",
		"بابا عنده السكر وما عم ياكل من امبارح",
	)
	if present(t, e, "my father is diabetic. He feel fine, not thirsty, eating normal.", "thirst") {
		t.Error("\"not thirsty\" read as thirst")
	}
}

// TestACarThatFellIsBrokenDown: the Maghreb's car that "fell" («الكرهبة
// طاحت», "tombée en panne") and the English car that "broke down" are no
// fall and no fracture: h100-006, a dialysis session missed for it, was an
// old man fallen who could not walk (RF-TRAUMA-05). A person who fell
// stays a fall (NICE CG124: an older person who fell and cannot get up).
func TestACarThatFellIsBrokenDown(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 72},
		"عسلامة، بابا يعمل في الدياليز 3 مرات في الجمعة، اليوم ما نجمش يمشي للسيونس على خاطر الكرهبة طاحت فالطريق. هو لاباس عليه توا، يتنفس عادي.",
		"الوالد ما قدرش يمشي للسبيطار حيت الطوموبيل طاحت في بان",
		"the car broke down so he couldnt go to his dialysis",
		"baba ma njamch yemchi lel séance 5ater el karhba ta7et fi panne",
	)
	redFlagIs(t, e, "RF-TRAUMA-05", true, Facts{AgeYears: 80},
		"جدي طاح فالكوزينة وما قدرش ينوض",
		"my grandmother fell in the kitchen and cant get up",
		"ستي وقعت بالحمام وما عم تقدر توقف",
	)
	amberOf(t, e, "UR-INJ-01", false, Facts{AgeYears: 72},
		"the car broke down so he couldnt go to his dialysis",
		"our car broke down on the way, he missed the appointment",
	)
	amberOf(t, e, "UR-INJ-01", true, Facts{AgeYears: 72},
		"my mum fell and broke her wrist",
	)
}

// TestADialysisSessionNotReachedInTheMaghreb: «ما نجمش يمشي للسيونس» (he
// could not go to the session) and «ما قدرش يمشي للحصة» are a dialysis
// session missed (UR-KIDNEY-02; UK Kidney Association): the session named
// in the French word's Arabic letters, and "could not go" in every person.
func TestADialysisSessionNotReachedInTheMaghreb(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-KIDNEY-02", true, Facts{AgeYears: 72},
		"عسلامة، بابا يعمل في الدياليز 3 مرات في الجمعة، اليوم ما نجمش يمشي للسيونس على خاطر الكرهبة طاحت فالطريق.",
		"بابا عندو الدياليز، ما قدرش يمشي للحصة اليوم",
		"ابوي على غسيل الكلى وما قدر يروح عالجلسة اليوم",
		"the car broke down so he couldnt go to his dialysis",
	)
	amberOf(t, e, "UR-KIDNEY-02", false, Facts{AgeYears: 72},
		"بابا عندو الدياليز، مشى للسيونس اليوم وكلشي مزيان",
	)
}

// TestACupFallenFromTheHandIsAWeakHand: a held thing that fell from the
// hand is the weak hand's sign as relatives tell it (Stroke Association:
// sudden weakness, dropping things; NHS: Stroke - FAST): «الكاس طاح من
// يدها» (h100-009, a stroke since the morning) was a fall and a head
// injury. A baby or a person fallen from the hands is a fall, and a glass
// that broke and cut the hand is the cut's.
func TestACupFallenFromTheHandIsAWeakHand(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-STROKE-02", true, Facts{AgeYears: 75},
		"صباح الخير، يما عندها 75 سنة، من الصباح راهي عيانة شوية، الكاس طاح من يدها وتقول راسي ثقيل.",
		"ستي وقع الفنجان من ايدها مرتين اليوم",
		"طاح ليها الكاس من يدها",
		"the cup fell out of her hand this morning and she seems tired",
		"mama l kas ta7 men yedha lyoum",
	)
	redFlagIs(t, e, "RF-STROKE-02", false, Facts{AgeYears: 75},
		"الكاس وقع من ايدها وانكسر وجرحها",
		"البيبي طاح من يدي على راسه",
		"جدي طاح فالحمام",
	)
	for _, text := range []string{
		"صباح الخير، يما عندها 75 سنة، من الصباح راهي عيانة شوية، الكاس طاح من يدها وتقول راسي ثقيل.",
		"الكاس طاح وانكسر",
	} {
		if present(t, e, text, "head_injury") || present(t, e, text, "fall_word") {
			t.Errorf("%q: a cup that fell read as a fall", text)
		}
	}
}

// TestAnOperationToldDoneIsARecentStay: an operation told with its verb,
// whatever stands between ("had the hip operation 2 weeks before", «عمل
// عملية بالركبة من 10 ايام», «دار عملية فالركبة»), home from hospital
// however the verb is written, and the leg below the knee swollen a few
// words on, are a swollen calf after surgery (h100-011, missed: NICE NG158,
// the project's settled note, RF-DVT-01). None, told so, is not.
func TestAnOperationToldDoneIsARecentStay(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-DVT-01", true, Facts{AgeYears: 85},
		"Hello, my father he is 85, he had the hip operation 2 weeks before and come home from hospital last week. Now his left leg under the knee is little bit swollen and he say it hurts when he walk.",
		"ابوي عمل عملية بالورك من اسبوعين ورجع عالبيت، هلق رجله الشمال تحت الركبة نافخة شوي وبتوجعه",
		"بابا دار عملية فالركبة هادي 15 يوم، ورجلو تحت الركبة تنفخات شوية وكتضرو",
		"باباه دار عملية ديال الركبة وخرج من السبيطار هادي سيمانة، ورجلو ليسرى تنفخات",
		"baba 3amal 3amaliye bel rekbe mn 10 iyyam, hala2 ejro el yamin nafkha w btewj3o",
	)
	redFlagIs(t, e, "RF-DVT-01", false, Facts{AgeYears: 80},
		"my dad is 80 his left calf is swollen since 2 days, no operation no hospital",
		"ابوي رجله الشمال نافخة من يومين، ما عمل عملية ولا سافر",
	)
}

// TestTheLevantsLegIsALeg: the Levant's «اجر» with its pronouns («اجري»,
// «اجره», "ejro") is the leg: «اجري اليمين منفوخة ووجعتني» was read as
// nothing, and a swollen leg went routine without its clot's question (NICE
// NG158). A fare («اجرة التاكسي») is no leg; a bite on the leg is the
// bite's, and both legs swollen after a long bus ride are the journey's.
func TestTheLevantsLegIsALeg(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DVT-01", true, Facts{AgeYears: 60},
		"اجري اليمين منفوخة ووجعتني من يومين",
		"ejre el yamin nafkha w btewja3ni",
	)
	if present(t, e, "ما معه اجرة التاكسي ليروح عالمستشفى", "leg") {
		t.Error("a taxi fare read as a leg")
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 4},
		"بنتي ٤ سنين قرصتها بقة على اجرها مبارح، منفوخ شوي ومحمر قد الليرة وعم تحكه. ما عندها حرارة وعم تلعب.",
		"my daughter 4 got a bug bite on her leg yesterday, a bit swollen and red the size of a coin, itchy, no fever, playing",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 66},
		"my mum 66 came by bus 12 hours, after the trip there is a mild swelling in both her legs around the ankle, not red and no pain",
	)
	redFlagIs(t, e, "RF-DVT-01", true, Facts{AgeYears: 40},
		"after my flight from manila my left calf is swollen and painful",
	)
}

// TestMusclesSoreAfterTheGymInEveryScript: muscles named sore after a
// workout are delayed-onset soreness, home care however strongly told
// (NHS: muscle pain), once the Levant's leg is read ("3adalat ijray
// btwaja3ni mawt ba3d ma rje3t 3al gym", h35-030); a joint swollen after
// the gym is still an injury to be seen.
func TestMusclesSoreAfterTheGymInEveryScript(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 30},
		"5ayye 3adalat ijray btwaja3ni mawt ba3d ma rje3t 3al gym ba3d 3 ash-hur, ma fini enzal el daraj!! bas lon el bol 3adi.",
		"عضلات اجري بتوجعني موت بعد الجيم",
		"رجولي توجعني من التمرين امس، عضلات الفخذ مشدودة",
	)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 40},
		"after the gym my knee is swollen and my muscles ache, cant walk on it",
	)
}

// TestMuchBetterAfterCoolingIsHomeCare: heat exhaustion cooled and drinking
// and then much better, or back to normal, is home care at any age (the
// project's settled note; NHS: better within 30 minutes). h100-016, a man
// of 67 «صار احسن بكتير وبحكي عادي», was kept urgent as an older person
// still being cooled (UR-HEAT-02). Only a little better, or vomiting
// without a word of recovery, is still seen.
func TestMuchBetterAfterCoolingIsHomeCare(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 67},
		"ابوي عمره 67 كان يشتغل بالحاكورة الظهر بالشمس، فات دايخ وعرقان كتير وراسه بوجعه. قعدناه بالظل وحطينا عليه مي باردة وشرب مي كتير، وهسا بعد ساعة صار احسن بكتير وبحكي عادي.",
		"my dad 72 dizzy and sweaty in the sun, we sat him in the shade and gave water, now much better",
		"بابا خدم فالجنان فالسخانة ودار ليه الدوخة، قعدناه فالظل وشرب الما، ودابا احسن بزاف",
	)
	amberOf(t, e, "UR-HEAT-03", true, Facts{AgeYears: 72},
		"my dad 72 dizzy in the sun, sat him in shade with water, a bit better but still dizzy",
	)
	amberOf(t, e, "UR-HEAT-02", true, Facts{AgeYears: 70},
		"my mum is 70, dizzy and sweating after tawaf in the heat, she vomited, we sat her in the shade with water",
	)
}

// TestAWoundThatWillNotHealInEveryPerson: the Maghreb's «جرحة» (a wound)
// and the wound with its pronoun, and not healing in any person and tense
// («ما بغاتش تبرا», «ما عم يطيب», "tbra"), on a diabetic's foot are an
// active foot problem for the same day (NICE NG19; h100-017 went routine).
func TestAWoundThatWillNotHealInEveryPerson(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DIAB-06", true, Facts{AgeYears: 76},
		"salam, jeddi 3ando sokkar, 3ando jar7a ta7t rejlo men chi 2 semaines ma bghatch tbra, w daba wlat 7amra w mnfou5a chwiya.",
		"جدي عندو السكر، عندو جرحة تحت رجلو من جوج سيمانات ما بغاتش تبرا، ودابا ولات حمرا ومنفوخة شوية",
		"يما عندها السكري وجرحها برجلها ما عم يطيب",
	)
	if !present(t, e, "الجرحة ما بغاتش تبرا", "not_healing") {
		t.Error("«ما بغاتش تبرا» not read as a wound not healing")
	}
}

// TestNotBeenToTheToiletIsConstipation: not having been to the toilet, in
// any person and dialect («ما مشاتش للتواليت», «ما دخلتش للطواليط», «ما
// فاتت عالحمام»), is constipation, home care with fluids and a laxative
// (NICE CKS Constipation; h100-020 was read as nothing). Going into the
// bathroom told in passing ("after he went into the bathroom he fell") is
// not.
func TestNotBeenToTheToiletIsConstipation(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 76},
		"عسلامة، امي عمرها 76 سنة، عندها 4 ايام ما مشاتش للتواليت، تاكل وتشرب عادي وما عندهاش وجيعة في كرشها وما تقياتش.",
		"يما عندها 3 ايام ما دخلتش للطواليط",
		"ستي من اربع ايام ما فاتت عالحمام",
		"mama 3andha 4 ayam ma mchatch l toilette",
	)
	if present(t, e, "بعد ما دخل الحمام وقع وما قدر يقوم", "constipation") {
		t.Error("going into the bathroom read as constipation")
	}
}

// TestAForgottenDoseIsNoFailingMemory: a dose forgotten («نسى حبة
// الطونسيو», «نسي دواء الضغط») is a question for the pharmacist, not a
// memory complaint for neurology (h100-023; NHS: missed doses). Forgetting
// names and things is still the memory's.
func TestAForgottenDoseIsNoFailingMemory(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 71},
		"صحيت، بابا نسى حبة الطونسيو تاعو البارح فالليل، اليوم الصباح داها عادي. راهو مليح ما عندو والو. واش يزيد حبة باش يعوض ولا لا؟",
		"ماما نسيت تاخد حبة الضغط مبارح، شو لازم تعمل؟",
		"ابوي نسي دواء الضغط امس",
		"he forgot his medicine this morning",
	)
	urgencyIs(t, e, Routine, "neurology", Facts{AgeYears: 81},
		"ماما صارت تنسى كتير، بتنسى تاخد دواها وبتنسى الاسامي",
	)
}

// TestAVeryDrySkinIsHomeCare: "very" dry in the Arabic word order («ناشف
// كتير», "nashef ktir") tells how dry, as "very dry" does in English: an
// emollient from the pharmacy (NICE CKS dry skin; h100-026, t29-038 and
// t30-024 went routine).
func TestAVeryDrySkinIsHomeCare(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 75},
		"hi, jeddo 3omro 75, jeldo nashef ktir b hal shiteye w 3am y7okko, 5osusan 3a ejre w dahro. ma fi 7bub w la 7amar w la 7arara.",
		"جدو عمرو 75، جلدو ناشف كتير بهالشتوية وعم يحكو، ما في حبوب ولا احمرار ولا حرارة",
		"جلدي ناشف بزاف وكيحكني",
		"my grandad's skin is very dry and itchy this winter, no rash",
	)
}

// TestShinglesOnTheForeheadOnOneSide: spots, a rash or blisters on the
// forehead told on one side, the places between them, are shingles by the
// eye (NICE CKS Shingles: same-day assessment); Arabizi's "3a" and "w" are
// words of their own and took h100-033 past the window of ten. A
// medicine's pills («حبوب الضغط») beside a headache on one side are not
// spots.
func TestShinglesOnTheForeheadOnOneSide(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-SKIN-01", true, Facts{AgeYears: 80},
		"marhaba, teta 3omra 80, tel3o 3anda 7bub 7amra mwaj3a 3a jbina w 3a rass mana5ira mn jehha we7de, mn embere7.",
		"my grandmother 80 has painful red blisters on her forehead and tip of nose on one side since yesterday, her eye is a bit red",
		"تيتا عمرها 80، طلعلها حبوب حمرا موجعة عجبينها وعراس مناخيرها من جهة وحدة من امبارح",
	)
	amberOf(t, e, "UR-SKIN-01", false, Facts{AgeYears: 50},
		"باخد حبوب الضغط وعندي صداع بجهة وحدة من جبيني",
		"عندي حبوب على جبيني من شهر، حب شباب",
	)
}

// TestACoinSizedBruiseIsHomeCare: a bruise told by a coin's size is a small
// bruise (NHS: Bruises), as "a small bruise" is: h100-039, a knock on a
// door at 74, not on blood thinners, was a possible fracture for the same
// day. A swollen, bent wrist after a fall is still seen today.
func TestACoinSizedBruiseIsHomeCare(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 74},
		"hello, my father 74 bumped his arm on the door yesterday, now there is blue bruise size of a coin. He is not taking any blood thinner, not much pain, moving the arm normal.",
		"طلعتلو زرقة قد الدورو فيدو من الباب",
	)
	amberOf(t, e, "UR-INJ-01", true, Facts{AgeYears: 81},
		"My mum 81 slipped in the kitchen this morning and land on her hand. Wrist is swollen and look bent, she cant move it because pain.",
	)
}
