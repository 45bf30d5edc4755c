package triage

import "testing"

// Training set 124 (eighteenth session): chronic illness and its
// medicines. Each test is one family of what the set's first run got
// wrong, with texts other than the set's own.

// TestCannotBeforeTheVerbOfSpeaking: "cannot" reads as a lost speech only
// before the verb of speaking (ما يقدر يتكلم, "can't talk"). Unordered, the
// Gulf «ما فيه» (there is none) after «يقدر يتكلم عادي» (he can talk
// normally) read as Levantine "he can't": a stroke's speech (RF-STROKE-04)
// and a fever its negation no longer reached, for a COPD flare (h124-023).
// NHS Stroke (FAST): speech slurred or lost.
func TestCannotBeforeTheVerbOfSpeaking(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 70, Sex: "m"}
	redFlagIs(t, e, "RF-STROKE-04", false, f,
		"يقدر يتكلم عادي، ما فيه حرارة",
		"ابوي يتكلم عادي، ما فيه شي غير الكحة",
		"بيتكلم عادي وما فيه سخونية",
	)
	redFlagIs(t, e, "RF-STROKE-04", true, f,
		"ابوي فجأة ما يقدر يتكلم",
		"ما فيه يتكلم من الصبح",
		"he suddenly can't talk properly",
		"كلامه مش واضح من ساعة",
	)
	if present(t, e, "يقدر يتكلم عادي، ما فيه حرارة", "fever") {
		t.Errorf("«ما فيه حرارة» read as a fever")
	}
}

// TestACOPDFlareWithoutAFever: COPD with the phlegm turned green or yellow
// or more of it, or the breath shorter than usual, is an exacerbation for a
// clinician today (NICE NG115 1.3.31; NICE NG114), with or without a fever
// (UR-RESP-03 asks for one). «نفسه اقصر من العادة» is breathlessness.
// Stable COPD and a refill stay routine.
func TestACOPDFlareWithoutAFever(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 68, Sex: "m"}
	urgencyIs(t, e, Urgent, "pulmonology", f,
		"I have COPD and since Monday my phlegm has gone green and there is more of it",
		"mum has copd, she is more breathless than usual since yesterday",
		"عندي انسداد رئوي والبلغم صار اصفر من يومين",
		"بيي عندو انسداد رئوي والبلغم صار لونو اخضر وكتير",
		"بابا عندو الانسداد الرئوي والبلغم ديالو خضر من البارح",
	)
	urgencyIs(t, e, Routine, "", f,
		"I have COPD, my breathing is the same as always, I need my inhalers renewed",
		"عندي انسداد رئوي وبدي جدد الوصفة",
	)
	if !present(t, e, "نفسه اقصر من العادة", "breathless") {
		t.Errorf("«نفسه اقصر من العادة» not read as breathless")
	}
}

// TestHeartFailureWakingGasping: heart failure with waking at night
// gasping, or sleeping sitting up in a chair to breathe, is acute heart
// failure (NICE CG187; ESC 2021): RF-HEART-02. More pillows alone, fine
// sitting and talking, is a worsening for the same day (UR-HF-01, as the
// writers of h32-034 and h39-014 graded it); two pillows as always a
// refill.
func TestHeartFailureWakingGasping(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 78, Sex: "f"}
	redFlagIs(t, e, "RF-HEART-02", true, f,
		"my husband has heart failure, for the last few nights he has been sleeping in his chair because he gets breathless lying down",
		"mum has a weak heart and woke up gasping last night",
		"امي عندها قصور بالقلب وصارت تنام قاعدة على الكرسي من يومين لانو ما فيها تتمدد",
		"بابا عنده ضعف في عضلة القلب ومن يومين بيصحى من النوم بينهج",
		"بابا عندو ضعف فالقلب وولى كينعس قاعد، ما يقدرش يتكا على ظهرو",
	)
	urgencyIs(t, e, Urgent, "", f,
		"dad has heart failure, a week of more swollen ankles and now 3 pillows at night, fine sitting and talking",
		"she has heart failure and cant lie flat since two days, fine when sitting",
	)
	urgencyIs(t, e, Routine, "", f,
		"my mum has heart failure and sleeps on two pillows as always, she needs her refill",
		"ابوي عنده ضعف في القلب ويقدر ينام على ظهره عادي",
	)
}

