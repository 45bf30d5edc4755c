package triage

import "testing"

// Sealed set 104, opened after its end run: the families its misses
// showed, each with wordings not in the set.

// TestSugarIsTheDiseaseInSouthAsianEnglish: "I have sugar since 10 years"
// is diabetes, so a foot wound that will not heal is the diabetic foot's
// same-day visit (NICE NG19), not a routine orthopaedic one. Sugar in tea
// or a drink stays no disease.
func TestSugarIsTheDiseaseInSouthAsianEnglish(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Sir I have sugar since 10 years. There is small wound under my foot from walking without slipper in the masjid, 5 days not healing.",
		"my father has sugar since long time, he has a sore on his toe not healing one week",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent (a diabetic foot wound)", text, d.Urgency, d.AmberFlags)
		}
	}
	if present(t, e, "I put too much sugar in my tea and now my tooth hurts", "diabetes_word") {
		t.Error("sugar in tea read as diabetes")
	}
}

// TestGumsThatBleedAreNoPregnancyBleeding: blood from the gums when the
// teeth are brushed, common in pregnancy (NHS: Bleeding gums), is no
// bleeding of the pregnancy (RF-PREG-01); bleeding from down below told
// beside it still is.
func TestGumsThatBleedAreNoPregnancyBleeding(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 28, Sex: "f"}
	classifiedAs(t, e, false, f,
		"I am 5 month pregnant. Every time I brush my teeth blood is coming from the gums, every day now. No pain.",
		"انا حامل بالشهر السادس ولثتي تنزف كل ما افرش سناني",
	)
	classifiedAs(t, e, true, f,
		"I am 20 weeks pregnant and bleeding from down below, also my gums bleed",
		"I am 5 months pregnant and bleeding",
	)
}

// TestWaterComingOutAtTermIsTheWaters: «نحس فما ماء يخرج مني من ساعة» at 38
// weeks is the waters broken, seen today (NICE NG235), and was nothing.
func TestWaterComingOutAtTermIsTheWaters(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"نحس فما ماء يخرج مني من ساعة، صافي وما عندو حتى ريحة. انا في 38 سمانة",
		"انا حامل ٣٩ اسبوع ومن الصبح في مي عم تنزل مني",
	} {
		if !present(t, e, text, "waters_broke") {
			t.Errorf("%q: no waters read", text)
		}
	}
}
