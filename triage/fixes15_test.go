package triage

import "testing"

// TestDiabeticFootGoesToTheGP: an infected diabetic foot is urgent and
// seen by the GP (UR-DIAB-06; NHS: Diabetes - foot problems), told in one
// sentence or across a short message; a very high sugar stays the diabetes
// team's (UR-DIAB-01).
func TestDiabeticFootGoesToTheGP(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "general_practice", Facts{AgeYears: 60},
		"I'm diabetic and there's a red patch around a blister on my foot that's gotten bigger since yesterday",
		"I have diabetes. My foot has a sore that won't heal and it's red and warm",
		"عندي سكر وفي جرح في رجلي محمر ومنتفخ",
		"عندي السكر من 10 سنين، جرحت رجلي والجرح راه حمر ومنفوخ",
	)
	amberOf(t, e, "UR-DIAB-01", true, Facts{AgeYears: 60}, "sugar is 350 today, no other symptoms", "السكر ٣٥٠ اليوم")
	amberOf(t, e, "UR-DIAB-01", false, Facts{AgeYears: 60}, "I'm diabetic and there's a red patch around a blister on my foot")
}

// TestAnOldNormalTestIsNoEndToAPainNow: a test result dated months or
// years back ("all tests were normal last year") ends only what its own
// phrase tells, not a chest pain told beside it now (NICE CG95: new chest
// pain is assessed whatever an old test showed). A pain told as past, with
// its tests, is still over.
func TestAnOldNormalTestIsNoEndToAPainNow(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 55, Sex: "m"}
	classifiedAs(t, e, true, f,
		"my chest is tight and heavy, all tests were normal last year",
		"chest pain since an hour, my tests were all normal last year",
		"ألم في صدري وضيق، والتحاليل كلها كانت سليمة السنة اللي فاتت",
		"عندي ألم في صدري الحين، والفحوصات كلها كانت طبيعية قبل سنة",
	)
	classifiedAs(t, e, false, f,
		"I had chest pain last month, all tests were normal",
		"chest pain last week, went to ER, all tests were normal",
		"كان عندي ألم في صدري الشهر اللي فات والتحاليل كلها كانت سليمة",
	)
}

// TestSeeingNoUseIsNoSightLost: «مش شايفة فايدة» is "I see no use", a low
// mood or a medicine that does not help, not "I cannot see" (it was
// RF-EYE-01). No use in anything is hopelessness (the mood's questions), no
// use in one's life a passive wish (UR-MH-02); sight lost is still RF-EYE-01.
func TestSeeingNoUseIsNoSightLost(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 30}
	classifiedAs(t, e, false, f,
		"انا تعبانة نفسيا ومش شايفة فايدة من اي حاجة",
		"ما عم شوف فايدة من شي",
		"مش شايف فايدة من الدوا ده، لسه الصداع",
	)
	urgencyIs(t, e, Urgent, "psychiatry", f, "مش شايف فايده في حياتي", "مش شايفة فايدة من حياتي خلاص")
	classifiedAs(t, e, true, f, "فجأة مش شايف بعيني اليمين", "ما عم شوف منيح من عيني من الصبح فجأة")
}
