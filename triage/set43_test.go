package triage

import (
	"slices"
	"testing"
)

// Set 43 was sealed: written blind at the end of the eleventh session and
// run once by figures on the session's final tree. It missed two
// emergencies, each a question never asked; both are now asked, in general.

// TestSet43MissedEmergencies: a month on knee painkillers, a stomach that
// troubles her and dizziness is asked about black stools (NICE CKS: NSAIDs
// bleed the stomach; h43-050); a month without sleep and "can someone talk
// to me?" is asked about thoughts of ending life (h43-060).
func TestSet43MissedEmergencies(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text, question string
		f              Facts
	}{
		{"انا باخد مسكنات للركبة بقالي شهر ومعدتي تعبتني اوي من امبارح وحاسة بدوخة شوية", "abd_blood", Facts{AgeYears: 63, Sex: "f"}},
		{"I take ibuprofen every day for my knees and I feel dizzy since this morning", "gen_bleed", Facts{AgeYears: 70}},
		{"salam. ma adri shlon agoolha bs ma9ayer anam zain min shahar w kil shay ta3ban. momkin a7ad yklmni?", "mh_suicidal", Facts{AgeYears: 23}},
		{"ما صاير انام زين من شهر، ممكن احد يكلمني", "mh_suicidal", Facts{AgeYears: 30}},
	} {
		w := e.Walk(c.text, c.f, "", answering(map[string]string{c.question: "yes"}))
		if !slices.Contains(w.Asked, c.question) || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want %s asked and its yes an emergency", c.text, w.Asked, w.Decision.Urgency, c.question)
		}
	}
}

// TestSet43EverydayReadings: a coin-sized burn «قد العملة الصغيرة» is no
// child's burn (h43-022); "thought i was having a heart attack lol, its
// gone now" is the fright of a moment (h43-028); "a5od antibiotic?" asks
// for one, no allergy (h43-045); «لو ما صحيت الصبح احسن للكل» is a passive
// wish to die (h43-033). The emergency wordings beside them still fire.
func TestSet43EverydayReadings(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, never string }{
		{"ايدي اتحرقت من الزيت وانا بقلي، هموت من الوجع! الحرق قد العملة الصغيرة ومحمر وفيه فقاعة صغيرة", "RF-BURN-03"},
		{"had a massive curry last night, burning going up my throat, thought i was having a heart attack lol. its gone now", "RF-CHEST-03"},
		{"ba2ali 4 ayam so5oneya w kohha w bnahga shwaya lama atla3 el sellem. a5od antibiotic?", "RF-ALLERGY-02"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 35}); slices.Contains(d.RedFlags, c.never) {
			t.Errorf("%q: %s %v; %s must not fire", c.text, d.Urgency, d.RedFlags, c.never)
		}
	}
	for _, c := range []struct {
		text, want string
		f          Facts
	}{
		{"بنتي الصغيرة عمرها سنتين انكب عليها الشاي واتحرقت ايدها", "RF-BURN-03", Facts{}},
		{"I think I'm having a heart attack right now", "RF-CHEST-03", Facts{AgeYears: 60}},
		{"took an antibiotic an hour ago and now my lips are swelling and I can't breathe", "RF-ALLERGY-02", Facts{AgeYears: 30}},
	} {
		if d := e.Classify(c.text, c.f); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
	text := "صرلي شهرين مش قادر اقوم من التخت، وبفكر احيانا انه لو ما صحيت الصبح احسن للكل. ما عندي نية اعمل اشي"
	if d := e.Classify(text, Facts{AgeYears: 30}); !slices.Contains(d.AmberFlags, "UR-MH-02") || d.Urgency == Emergency {
		t.Errorf("%q: %s %v; want a passive wish to die (UR-MH-02), urgent", text, d.Urgency, d.AmberFlags)
	}
}