// TestMethotrexateDailyIsAnOverdose: methotrexate, a once-a-week medicine,
// taken every day is an overdose (NPSA alert 13, 2006; BNF): RF-POISON-05,
// whatever the symptoms yet. Taken weekly with daily folic acid it is not.
func TestMethotrexateDailyIsAnOverdose(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 64, Sex: "f"}
	redFlagIs(t, e, "RF-POISON-05", true, f,
		"my dad takes methotrexate, the pharmacist wrote daily on the box instead of weekly and he took it every day for a week",
		"I took methotrexate daily instead of weekly for 5 days",
		"ماما بتاخد الميثوتريكسات كل يوم بدل مرة في الاسبوع بقالها ٤ ايام",
		"ماما كتاخد الميثوتريكسات كل نهار عوض مرة فالسيمانة",
		"mama btekhod methotrexate kol yom badal marra bil esbou3",
	)
	redFlagIs(t, e, "RF-POISON-05", false, f,
		"I take methotrexate once a week on sundays and folic acid every day except that day",
		"باخد ميثوتريكسات مرة في الاسبوع وحمض الفوليك كل يوم",
	)
}

// TestClozapineAndMethotrexateGoToTheirTeams: a sore throat, mouth ulcers
// or a fever on clozapine or methotrexate is a blood count today (MHRA/BNF
// clozapine; BSR 2017 DMARD monitoring), by the team that prescribes it:
// psychiatry for clozapine (h124-014 went to endocrinology), internal
// medicine for methotrexate. The thyroid medicines stay endocrinology's.
func TestClozapineAndMethotrexateGoToTheirTeams(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 35, Sex: "m"}
	urgencyIs(t, e, Urgent, "psychiatry", f,
		"on clozaril, I have a temperature of 38",
		"اخويا بياخد كلوزابين وعنده سخونية من امبارح",
		"ولدي ياخذ كلوزابين ومن امس حلقه يعوره",
	)
	urgencyIs(t, e, Urgent, "internal_medicine", f,
		"I take methotrexate for my arthritis and now I have mouth ulcers and a sore throat",
		"عم اخد ميثوتريكسات وطلعلي تقرحات بتمي",
	)
	urgencyIs(t, e, Urgent, "endocrinology", f,
		"I take carbimazole for my thyroid and now I have a bad sore throat and fever",
	)
}

// TestChemoDiarrhoeaIsSeenToday: diarrhoea or vomiting on chemotherapy
// (named by its tablets too: capecitabine) or after a transplant is a
// same-day assessment (UKONS 24-hour triage tool; capecitabine SmPC):
// UR-IMMUNE-01. h124-019's six watery stools a day on capecitabine were
// self-care.
func TestChemoDiarrhoeaIsSeenToday(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 58, Sex: "f"}
	urgencyIs(t, e, Urgent, "internal_medicine", f,
		"I'm on xeloda tablets for breast cancer and have had diarrhoea 5 times today",
		"my dad had chemo last week and has been vomiting since this morning",
		"امي تاخذ كيماوي ومن امس عندها اسهال وايد",
		"بيي عامل زرع كلية وعم يستفرغ من مبارح",
		"ماما كدير الشيميو وعندها الاسهال من البارح",
	)
}

// TestATransplantedKidneysUrineInfection: burning urine in someone with a
// kidney transplant is seen today, a culture and prompt treatment (NICE
// NG109 1.1, higher risk of complications; KDIGO): UR-KIDNEY-03, for the
// kidney team; the transplant named is no loin that burns. A young
// woman's cystitis without one stays a booked visit.
func TestATransplantedKidneysUrineInfection(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 44, Sex: "f"}
	urgencyIs(t, e, Urgent, "nephrology", f,
		"I had a kidney transplant 3 years ago and since yesterday it burns when I pee",
		"انا زارعة كلية ومن امس يحرقني البول",
		"درت زرع ديال الكلوة وعندي الحريق فالبول من البارح",
	)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 25, Sex: "f"},
		"it burns when I pee since yesterday, no fever, no back pain",
	)
}

