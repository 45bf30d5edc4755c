package triage

import (
	"slices"
	"testing"
)

// Set 58 was written blind at the start of a thirteenth-session task:
// look-alikes that must not be sent to the emergency number — past
// history, idioms and exaggeration ("dying", «قلبي وقف من الخوف»,
// «هموت»), denied symptoms, questions about a medicine or someone else,
// normal bleeding, breathlessness from running, fainting said loosely —
// with eight emergencies hidden among them. Its first run caught all eight
// and sent four of 32 non-emergencies to the emergency number (-missing=no;
// nine in the strict run). Each came from a word read out of its sense: a
// jogger's "cant catch my breath for a couple mins then totally fine" was
// too breathless to speak, as "then fine" ended nothing; a "blood thinner"
// was paint thinner swallowed; Egypt's «هموت واعمل» (I'm dying to pee)
// was a severe belly pain at 68; Egypt's «بغير الفوطة» (I change the pad)
// was "without the pad", which denied a heavy period and let the safety
// screen's bleeding answer it. The strict run added «ابي احمل» (I want to
// get pregnant) read as a pregnancy, «قلبي وقف من الخوف» (my heart stopped
// from fear, the writer's fright) as the patient's mood, "an old clot" as
// a clot now, and an asthma well now asking for its inhaler asked about
// blue lips. Each is fixed here for its family, beside the wording that
// must still fire.

// TestThenFineEndsABriefEpisode: "then fine" after a spell of minutes ends
// it, as "fine now" does; the Maghreb and the Gulf put "fine" before
// "now". What is happening now still fires.
func TestThenFineEndsABriefEpisode(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"started running this week, cant catch my breath for a couple mins then totally fine",
		"after the stairs i couldnt breathe for a minute then im fine",
		"راجلي عندو الضيقة من صغرو مزيان دابا",
	} {
		if d := e.Classify(text, Facts{AgeYears: 29}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; an episode over in minutes", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"i cant catch my breath and cant finish a sentence",
		"was fine then suddenly i cant breathe, lips going blue",
	} {
		if d := e.Classify(text, Facts{AgeYears: 29}); d.Urgency != Emergency {
			t.Errorf("%q: %s; want emergency", text, d.Urgency)
		}
	}
}

// TestABloodThinnerIsNoChemical: an anticoagulant named "blood thinner" is
// a medicine, not paint thinner swallowed (RF-POISON-01).
func TestABloodThinnerIsNoChemical(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my mum had a stroke 3 yrs ago, someone to review her blood thinner (apixaban), shes had no problems on it",
		"can i get a refill of my blood thinners please",
	} {
		if d := e.Classify(text, Facts{AgeYears: 76}); slices.Contains(d.RedFlags, "RF-POISON-01") {
			t.Errorf("%q: %v; a medicine, not a poison", text, d.RedFlags)
		}
	}
	if d := e.Classify("my son drank some paint thinner from the garage", Facts{AgeYears: 4}); d.Urgency != Emergency {
		t.Errorf("paint thinner swallowed: %s; want emergency", d.Urgency)
	}
}

