package triage

import (
	"slices"
	"testing"
)

// Set 67 was written blind at the start of the fourteenth session and run
// by figures only, at the start and at the end (docs/TRIAGE-HISTORY.md). Both runs
// missed one emergency: a boy of 17 "in bed all day w the curtains shut
// moaning about his head" after a party, which his parent took for a
// hangover, was meningitis; neither his head nor the dark room was read.
// Three non-emergencies went to the emergency number on words read too
// far: a mother "not herself" since a death months ago, a heavy period
// "changing pad every one hour", and an ankle twisted on stairs in Mina.

// TestAHeadMoanedAboutIsAHeadache: a head someone moans about, complains of
// or holds is a headache, and a room kept dark is the light hurting (NICE
// NG240: photophobia); with them, the headache's questions find the stiff
// neck. A head knocked or a dark room alone is neither.
func TestAHeadMoanedAboutIsAHeadache(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"hes been in bed all day w the curtains shut moaning about his head",
		"she keeps complaining about her head and wants the lights off",
		"ابني من الصبح يشتكي من راسه ومسكر الستاير",
	} {
		d := e.Classify(text, Facts{AgeYears: 17})
		if !slices.Contains(d.Complaints, "headache") {
			t.Errorf("%q: complaints %v; want a headache", text, d.Complaints)
		}
	}
	if !present(t, e, "in bed all day w the curtains shut moaning about his head", "photophobia") {
		t.Error("curtains shut: want photophobia read")
	}
	for _, text := range []string{"he banged his head on the door, fine now", "I sleep with the curtains shut"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); slices.Contains(d.Complaints, "headache") {
			t.Errorf("%q: complaints %v; no headache told", text, d.Complaints)
		}
	}
}

// TestSinceASeasonIsMonths: "since" with a season a few words on is a
// duration of months, so a low mood "not herself since dad passed in the
// summer" is no sudden confusion (RF-NEURO-01; NHS: Confusion - sudden);
// "not herself today" in an older woman still is.
func TestSinceASeasonIsMonths(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 58, Sex: "f"},
		"since dad passed in the summer she's just not herself, not bothered about anything",
		"ever since the winter he's not himself, sleeps a lot",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 80, Sex: "f"},
		"my mum is not herself today, muddled and doesnt know where she is",
	)
}

// TestAStairFallAtTheJamaratIsAFall: a fall down stairs or on a twisted
// foot in the heat is an injury told by how it happened, not a collapse
// from the heat (RF-HEAT-01), and a walk denied («ما نقدرش نمشي عليها») is
// no walk: an ankle that cannot bear weight is urgent (UR-INJ-01; Ottawa
// ankle rules). A faint in the heat is still RF-HEAT-01.
func TestAStairFallAtTheJamaratIsAFall(t *testing.T) {
	e := mustLoad(t)
	text := "راني فمنى، كي كنت نرمي الجمرات طحت من الدروج وتلوات رجلي. راهي منفوخة بزاف وما نقدرش نمشي عليها"
	urgencyIs(t, e, Urgent, "", Facts{}, text)
	amberOf(t, e, "UR-INJ-01", true, Facts{}, text)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"ابوي طاح من الشمس في منى وما يرد علينا",
	)
}

// TestAPadEveryOneHourIsAHeavyPeriod: "changing pad every one hour" is the
// pad soaked hourly (UR-GYN-02, urgent; NHS: Heavy periods), not heavy
// bleeding that will not stop (RF-BLEED-01).
func TestAPadEveryOneHourIsAHeavyPeriod(t *testing.T) {
	e := mustLoad(t)
	text := "My menses came since 4 days and is too much this time, I am changing pad every one hour and passing big clots. Today when I stand up I feel small dizzy"
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 41, Sex: "f"}, text)
	amberOf(t, e, "UR-GYN-02", true, Facts{AgeYears: 41, Sex: "f"}, text)
}
