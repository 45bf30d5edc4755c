package triage

import "testing"

// Training set 114 (seventeenth session): elderly parents, a son or a
// daughter writing, in Gulf and Egyptian Arabic mostly and in English. The
// tests below hold the families its first run showed, each in several
// spellings and dialects, most not in the set.

// TestAWeakHeartIsNoWeakLimb: a weak heart (heart failure), weak blood,
// weak sight or hearing is no weakness of the limb named beside it:
// «عنده القلب ضعيف ... ورجليه وارمين» (h114-003) read "weak" beside the
// legs, and "my mum has a weak heart and her legs are cold" was
// RF-STROKE-02. A limb told weak stays the stroke sign.
func TestAWeakHeartIsNoWeakLimb(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 80}
	for _, text := range []string{
		"بابا ٨٠ سنه وعنده القلب ضعيف، بقاله يومين نفسه قصير ورجليه وارمين",
		"بابا عنده القلب ضعيف ورجليه باردين",
		"ابوي قلبه ضعيف ورجوله منتفخه",
		"ابوي عنده ضعف في عضلة القلب ورجوله باردة",
		"my mum has a weak heart and her legs are cold",
		"his heart is weak and his ankles swell in the evening",
		"عندها ضعف دم ورجليها باردين",
		"امي عندها ضعف نظر وركبتها توجعها",
	} {
		if present(t, e, text, "limb_weakness") {
			t.Errorf("%q: read as a weak limb", text)
		}
	}
	redFlagIs(t, e, "RF-STROKE-02", false, old,
		"my mum has a weak heart and her legs are cold",
		"بابا عنده القلب ضعيف ورجليه باردين",
	)
	redFlagIs(t, e, "RF-STROKE-02", true, old,
		"بابا عنده القلب ضعيف ومن الصبح رجله اليمين ضعيفه",
		"he has a weak heart and since this morning his right arm is weak",
		"ابوي يده اليمين ضعيفه فجاه",
	)
}

// TestADoseNotTakenIsADoseMissed: a dose told as not taken ("didnt take
// his pill", «ما اخذ حبة الضغط», «ماخدش الدوا», the Maghreb's «نسا ما
// خداش الدوا ديال الكوليسترول», h114-040) is one dose missed, the
// pharmacist's question (NHS: take it when remembered, never two at once),
// as "forgot his pill" was; the negation no longer hides the medicine
// after it, and Egypt's «ما خدش» is no scratch. Insulin and weeks of
// tablets are not a single dose.
func TestADoseNotTakenIsADoseMissed(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"dad didnt take his blood pressure pill last night, should he take two today?",
		"mum hasnt taken her cholesterol tablet this morning, can she take it now?",
		"ابوي ما اخذ حبة الضغط امس، ياخذ ثنتين اليوم؟",
		"بابا ماخدش دوا الضغط امبارح، ياخد اتنين النهارده؟",
		"السلام، بابا عندو 69 عام نسا ما خداش الدوا ديال الكوليسترول البارح فالليل. واش ياخد جوج دابا ولا لا؟",
		"امي ما اخدت حبة الغده امبارح، تاخدها النهارده؟",
		"baba ma khdach dwa dyal tension lbare7",
	}
	for _, text := range texts {
		if !present(t, e, text, "missed_dose") {
			t.Errorf("%q: no dose missed read", text)
		}
		for _, c := range []string{"graze_word", "wound"} {
			if present(t, e, text, c) {
				t.Errorf("%q: read as %s", text, c)
			}
		}
	}
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 70}, texts...)
	for _, text := range []string{"ابوي ما اخذ الانسولين امس وسكره ٤٠٠", "she hasnt taken her tablets for 2 weeks"} {
		if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency == SelfCare {
			t.Errorf("%q: self-care", text)
		}
	}
	urgencyIs(t, e, Routine, "orthopedics", Facts{AgeYears: 8}, "ابني طاح وعنده خدش في ركبته")
}

