package triage

import (
	"slices"
	"testing"
)

// TestKnownMisreadings: the misreadings the issue-10 triage pass listed,
// each read as the patient meant it.
func TestKnownMisreadings(t *testing.T) {
	e := mustLoad(t)
	finding := func(text, id string) string {
		return e.textFinding(e.lex.analyze(text), e.findings[id])
	}
	// Bell's palsy: a forehead that does not move is a face (RF-STROKE-01
	// still weighs it), not a person who does not respond nor a limb.
	for _, text := range []string{
		"half my face feels heavy since yesterday and my forehead doesn't move on that side",
		"من مبارح حاسس نص وجهي الشمال تقيل، حتى جبيني ما عم يتحرك من هالجهة",
	} {
		d := e.Classify(text, Facts{})
		if !slices.Contains(d.RedFlags, "RF-STROKE-01") || slices.Contains(d.RedFlags, "RF-STROKE-02") || slices.Contains(d.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %v, want RF-STROKE-01 alone of the stroke and consciousness rules", text, d.RedFlags)
		}
		for _, id := range []string{"unresponsive", "arm_leg_weakness"} {
			if got := finding(text, id); got == FindingPresent {
				t.Errorf("%q: %s read as present", text, id)
			}
		}
	}
	// A guess at sunstroke is not heat stroke named: its signs are asked.
	for _, text := range []string{"I was out in the sun all day and have a headache, maybe sunstroke?", "راسي يعورني من الشمس، يمكن ضربة شمس؟"} {
		if d := e.Classify(text, Facts{}); slices.Contains(d.RedFlags, "RF-HEAT-02") {
			t.Errorf("%q: %s %v", text, d.Urgency, d.RedFlags)
		}
		if q, ok := e.NextQuestion(text, Facts{}, "", nil); !ok || q.ID != "heat_confused" {
			t.Errorf("%q: first question %q, want heat_confused", text, q.ID)
		}
	}
	if d := e.Classify("he is confused after the sun, maybe sunstroke?", Facts{}); d.Urgency != Emergency {
		t.Errorf("a guess beside confusion: %s, want an emergency (RF-HEAT-01)", d.Urgency)
	}
	// Warmth in a calf is that calf's local heat, not a fever.
	for _, text := range []string{"رجلي اليسرى فيها سخونة في السمانة ومنفوخة شوي", "عندي سخونه في الركبه ووجع"} {
		if got := finding(text, "fever"); got == FindingPresent {
			t.Errorf("%q: a fever read", text)
		}
	}
	if got := finding("ابني عنده سخونة من امس", "fever"); got != FindingPresent {
		t.Errorf("a child's سخونة: %q, want a fever", got)
	}
	// Taking one's insulin, unable to eat, is no medicine swallowed.
	for _, text := range []string{
		"اخد الانسولين عشان مش بقدر اكل",
		"ana 3andy sokar noo3 awel, 3ayez as2al a5od gor3et el insulin walla la2 3ashan ana mesh ba2dar akol 5ales men embare7",
		"should I take my insulin? I can't eat since yesterday",
	} {
		if got := finding(text, "swallowed_harmful"); got == FindingPresent {
			t.Errorf("%q: swallowed_harmful read", text)
		}
	}
	if got := finding("my son ate some of my tablets", "swallowed_harmful"); got != FindingPresent {
		t.Errorf("tablets eaten: %q, want swallowed_harmful", got)
	}
	// A diabetic who cannot eat, no sign of ketoacidosis: a sick day,
	// same-day advice (Diabetes UK sick day rules), not routine.
	for _, text := range []string{
		"I have type 1 diabetes and I cannot eat since yesterday because of a stomach bug, should I still take my insulin?",
		"عندي سكر نوع اول وما اقدر اكل من امس، اخذ الانسولين؟",
	} {
		w := e.Walk(text, Facts{AgeYears: 22}, "", answering(nil))
		if w.Decision.Urgency != Urgent || !slices.Contains(w.Decision.AmberFlags, "UR-DIAB-02") {
			t.Errorf("%q: %s %v after %v, want urgent by UR-DIAB-02", text, w.Decision.Urgency, w.Decision.AmberFlags, w.Asked)
		}
	}
	// Mouth ulcers have their family (dental), however they are said.
	for _, text := range []string{"I have painful mouth ulcers for 4 days", "عندي قرح في فمي من ٤ ايام", "ولدي عنده تقرحات في فمه", "I have had ulcers inside my cheek for a week"} {
		if d := e.Classify(text, Facts{}); !slices.Contains(d.Complaints, "mouth_ulcer") {
			t.Errorf("%q: complaints %v, want mouth_ulcer", text, d.Complaints)
		}
	}
	// Worry for someone else is the writer's concern, not a mental
	// complaint; the patient's own anxiety still is one.
	for _, tc := range []struct {
		text   string
		mental bool
	}{
		{"bit of a panicky mum here, my 4yo had a temp of 38 last night, back to normal now", false},
		{"ماما عندها 76 سنة وهي تنسى بزاف، ماشي حاجة جديدة، بصح راني قلقانة عليها", false},
		{"I feel anxious all the time and I can't sleep", true},
		{"انا قلقانة ومش بنام من اسبوع", true},
	} {
		d := e.Classify(tc.text, Facts{})
		if got := slices.Contains(d.Complaints, "mental"); got != tc.mental {
			t.Errorf("%q: complaints %v, want mental: %v", tc.text, d.Complaints, tc.mental)
		}
	}
	// A back pain of months is no fresh injury, and an Egyptian wag3 is a
	// pain, not a fall: no crash or head blow is asked.
	text := "3andy wag3 fe dahry men 3 shohoor, shoghly 3ala maktab tool el yom. el wag3 mesh beynezel fe regly w mafish tanmeel"
	w := e.Walk(text, Facts{AgeYears: 35, Sex: "m"}, "", answering(nil))
	for _, q := range []string{"inj_mechanism", "inj_head"} {
		if slices.Contains(w.Asked, q) {
			t.Errorf("a back pain of months: %s asked (%v)", q, w.Asked)
		}
	}
}