// TestParkinsonsMedicinesNotKeptDown: Parkinson's tablets vomited or not
// swallowed bring rigidity within hours (NICE NG71 1.3; Parkinson's UK
// "Get it on time"): UR-NEURO-06. The Tunisian «يرجّع كل ما ياكل» is
// vomiting. The stiff neck of Parkinson's rigidity, with no fever or
// headache, is not asked as meningitis.
func TestParkinsonsMedicinesNotKeptDown(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 75, Sex: "m"}
	urgencyIs(t, e, Urgent, "neurology", f,
		"dad has parkinsons and has been vomiting since yesterday, he cant keep his madopar down",
		"my mum with parkinson's can't swallow her tablets since this morning",
		"بابا عنده باركنسون وبيرجع من امبارح ومش قادر ياخد المادوبار",
		"ابوي عنده باركنسون ومن امس يستفرغ وما يقدر ياخذ حبوبه",
	)
	if !present(t, e, "من البارح يرجّع كل ما ياكل", "vomiting") {
		t.Errorf("«يرجّع كل ما ياكل» not read as vomiting")
	}
	askedOrNot(t, e, "fever_neck", false, f,
		"dad has parkinsons and has been vomiting since yesterday, he is very stiff today",
	)
	urgencyIs(t, e, Routine, "neurology", f,
		"my dad has parkinsons, his tremor is slowly worse over months, we want a review",
	)
}

// TestPregnancyBloodPressureFrom140: a blood pressure of 140/90 or more in
// pregnancy, without the headache or changed sight of RF-PREG-03, is
// assessed in secondary care within 24 hours (NICE NG133 1.1, 1.4):
// UR-PREG-04. A normal reading stays routine.
func TestPregnancyBloodPressureFrom140(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 31, Sex: "f"}
	urgencyIs(t, e, Urgent, "obstetrics_gynecology", f,
		"I'm 30 weeks pregnant and my blood pressure at home was 148/96, no headache",
		"انا حامل في السابع والضغط النهارده ١٥٠ على ٩٥",
		"انا حاملة فالشهر السابع والطونسيون طلعت ١٥٠ على ٩٥",
	)
	urgencyIs(t, e, Routine, "", f,
		"I'm 30 weeks pregnant, my blood pressure was 118/76 at the midwife",
	)
}

// TestAnINROfFiveOrMore: an INR of 5 or more on warfarin, without bleeding,
// is the dose held and decided today (NICE CKS Anticoagulation - oral; BSH
// 2011): UR-MED-08. The INR told a few words before its number ("had his
// INR done at the pharmacy and it came back 6.4") is read too; a
// therapeutic INR is not.
func TestAnINROfFiveOrMore(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 72, Sex: "m"}
	urgencyIs(t, e, Urgent, "", f,
		"I had my INR checked this morning and it came back 6.4, no bleeding",
		"INR 7.2 today, I feel fine",
		"ابوي ياخذ وارفارين وتحليل السيولة طلع ٦.٥",
		"امي عالوارفارين والـ INR طلع ٧",
	)
	urgencyIs(t, e, Routine, "", f,
		"my INR was 2.6 last week, all fine, I need my next check booked",
	)
}

// TestACoinSizedBruiseOnAThinner: a bruise the size of a coin after a knock
// is a small one (NHS: Bruises), "about the size of a 50p" too, and warfarin
// "for AF" told beside it is the medicine's reason, not a heart complaint
// of its own (h124-038: a routine cardiology visit, first an urgent
// fracture). Bleeding gums on warfarin stay UR-MED-03's.
func TestACoinSizedBruiseOnAThinner(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 70, Sex: "m"}
	urgencyIs(t, e, SelfCare, "", f,
		"I'm on warfarin for AF and bumped my shin on the bed, there's a bruise about the size of a 10p, not swelling",
		"I'm on apixaban for AF and have a cold",
	)
	urgencyIs(t, e, Urgent, "cardiology", f,
		"I'm on warfarin for AF and my gums bleed when I brush",
	)
}