// TestTheThroatInArabiziIsNoPeriod: the throat, «زور», as Egypt and the
// Levant write it ("zoraha", "zori", "zoro"), letter by letter also read
// دورها (her period: z is also ذ, folded to د), sent a 71-year-old's sore
// throat to the gynaecologist (h114-039).
func TestTheThroatInArabiziIsNoPeriod(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"mama 71 sana zoraha wag3aha men embare7 w sotha ta3ban shwaya, mafish s5oneya",
		"zori wage3ni awi men embare7",
		"ebni zoro bywga3o w mafish s5oneya",
		"zoori wage3ni men yomein w mafish s5oneya",
	} {
		if !present(t, e, text, "sore_throat") {
			t.Errorf("%q: no sore throat read", text)
		}
		if present(t, e, text, "period_problem") {
			t.Errorf("%q: read as a period", text)
		}
	}
	urgencyIs(t, e, SelfCare, "ent", Facts{AgeYears: 71, Sex: "f"},
		"mama 71 sana zoraha wag3aha men embare7 w sotha ta3ban shwaya, mafish s5oneya w betakol w teshrab 3ady. a3melha eh?",
	)
}

// TestADoubledDigitLetterIsOneLetter: Arabizi writes a doubled (shadda)
// letter twice, a digit letter too: "ko77a", "ka77a" are «كحه», a cough, as
// "kallam" is «كلام».
func TestADoubledDigitLetterIsOneLetter(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"mama 3ndaha ko77a w balgham w s5ona",
		"3andi ka77a men 3 ayam",
		"ibni 3indah ka77a w zukam",
	} {
		if !present(t, e, text, "cough") {
			t.Errorf("%q: no cough read", text)
		}
	}
}

// TestFeverWithPhlegmIsAChestInfection: phlegm coughed up with a fever is
// the productive cough of UR-RESP-01 however the cough is spelt or left
// unsaid: "3ndaha kot7a b bal8am asfar w s5ona men 3 ayam, el 7arara
// 38.2" at 78 (h114-023) was self-care. A cold's runny nose without a
// fever is not.
func TestFeverWithPhlegmIsAChestInfection(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-RESP-01", true, Facts{AgeYears: 78},
		"mama 3ndaha 78 sana w 3ndaha kot7a b bal8am asfar w s5ona men 3 ayam, el 7arara 38.2. betakol w betetkalem 3ady w nafasha kowayes.",
		"my dad is 80, he has a temperature and is bringing up yellow phlegm",
		"ابوي عنده حراره وبلغم اصفر من يومين",
		"ماما عندها سخونيه وبلغم من امبارح",
	)
	amberOf(t, e, "UR-RESP-01", false, Facts{AgeYears: 30},
		"I have a runny nose and a bit of phlegm, no fever",
		"عندي بلغم وزكام بدون حراره",
	)
}

// TestSickDayMedicinesWithVomiting: vomiting or diarrhoea on a water
// tablet, lithium or an SGLT2 medicine, which the sick-day rules pause, is
// seen the same day (UR-MED-05; NICE CKS Gastroenteritis, Think Kidneys).
// «ابوي ٧٩ سنه ... ياخذ حبوب مدره (لازكس). من امس عنده اسهال واستفراغ»
// (h114-017) was a routine blood pressure visit. The medicine alone, or a
// stomach upset on none of them, is not.
func TestSickDayMedicinesWithVomiting(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-MED-05", true, Facts{AgeYears: 79},
		"ابوي ٧٩ سنه عنده ضغط وياخذ حبوب مدره (لازكس). من امس عنده اسهال واستفراغ، يشرب شوي شوي ويقعد عنده. ما عنده حراره.",
		"my dad is on furosemide for his heart and has had diarrhoea and vomiting since yesterday",
		"I take lithium and I've been throwing up all night",
		"mum takes water tablets, she has had the runs for 2 days",
		"ماما بتاخد لازكس وعندها ترجيع واسهال من امبارح",
		"امي بتاخد دوا مدر للبول وعم تستفرغ من مبارح",
		"I'm on dapagliflozin for my diabetes and I keep vomiting",
	)
	amberOf(t, e, "UR-MED-05", false, Facts{AgeYears: 79},
		"my dad takes furosemide, he is well, just needs a refill",
		"my father is 78, diarrhoea since yesterday, no fever, drinking well",
		"ابوي ياخذ حبوب الضغط وعنده اسهال من امس",
	)
}

