package triage

import (
	"slices"
	"testing"
)

// Set 34 was a training set of the tenth session: chronic illness and
// medicines (diabetes, kidney disease and dialysis, heart failure, asthma
// and COPD, blood thinners, epilepsy, thyroid, blood pressure), often with
// readings and often from a relative writing for an older parent. What
// follows is what the first message read wrongly, each in the set's words
// and in other writers'.

// TestWokeUpWithSwelling: «صحيت» is "I woke up" as well as "he came
// round", and what follows it is what was found on waking, new now.
// «دوا ضغط جديد ... صحيت لقيت شفايفي وارمه ولساني تقيل» (h34-010, ACE
// inhibitor angioedema reaching the tongue: NHS call 999, NICE CKS
// Angioedema) ended routine, the swelling read as an episode that had
// ended. Fainting and coming round is still over.
func TestWokeUpWithSwelling(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بقالي اسبوعين باخد دوا ضغط جديد (كابوتين). النهارده صحيت لقيت شفايفي وارمه ولساني تقيل شويه",
		"صحيت لقيت شفايفي وارمه ولساني وارم",
		"صحيت الصبح ولساني منتفخ",
	} {
		if d := e.Classify(text, Facts{AgeYears: 61, Sex: "f"}); !slices.Contains(d.RedFlags, "RF-ALLERGY-01") {
			t.Errorf("%q: %s %v, want RF-ALLERGY-01", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("صحيت من النوم وما اسمع في اذني اليمين", Facts{AgeYears: 50, Sex: "m"}); d.Urgency == SelfCare || d.Urgency == Routine {
		t.Errorf("sudden deafness on waking: %s, read as over", d.Urgency)
	}
	// lips alone on a new medicine, the tongue and throat spared, is seen
	// today (NICE CKS Angioedema; h6-106), not read as anaphylaxis
	if d := e.Classify("mn ba3d ma ballasht dawa el da8et el jdid, shaf2e w wejje 3am yenfakho shway. bel zlo3 ma fi shi", Facts{AgeYears: 58, Sex: "f"}); slices.Contains(d.RedFlags, "RF-ALLERGY-01") {
		t.Errorf("lips and face only: %v, read as the tongue or throat", d.RedFlags)
	}
}

// TestRelieverEveryDayOrTwoCounts: "4 or 5 times every day" is the reliever
// needed about every four hours of the waking day, urgent (UR-ASTHMA-02,
// NHS: Asthma attack - urgent GP appointment); h34-019 ended routine.
func TestRelieverEveryDayOrTwoCounts(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my asthma getting bad this week. I need my ventolin 4 or 5 times every day now",
		"asthma is worse, using the blue inhaler 5 times every day",
		"عندي ربو وصرت استعمل البخاخ الازرق 4 او 5 مرات في اليوم",
	} {
		if d := e.Classify(text, Facts{AgeYears: 29, Sex: "f"}); !slices.Contains(d.AmberFlags, "UR-ASTHMA-02") {
			t.Errorf("%q: %s %v %v, want UR-ASTHMA-02", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	if present(t, e, "I take my brown inhaler 2 times every day, asthma fine", "inhaler_overuse") {
		t.Errorf("a preventer twice a day read as reliever overuse")
	}
}