// TestAMedicineQuestionByItsTime: when in the day a medicine may be taken,
// a dose told by its time ("this morning's one") forgotten, and how to keep
// insulin cool on a journey are the pharmacist's questions, self-care
// (NHS: Furosemide; apixaban SmPC; Diabetes UK travel). Any symptom told
// beside them brings its own complaint.
func TestAMedicineQuestionByItsTime(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 66, Sex: "m"}
	urgencyIs(t, e, SelfCare, "", f,
		"can I take my amlodipine at night instead of the morning?",
		"ابوي ياخذ لازكس بالليل ويقوم للحمام كثير، ينفع ياخذه الصبح؟",
		"baba bya5od el lasix bel leil, momken ya5odo el sob7?",
		"I take rivaroxaban, forgot my morning one, do I take it now?",
		"رايحين عمرة الاسبوع الجاي وابوي على الانسولين، كيف نحفظ الابر من الحر؟ لازم تكون بالثلاجة؟",
	)
	classifiedAs(t, e, true, f,
		"my dad is on insulin and his sugar is 45 and he is sweaty, we keep the insulin in the fridge",
	)
}

// TestNoMoreSwellingIsNoMedicineRunOut: "no more" is a medicine run out
// only of the medicine ("no more tablets left"): "legs no more swelling
// than before" (h124-039) read as a refill, and its negation then no
// longer denied the swelling, a leg complaint for orthopaedics.
func TestNoMoreSwellingIsNoMedicineRunOut(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"legs no more swelling than before", "no more pain since yesterday"} {
		if present(t, e, text, "ran_out") {
			t.Errorf("%q: read as a medicine run out", text)
		}
	}
	for _, text := range []string{"I have no more tablets left", "no more insulin at home"} {
		if !present(t, e, text, "ran_out") {
			t.Errorf("%q: not read as a medicine run out", text)
		}
	}
}

// TestASugarAfterTheEidFeast: one fasting sugar high the morning after an
// Eid feast (Egypt's «كحك», «فتة», told «في العيد»), in someone well, is
// dietary advice (sugar_after_meal; Diabetes UK, NHS: High blood sugar),
// not at 250 or more.
func TestASugarAfterTheEidFeast(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 55, Sex: "m"}
	urgencyIs(t, e, SelfCare, "", f,
		"امبارح في العيد اكلت كحك كتير والنهارده قست السكر الصايم طلع ١٩٠، مش حاسس بحاجة",
		"اكلت معمول بالعيد والسكر الصبح كان ٢٠٠ وانا منيح",
	)
	urgencyIs(t, e, Routine, "", f,
		"امبارح في العيد اكلت كحك كتير والنهارده قست السكر طلع ٢٨٠، مش حاسس بحاجة",
	)
}

// TestACoughThatMayCome: a cough told as what may come ("when he gets a
// cough", «لما يجيه كحة») is no cough now: h124-037's well boy with G6PD
// deficiency was asked about his ribs sucking in, and "not sure" sent him
// to the emergency number in strict mode.
func TestACoughThatMayCome(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my granny gives him herbal stuff when he gets a cough",
		"شو بعطيها لما تجيها كحة؟",
	} {
		if present(t, e, text, "cough") {
			t.Errorf("%q: read as a cough now", text)
		}
	}
	if !present(t, e, "he has a cough since yesterday", "cough") {
		t.Errorf("a cough now not read")
	}
}

