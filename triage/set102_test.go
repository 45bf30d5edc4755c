package triage

import (
	"slices"
	"testing"
)

// Training set 102 (sixteenth session): plain first messages in Arabic only,
// emergencies told in everyday dialect words (fainted, a fit, paralysed,
// not knowing the family, vomiting) and non-emergencies that share them
// (a faint at a blood test, a calf's cramp, a sunstroke asked about, a
// heavy period in Arabizi). One test per family, in several dialects.

// TestAFaintAtABloodTestIsTheSimpleFaint: a faint with its needle or blood
// test told beside it, come round at once, is the uncomplicated faint of
// NICE CG109 1.1.3: self-care (h102-007, «انغمى عليها دقيقه يوم سحبوا لها
// دم», routine with nothing read). An older person's faint, or one with
// chest pain or palpitations, is still RF-CONSC-02; a faint with no
// trigger is still UR-NEURO-01's.
func TestAFaintAtABloodTestIsTheSimpleFaint(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 17},
		"بنتي ١٧ سنه انغمى عليها دقيقه يوم سحبوا لها دم في المستوصف، صحت على طول وهي الحين زينه",
		"اغمى عليها لما سحبولها دم وفاقت على طول ودلوقتي كويسه",
		"غمي عليها وهني عم يسحبو دم وهلق منيحة",
		"تسخفات ملي جبدو ليها الدم ودابا مزيانة",
		"she fainted when they took her blood, came round straight away, fine now",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 72},
		"انغمى عليها يوم سحبوا لها دم",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"انغمى علي يوم سحبوا لي دم وقلبي يدق بقوة وصدري يعورني",
	)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 30},
		"انغمى عليها اليوم الصبح والحين زينه",
	)
}

// TestTheGulfAndMaghrebFaintsAreFaints: the Gulf's «انغمى عليه», the
// Maghreb's «تسخفات» in Arabizi ("tsokhfat", h102-039) and someone found
// fallen («لقينا ماما طايحة», h102-029) are a collapse (NHS: Fainting);
// "she was about to faint" («غادي تسخف») and a fall down the stairs are not.
func TestTheGulfAndMaghrebFaintsAreFaints(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انغمى عليه بالدوام", "ابوي انغمى عليه", "mama tsokhfat f lkouzina", "لقينا ماما طايحة فالدوش",
		"حصلناه طايح بالحمام", "لقيناه واقع على الارض", "found him on the floor this morning",
	} {
		if !present(t, e, text, "collapse") {
			t.Errorf("%q: no collapse read", text)
		}
	}
	for _, text := range []string{
		"kanet ghadi tsakhf", "طحت من الدروج البارح", "ولدي طاح من السيكل",
	} {
		if present(t, e, text, "collapse") {
			t.Errorf("%q: read as a collapse", text)
		}
	}
	// found fallen and vomiting, beside a gas water heater: the emergency
	// from the first message (carbon monoxide; RF-CONSC-02)
	classifiedAs(t, e, true, Facts{AgeYears: 45},
		"لقينا ماما طايحة فالدوش ومدوخة، راسها يوجع بزاف وتقيات، كان الشوفو تاع الغاز شاعل والباب مغلوق",
	)
}

// TestSunstrokeAskedIsAGuess: the name asked with a question mark («هذي
// ضربة شمس؟», h102-008, a boy cooled and playing again) is a guess, as
// "maybe sunstroke?" is: RF-HEAT-02 does not fire on it, its signs are
// asked. Heat stroke said, or its signs told, stays the emergency.
func TestSunstrokeAskedIsAGuess(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-HEAT-02", false, Facts{AgeYears: 12},
		"ولدي جاه دوخه وصداع بالبحر، شرب ماي وصار زين الحين يلعب. هذي ضربة شمس؟",
		"ابني كان بالشمس وراسه يوجعه، ضربة شمس؟",
		"he had a headache after the beach, now fine and playing, heat stroke?",
	)
	redFlagIs(t, e, "RF-HEAT-02", true, Facts{AgeYears: 60},
		"ابوي جاته ضربة شمس",
		"عمي ضربته الشمس",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"ابوي كان بالشمس وجسمه حار ويخربط بالكلام، هذي ضربة شمس؟",
	)
}

// TestAMaghrebiHeavyPeriodInArabizi: "bsah" (the Maghreb's but, «بصح») is
// no «بصاح», awake, "la serviette" the French article and no negation,
// and "koul" every: a pad soaked every hour without dizziness is UR-GYN-02
// (h102-040, sent to the emergency number as someone who would not wake).
func TestAMaghrebiHeavyPeriodInArabizi(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "obstetrics_gynecology", Facts{AgeYears: 34, Sex: "f"},
		"les regles ta3i hadi 3 jours yjiw bezzaf, nbeddel la serviette koul sa3a, bsah ma ndoukhch w ma ntihch. wach ndir?",
		"les regles jaw bezzaf, nbeddel la serviette koul sa3a",
	)
	for _, text := range []string{"bsah ma ndoukhch", "3andi skhana bsah ma 3andich kohba"} {
		if present(t, e, text, "not_waking") || present(t, e, text, "unresponsive") {
			t.Errorf("%q: read as not waking", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 60}, "baba ma y9derch yfi9, ma kayjawebch")
}

