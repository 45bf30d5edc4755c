package triage

import "testing"

// Training set 83: look-alikes told in alarming words (past history,
// episodes over, a parent's fright, idioms) and true emergencies told
// casually. Each test is a family: the same meaning in English and the
// dialects, and the look-alikes that must still fire.

// TestAnAmbulanceOthersWantedIsNoCallNow: an ambulance colleagues or the
// family wanted, nearly called or were about to call, told of an episode
// that is over, is the fright of the moment (h83-013); a call for one now
// is still RF-GEN-01.
func TestAnAmbulanceOthersWantedIsNoCallNow(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 26},
		"I fainted at work and everyone freaked out, they wanted to call an ambulance. Im fine now",
		"my husband nearly called an ambulance last night but it passed and Im fine now",
		"وقعت بالشغل وكانوا بدهم يطلبوا الاسعاف، هلق منيحه",
		"اغمي علي في الدوام وكانوا يبون يتصلون بالاسعاف، الحين زينه",
		"اغمى عليا في الشغل وكانوا عايزين يطلبوا الاسعاف ودلوقتي كويسه",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"please call an ambulance, my father collapsed",
		"can you send an ambulance?",
		"ابي اسعاف الحين",
		"عيطو على لامبيلانس",
	)
}

// TestAnEverydayFaintIsRoutine: a faint after standing a long time or a
// missed meal, with a quick recovery, is an uncomplicated faint (NICE
// CG109 1.1.3): routine, not UR-NEURO-01. A diabetic's is UR-DIAB-05, and
// a faint in pregnancy or in an older person is still RF-CONSC-02.
func TestAnEverydayFaintIsRoutine(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 26},
		"I collapsed at work this morning. Id skipped breakfast and was standing for ages at a long briefing. Came straight round, fine now",
		"fainted in church after standing for ages, fine now",
		"ما فطرت واغمى علي في الشغل والحين زين",
		"ما فطرتش الصبح واغمى عليا في الطابور ودلوقتي كويسه",
		"كنت واقفه ساعات بالعرس واغمي علي، هلق منيحه",
	)
	amberOf(t, e, "UR-DIAB-05", true, Facts{AgeYears: 30},
		"I have type 1 diabetes, skipped breakfast and fainted at work, fine now",
		"عندي سكر وما فطرت واغمى علي في الشغل والحين زين",
		"عندي السكر وما فطرتش وجاتني السخفة فالخدمة ودابا لاباس",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"I'm 34 weeks pregnant, skipped breakfast and fainted, fine now",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 80},
		"my grandfather collapsed after standing for ages at the mosque, he is ok now",
	)
}

// TestAStrokeOrHeartAttackFearedBeforeIsNotNow: "we thought he was having
// a stroke" told of an episode since explained (a hypo treated, h83-030;
// a chest wall strain checked at A&E, h83-017) is the fright of the
// moment. A stroke or a heart attack suspected now, and stroke signs that
// last, still fire.
func TestAStrokeOrHeartAttackFearedBeforeIsNotNow(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 70},
		"Dad went all sweaty and started talking rubbish, we honestly thought he was having a stroke. Checked his sugar, 2.6, gave him lucozade and he was back to normal in 15 mins. Hes fine now",
		"حسبناها جلطه بس طلع السكر نازل، عطيناه عصير والحين زين",
		"قلنا جاته جلطه بس طلع السكر واطي، شرب عصير ورجع طبيعي",
		"Went to A&E with chest pain, honestly thought I was having a heart attack. ECG, bloods and xray all fine, they said Id pulled a muscle between my ribs",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"I think my mother is having a stroke",
		"we thought he was having a stroke, his face is still drooping",
		"اتوقع جاته جلطة",
		"خايفة تكون جلطة",
		"I think I'm having a heart attack",
		"امي وجهها مايل حسبناها جلطه",
	)
}

// TestIfIDoNotWakeIsTheWritersWish: "better if I don't wake up" in the
// first person after "if" is a passive wish (UR-MH-02), never someone who
// cannot be woken (RF-CONSC-01, h83-038); a relative who does not wake
// still is.
func TestIfIDoNotWakeIsTheWritersWish(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"بفكر انو احسن لو ما فيق الصبح بس ما عندي نية اعمل شي",
		"a7san law ma fi2 el sob7, ma 3andi niye a3mel shi",
		"احسن لو ما اصحى الصبح",
		"ياريت انام وما اقوم",
	}
	classifiedAs(t, e, false, Facts{AgeYears: 23}, texts...)
	amberOf(t, e, "UR-MH-02", true, Facts{AgeYears: 23}, texts...)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"ابوي ما فاق من الصبح",
		"ستي ما عم توعى",
	)
}

// TestWentBackToNormalIsNoVomiting: «رجع» told with how the person is
// again is "went back to" (h83-003); told with how many times, or with
// what comes up, it is still vomiting.
func TestWentBackToNormalIsNoVomiting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الوالد جته جلطه قبل خمس سنين والحمدلله رجع طبيعي ميه بالميه",
		"رجعت عاديه بعد يومين",
		"ابني رجع زي ما كان",
		"جدي رجع منيح بعد العمليه",
	} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: vomiting read", text)
		}
	}
	for _, text := range []string{"ابني رجع مرتين اليوم", "بنتي بترجع كل شي بتاكله", "رجع طبيعي بس رجع مرتين"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: vomiting not read", text)
		}
	}
}

