package triage

import (
	"slices"
	"testing"
)

// answering answers each question by id from the map, "no" to any other
// yes/no question and the last option to the rest.
func answering(by map[string]string) Answerer {
	return func(q Question) string {
		if v, ok := by[q.ID]; ok {
			return v
		}
		if q.Kind == KindYesNo {
			return "no"
		}
		return q.Options[len(q.Options)-1].Value
	}
}

// TestUnsureIsCheckedWithASignAnyoneCanTell: "not sure" to a red-flag
// sign that has a check (unsure_check) is followed at once by the check;
// its "no" clears the doubt, its "yes" or "not sure" keeps it counted as
// "yes", as without a check (NHS 111 asks a lay person what they can
// tell: breathlessness, not a breathing rate).
func TestUnsureIsCheckedWithASignAnyoneCanTell(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name, text   string
		f            Facts
		unsure, chek string
		cleared      Urgency // after the check's "no"
	}{
		{"breathing fast, in an infection", "I have had a fever and a cough for 3 days, feeling rough", Facts{AgeYears: 70, Sex: "m"}, "breath_fast", "fever_breath", Urgent},
		{"sudden loin pain, in cystitis", "burning when I pee since yesterday and going every 5 minutes", Facts{AgeYears: 27, Sex: "f"}, "uro_flank_sudden", "uro_flank", Routine},
		{"hot dry skin, in a pilgrim with diarrhoea", "we are in Mina, since yesterday I have diarrhoea and vomiting and feel weak", Facts{AgeYears: 40, Sex: "m"}, "heat_hot_dry", "breath_fever", Urgent},
		{"chest indrawing, in a small child", "my son is 2, fever since yesterday and a runny nose", Facts{AgeYears: 2, Sex: "m"}, "child_breathing", "breath_fast", Urgent},
		{"too breathless to speak, in a cough", "ana fi mina w 3indi 7arara w ka7a min 3 ayam", Facts{AgeYears: 50, Sex: "m"}, "breath_speak", "fever_breath", Urgent},
		{"too breathless to speak, for a mother", "امي عندها كحه وحراره من يومين", Facts{AgeYears: 45, Sex: "f"}, "breath_speak", "fever_breath", Urgent},
		{"blue lips, in an asthma", "my asthma is playing up since yesterday, using the blue inhaler more", Facts{AgeYears: 30, Sex: "f"}, "breath_blue", "fever_breath", Urgent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, check := range []string{"no", "yes", Unsure} {
				w := e.Walk(tc.text, tc.f, "", answering(map[string]string{tc.unsure: Unsure, tc.chek: check}))
				i := slices.Index(w.Asked, tc.unsure)
				if i < 0 || i+1 >= len(w.Asked) || w.Asked[i+1] != tc.chek {
					t.Fatalf("check %s: asked %v, want %s right after %s", check, w.Asked, tc.chek, tc.unsure)
				}
				got := w.Decision.Urgency
				switch {
				case check == "no" && got.Rank() > tc.cleared.Rank():
					t.Errorf("check no: %s %v after %v, want at most %s", got, w.Decision.RedFlags, w.Asked, tc.cleared)
				case check != "no" && got != Emergency:
					t.Errorf("check %s: %s after %v, want an emergency", check, got, w.Asked)
				}
			}
		})
	}
	// a check answered before the doubt clears it without asking again
	text, f := "I have had a fever and a cough for 3 days, feeling rough", Facts{AgeYears: 35, Sex: "m"}
	if d := e.Assess(text, f, map[string]string{"fever_breath": "no", "breath_fast": Unsure}); d.Urgency == Emergency {
		t.Errorf("not breathless, not sure of fast breathing: %s %v", d.Urgency, d.RedFlags)
	}
	if q, ok := e.NextQuestion(text, f, "", map[string]string{"fever_breath": "no", "breath_fast": Unsure}); ok && q.ID == "fever_breath" {
		t.Errorf("the check was asked twice")
	}
	// an emergency found otherwise is not held back for a check
	w := e.Walk("my father is 70, fever and cough, and he is confused", Facts{}, "", notSure)
	if w.Decision.Urgency != Emergency || slices.Contains(w.Asked, "fever_breath") {
		t.Errorf("sepsis with confusion: %s after %v, want an emergency before any check", w.Decision.Urgency, w.Asked)
	}
}

// TestEndedEpisodeNamesTheComplaint: a nosebleed or a cut that stopped is
// what the patient writes about: self-care with its specialty, without its
// family's questions about what is happening now; an episode over is never
// more than routine, and a chest pain an hour ago is not over.
func TestEndedEpisodeNamesTheComplaint(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("had a nosebleed earlier, stopped after about 10 mins of pinching. fine now. how do I stop it happening again?", Facts{AgeYears: 45})
	if d.Urgency != SelfCare || d.Specialty != "ent" || d.Pathway != generalPathway {
		t.Errorf("a nosebleed that stopped: %s %s %s, want self_care ent on the general pathway", d.Urgency, d.Specialty, d.Pathway)
	}
	d = e.Classify("I was short of breath this morning for a few minutes, it stopped, fine now", Facts{AgeYears: 45})
	if d.Urgency.Rank() > Routine.Rank() {
		t.Errorf("breathlessness that stopped: %s, want at most routine", d.Urgency)
	}
	d = e.Classify("I had chest pain an hour ago, it stopped after 10 minutes", Facts{AgeYears: 55})
	if d.Urgency.Rank() < Urgent.Rank() {
		t.Errorf("a chest pain an hour ago: %s, want urgent or more", d.Urgency)
	}
}

// TestBleedingStoppedNow: "it bled a lot but now it has stopped", said
// with the dialect's "now" and a stop verb, ends the heavy bleeding in
// every dialect and in Arabizi; a bleeding that has not stopped, and a
// heart that stopped, stay what they are.
func TestBleedingStoppedNow(t *testing.T) {
	lx := mustLoad(t).lex
	heavy := lx.index["heavy_bleeding"]
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"ja7ret 2ide bel sekkine w nezel dam ktir bas halla2 wa2af", false},
		{"جرحت ايدي بالسكينه ونزل دم كتير بس هلق وقف", false},
		{"جرحت ايدي بالسكين ونزل دم كثير بس الحين وقف", false},
		{"اتعورت في ايدي بالسكينه ونزل دم كتير بس دلوقتي وقف", false},
		{"جرحت يدي بالموس وخرج الدم بزاف ولكن دابا حبس", false},
		{"نزف كتير من راسه بس النزيف وقف", false},
		{"ja7ret 2idi w nezel dam ktir w ma wa2af", true},
		{"نزل دم كتير وما وقف لهلق", true},
		{"جرحت ايدي ونزل دم كتير", true},
	} {
		if got := lx.analyze(tc.text).present[heavy]; got != tc.want {
			t.Errorf("%q: heavy_bleeding %v, want %v", tc.text, got, tc.want)
		}
	}
}
