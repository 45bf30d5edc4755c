package triage

import "testing"

// Training set 96 (sixteenth session): emergencies told plainly in the
// first message, in everyday words and slang, and non-emergencies that
// share their words.

// TestPillsNeckedAfterARow: a box of pills "necked", "downed" or "popped",
// and the painkillers named by brand (co-codamol, codeine, tramadol, Adol),
// are an overdose (h96-004; TOXBASE paracetamol and opioids; NICE CG16
// self-harm); a couple taken for a pain, and a battery that popped out of a
// toy, are not. "Dozy" is drowsy.
func TestPillsNeckedAfterARow(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-POISON-01", true, Facts{AgeYears: 19},
		"gf (19) necked most of a box of co-codamol about an hour ago after we had a row",
		"she downed a whole packet of paracetamol",
		"my sister popped a load of her tramadol",
		"he necked a strip of codeine",
		"took a handful of co-codamol",
		"بنتي بلعت علبة ادول كاملة بعد ما تهاوشت مع ابوها",
		"ukhti bl3at 3elbat panadol kamla",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"took 2 co-codamol for my back, still sore",
		"i take tramadol every day for my back, need more",
		"popped a couple of nurofen for period pain",
		"necked a pint after work and got a headache",
		"the battery popped out of his toy, it's fine",
		"baddi jaddid wasfet dawa el da8et, kel shi tamam",
		"راسي يوجعني وايد، خذيت بنادول وما نفع",
	)
	if !present(t, e, "shes gone really dozy now", "drowsy") || !present(t, e, "he keeps nodding off", "drowsy") {
		t.Error("dozy, nodding off: want drowsy")
	}
}

// TestARepeatToldShort: "Could I get my sertraline repeat please?" is a
// repeat prescription, routine, not a question about taking a medicine.
func TestARepeatToldShort(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 35},
		"Could I get my sertraline repeat please? It's been working well, mood is stable. No side effects.",
	)
}