// TestBloodsAreBloodTests: the British "bloods" are blood tests, not
// bleeding (h83-017).
func TestBloodsAreBloodTests(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"ECG, bloods and xray all fine", "my bloods came back normal", "GP did my bloods last week"} {
		if present(t, e, text, "bleeding") {
			t.Errorf("%q: bleeding read", text)
		}
	}
	if !present(t, e, "blood everywhere from the cut", "bleeding") {
		t.Error("blood everywhere: bleeding not read")
	}
}

// TestChestWallPainIsSelfCare: a chest sore to press, twist or lift, or a
// strain a doctor named, is the chest wall's: self-care in general
// practice (NHS: Chest pain; NICE CG95), its heart questions still asked;
// a pain that presses or spreads is still the emergency, and a knee that
// hurts on twisting is no chest.
func TestChestWallPainIsSelfCare(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 35},
		"Went to A&E Saturday night with chest pain. ECG, bloods and xray all fine, they said Id pulled a muscle between my ribs. Still twinges when I twist or press on it",
		"did heavy chest day yesterday and today the left side of my chest is really sore, hurts when i push on it or twist",
		"Went to A&E on Saturday with chest pain after deadlifting. ECG and bloods were all normal, doctor said its a strained muscle between the ribs. Still sore",
		"عندي شد عضلي في الصدر من الجيم، يوجعني لما اضغط عليه",
		"صدري يوجعني لما اضغط عليه من يوم ما شلت الشنط",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 50},
		"my chest hurts when I press on it and it feels heavy and goes to my left arm",
		"chest pain since an hour",
	)
	urgencyIs(t, e, Routine, "orthopedics", Facts{AgeYears: 35}, "my knee hurts when I twist")
}

// TestAParentsFrightIsNoAnxiety: "a bit of a panic last night" told by a
// parent about a child's fever is the moment's fright (h83-022): the child
// goes to pediatrics, and a fever of 39.4 that settled still counts
// though the reading now is 37.8 (the highest reading counts).
func TestAParentsFrightIsNoAnxiety(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "pediatrics", Facts{AgeYears: 2},
		"bit of a panic last night, my 2 year old was burning up, 39.4, shivery and whingey. gave her calpol and this morning shes back to herself, eating toast. temp 37.8 now",
		"we panicked a bit, my son had a fever of 39 last night, gave him calpol and now hes back to normal, temp 37.6",
	)
	urgencyIs(t, e, Routine, "psychiatry", Facts{AgeYears: 25},
		"I keep having panic attacks before exams",
		"I panic a lot and can't stop worrying",
	)
}

// TestAChestOnFireIsHeartburn: Egypt's and the Levant's "on fire" of the
// chest after a meal is heartburn (h83-037), not the heart.
func TestAChestOnFireIsHeartburn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"صدري بيولع نار كل ما اكل حاجه مسبكه وانام",
		"صدري عم يولع بعد الاكل",
		"معدتي بتولع من الصبح",
	} {
		if !present(t, e, text, "heartburn") {
			t.Errorf("%q: heartburn not read", text)
		}
	}
}

// TestAFootballTeamIsNoLoin: "5 a side" is a game, not the loin
// (h83-026, heat cramps settled): no RF-URO-02; cramps told as a verb in
// the sun are heat cramps, self-care once settled.
func TestAFootballTeamIsNoLoin(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 31},
		"absolute agony earlier, playing 5 a side in the midday sun and both calves cramped up, couldnt walk. sat in the shade, had 2 bottles of water and a banana and its all gone now",
		"played five a side in the sun and my legs cramped up, had water in the shade and its fine now",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 40}, "sudden agony in my right side, cant stand still")
}

// TestPillsThatRanOutInThePlural: «الحبوب خلصو» (the pills ran out, the
// Levant's and the Gulf's plural) of an antiseizure medicine is UR-MED-01
// (h83-027).
func TestPillsThatRanOutInThePlural(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-MED-01", true, Facts{AgeYears: 27},
		"اخوي عندو صرع، الحبوب خلصو من يومين وما اخدها",
		"عندي صرع وحبوب الصرع خلصوا من امس",
		"my epilepsy tablets ran out yesterday",
	)
}

// TestAPainScoredSevenOrMoreIsSevere: a pain scored 7 to 10 out of 10 is
// severe (the severe_pain finding); a date written with its day first is
// no score (h83-019: period cramps "10/10 again", seen routinely).
func TestAPainScoredSevenOrMoreIsSevere(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"period cramps are 10/10 again", "pain is 8 out of 10", "الوجع 9 من 10", "بطني بتوجعني 8 على 10"} {
		if !present(t, e, text, "severe") {
			t.Errorf("%q: severe not read", text)
		}
	}
	for _, text := range []string{"my appointment is on 10/10, knee pain", "knee pain since 9/10"} {
		if present(t, e, text, "severe") {
			t.Errorf("%q: severe read", text)
		}
	}
	urgencyIs(t, e, Routine, "obstetrics_gynecology", Facts{AgeYears: 22, Sex: "f"},
		"period cramps are 10/10 again, its like this every month on day 1 and 2, ibuprofen barely touches it. on the pill so not pregnant",
	)
}

// TestAnExplodingHeadInEnglishIsAHeadache: "my head is exploding" is a
// headache, as «راسي بينفجر» is (in English it says no more than "killing
// me": a cold's headache stays the cold's, h38-002).
func TestAnExplodingHeadInEnglishIsAHeadache(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"my head is exploding", "my head feels like its going to explode"} {
		if !present(t, e, text, "headache") {
			t.Errorf("%q: headache not read", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 24},
		"this cold is killing me. head feels like its going to explode, sneezing nonstop. day 3. what can i take??",
	)
}