// TestDyingToIsWanting: «هموت واعمل…», I'm dying to (pee, sleep), is how
// much one wants to, not how bad a pain is; dying of the pain still is.
func TestDyingToIsWanting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"هموت واعمل pipi ومش عارف من 10 ساعات بطني واجعني تحت",
		"بموت واروح الحمام وبطني بتوجعني شوي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 68}); slices.Contains(d.RedFlags, "RF-ABD-02") {
			t.Errorf("%q: %v; wanting, not a severe pain", text, d.RedFlags)
		}
	}
	// and Egypt's "can't" («مش عارف», I don't know how to) passing urine is
	// a retention, seen the same day (UR-URO-03)
	for _, text := range []string{
		"hamoot w a3mel pipi w mesh 3aref men 10 sa3at, ba6ni wag3ani ta7t",
		"ابويا مش عارف يعمل حمام من امبارح وبطنه وارمه",
	} {
		if d := e.Classify(text, Facts{AgeYears: 68, Sex: "m"}); !slices.Contains(d.AmberFlags, "UR-URO-03") || d.Urgency == Emergency {
			t.Errorf("%q: %s %v %v; want urgent UR-URO-03", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	for _, text := range []string{"جدي عنده مغص جامد", "بطني بتوجعني هموت من الوجع"} {
		if d := e.Classify(text, Facts{AgeYears: 78}); !slices.Contains(d.RedFlags, "RF-ABD-02") {
			t.Errorf("%q: %s %v; want RF-ABD-02", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAnOldClotIsPast: "an old clot" on warfarin for two years is history
// (a medicine question), not a clot now.
func TestAnOldClotIsPast(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my brother take warfarin since 2 years for old clot in his leg, is ibuprofen dangerous?",
		"عنده جلطه قديمه في رجله وياخذ مميع",
	} {
		if present(t, e, text, "dvt_word") {
			t.Errorf("%q: read as a clot now", text)
		}
	}
	if !present(t, e, "they think he has a clot in his leg, calf swollen", "dvt_word") {
		t.Error("a clot in the leg now: not read")
	}
}

// TestAPregnancyWishedForIsNone: wanting or planning a pregnancy is not
// being pregnant (the pregnancy bleeding question was asked).
func TestAPregnancyWishedForIsNone(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الحين ابي احمل مرة ثانية، لازم اراجع دكتور قبل؟",
		"بدي احمل بس عندي سكري",
		"we are trying to get pregnant, is my medicine safe?",
	} {
		if present(t, e, text, "pregnancy_word") {
			t.Errorf("%q: read as a pregnancy", text)
		}
	}
	for _, text := range []string{"انا حامل بالشهر الرابع", "I'm pregnant and want to know if it's safe"} {
		if !present(t, e, text, "pregnancy_word") {
			t.Errorf("%q: pregnancy not read", text)
		}
	}
}

// TestTheWritersFrightIsNoMood: «قلبي وقف من الخوف», "scared me to death"
// of a child's fall is the writer's fright, not the patient's mental
// health (the suicide question was asked of a grazed knee).
func TestTheWritersFrightIsNoMood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي طاح من السيكل وقلبي وقف من الخوف بس خدش بسيط",
		"بنتي وقعت وكنت هموت من الخوف، بس كويسة",
		"she fell off the slide and scared me to death, just a bump",
	} {
		if present(t, e, text, "mental_word") {
			t.Errorf("%q: read as the patient's mood", text)
		}
	}
	if !present(t, e, "عندي خوف وقلق طول الوقت وما انام", "mental_word") {
		t.Error("fear and worry told of oneself: not read")
	}
}

// TestAPeriodSoakingAPadHourlyIsUrgent: a period soaking a pad every hour
// or two now is seen the same day (UR-GYN-02), not the emergency number,
// and Egypt's «بغير» (I change) denies nothing; in pregnancy, and a wound
// that will not stop, it still is.
func TestAPeriodSoakingAPadHourlyIsUrgent(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الدورة المرادي تقيلة جدا بغير الفوطة كل ساعة من امبارح، مش دايخة",
		"my period is very heavy this time, changing pads every hour since yesterday, not dizzy",
		"الريغل جاتني بزاف هاد المرة، نبدل la serviette كل ساعة",
	} {
		d := e.Classify(text, Facts{AgeYears: 38, Sex: "f"})
		if d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-GYN-02") {
			t.Errorf("%q: %s %v %v; want urgent UR-GYN-02", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	for _, text := range []string{"انا حامل وبغير الفوطة كل ساعة من النزيف", "cut my hand with a knife, blood wont stop"} {
		if d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"}); d.Urgency != Emergency {
			t.Errorf("%q: %s; want emergency", text, d.Urgency)
		}
	}
}

// TestAlmostFaintIsNoFaint: "almost faint" is feeling faint, not a faint
// to be seen today (UR-NEURO-01); a faint still is.
func TestAlmostFaintIsNoFaint(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"i almost faint when i see my electric bill lol, my bp medicine finish tomorrow",
		"nearly fainted when i saw the price, anyway need my inhaler",
	} {
		if d := e.Classify(text, Facts{AgeYears: 52}); slices.Contains(d.AmberFlags, "UR-NEURO-01") || d.Urgency == Emergency {
			t.Errorf("%q: %s %v %v; no faint", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	if d := e.Classify("I fainted this morning and now I'm ok", Facts{AgeYears: 52}); !slices.Contains(d.AmberFlags, "UR-NEURO-01") {
		t.Errorf("a faint: %s %v; want UR-NEURO-01", d.Urgency, d.AmberFlags)
	}
}

// TestTheRelieverCountedToday: needing the reliever a third time today is
// the reliever again and again (UR-ASTHMA-02), however the day is counted.
func TestTheRelieverCountedToday(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"asthma flare, took my blue inhaler and it settled, but its the third time today ive needed it",
		"عندي ربو واستخدمت البخاخ تالت مرة اليوم",
		"عندي ربو وخذيت البخاخ ثلاث مرات اليوم",
	} {
		if d := e.Classify(text, Facts{AgeYears: 24}); !slices.Contains(d.AmberFlags, "UR-ASTHMA-02") {
			t.Errorf("%q: %s %v; want UR-ASTHMA-02", text, d.Urgency, d.AmberFlags)
		}
	}
	if d := e.Classify("asthma, used my inhaler once this morning, need a refill", Facts{AgeYears: 24}); slices.Contains(d.AmberFlags, "UR-ASTHMA-02") {
		t.Errorf("once today: %v", d.AmberFlags)
	}
}

// TestAThermometerReading: "the thermometer said 39.4" is a fever; a
// reading under 38 is none.
func TestAThermometerReading(t *testing.T) {
	e := mustLoad(t)
	if d := e.Classify("my heart stopped when the thermometer said 39.4, my son is 2", Facts{AgeYears: 2}); !slices.Contains(d.Complaints, "fever") {
		t.Errorf("thermometer said 39.4: %v; no fever read", d.Complaints)
	}
	if d := e.Classify("the thermometer said 37.2, shes playing", Facts{AgeYears: 2}); slices.Contains(d.Complaints, "fever") {
		t.Errorf("thermometer said 37.2: %v; read as a fever", d.Complaints)
	}
}

// TestAWellAsthmaRefillAsksNoBreathingEmergency: a repeat inhaler for an
// asthma well now is not asked about blue lips or a struggle to breathe
// (the safety screen still comes); a wheeze is.
func TestAWellAsthmaRefillAsksNoBreathingEmergency(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"راجلي عندو الضيقة (الربو) من صغرو، مزيان دابا ما عندو حتى ضيقة، ولكن سالا ليه البخاخ وبغا وصفة جديدة",
		"I need a new prescription for my asthma inhaler, ran out, I'm fine",
	} {
		q, ok := e.NextQuestion(text, Facts{AgeYears: 45, Sex: "m"}, "", map[string]string{})
		if ok && (q.ID == "breath_blue" || q.ID == "breath_speak" || q.ID == "breath_chest_pain") {
			t.Errorf("%q: asked %s", text, q.ID)
		}
	}
	text := "ran out of my asthma inhaler and now I'm wheezy and short of breath"
	if q, ok := e.NextQuestion(text, Facts{AgeYears: 45, Sex: "m"}, "", map[string]string{}); !ok || q.ID != "breath_speak" {
		t.Errorf("%q: first question %q; want breath_speak", text, q.ID)
	}
}

// TestKhalisAfterAMildWord: «صغير خالص», very small, is no severity;
// «جامد خالص» still is.
func TestKhalisAfterAMildWord(t *testing.T) {
	e := mustLoad(t)
	if present(t, e, "الجرح صغير خالص مش عميق", "severe") {
		t.Error("صغير خالص read as severe")
	}
	if !present(t, e, "الوجع جامد خالص", "severe") {
		t.Error("جامد خالص not read as severe")
	}
}

// TestMaghrebiArabiziWantsAndThinner: "bgha" is he wants, "dwa dyal
// sayalan" the blood thinner: gums bleeding on it are UR-MED-03's same-day
// check, not a bug bite and a cold.
func TestMaghrebiArabiziWantsAndThinner(t *testing.T) {
	e := mustLoad(t)
	text := "l7aj dyali 3endo 75 3am, kaysil lih dem mn snan mli kayghsel, bgha ychouf tbib ybeddel dwa dyal sayalan"
	if d := e.Classify(text, Facts{AgeYears: 75}); !slices.Contains(d.AmberFlags, "UR-MED-03") {
		t.Errorf("%q: %s %v %v; want UR-MED-03", text, d.Urgency, d.AmberFlags, d.Complaints)
	}
}

// TestANewRunnersLegs: legs "killing me" after every run of a new runner
// are muscle soreness, self-care; a leg that cannot bear weight is not.
func TestANewRunnersLegs(t *testing.T) {
	e := mustLoad(t)
	text := "started couch to 5k this week, legs are killing me after every run"
	if d := e.Classify(text, Facts{AgeYears: 29}); d.Urgency != SelfCare {
		t.Errorf("%q: %s %v; want self_care", text, d.Urgency, d.Complaints)
	}
}