// TestLithiumToxicity: lithium with a vomiting or diarrhoea illness and a
// coarse tremor, unsteadiness ("walking like drunk", «تتمايل»), confusion
// or slurred speech is lithium toxicity (BNF; NICE CG185 1.10): RF-POISON-06.
// h124-007 was caught only by its slurred speech, as a stroke. Lithium
// with a fine tremor as usual, or sickness alone, is not (UR-MED-05's
// same-day sick-day rules for the latter).
func TestLithiumToxicity(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 40, Sex: "f"}
	redFlagIs(t, e, "RF-POISON-06", true, f,
		"my sister is on lithium and has had diarrhoea and vomiting, now her hands are shaking a lot and she is unsteady on her feet",
		"اختي تاخذ ليثيوم ومن يومين عندها اسهال واستفراغ والحين يدينها ترجف وايد وتمشي تتمايل",
		"اخويا بياخد ليثيوم وعنده ترجيع واسهال من امبارح ودلوقتي ايده بتترعش جامد وماشي يتطوح",
	)
	redFlagIs(t, e, "RF-POISON-06", false, f,
		"I take lithium and have a fine tremor as usual, need a refill",
		"I take lithium and I've been throwing up all night",
	)
}

// TestHandsThatTrembleAreNoFit: hands that tremble («ايده بتترعش»,
// «يديها كيترعدو») are a tremor, not a seizure; a body shaking with the
// eyes turned up stays RF-SEIZ-01 (NHS: What to do if someone has a
// seizure).
func TestHandsThatTrembleAreNoFit(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 40}
	redFlagIs(t, e, "RF-SEIZ-01", false, f,
		"ايده بتترعش جامد",
		"ختي يديها كيترعدو بزاف",
	)
	redFlagIs(t, e, "RF-SEIZ-01", true, f,
		"جسمه كله بيترعش وعينيه مقلوبة",
		"ولدي طاح وبدا كيترعد",
	)
}

// TestAdrenalCrisisOnSteroids: steroid tablets long taken (or Addison's)
// with a vomiting illness or a sudden stop, and faintness, great weakness
// or confusion, is an adrenal crisis (NHS England NatPSA/2020/005 steroid
// emergency card; Society for Endocrinology): RF-ENDO-01, at any age.
// h124-004 was caught only by its belly pain with faintness. A steroid
// inhaler or a refill is not.
func TestAdrenalCrisisOnSteroids(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 42, Sex: "f"}
	redFlagIs(t, e, "RF-ENDO-01", true, f,
		"I have addisons and have been vomiting since last night, I feel faint and so weak",
		"ماما بتاخد كورتيزون بقالها سنتين ووقفته فجأة من اسبوع، ودلوقتي دايخة وتعبانة جدا وبترجع",
		"امي بتاخد بريدنيزولون من سنين وعم تستفرغ من مبارح وهلق كتير دايخة وما فيها تقوم",
		"ماما كتاخد الكورتيكويد هادي عامين وكتقيا من البارح وولات عيانة بزاف وكتدوخ",
	)
	redFlagIs(t, e, "RF-ENDO-01", false, f,
		"I used my steroid inhaler and I vomited once, feel a bit dizzy",
		"I'm on prednisolone for my asthma, feeling fine, just need a refill",
	)
}

// TestDiabetesTabletsNameTheDiabetes: a diabetes tablet named (gliclazide,
// «دياميكرون», glimepiride, «اماريل») tells the diabetes, so a low sugar's
// sweating and odd behaviour are asked (the diabetic_unwell family; JBDS
// hypoglycaemia). And "and now" glued to its و («والحين», «ودلوقتي») ends
// a negation: «ما تغدى والحين يعرق» (he has not had lunch and now he
// sweats) was no sweating.
func TestDiabetesTabletsNameTheDiabetes(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"dad is on gliclazide", "ابوي ياخذ دياميكرون", "بابا بياخد اماريل", "I take januvia"} {
		if !present(t, e, text, "diabetes_word") {
			t.Errorf("%q: no diabetes read", text)
		}
	}
	for _, text := range []string{"ما تغدى والحين يعرق وايد", "مكلش من الصبح ودلوقتي عرقان"} {
		if !present(t, e, text, "sweating") {
			t.Errorf("%q: the sweating negated", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 70, Sex: "m"},
		"بابا بياخد اماريل ومكلش من الصبح ودلوقتي عرقان جدا ومش مركز",
	)
}
