package triage

import (
	"testing"
)

// Training set 88 (fifteenth session), conv_holdout88.jsonl: forty native
// English writers (UK, US, Australian, Gulf expats) written blind, 14
// emergencies mostly behind a mild first message, 10 urgent, 8 routine and
// 8 self-care look-alikes. Its first run missed a calf swollen since the
// writer "flew back from Sydney" (h88-004) and a baby "really quiet" at 34
// weeks whose mother guessed she had "run out of room" (h88-008, read as
// a refill); it sent a cold after Accra with a normal temperature and "took
// all my malaria tablets" to the emergency number as malaria and an
// overdose (h88-035).

// TestAFlightToldByFlyingIsLongTravel: the flight told by flying back,
// flying home, since the flight or off the plane is the journey the
// policy's settled note names: a swollen painful calf on one side after a
// flight is an emergency (NICE NG158 1.1). Both ankles puffy, or a calf
// after a twist, are not.
func TestAFlightToldByFlyingIsLongTravel(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"flew back from Sydney to Heathrow on Sat",
		"since i flew home my leg is sore",
		"flew back from Sydney (24hrs door to door)",
		"بطة رجلي منتفخه من نزلت من الطياره",
		"رجلي وارمه من ساعة الطياره",
	} {
		if !present(t, e, text, "long_travel") {
			t.Errorf("%q: long_travel not read", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 45},
		"my left calf is swollen and sore since i flew back from Sydney",
		"one calf swollen and red since my flight home",
		"بطة رجلي اليسار منتفخه وتعورني من نزلت من الطياره",
		"سمانة رجلي الشمال وارمه ووجعاني من ساعة الطياره",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 45},
		"both ankles a bit puffy since i flew back, no pain",
		"twisted my ankle yesterday and my calf is sore, flew home today",
	)
}

// TestKicksFeltAreAPregnancy: a baby's kicks felt, or not felt, are felt
// only from inside, so a week count with them is a pregnancy (RCOG Green-top
// 57), and a baby that has "run out of room" is the mother's guess, not a
// medicine run out.
func TestKicksFeltAreAPregnancy(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 31, Sex: "f"},
		"baby's been really quiet today, cant remember feeling her kick since last night. 34 weeks. she's prob just run out of room lol",
		"33 weeks and havent felt him kick since this morning",
	)
	for _, text := range []string{"she's prob just run out of room lol", "he's running out of space in there"} {
		if present(t, e, text, "refill") || present(t, e, text, "ran_out") {
			t.Errorf("%q: read as a medicine run out", text)
		}
	}
	for _, text := range []string{"ran out of my inhaler", "run out of metformin"} {
		if !present(t, e, text, "refill") {
			t.Errorf("%q: refill not read", text)
		}
	}
	if present(t, e, "my baby is 5 months and kicks his legs all day", "pregnancy_word") {
		t.Errorf("a born baby's kicking read as a pregnancy")
	}
}

// TestATemperatureToldNormalIsNoFever: a temperature told as normal is no
// fever (NICE NG143 1.1.1), so a cold after a malaria area is not malaria
// (UKHSA: a fever is the trigger); a fever after one still is.
func TestATemperatureToldNormalIsNoFever(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 29},
		"back from Accra 3 weeks ago, stinking cold, checked my temp a few times and its normal, 36.8",
		"back from Lagos last week, bit of a cold, temperature is normal",
		"رجعت من نيجيريا الاسبوع الماضي وعندي زكام والحراره طبيعيه",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 29},
		"back from Accra 3 weeks ago, temp 38.9 and shivery",
		"رجعت من نيجيريا الاسبوع الماضي وعندي حراره ورجفه",
	)
}

// TestACourseFinishedIsNoOverdose: a course of malaria tablets or
// antibiotics taken to its end is the course kept; all of them at once is
// still an overdose (RF-POISON-01).
func TestACourseFinishedIsNoOverdose(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"took all my malaria tablets", "took all my antibiotics like the doctor said", "finished the course",
		"كملت حبوب الملاريا",
	} {
		if present(t, e, text, "overdose") {
			t.Errorf("%q: read as an overdose", text)
		}
	}
	for _, text := range []string{"took all my sertraline", "took all my malaria tablets at once", "took too many tablets"} {
		if !present(t, e, text, "overdose") {
			t.Errorf("%q: overdose not read", text)
		}
	}
}

// TestNoneSinceEndsAnEpisode: "not had any since" after a chest pain weeks
// ago, checked and clear, ends it (NICE CG95: a chest pain long gone and
// checked is not an emergency); a chest pain an hour ago still counts.
func TestNoneSinceEndsAnEpisode(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 50},
		"had a bit of chest pain about 3 weeks ago, went to A&E, bloods and ECG all clear. not had any since.",
		"جاني الم بصدري قبل ثلاث اسابيع ورحت الطوارئ وكل التحاليل سليمه. ما جاني من وقتها",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 50},
		"had chest pain and sweating an hour ago, not had any since",
	)
}

// TestGoingDownForAMomentIsAFaint: an understated faint ("went down for a
// second", "hit the deck") is a collapse: in an older person or in the
// heat an emergency (NHS: Fainting; RF-CONSC-02). A fever or a swelling
// that went down is not.
func TestGoingDownForAMomentIsAFaint(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 67},
		"Bit embarrassing - went down for a second on the 14th green this afternoon, right as rain now",
		"dad hit the deck in the garden, up again now",
		"mum went down like a sack of spuds in the kitchen",
		"ابوي غاب عن الوعي ثواني وهو يصلي",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 67},
		"my fever went down for a few hours then came back, bit of a cough",
		"the swelling went down for a second time after the ice",
	)
}

// TestJetLagIsSelfCare: sleep and tiredness out of step after a flight is
// jet lag, self-care (NHS: Jet lag), not a mental health complaint asked
// about suicidal thoughts; a mood told low with it still is the mind's.
func TestJetLagIsSelfCare(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 40},
		"back from Singapore yesterday, completely knackered in the day and wide awake at 3am. any tips or something to help me sleep?",
		"jet lag is awful, cant sleep",
		"عندي اختلاف توقيت، نايم بالنهار وصاحي بالليل",
	)
	urgencyIs(t, e, Routine, "psychiatry", Facts{AgeYears: 40},
		"jet lag is killing me, cant sleep and feel so low and depressed",
	)
}
