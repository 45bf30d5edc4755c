package triage

import (
	"slices"
	"testing"
)

// Set 37 was sealed: written blind at the end of the tenth session and run
// once by figures on the session's final tree. It caught every emergency;
// the everyday words it found read as emergencies are fixed here in
// general, each beside a wording that must still fire.

// TestEverydayWordsThatSoundedLikeEmergencies: an ear blocked "like I'm
// underwater" (h37-010), a sprained ankle "blue color" (h37-045), an eye
// one can "still see fine out of" (h37-046), a stroke feared (h37-035),
// asking whether it is an emergency, and heavy bleeding in the first days
// of every period (h37-021).
func TestEverydayWordsThatSoundedLikeEmergencies(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, never string }{
		{"Flew back from Dubai yesterday and my left ear still feels blocked, like I'm underwater, bit achy", "RF-BREATH-07"},
		{"I twist my ankle playing basketball last night, it swell like a ball and blue color, but I can walk on it", "RF-BREATH-04"},
		{"My right eye is red and streaming since yesterday. Vision's a bit smeary but I can still see fine out of it", "RF-NEURO-01"},
		{"BP 150/95 this week, I am scared I will get stroke like my father. No headache, I feel normal", "RF-STROKE-05"},
		{"my front tooth chipped while eating, is this an emergency?", "RF-GEN-01"},
		{"العادة تاعي ولات تجي بزاف الدم هادي ست شهور، نبدل الفوطة كل ساعتين في اليومين اللولين", "RF-BLEED-01"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 40}); slices.Contains(d.RedFlags, c.never) {
			t.Errorf("%q: %s %v; %s must not fire", c.text, d.Urgency, d.RedFlags, c.never)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"my son fell in the pool and was underwater for a minute", "RF-BREATH-07"},
		{"his lips are turning blue and he can't breathe", "RF-BREATH-04"},
		{"my dad is confused and out of it since this morning", "RF-NEURO-01"},
		{"I think my mother is having a stroke, her face dropped", "RF-STROKE-05"},
		{"this is an emergency, please send an ambulance", "RF-GEN-01"},
		{"bleeding heavily from a cut, it will not stop", "RF-BLEED-01"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 40}); !slices.Contains(d.RedFlags, c.want) {
			t.Errorf("%q: %s %v; want %s", c.text, d.Urgency, d.RedFlags, c.want)
		}
	}
}

// TestAnEarThatStoppedHearing: an ear "not hearing" since waking yesterday
// is sudden hearing loss, seen the same day (UR-ENT-03; NICE CKS), though
// the patient thinks it is wax (h37-056).
func TestAnEarThatStoppedHearing(t *testing.T) {
	e := mustLoad(t)
	text := "Since yesterday morning I wake up and my left ear is not hearing again, like something is blocking it, and small ringing. No pain. Maybe it is wax"
	if d := e.Classify(text, Facts{AgeYears: 45}); !slices.Contains(d.AmberFlags, "UR-ENT-03") {
		t.Errorf("%s %v; want UR-ENT-03", d.Urgency, d.AmberFlags)
	}
	if d := e.Classify("my ear has been a bit blocked for a month, hearing is ok", Facts{AgeYears: 45}); slices.Contains(d.AmberFlags, "UR-ENT-03") {
		t.Errorf("a blocked ear of a month that hears: %v; no sudden hearing loss", d.AmberFlags)
	}
}

// TestABrokenToothIsTheDentists: a chipped or broken tooth goes to a
// dentist (NHS: Broken or knocked-out teeth), not to the urgent treatment
// centre as a fracture (h37-028 was UR-INJ-01's); asking in Arabic whether
// it is an emergency is not saying it is. A broken arm beside it is still a
// fracture.
func TestABrokenToothIsTheDentists(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my front tooth broke while eating",
		"سنتي اللي قدام اتكسر منها حته وانا باكل لب",
		"ضرسي انكسر وانا اكل",
		"سني انكسر، هل هي حالة طوارئ؟",
	} {
		d := e.Classify(text, Facts{AgeYears: 30})
		if d.Specialty != "dentistry" || d.Urgency == Emergency || slices.Contains(d.AmberFlags, "UR-INJ-01") {
			t.Errorf("%q: %s %s %v %v; want dentistry, no fracture, no emergency", text, d.Urgency, d.Specialty, d.RedFlags, d.AmberFlags)
		}
	}
	if d := e.Classify("fell off his bike and broke his tooth, his arm is swollen", Facts{AgeYears: 12}); !slices.Contains(d.AmberFlags, "UR-INJ-01") {
		t.Errorf("a swollen arm after a fall: %v; want UR-INJ-01", d.AmberFlags)
	}
}

// TestAskingIfItIsAnEmergency: a sentence ending in a question mark asks
// whether it is an emergency, in any dialect («دي حالة طوارئ؟», h37-028);
// the same words said, or an ambulance asked for with a question mark,
// still call for one (RF-GEN-01).
func TestAskingIfItIsAnEmergency(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"سني الامامي اتكسر وانا باكل، دي حالة طوارئ؟",
		"ضرسي انكسر شوي، طوارئ؟ ولا استنى الموعد",
		"chipped my tooth on a bone. emergency?",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); slices.Contains(d.RedFlags, "RF-GEN-01") {
			t.Errorf("%q: %s %v; asking is not saying it is an emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"دي حالة طوارئ، ابويا وقع ومش بيرد",
		"can you send an ambulance? my father fell and is not answering",
		"هذي حالة طارئة! نحتاج اسعاف",
	} {
		if d := e.Classify(text, Facts{AgeYears: 70}); !slices.Contains(d.RedFlags, "RF-GEN-01") {
			t.Errorf("%q: %s %v; want RF-GEN-01", text, d.Urgency, d.RedFlags)
		}
	}
}
