package triage

import (
	"slices"
	"testing"
)

// Training set 76 (fourteenth session), conv_holdout76.jsonl: forty patients
// on women's health, pregnancy, after the birth and mental health, written
// blind (16 English, 6 of them second-language; 24 Arabic across the Gulf,
// Egypt, the Levant, the Maghreb and Arabizi): early pregnancy bleeding and
// pain, vomiting in pregnancy, headache and swelling late in pregnancy,
// waters breaking, fewer movements, bleeding, fever, breathlessness and low
// mood after the birth, periods, contraception, the menopause, anxiety,
// self-harm, hidden suicidal intent, a psychosis told by a relative and an
// eating disorder.
//
// Its first run (-missing=no) missed two emergencies: a husband's account of
// postpartum psychosis told as tiredness ("keeps saying the baby isnt ours
// and that someone is watching us thru the tv", h76-009: delusions were read
// as nothing, and only the safety screen was asked) and a mother two months
// after the birth asking how fast "the whole box" of paracetamol works
// (h76-010: nothing brought the suicide questions). It sent four
// non-emergencies to the emergency number: "I'd rather not wake up", no
// plan (h76-021: not read as the passive wish, so the thoughts question
// escalated at once), a heavy period changed "every two hours" with
// dizziness (h76-022: the safety screen's heavy-bleeding "yes"), night
// sweats "waking up soaked" (h76-027: read as soaked in blood) and cyclical
// breast pain told with the Arabic chest word (h76-039). It also missed a
// urinary infection in pregnancy told as "burning like mad every time i
// wee" (h76-019).

// amberOf checks whether the amber rule fires on each text.
func amberOf(t *testing.T, e *Engine, rule string, want bool, f Facts, texts ...string) {
	t.Helper()
	for _, text := range texts {
		d := e.Classify(text, f)
		if slices.Contains(d.AmberFlags, rule) != want {
			t.Errorf("%q: %s %v %v; want %s=%v", text, d.Urgency, d.RedFlags, d.AmberFlags, rule, want)
		}
	}
}

// TestDelusionsToldAreAMentalCrisis: being watched, followed or poisoned,
// the television speaking, the baby not one's own or swapped, told by a
// relative, is a possible psychosis (after a birth, postpartum psychosis:
// NICE CG192 1.5; NICE CG178): urgent at once, and a threat of harm
// answered makes it the emergency.
func TestDelusionsToldAreAMentalCrisis(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"my wife had our son 9 days ago and shes hardly slept, keeps saying the baby isnt ours and that someone is watching us thru the tv",
		"my sister thinks shes being followed and says someone is poisoning her food",
		"مراتي ولدت من اسبوع وما تنام وتقول في ناس يراقبونها من الجوال",
		"اختي بعد الولادة صارت تقول البيبي مو ولدها وانهم بدلوا البيبي في المستشفى",
		"مرتي من بعد الولادة ما كترقدش وكتقول البيبي ماشي ديالها",
	}
	amberOf(t, e, "UR-MH-01", true, Facts{}, texts...)
	for _, text := range texts {
		if d := e.Assess(text, Facts{}, map[string]string{"mh_harm": "yes"}); d.Urgency != Emergency {
			t.Errorf("%q with a threat of harm: %s; want emergency", text, d.Urgency)
		}
	}
	amberOf(t, e, "UR-MH-01", false, Facts{},
		"my mum is watching the kids tonight, can i bring the baby tomorrow",
		"the baby is not eating well, is this normal at 2 weeks",
		"ابوي يراقب الضغط كل يوم وهو ١٥٠ على ٩٠",
	)
}

// TestAWholeBoxAskedAboutIsAsked: what a whole box or packet of a medicine
// would do, asked "just wondering", is a warning sign to be asked about
// directly (NICE NG225 1.2; NHS: Help for suicidal thoughts): urgent, and a
// plan answered makes it the emergency. A daily dose asked is not.
func TestAWholeBoxAskedAboutIsAsked(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"how long does paracetamol take if you take a lot, like the whole box. not for now just wondering",
		"what would happen if i took all my tablets at once",
		"لو اخدت الشريط كله من دوا الضغط يحصل ايه",
	}
	amberOf(t, e, "UR-MH-02", true, Facts{}, texts...)
	for _, text := range texts {
		if d := e.Assess(text, Facts{}, map[string]string{"mh_plan": "yes"}); d.Urgency != Emergency {
			t.Errorf("%q with a plan: %s; want emergency", text, d.Urgency)
		}
	}
	amberOf(t, e, "UR-MH-02", false, Facts{},
		"how many paracetamol can I take a day for period pain",
		"can i buy a whole box of paracetamol without a prescription",
		"what happens if my son takes 2 calpol doses close together",
	)
}

