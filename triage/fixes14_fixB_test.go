package triage

import (
	"slices"
	"testing"
)

// Fourteenth-session fixes: reading who and what.

// TestAMalariaAreaIsThePatientsStay: a fever after a stay in a malaria area
// is RF-TRAVEL-01's when the patient stayed there; another person's trip
// ("his father just came back from Addis Ababa") is no stay of the child's.
func TestAMalariaAreaIsThePatientsStay(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 4},
		"my son has a fever, his father just came back from Addis Ababa",
		"my son has a fever and his father just came back from Addis Ababa",
		"My son has a fever. His father came back from Lagos last week.",
		"ولدي عنده سخونيه وابوه رجع من السودان الاسبوع اللي فات",
		"بنتي عندها حمى، ابوها لسه راجع من اثيوبيا",
		"my daughter has a fever, my husband came back from Kano yesterday",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 4},
		"we came back from Lagos and my son has fever",
		"ابني عنده حرارة، رجعنا من نيجيريا",
		"he has fever, he came back from Kano",
		"my son has a fever, his father came back from Lagos with him",
		"my son has a fever, he and his father came back from Lagos",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 40},
		"my husband has a fever, he came back from Lagos",
		"my husband came back from Lagos with a fever",
		"My husband has a fever since Monday. My husband came back from Lagos last week.",
		"fever and chills since I came back from Nigeria last week",
	)
}

// TestCompositesHonourTheirExcepts: a composite is not read inside its own
// except phrases, as a term is not; the writer who cannot get air is short
// of breath and awake, not unresponsive, so "outside" is no heat stroke.
func TestCompositesHonourTheirExcepts(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I feel like I cannot take air",
		"I went outside, I can't breathe",
		"ما اقدر اتنفس",
		"ma a9dar atnaffas",
		"مش قادره اتنفس",
	} {
		d := e.Classify(text, Facts{AgeYears: 31})
		if slices.Contains(d.RedFlags, "RF-CONSC-01") || slices.Contains(d.RedFlags, "RF-HEAT-01") {
			t.Errorf("%q: %v; the writer is awake", text, d.RedFlags)
		}
		if !slices.Contains(d.RedFlags, "RF-BREATH-01") {
			t.Errorf("%q: %v; want RF-BREATH-01", text, d.RedFlags)
		}
	}
	for _, text := range []string{"he is not breathing", "ابوي ما يتنفس", "she is not breathing, help"} {
		d := e.Classify(text, Facts{})
		if d.Urgency != Emergency || !slices.Contains(d.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v; want RF-CONSC-01", text, d.Urgency, d.RedFlags)
		}
	}
	// a known panic attack, passing, with no other sign
	classifiedAs(t, e, false, Facts{AgeYears: 31, Sex: "f"},
		"I have panic attacks, I feel like I cannot take air, it is going away now",
		"جاتني نوبة هلع وما قدرت اتنفس والحين بدات تروح",
		"my panic attack is calming down now, I could not breathe for a few minutes",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 31, Sex: "f"},
		"I have a panic attack and I can't breathe, it is not going away",
		"I have a panic attack and I can't breathe and it isn't getting better",
		"panic attack, I can't breathe and passed out",
		"I can't breathe",
	)
}

// TestSpottingIsNoBoysNorAYoungChilds: «شوية دم على المنديل» of a
// constipated boy of 3 is blood from the bottom, not vaginal spotting.
func TestSpottingIsNoBoysNorAYoungChilds(t *testing.T) {
	e := mustLoad(t)
	a := e.read("ولدي ٣ سنين عنده امساك من شهرين، ومره شفت شوية دم على المنديل")
	for _, f := range []Facts{{AgeYears: 3, Sex: "m"}, {AgeYears: 30, Sex: "m"}, {AgeYears: 6, Sex: "f"}} {
		s := e.newState(a, f, answerEffects{})
		if s.has(e.need.spotting) || s.has(e.need.vaginalBleeding) {
			t.Errorf("%+v: spotting read", f)
		}
	}
	// a woman's, a pregnancy's, or the vagina named keep it
	for _, c := range []struct {
		text string
		f    Facts
	}{
		{"شوية دم على المنديل", Facts{AgeYears: 30, Sex: "f"}},
		{"بنتي ٨ سنين عندها شوية دم من المهبل", Facts{AgeYears: 8, Sex: "f"}},
		{"my 7 year old daughter has a little bit of blood from her vagina", Facts{AgeYears: 7, Sex: "f"}},
		{"I am pregnant, spotting since this morning", Facts{AgeYears: 30}},
	} {
		s := e.newState(e.read(c.text), c.f, answerEffects{})
		if !s.has(e.need.spotting) && !s.has(e.need.vaginalBleeding) {
			t.Errorf("%q %+v: spotting not read", c.text, c.f)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 30, Sex: "f"}, "I am 10 weeks pregnant and spotting with severe pain on one side")
}

// TestEgyptsItEatsMeIsAnItch: «بياكلني», «بتاكلني», «هياكلني» (it itches
// me) is an itch; the throat's («زوري بياكلني») and worry's are not.
func TestEgyptsItEatsMeIsAnItch(t *testing.T) {
	e := mustLoad(t)
	itch := e.lex.index["itch"]
	for _, text := range []string{
		"جلدي بياكلني", "ايدي بتاكلني من امبارح", "جسمي كله هياكلني", "رجليا بياكلوني بالليل", "جسمه بياكله",
		"راسي بتاكلني", "ضهري واكلني من الحبوب",
	} {
		if !e.read(text).present[itch] {
			t.Errorf("%q: no itch", text)
		}
	}
	for _, text := range []string{
		"زوري بياكلني", "زوري بياكلني وعندي كحه", "حلقي بياكلني", "القلق بياكلني", "معدتي بتاكلني", "ابني بياكله كله",
	} {
		if e.read(text).present[itch] {
			t.Errorf("%q: read as an itch", text)
		}
	}
	if d := e.Classify("زوري بياكلني", Facts{AgeYears: 30}); d.Specialty == "dermatology" {
		t.Errorf("a scratchy throat went to %s", d.Specialty)
	}
}