// TestNotTalkingToAnyoneIsNoStrokeSign: not talking TO anyone is a
// withdrawn mood, not speech lost (RF-STROKE-04); speech lost, said alone
// or suddenly, is still the stroke sign.
func TestNotTalkingToAnyoneIsNoStrokeSign(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my son is 16, he is very withdrawn lately, not talking to anyone",
		"she has stopped talking to us since the exams",
		"ولدي ما يتكلم مع احد من اسبوع",
		"ابني مش بيتكلم مع حد من ساعة ما سابته خطيبته",
		"بنتي ما عم تحكي مع حدا من شهر",
	} {
		if d := e.Classify(text, Facts{AgeYears: 16}); slices.Contains(d.RedFlags, "RF-STROKE-04") {
			t.Errorf("%q: %v, want no speech-loss stroke sign", text, d.RedFlags)
		}
	}
	for _, text := range []string{
		"dad suddenly stopped talking and can't lift his arm",
		"ابوي فجأة ما يتكلم",
		"he is not talking, slurred",
	} {
		if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, d.Urgency)
		}
	}
}

// TestHalfOfATimeIsNoSide: the half of a time («ستة شهور ونص», "six and a
// half months", «ساعة ونص») is not one side of the body, so legs swelling
// at six and a half months are not one leg swollen, a clot in pregnancy
// (h17-027); half of the body or the face still is.
func TestHalfOfATimeIsNoSide(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"سلام، أنا حاملة ف ستة شهور ونص، رجليا بجوج كيتنفخو فالعشية",
		"انا حامل بالشهر السابع ونص ورجلي منفوخه",
		"انا حامل في الشهر التامن ونص ورجليا وارمين",
		"I'm six and a half months pregnant and my legs swell in the evening",
		"حامل سبع شهور ونص ورجليني منتفخات اخر النهار",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"}); slices.Contains(d.RedFlags, "RF-DVT-01") {
			t.Errorf("%q: %v, want no one-sided leg swelling", text, d.RedFlags)
		}
	}
	for _, text := range []string{
		"انا حامل سبع شهور ونص ورجلي اليمين منفوخه وحمرا",
		"نص جسمه ما يتحرك",
		"وجعني راسي ونص وجهي نازل",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency", text, d.Urgency)
		}
	}
}

// TestBloodInTheUrineWithAPossessive: the urine and the blood a few words
// apart, with a possessive and "a little" between («البول متاعو فيه شوية
// دم», h17-019), is blood in the urine, asked about as the urine's.
func TestBloodInTheUrineWithAPossessive(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بابا ياخو في دوا يرطب الدم، ومن البارح البول متاعو فيه شوية دم",
		"ابوي البول ديالو فيه شي شوية دم",
		"ابويا البول بتاعه فيه شوية دم من امبارح",
		"my urine has a little blood in it since yesterday",
	} {
		if !e.lex.analyze(text).present[e.lex.index["blood_urine"]] {
			t.Errorf("%q: blood in the urine not read", text)
		}
	}
}

// TestInTheHeatIsNoFever: «فالسخانة», «في السخانة» (Maghrebi: in the heat)
// is the weather, read as heat and not as a fever (h17-038 was asked the
// meningitis neck question); «عندو السخانة» is still a fever, and heat
// stroke's signs still make the emergency.
func TestInTheHeatIsNoFever(t *testing.T) {
	e := mustLoad(t)
	fever, heat := e.lex.index["fever"], e.lex.index["heat_context"]
	for _, text := range []string{
		"بابا خدم فالجنان نهار كامل فالسخانة وراه عيان شوية وراسو يوجعو",
		"خدمت في السخانة نهار كامل وراسي كيضرني",
		"كان تحت السخانة ديال الجو من الصباح وعيان",
	} {
		a := e.lex.analyze(text)
		if a.present[fever] || !a.present[heat] {
			t.Errorf("%q: fever %v, heat %v; want the heat, no fever", text, a.present[fever], a.present[heat])
		}
	}
	if a := e.lex.analyze("ولدي عندو السخانة وراسو يوجعو"); !a.present[fever] {
		t.Errorf("«عندو السخانة» not read as a fever")
	}
	if d := e.Classify("بابا كان فالسخانة وجاتو السخانة بزاف وما بقاش كيعرق وكيهضر بلا معنى", Facts{AgeYears: 70}); d.Urgency != Emergency {
		t.Errorf("heat stroke in the heat: %s, want an emergency", d.Urgency)
	}
}