// TestRatherNotWakeUpIsAPassiveWish: "I'd rather not wake up", with no plan,
// is passive ideation (C-SSRS): urgent (UR-MH-02), not the emergency; not
// waking early is no wish at all.
func TestRatherNotWakeUpIsAPassiveWish(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-MH-02", true, Facts{AgeYears: 22},
		"lately ive had the odd thought that id rather not wake up. im not going to do anything",
		"some nights I would rather never wake up",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 22},
		"lately ive had the odd thought that id rather not wake up. im not going to do anything",
	)
	amberOf(t, e, "UR-MH-02", false, Facts{AgeYears: 22},
		"i'd rather not wake up early for the fasting blood test, can i book it later",
	)
}

// TestSoakedInSweatIsNoBleeding: night sweats and flushes ("waking up
// soaked") are the menopause's (NICE NG23), not blood lost; soaked in blood
// still is.
func TestSoakedInSweatIsNoBleeding(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 51, Sex: "f"},
		"51, hot flushes are driving me mad, waking up soaked 3 times a night, periods all over the place",
		"night sweats, i woke up soaked in sweat again and the sheets soaked",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 40},
		"cut my arm on glass and my sleeve is soaked in blood",
		"bleeding heavily, soaking through towels",
	)
}

// TestBreastsBeforeThePeriodAreNotTheChest: the Arabic chest word told
// before the period or as both of them is the breasts (cyclical breast
// pain, NICE CKS Breast pain - cyclical); the chest's pain with pressure
// or sweating is still the emergency.
func TestBreastsBeforeThePeriodAreNotTheChest(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 23, Sex: "f"},
		"قبل العادة بسيمانة كيضروني صدري بجوج و كيتنفخو، من بعد العادة كيمشي",
		"قبل الدورة صدري يوجعني ويتنفخ كل شهر",
		"صدري الاتنين بيوجعوني قبل البريود",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 50},
		"صدري يوجعني ويعصرني وعرقان",
		"عندي الم في صدري وضيق تنفس من ساعه",
		"chest pain before my period, crushing, sweating",
	)
}

// TestAPeriodChangedEveryHourIsUrgent: a period changed every hour or two,
// the pad not named, with dizziness, is UR-GYN-01 (NICE NG88; the settled
// policy: urgent), and the safety screen is not asked a heavy bleeding the
// words already told; with a faint it is the emergency.
func TestAPeriodChangedEveryHourIsUrgent(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الدورة هالشهر غزيرة مره اغير كل ساعتين وفيها قطع دم، واحس بدوخه لما اقوم",
		"my period is really heavy, changing every hour since yesterday and i feel dizzy when i stand",
	} {
		d := e.Classify(text, Facts{AgeYears: 34, Sex: "f"})
		if d.Urgency != Urgent {
			t.Errorf("%q: %s %v %v; want urgent", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 34, Sex: "f"},
		"my period is so heavy, changing every hour, and i fainted in the bathroom",
	)
}

// TestBurningEveryTimeIWee: burning or pain "every time I wee", words
// between, is dysuria (NICE NG109); in pregnancy a same-day visit.
func TestBurningEveryTimeIWee(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"22 weeks pregnant and its burning like mad every time i wee, going every 10 mins",
		"it burns so bad whenever i pee",
		"sharp pain every time i go for a wee",
	} {
		a := e.read(text)
		if i, ok := e.lex.index["dysuria"]; !ok || !a.present[i] {
			t.Errorf("%q: dysuria not read", text)
		}
	}
	d := e.Classify("22 weeks pregnant and its burning like mad every time i wee, going every 10 mins", Facts{AgeYears: 30, Sex: "f", Pregnant: true})
	if d.Urgency != Urgent {
		t.Errorf("UTI in pregnancy: %s %v; want urgent", d.Urgency, d.AmberFlags)
	}
}

// TestEmergencyContraceptionIsSameDay: a condom that failed, or pills
// missed with sex told, needs emergency contraception the same day (FSRH
// Emergency Contraception guideline; UR-GYN-03), not an emergency and not a
// refill; a pill taken late with no sex told is advice, and a broken condom
// is no injury.
func TestEmergencyContraceptionIsSameDay(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"مرحبا، نسيت حبوب منع الحمل ٣ ايام ورا بعض هالاسبوع وصار في علاقة مبارح، شو لازم اعمل؟",
		"the condom broke last night, what do i do",
		"الواقي اتقطع امبارح اعمل ايه",
		"forgot my pills for 3 days and we had sex yesterday",
	} {
		d := e.Classify(text, Facts{AgeYears: 24, Sex: "f"})
		if d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-GYN-03") || slices.Contains(d.AmberFlags, "UR-INJ-01") {
			t.Errorf("%q: %s %v; want urgent by UR-GYN-03 alone", text, d.Urgency, d.AmberFlags)
		}
	}
	amberOf(t, e, "UR-GYN-03", false, Facts{AgeYears: 24, Sex: "f"},
		"Hello, I take microgynon, yesterday I forget my pill and I remember only this morning. Do I need condom?",
		"i want to start the pill, which one is best",
	)
}
