package triage

import "testing"

// Training set 94 (fifteenth session): emergencies told plainly in the
// first message, and non-emergencies that share their words.

// TestAChestPainLongGoneWithNoneSince: a chest pain weeks back, checked,
// with "no pain since" (or the dialects' «من وقتها ما في شي») is over: a
// routine follow-up, not the emergency number (the project's settled note;
// NICE CG95). A chest pain now stays an emergency, test results or not.
func TestAChestPainLongGoneWithNoneSince(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 47},
		"had a tight feeling in my chest about 3 weeks ago, went to A&E, ECG and bloods were all fine. no pain since, just want the appt booked",
		"had a heavy chest 2 weeks ago, fine ever since, want a check",
		"chest pressure last week, went to the ER, no problems since",
		"جاني ضغط على صدري قبل اسبوعين ورحت الطوارئ، ومن وقتها ما في شي",
		"حسيت بتقل على صدري من اسبوعين وكشفت، من ساعتها مفيش وجع",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 47},
		"crushing chest pain right now, had an ecg 2 weeks ago was all fine",
		"my chest is tight since an hour",
		"صدري يعصرني الحين",
		"حاسس بتقل على صدري من ساعة ومن وقتها ما راح",
	)
}

// TestABruiseIsNoBlueness: «ازرقاق» of a knee, a leg or an arm after a
// fall is a bruise, not blue lips; blueness of the lips, the face or a
// child told alone stays cyanosis (BTS/SIGN 158, NICE NG143).
func TestABruiseIsNoBlueness(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 74},
		"امي عمرها ٧٤ وقعت مبارح بالمطبخ، قامت لحالها وعم تمشي عادي، بس في ازرقاق بركبتها",
		"ابني وقع من العجلة وعنده ازرقاق برجله وماشي عادي",
		"طحت على يدي وصار فيها ازرقاق",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 5},
		"عنده ازرقاق بالشفايف وما يقدر يتنفس",
		"ابني عنده ازرقاق",
		"عنده ازرقاق الوجه",
	)
}

// TestAHeadThatWillNotGoForward: a child with a fever who cannot lower his
// head forward has a stiff neck (NICE NG240), in Arabic script and
// Arabizi; a head laid on a pillow is not.
func TestAHeadThatWillNotGoForward(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 7},
		"ابني عنده سخنه عاليه ومش قادر ينزل راسه لقدام",
		"بنتي عندها حرارة وما بتقدر تنزل راسها لقدام",
		"weldi 3ando s5ana w ma y9derch ynazzel rasou l9ddam",
		"ibni 3ando so5neh w mesh 2ader ynazzel raso la 2eddam",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 7},
		"ما قدر ينام، نزل راسه على المخدة وصار يكح",
	)
}

// TestAnArabiziPrefixWrittenApart: "ma bt ro7" (ما بتروح) is one verb, so
// a rash that does not fade under a glass is a non-blanching rash (NICE
// NG240); "la 2eddam" is ل before a direction, not the negation.
func TestAnArabiziPrefixWrittenApart(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 7},
		"ibni 3omro 7 snin 3ando so5neh w fi 7bob 7amra 3a ejro ma bt ro7 lama edghat 3layhon bl kase",
		"fi 7bob 7amra ma bt ro7 lama edghat 3layha",
		"3ando so5neh w 7bob 7amra ma btrou7 bl kase",
	)
}

// TestOneOfTheTesticles: a strong pain "in one of the testicles", with
// words between, and the Maghreb's "9wi" (strong), is a testicle pain
// (NICE CKS scrotal pain; torsion until proven otherwise).
func TestOneOfTheTesticles(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 14, Sex: "m"},
		"weldi 3ando 14 ans, bda lih wja3 9wi bzaf f wa7da mn les testicules fjaa men sa3a, w rje3",
		"weldi 3ando wja3 9wi f l5ossya",
		"my son has really bad pain in one of his two balls since this morning",
		"ولدي عندو وجع قوي فالخصية فجأة",
	)
}

// TestASupplyEndingNextWeekIsARefill: a medicine that will run out a week
// or more ahead is a repeat prescription to book (routine); one out now or
// tomorrow is still UR-MED-01 (NICE NG217, BNF anticoagulants).
func TestASupplyEndingNextWeekIsARefill(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-MED-01", false, Facts{AgeYears: 70},
		"my father had stroke 5 years back, now fully fine. his clopidogrel tablets finishing next week, need refill",
		"my insulin is running out next week, need a new prescription",
		"حبوب السيولة بتاعة ابويا هتخلص الاسبوع الجاي وعايز روشتة",
		"دوا السيولة تبع بيي رح يخلص بعد اسبوع",
	)
	amberOf(t, e, "UR-MED-01", true, Facts{AgeYears: 70},
		"his warfarin finished yesterday, need refill",
		"my epilepsy tablets finishing tomorrow",
		"حبوب الصرع خلصت امبارح",
	)
}