// TestACalfCrampIsNoFit: «تشنج» of a calf or a leg is its cramp (NHS: Leg
// cramps, self-care), a muscle pain (h102-016, read as nothing and sent
// for a routine visit); «تشنج» of the body is still a fit.
func TestACalfCrampIsNoFit(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 35},
		"بيجيلي تشنج في سمانة رجلي بعد الجيم، بيفك لوحده بعد دقيقه ومفيش ورم",
		"يجيني تشنج برجلي بالليل ويروح بعد دقيقه",
		"كيجيني تشنج فرجلي فالليل وكيمشي بوحدو",
		"tashannuj f rijli bil lail",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 4},
		"ابني طاح وصار عنده تشنج وما يرد",
		"بنتي جالها تشنجات وعينيها لفوق",
	)
}

// TestAKneeBruisedInAFallIsTheInjurys: a knee bruised and swollen after a
// fall on the stairs, walked on, is a sprain's self-care (NHS: Sprains and
// strains), not a clot's routine review at internal medicine (h102-030,
// h57-025).
func TestAKneeBruisedInAFallIsTheInjurys(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 25},
		"طحت من الدروج البارح وركبتي زرقات وتنفخت شوية، بصح نمشي عادي والوجع خفيف",
		"I fell from the stairs, my ankle is swollen and blue, I can walk",
	)
	// a calf swollen on one side after a flight is still the clot's
	redFlagIs(t, e, "RF-DVT-01", true, Facts{AgeYears: 50},
		"رجلي اليسار منفوخه وتوجعني بالسمانه بعد رحله طويله بالطياره",
	)
}

// TestTheMaghrebsFitAndItsFoam: the Maghreb's thrashing («كيتفركل»), the
// foam at the mouth in each dialect's words («الكشكوشة من فمو», «رغاوي من
// بقه»), and «راه غايب ما كيهضرش» (out and not talking) are a fit and
// someone not responding (h102-025, a first fit read as nothing). Absent
// from school is no one unconscious.
func TestTheMaghrebsFitAndItsFoam(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-SEIZ-01", true, Facts{AgeYears: 23},
		"خويا طاح فالارض وبدا كيتفركل وكتخرج ليه الكشكوشة من فمو",
		"ابني بيطلع رغاوي من بقه وجسمه بيتنفض",
		"اخوي طاح وتطلع رغوه من تمه",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 23}, "ودابا راه غايب ما كيهضرش معانا")
	classifiedAs(t, e, false, Facts{AgeYears: 10},
		"ولدي راه غايب على المدرسة اليوم عندو الزكام",
	)
}

// TestTheMaghrebsPastVomiting: «تقيات» (she vomited), «تقيت», "t9eyat" and
// MSA's «تقيأت» are vomiting: with a blow to the head, NICE NG232's
// emergency (h102-039), and with a collapse RF-CONSC-02 (h102-029).
func TestTheMaghrebsPastVomiting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"وتقيات جوج مرات", "t9eyat joj merrat", "تقيأت مرتين", "تقيت من الصباح", "الوليد تقيا"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: no vomiting read", text)
		}
	}
	redFlagIs(t, e, "RF-TRAUMA-02", true, Facts{AgeYears: 66},
		"mama drbat rasha f tabla w t9eyat joj merrat",
		"ماما ضربات راسها فالطابلة وتقيات جوج مرات",
	)
}

// TestNotKnowingTheFamily: not knowing the one who writes or the family
// («ما عرفني», «ما عارفاناش») and the Maghreb's talk in a muddle («كتخربق
// فالهضرة») are a new confusion (NHS: Confusion - sudden confusion is an
// emergency; h102-001 and h102-027 read nothing of a heat stroke's
// confusion). "We don't know what to do" («مش عارفين», h45-014, two
// letters from «عارفني»), "don't you know" and a doctor who did not know
// the patient are not.
func TestNotKnowingTheFamily(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-NEURO-01", true, Facts{AgeYears: 70},
		"ابوي فجأه ما عرفني",
		"جدتي ولات كتخربق فالهضرة وما عارفاناش",
		"امي من الصبح ما عم تعرفني",
		"بابا مش عارفني خالص من امبارح",
	)
	for _, text := range []string{
		"ومش عارفين نعمل ايه", "ما تعرفين وش فيه؟", "الدكتور ما عرفني", "ما عرفت ايش اسوي",
	} {
		if present(t, e, text, "confusion") {
			t.Errorf("%q: read as confusion", text)
		}
	}
}

