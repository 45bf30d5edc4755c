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
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 60},
		"Sir I have sugar since 10 years. There is small wound under my foot from walking without slipper in the masjid, 5 days not healing.",
		"my father has sugar since long time, he has a sore on his toe not healing one week",
	)
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

// TestAPilgrimWhoCameFromAfarMadeAJourney: "I came from Lagos for umrah 4
// days ago" is a journey made, so a calf swollen on one side since is
// RF-DVT-01 (NICE NG158; the policy's long flight or journey). «عمره»,
// "3omra" (his or her age) are not the umrah.
func TestAPilgrimWhoCameFromAfarMadeAJourney(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Salam, I came from Lagos for umrah 4 days ago. my right calf is swollen and painful",
		"we came from Karachi for umrah last week",
		"جيت من القاهره للعمره من ٣ ايام",
	} {
		if !present(t, e, text, "long_travel") {
			t.Errorf("%q: no journey read", text)
		}
	}
	if present(t, e, "mama 3omra 77, wje3 ras mn jem3a", "long_travel") {
		t.Error("her age read as a journey")
	}
}

// TestTiredOnAnAntiInflammatoryIsAskedTheBlackStool: weak or tired after
// weeks of daily ibuprofen is asked about black stool or blood vomited
// (gen_bleed; NICE CKS NSAIDs: a bleed from the stomach shows as tiredness
// first), and "yes" is RF-BLEED-02.
func TestTiredOnAnAntiInflammatoryIsAskedTheBlackStool(t *testing.T) {
	e := mustLoad(t)
	text := "I have back pain so I am taking ibuprofen every day, maybe 3 weeks. Now I feel very weak and tired."
	d := e.Classify(text, Facts{AgeYears: 52, Sex: "m"})
	if d.Urgency == Emergency {
		t.Fatalf("%q: emergency from the words alone", text)
	}
	q, ok := e.NextQuestion(text, Facts{AgeYears: 52, Sex: "m"}, "", nil)
	if !ok || q.ID != "gen_bleed" {
		t.Errorf("%q: first question %q; want gen_bleed", text, q.ID)
	}
}
