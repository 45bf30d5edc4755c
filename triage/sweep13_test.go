package triage

import "testing"

// The thirteenth session's first-message sweep (p13-, l13- in the sweep
// files), written blind by a helper who read only the urgency policy: on
// its first run 105 of 120 plainly told emergencies were emergencies from
// the first message, and 12 of 120 everyday sentences were sent to the
// emergency number. Each test here is one family of the gaps it showed,
// with wording that must fire in several languages and wording that must
// not.

// TestTheMeansAtHandAndTheTimeSet: the pills at hand or counted, a rope
// made ready, beside a decision to die, a note, or the act set for tonight
// or now, is a plan (C-SSRS: preparatory behaviour; NHS: call 999 when
// about to act); pills counted for a dosette box, a decision to diet and a
// note for the teacher are not.
func TestTheMeansAtHandAndTheTimeSet(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"I've written the note and I have the pills counted out, I'm going to do it tonight",
		"I have the pills counted out and I'm going to take them all tonight",
		"انا خلاص قررت اموت الليلة وجهزت الحبل",
		"قررت انتحر، خلاص",
		"ana 5alas badi mot, ma3i el 7bub w ra7 ekhedon halla2",
		"بدي موت، معي الحبوب",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"I counted out my pills into the dosette box for the week, is it ok to take them with food",
		"wrote a note to the teacher about his asthma",
		"قررت اعمل رجيم من بكرة",
		"معي الحبوب تبع الضغط بالشنطة، بدي اعرف اذا فيني اخدها بالطيارة",
	)
}

// TestAScaldWithTheSkinComeOff: boiling tea, hot water or hot oil in any
// dialect is a scald, and a scald whose skin has come off is a deep burn
// (NHS: Burns and scalds, A&E); a red mark with no blister and a tea that
// is too hot to drink are not.
func TestAScaldWithTheSkinComeOff(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"الزيت السخن وقع على إيد أختي والجلد اتقشر كله",
		"boiling water went over my arm and the skin is peeling off",
		"الما السخون طاح على رجل ولدي والجلد تقلع",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 3},
		"بنتي الصغيرة انكب عليها الشاي المغلي على صدرها وبطنها",
		"el may el sukhne wiw2e3et 3a ibni w jeldo t2asha3",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"لسعة بسيطة من المكواة حمرا بس من غير فقاقيع",
		"my skin is peeling after the holiday, no burn, just dry",
		"الشاي المغلي ما بحبه، بشربه فاتر",
	)
}

// TestBloodThatSpurtsLikeAFountain: blood spurting, gushing, "like a
// fountain" is heavy bleeding (NHS: Severe bleeding); a fountain in the
// garden is not.
func TestBloodThatSpurtsLikeAFountain(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 40},
		"جرحت إيدي بالمنشار والدم عم يطلع متل النافورة",
		"cut my leg on the glass and the blood is spurting out",
		"الدم طالع زي النافورة من رجله",
		"wle2 3am yitla3 dam men temmi ktir",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"we went to see the fountain in the park, my son scraped his knee, a little blood, stopped",
	)
}

// TestSightGoneInTheLevantsFirstPerson: «ما عدت شوف» (I no longer see),
// the Levant's first person without its alif, is sight lost (RF-EYE-01).
func TestSightGoneInTheLevantsFirstPerson(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"فجأة ما عدت شوف بعيني الشمال",
		"ما عاد شوف شي بعيني اليمين من الصبح",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 60}, "ما عدت شوف الدكتور من زمان، بدي موعد")
}

// TestAChildWhoDrankSomeoneElsesMedicine: a child who drank a grandparent's
// or a parent's medicine has taken a medicine not his (NHS: Poisoning -
// children, A&E); a child given his own syrup has not.
func TestAChildWhoDrankSomeoneElsesMedicine(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 4},
		"ابني شرب دوا الضغط تبع جدو، شي خمس حبات",
		"ولدي شرب دوا القلب حق جده",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 4},
		"ابني شرب دواه تبع الحرارة وهلق منيح",
	)
}

// TestTheBabyStoppedMovingInSecondLanguageEnglish: "my baby stop moving"
// late in pregnancy is RF-PREG-06 (RCOG Green-top 57).
func TestTheBabyStoppedMovingInSecondLanguageEnglish(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 28, Sex: "f"},
		"i have 38 weeks pregnant, my baby stop moving since yesterday",
		"36 weeks pregnant and baby not move today",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 28, Sex: "f"},
		"36 weeks pregnant, baby moving well, just back pain",
	)
}

// TestASwollenCalfAfterALongFlight: a swollen painful calf on one side
// after a long flight is an emergency by the policy (a settled note);
// both ankles puffy after a flight are not.
func TestASwollenCalfAfterALongFlight(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 45},
		"after flight from Canada 14 hours my calf is swollen red and hurt only one side",
		"بطة رجلي اليمين منفوخة وتوجعني بعد رحلة طويلة بالطيارة",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 45},
		"both my ankles are a bit puffy after the flight, no pain",
	)
}

// TestALowSugarAndUnableToConcentrate: a low sugar with the mind unable to
// concentrate is the brain short of sugar (NHS: Low blood sugar); unable
// to concentrate on homework is not.
func TestALowSugarAndUnableToConcentrate(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"ana diabetic w el sugar 40 w 3am er2ojf w mesh 2ader rakez",
		"السكر نازل ٤٥ ومش قادر اركز",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 16},
		"مش قادر اركز في المذاكرة والامتحانات قربت",
	)
}

// TestWordsThatOnlyLookLikeAnEmergencyThirteen: the thirteenth sweep's
// everyday sentences sent to the emergency number, each for a word read
// out of its sense; the same words still read where they mean danger.
func TestWordsThatOnlyLookLikeAnEmergencyThirteen(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 35},
		// "X will give me a clot": a bill, a child, a job
		"كاد يجيني جلطة من فاتورة الكهربا هههه",
		"الشغل ده هيجيبلي جلطة",
		"كرمال الله رح تجيني جلطة من هالولد",
		"ra7 yeji3ni jalta men hal fatura hahaha",
		// a breathing problem denied in second-language English
		"i not have chest pain, not have breathing problem, only small headache since yesterday",
		// a heat stroke last summer
		"last summer my father got heat stroke but now he good, how protect him this summer",
		// "the traffic is deadly", dying of boredom
		"قصة طويلة بس سافرنا دبي والزحمة قاتلة والعيال تعبوني ومرة كنت بموت من الزهق 😂 المهم ابي اجدد وصفة الفيتامين د",
		// fits when she was little
		"أنا مدرسة، تلميذة عندي جالها تشنجات وهي صغيرة وامها عايزة ورقة للمدرسة",
		// "his blood is heavy": he is unfunny
		"الواد ده دمه تقيل موت",
		// the Maghreb's jab
		"الصغير عندو عام، امتى الجلبة الجاية؟",
		// an accident two years ago, in the Maghreb's words
		"خويا دار اكسيدون هادي عامين ودابا مزيان بغى شهادة طبية",
		// a school's seizure drill
		"btw seizure drill bel madrase bokra, mish seizure 7a2i2i lol",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"ابوي جاته جلطة الحين وفمه معوج",
		"my dad is not breathing",
		"she is having a seizure right now",
		"خويا دار اكسيدون دابا وراسو كيسيل بالدم",
		"صدري تقيل وكاتم علي ونفسي ضيق",
	)
}