// TestHeavySpeechAndSpeechGoneWrong: the Gulf's heavy speech («كلامها
// ثجيل», ق said ج), speech we cannot follow, a heavy tongue, and speech
// told as not good any more, her speech as his, are a stroke's speech
// (NHS: Stroke, FAST; h102-005, h102-013). A toddler who does not talk
// well yet, and a girl not talking to us, are not.
func TestHeavySpeechAndSpeechGoneWrong(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-STROKE-04", true, Facts{AgeYears: 67},
		"امي كلامها ثجيل ما نفهم عليها",
		"ابوي لسانه تقيل فجأة",
		"حماتي مش بتتكلم كويس من ساعة",
		"جدتي ما عم تحكي منيح من الصبح",
	)
	redFlagIs(t, e, "RF-STROKE-04", false, Facts{AgeYears: 3},
		"بنتي الصغيرة ٣ سنين لسه مش بتتكلم كويس",
	)
	redFlagIs(t, e, "RF-STROKE-04", false, Facts{AgeYears: 15},
		"بنتي مش بتتكلم معانا من امبارح زعلانه",
	)
}

// TestParalysedAsAVerb: paralysed told as a verb, Egypt's «اتشلت», the
// Gulf's and the Levant's «انشل», the Maghreb's «تشلات», with a side, a
// limb or "suddenly", is a stroke's weakness (NHS: Stroke, FAST;
// h102-013). A leg gone dead from sitting on it is pins and needles.
func TestParalysedAsAVerb(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-STROKE-02", true, Facts{AgeYears: 72},
		"حماتي فجأه اتشلت الناحيه الشمال كلها",
		"ابويا اتشل فجأة",
		"ابوي انشلت يده اليمين",
		"جدي تشلات ليه يدو",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"رجلي اتشلت من القعدة",
	)
}

// TestAKuwaitiMouthFallen: Kuwait's and Iraq's mouth, «حلج» (ق said ج),
// fallen to one side is a face fallen (h102-005); the same word sore is
// still a sore throat.
func TestAKuwaitiMouthFallen(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-STROKE-01", true, Facts{AgeYears: 67},
		"امي فجأه حلجها مال على جنب",
		"ابوي حلجه معوج من الصبح",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30}, "حلجي يعورني من امس")
}

// TestTheBabyInArabizi: "el bebe" (French bébé, kept in Latin letters) is
// the unborn baby, "bl shahr el tamen" the eighth month: the baby moving
// less is RF-PREG-06, not someone unresponsive alone (h102-038).
func TestTheBabyInArabizi(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-PREG-06", true, Facts{AgeYears: 31, Sex: "f"},
		"ana 7amel bl shahr el tamen w el bebe ma 3am yet7arrak metl el 3ade mn mberi7",
		"ana 7amel bil shahr el tamen w el bebe ma 3am yet7arrak",
	)
	if !present(t, e, "ana 7amel bl shahr el tamen", "late_pregnancy") {
		t.Error("the eighth month in Arabizi not read as late pregnancy")
	}
}

// TestTheLevantsLeg: «إجر» (the Levant's leg) is a leg, so a calf's pain
// asks the clot's question (h53-045, a swollen calf on one side, NICE
// NG158); and what reading it brought to light: a leg swollen round an
// insect bite is the bite's (NHS: Insect bites and stings), both legs
// swollen after a long journey dependent oedema, and muscles sore after a
// workout the muscle pain's self-care, in every dialect (h12-046, h24-028,
// h35-030).
func TestTheLevantsLeg(t *testing.T) {
	e := mustLoad(t)
	if !present(t, e, "حاسس بوجع باجري اليمين", "leg") {
		t.Error("«باجري» not read as a leg")
	}
	playedTo(t, e, Urgent, Facts{AgeYears: 30, Sex: "m"}, []string{"calf_swelling_one_side"},
		"حاسس بوجع باجري اليمين من كم يوم، يمكن شد عضل من الرياضة",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 4},
		"بنتي ٤ سنين قرصتها بقة على اجرها مبارح، منفوخ شوي ومحمر وعم تحكه",
		"my daughter got a mosquito bite on her leg yesterday, a bit swollen and red and itchy, no fever",
	)
	f := Facts{AgeYears: 66, Sex: "f"}
	for _, text := range []string{
		"ba3d el safar bil bas 12 sa3a sar fi nfa5 5afif bi ejreha el tintain 7awl el ka3b",
		"بعد السفر بالباص صار في نفخ خفيف باجريها التنتين",
	} {
		if d := e.Classify(text, f); slices.Contains(d.AmberFlags, "UR-DVT-01") {
			t.Errorf("%q: UR-DVT-01 for both legs", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 28},
		"5ayye 3adalat ijray btwaja3ni mawt ba3d ma rje3t 3al gym",
		"عضلات رجليا بتوجعني موت بعد ما رجعت عالجيم بعد ٣ شهور، مش قادر انزل السلم",
		"my leg muscles are sore after the gym",
	)
	// a knee hurt at the gym that bears no weight stays the injury's
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 28},
		"I hurt my knee at the gym, its swollen and I cant walk",
	)
}