// TestFineSinceThenInTheDialects: "since then" and "fine" in every
// dialect's words («ومن ساعتها كويسه», «من يومها زين», «من وقتها
// الحمدلله منيحه») end a pain weeks back, checked and normal, as "since
// then fine" does: h114-029 (a chest pain three weeks back, the ECG normal)
// was a chest pain now, asked whether it spread, and "not sure" the
// emergency number. A pain told now stays now.
func TestFineSinceThenInTheDialects(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "cardiology", Facts{AgeYears: 67},
		"ماما كان جالها وجع في صدرها من حوالي ٣ اسابيع ورحنا الطوارئ عملولها رسم قلب وتحاليل وقالوا سليمه، ومن ساعتها كويسه ومجلهاش حاجه تاني. عايزين نتابع مع دكتور قلب للاطمئنان",
		"امي جاها الم في صدرها قبل ٣ اسابيع وسوينا تخطيط قلب وطلع سليم ومن يومها زينه، نبي موعد قلب",
		"ابي كان عنده وجع بصدره من شهر وعملنا تخطيط وكان منيح ومن وقتها الحمدلله منيح، بدنا نتابع مع دكتور قلب",
	)
	askedOrNot(t, e, "chest_spread", false, Facts{AgeYears: 67},
		"ماما كان جالها وجع في صدرها من حوالي ٣ اسابيع ورحنا الطوارئ عملولها رسم قلب وتحاليل وقالوا سليمه، ومن ساعتها كويسه ومجلهاش حاجه تاني",
		"ماما كان جالها وجع في صدرها من ٣ اسابيع وعملولها رسم قلب، ومن ساعتها كويسه",
		"امي جاها الم في صدرها قبل ٣ اسابيع، ومن يومها الحمدلله زينه",
	)
	redFlagIs(t, e, "RF-CHEST-01", true, Facts{AgeYears: 67},
		"امي كان عندها وجع في صدرها من شهر ومن ساعتها كويسه بس اليوم رجعلها الوجع ويروح لذراعها وتعرق",
	)
}

// TestUrineLeakingWhenSheCoughs: urine leaking on a cough or a sneeze told
// of a mother («اذا كحت او عطست ينزل منها بول شوي», h114-031; "leaks a bit
// of urine when she coughs") is stress incontinence, a planned urology
// visit (NICE NG210), not a cough whose chest questions are asked.
func TestUrineLeakingWhenSheCoughs(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"الوالده ٦٧ سنه، صار لها كم شهر اذا كحت او عطست ينزل منها بول شوي وتستحي تتكلم. ما فيها حرقه ولا حراره.",
		"my mum leaks a bit of urine when she coughs or sneezes",
		"ماما لما بتكح بينزل منها شوية بول",
		"امي كل ما تعطس ينزل منها بول",
		"my gran wets herself a little when she laughs",
	}
	for _, text := range texts {
		if !present(t, e, text, "urine_leak") {
			t.Errorf("%q: no urine leak read", text)
		}
	}
	urgencyIs(t, e, Routine, "urology", Facts{AgeYears: 67, Sex: "f"}, texts...)
}

// TestAnAgeBeforeTheSugarIsNoReading: an age told after «عمره», or after
// the relative and before "and he has", then the diabetes named («امي
// عمرها ٦٩ وعندها سكر», h114-004), was read as a sugar of 69, and «ابوي
// عمره ٦٥ وعنده سكر، اليوم يتعرق» was a hypo, RF-DIAB-01. A number told
// after the sugar or its measuring is still the reading, and a baby's
// fever told beside a grandfather's age is still the baby's.
func TestAnAgeBeforeTheSugarIsNoReading(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-DIAB-01", false, Facts{},
		"ابوي عمره ٦٥ وعنده سكر، اليوم يتعرق شوي من الحر",
		"ابوي ٦٥ وعنده سكر ويتعرق",
		"امي عمرها ٦٩ وعندها السكر وتتعرق من الحر",
	)
	redFlagIs(t, e, "RF-DIAB-01", true, Facts{},
		"ابوي عنده سكر وسكره ٦٥ ويتعرق",
		"قسنا لابوي ٥٠ السكر وهو يتعرق",
		"امي عندها سكر، قسنا لها ٦٠ وهي تعرق",
		"my mum's sugar is 55, she is sweating",
	)
	redFlagIs(t, e, "RF-CHILD-04", true, Facts{},
		"ابوي عمره ٧٢ وعنده سكر وضغط من عشرين سنه. ولدي عمره شهرين وحرارته ٣٨",
	)
}
