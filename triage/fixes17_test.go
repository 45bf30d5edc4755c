package triage

import "testing"

// TestAnOperationYearsAgoIsNoClotRisk: an operation, a hospital stay or a
// birth told as a year or more back is history, not the recent one that
// makes a swollen calf RF-DVT-01 (NICE NG158: the Wells score counts
// surgery within 12 weeks); the calf is still seen today (UR-DVT-01). One
// told weeks or months back, or with no date, stays RF-DVT-01.
func TestAnOperationYearsAgoIsNoClotRisk(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 52, Sex: "f"}
	urgencyIs(t, e, Urgent, "", f,
		"had an operation 10 years ago, now my calf is swollen and sore",
		"I had knee surgery 2 years ago. my left calf is swollen and red",
		"had a c section last year. now one calf swollen and hot",
		"سويت عمليه قبل سنتين والحين بطة رجلي منتفخه",
		"عملت عمليه قبل خمس سنين ودلوقتي سمانة رجلي وارمه",
	)
	classifiedAs(t, e, true, f,
		"had an operation 2 months ago, now my calf is swollen and sore",
		"my calf is swollen, I had my op 2 weeks ago",
		"سويت عمليه قبل شهرين والحين بطة رجلي منتفخه",
		"one leg swollen and painful after my knee replacement",
		"had a c section 3 weeks ago and my right calf is swollen and hot",
	)
}

// TestABabysWeeksAreItsMonths: a baby's age told in weeks is its age in
// months, so a fever at "28 weeks old" is no fever under 3 months
// (RF-CHILD-04; NICE NG143 1.2.1.1) but still seen today, and one at "10
// weeks old" is. Before, any count of weeks read as a few days old.
func TestABabysWeeksAreItsMonths(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{},
		"my son is 10 weeks old and has a temperature of 38.5",
		"my baby is 12 weeks old and hot 38.2",
		"baby 6 weeks old fever",
	)
	urgencyIs(t, e, Urgent, "", Facts{},
		"my baby is 28 weeks old and has a fever of 38",
		"بنتي عمرها ٢٠ اسبوع وحرارتها ٣٨",
	)
}

// TestAPainNowThatWasAlsoThereBefore: a past point told in its own phrase
// ("same thing a month ago", «قبل شهر نفس الشي») does not date a phrase
// of its sentence that tells its own time in minutes to weeks: "my chest
// has been hurting for an hour, same thing a month ago" is chest pain now
// (RF-CHEST-04; NICE CG95), which was read as a month old and routine. A
// pain told in the dated phrase itself stays past.
func TestAPainNowThatWasAlsoThereBefore(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 55},
		"صدري يوجعني من ساعه، قبل شهر نفس الشي",
		"my chest has been hurting for an hour, same thing a month ago",
		"chest pain for 2 hours, had the same last year",
		"بقالي ساعتين صدري بيوجعني، نفس الوجع جالي السنه اللي فاتت",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 55},
		"last year I had chest pain for an hour, now I want a check up",
		"had chest pain 3 weeks ago, went to A&E, all fine",
		"قبل سنه جاني الم بالصدر لمدة ساعه وراح، ابي فحص روتيني",
	)
}

// TestAPainThatCameBackAfterAPastPoint: a return told after a dated
// sentence ("had chest pain last year, ecg was normal. it came back this
// morning") makes what the point dated now again (RF-CHEST-04; NICE CG95):
// it was read as last year's, routine. A return dated itself ("it came
// back last month, fine now") stays past.
func TestAPainThatCameBackAfterAPastPoint(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 55},
		"I had chest pain a month ago, checked fine. now it is back since an hour",
		"had chest pain last year, ecg was normal. it came back this morning and its really tight",
		"قبل شهر جاني الم بالصدر وسويت تخطيط وطلع سليم، واليوم رجعلي من ساعه",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 55},
		"had chest pain last year, it came back last month, fine now",
		"chest pain a year ago, all tests normal, never came back. want a routine check",
	)
}

// TestAKnownStonesPainAgainIsSeenToday: a known kidney stone's pain back
// again, eased a little or told as the usual one, is urgent (UR-URO-05:
// pain relief and an urgent scan, NICE CKS renal colic); with a fever it
// is RF-URO-03's emergency. Merging sets 107 and 110 read the stone as
// known and the painkiller's "eased a bit" as mild, and h106-022 fell to
// routine.
func TestAKnownStonesPainAgainIsSeenToday(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 40},
		"عندي حصوة بالكلية معروفة من شهر وعملت صورة، اليوم رجعلي الوجع بخاصرتي اليمين متل العادة، والمسكن خفف شوي",
		"known kidney stone, right loin pain came back this morning, painkiller helped a bit",
		"عندي حصوة في الكلية والوجع رجعلي في جنبي من امبارح",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 40},
		"I had kidney stones before, now bad pain in my side again with fever and shivering",
	)
}

