package triage

import "testing"

// Sealed set 95 (sixteenth session), once opened after its end run: the
// three emergencies it missed, each as a family.

// TestPillsGatheredAndIntendedTonight: the pills gathered and the intent to
// take them tonight, with the pills told as one mass («البرشام», «الدوا»)
// or a feminine plural so the pronoun is singular, is a plan (RF-MH-01;
// NICE NG225; C-SSRS): «لميت كل البرشام ... وناوي اخده النهارده بالليل»
// (s95-039) was routine. A dose asked about is not.
func TestPillsGatheredAndIntendedTonight(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 22},
		"انا خلاص مش قادر، مفيش حاجه ليها لازمه. لميت كل البرشام اللي في البيت وحطيته جنبي وناوي اخده النهارده بالليل لما الكل ينام",
		"خزنت الحبوب وناويه اخدها كلها الليله",
		"I've been saving my pills, planning to take them all tonight",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 22},
		"ناوي اخده بعد الاكل ولا قبله؟ الدوا الجديد",
	)
}

// TestTheMaghrebsLateWeeks: «34 سيمانة» and "36 semaines" are late
// pregnancy, so fewer movements are RF-PREG-06 (RCOG Green-top 57) and a
// late pregnancy's other complaints are asked about the movements
// (s95-024).
func TestTheMaghrebsLateWeeks(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 30, Sex: "f"},
		"ana 7amla f 36 semaines w lbebe ma kaytharrekch bzaf",
		"انا حاملة ف 34 سيمانة والبيبي ما بقاش كيتحرك بحال العادة",
	)
	q, ok := e.NextQuestion("انا حاملة ف 34 سيمانة، هاد ليومين حاسة براسي عيانة شوية و ضهري كيضرني", Facts{AgeYears: 30, Sex: "f"}, "", map[string]string{
		"preg_bleeding": "no", "preg_pain": "no", "preg_headache_vision": "no", "preg_waters": "no",
	})
	if !ok || q.ID != "preg_movements" {
		t.Errorf("at 34 weeks with a headache and back pain, next question %q (%v); want preg_movements", q.ID, ok)
	}
}

// TestASideOfTheHeadIsNoLimb: «صداع بالجهه اليمين» is a headache on one
// side, not a limb's pain: the injury's questions no longer take the turn
// of giant cell arteritis's (UR-NEURO-03, NICE CKS) in a man of 74
// (s95-018). Weakness or numbness on one side stays a stroke sign.
func TestASideOfTheHeadIsNoLimb(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("السلام عليكم ابوي عمره ٧٤ له كم يوم يشتكي من صداع بالجهه اليمين، عطيته بندول وما فاد كثير. وش افضل مسكن اعطيه؟", Facts{AgeYears: 74})
	if d.Specialty == "orthopedics" {
		t.Errorf("a headache on one side went to %s", d.Specialty)
	}
	classifiedAs(t, e, true, Facts{AgeYears: 74},
		"ضعف بالجهه اليمين من جسمه فجأة",
		"عنده تنميل بالجهه اليمين",
	)
}
