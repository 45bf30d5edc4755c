package triage

import (
	"slices"
	"testing"
)

// The sweeps of the eleventh, twelfth and thirteenth sessions
// (docs/TRIAGE-HISTORY.md, "First-message sweeps"): emergencies told plainly, and
// everyday sentences whose words name an emergency (ids p12-, l12-: the
// twelfth session's, p13-, l13-: the thirteenth's, written blind in new
// registers). Each line is read as the
// first message alone.

type sweepLine struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Text string `json:"text"`
}

// TestPlainEmergenciesFromTheFirstMessage: every emergency told plainly is
// an emergency from the first message, but for those the conversation's
// first question catches, each with its reason.
func TestPlainEmergenciesFromTheFirstMessage(t *testing.T) {
	// each caught by the answer to the question named, for the reason given
	caughtByAQuestion := map[string]struct{ question, answer, why string }{
		"pe-157": {"gen_screen", "yes", "Arabizi 'ma bt2oum' (does not get up) is not read as unresponsive; the safety screen asks about fainting or new confusion"},
		"pe-179": {"inj_head", "yes", "a fall on the stairs and cannot move: inj_head asks whether the head was hit"},
		"pe-181": {"diab_dka", "yes", "a diabetic breathing fast, sweating and tired: diab_dka asks it"},
	}
	// still missed, each for the reason given: a spelling no Arabizi
	// writer's table has, left rather than read by guess
	leftMissed := map[string]string{
		"p13-117": "'bay4a' (white) writes ض with a 4, which no Arabizi table uses; the cold leg is asked about (leg_one_side) but its colour is not",
	}
	e := mustLoad(t)
	for _, l := range readJSONL[sweepLine](t, "testdata/plain_emergencies.jsonl") {
		d := e.Classify(l.Text, Facts{Lang: l.Lang})
		if why, left := leftMissed[l.ID]; left {
			if d.Urgency == Emergency {
				t.Errorf("%s now an emergency from the first message: take it off leftMissed (%s)", l.ID, why)
			}
			continue
		}
		if c, known := caughtByAQuestion[l.ID]; known {
			if d.Urgency == Emergency {
				t.Errorf("%s now an emergency from the first message: take it off the list", l.ID)
			}
			w := e.Walk(l.Text, Facts{Lang: l.Lang}, "", answering(map[string]string{c.question: c.answer}))
			if !slices.Contains(w.Asked, c.question) || w.Decision.Urgency != Emergency {
				t.Errorf("%s: asked %v, %s; want %s asked and an emergency on its answer (%s)", l.ID, w.Asked, w.Decision.Urgency, c.question, c.why)
			}
			continue
		}
		if d.Urgency != Emergency {
			t.Errorf("%s %q: %s; want an emergency from the first message", l.ID, l.Text, d.Urgency)
		}
	}
}

// TestEverydayLookalikesAreNotEmergencies: an everyday sentence whose
// words name an emergency is not sent to the emergency number, but for
// those kept there on purpose, each with its reason.
func TestEverydayLookalikesAreNotEmergencies(t *testing.T) {
	keptEmergency := map[string]string{
		"la-015":  "an arm 'dead' from sleeping on it is how families explain a stroke away (h17-009)",
		"la-027":  "blue lips after cold water may be a near-drowning",
		"la-064":  "chest pain into the left arm is not ruled out by being pressable",
		"la-066":  "both legs 'dead': spinal cord until asked",
		"la-073":  "'my water broke... I mean my water bottle': a joke the words cannot tell",
		"la-077":  "'can't feel my legs' is a spinal emergency in its own words",
		"la-093":  "«قلبي يوجعني» is how chest pain is said; «على ولدي» cannot be told from a side",
		"la-115":  "black stool on iron is still checked as a bleed (deliberate)",
		"la-129":  "black stool on iron is still checked as a bleed (deliberate)",
		"la-159":  "Arabizi 'el 9ar3a' (a bang) reads as الصرعه, a fit",
		"la-170":  "'can't breathe in this heat' from a pilgrim is taken at its word",
		"la-175":  "'overdosed on coffee' may be caffeine tablets",
		"la-224":  "a leg «ميتة» from standing, as la-015: how weakness is explained away",
		"l12-038": "fever after a malaria area is an emergency here (UKHSA; issue 10 names it), urgent in the writer's brief",
		"l12-060": "fever after a malaria area is an emergency here (UKHSA; issue 10 names it), urgent in the writer's brief",
		"l12-069": "a faint in the heat is a heat collapse until seen, however quick the recovery (RF-CONSC-02, Saudi MOH)",
		"l12-138": "a painful eye that cannot see well is RF-EYE-01 (NHS: A&E for a painful eye with loss of vision)",
		"l12-015": "a swollen tender calf on one side since a long flight is an emergency by the policy's settled note (RF-DVT-01 since the thirteenth session)",
	}
	e := mustLoad(t)
	for _, l := range readJSONL[sweepLine](t, "testdata/everyday_lookalikes.jsonl") {
		d := e.Classify(l.Text, Facts{Lang: l.Lang, AgeYears: 35})
		if _, kept := keptEmergency[l.ID]; kept {
			continue
		}
		if d.Urgency == Emergency {
			t.Errorf("%s %q: emergency %v; an everyday sentence", l.ID, l.Text, d.RedFlags)
		}
	}
}