// TestTheFrenchEmergencyAskedAboutIsNoCall: the Maghreb's "l'urgence", the
// emergency department with its article, asked about or put as a choice
// ("nemchiw l'urgence wala nesstannew?", should we go or wait, set 111)
// is no call for help (RF-GEN-01), as "should we go to the emergency or
// wait?" is not; "urgence!" and "c'est une urgence" still are.
func TestTheFrenchEmergencyAskedAboutIsNoCall(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 6},
		"nemchiw l'urgence wala nesstannew? wldi 3ndo skhana 38 w ka ykoh",
		"wldi 3ndo l7 w skhana, ndiwh l'urgence ola la?",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 6},
		"urgence! wldi ma kay tneffesch",
		"c'est une urgence mon fils ne respire pas",
	)
}

// TestSleepDeniedFromThePainKeepsThePain: sleep denied "from" a pain tells
// the pain as its cause: «امي ما عم تنام من الوجع بصدرها» (my mother can't
// sleep from the pain in her chest) is chest pain (RF-CHEST-04; NICE
// CG95), and was read as no pain at all, routine. A sleep denied "since"
// a day denies nothing more.
func TestSleepDeniedFromThePainKeepsThePain(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"امي ما عم تنام من الوجع بصدرها",
		"ابوي ما نام من الالم في صدره طول الليل",
		"ما قدرت انام من وجع صدري",
	)
	for _, text := range []string{"ما نمت من الالم في راسي", "ما قدرت انام من الوجع في بطني طول الليل"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); len(d.Complaints) == 0 {
			t.Errorf("%q: no complaint read; want the pain that kept them awake", text)
		}
	}
	if d := e.Classify("ما نمت من امبارح وما في الم", Facts{AgeYears: 30}); d.Urgency == Emergency || d.Urgency == Urgent {
		t.Errorf("no sleep and no pain: %s", d.Urgency)
	}
}

// TestAKneeSorePressedLeavesTheChestPain: a press that hurts another part
// ("my knee hurts when I press on it") says nothing of a chest pain told
// beside it: "I have chest pain and my knee hurts when I press on it" was
// routine orthopaedics, and told in two sentences only urgent. Chest pain
// is RF-CHEST-04 (NICE CG95); the chest's own tender spot stays the chest
// wall's (NICE CG95 1.3.1.4).
func TestAKneeSorePressedLeavesTheChestPain(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 50},
		"I have chest pain and my knee hurts when I press on it",
		"I have chest pain. my knee hurts when I press on it",
		"عندي الم في صدري وركبتي توجعني لما اضغط عليها",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 50},
		"my chest hurts when I press on it",
		"costochondritis again, chest sore when I press",
		"chest pain on right side since yesterday after i lift many cement bag at site. pain only when i press on it or turn my body",
	)
}

// TestALimbNotMovedIsAStrokeSign: an arm, a hand or a leg someone
// suddenly does not move, told with the transitive verb («ابوي فجأة ما
// يحرك ايده اليمين», «مش بيحرك دراعه»), is a limb's weakness (RF-STROKE-02;
// NICE NG128 FAST), as "he suddenly wont move his arm" was. It was read as
// nothing at all, routine. A limb that hurts to move after the gym stays
// the injury's.
func TestALimbNotMovedIsAStrokeSign(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"ابوي فجأة ما يحرك ايده اليمين",
		"ابوي فجأة مش بيحرك دراعه الشمال",
		"امي من الصبح ما عم تحرك رجلها اليسار",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"ما اقدر احرك ايدي من الوجع بعد الجيم",
	)
}

// TestSomeoneHardToWakeIsAnEmergencyAtAnyAge: a parent or a spouse who can
// hardly be woken today is reduced consciousness (RF-CONSC-03; ESI level
// 2, NICE NG51), and "my dad is very hard to wake today" at 78 was routine
// after one screen question: hard to wake weighed only for a child. The
// writer's own sleepiness, or a long-standing one, is not.
func TestSomeoneHardToWakeIsAnEmergencyAtAnyAge(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 78},
		"my dad is very hard to wake today",
		"ابوي عمره ٧٨ اليوم صعب يصحى",
		"جوزي من الصبح بصعوبه يصحى",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 34},
		"I keep falling asleep at work, night shifts",
		"I am hard to wake in the mornings, is that normal",
	)
}
