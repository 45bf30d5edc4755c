package triage

import (
	"slices"
	"testing"
)

// Set 31 was a training set of the ninth session: several complaints in
// one message, the dangerous one often second or played down, in the
// second-language English of pilgrims and migrant workers and in Arabic.
// Every emergency was caught; one only in strict mode. What follows is
// what the first message read wrongly, each in the set's words and in
// other writers'.

// TestPillsCountedMissing: a parent who finds a child with a strip "missing
// some pills" («ناقص كذا حبايه», "na2es kaza 7abaya") tells a medicine
// swallowed (RF-POISON-02, NPIS: treat as swallowed until proven
// otherwise); t31-001 was asked about the fever and went home routine with
// -missing=no. Short of a medicine for a refill is not read.
func TestPillsCountedMissing(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ebni 3ando santeen, la2eit shareet dawa teta maftoo7 w na2es kaza 7abaya w howa kan bel3ab beeh",
		"لقيت ابني ماسك علبة دوا جده وناقص تلات حبات",
		"الشريط ناقص حبتين والولد كان بيلعب بيه",
		"found the box open, 2 tablets missing, my daughter was playing with it",
	} {
		if d := e.Classify(text, Facts{AgeYears: 2}); !slices.Contains(d.RedFlags, "RF-POISON-02") {
			t.Errorf("%q at 2: %s %v, want RF-POISON-02", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"ناقص حبوب الضغط عندي ابي اجدد الوصفه",
		"الدوا ناقص عندي ومحتاج روشته",
	} {
		if present(t, e, text, "child_med_ingestion") {
			t.Errorf("%q: a refill read as pills swallowed", text)
		}
	}
}

// TestNoticedIsNoCrash: Arabizi "la7azt" (لاحظت, I noticed) spells ل +
// حادث, a crash, letter by letter; "la7azt fi dam bel bol" (t31-003, blood
// in the urine) was sent to the emergency number as a high-energy injury.
func TestNoticedIsNoCrash(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"el yom la7azt fi dam bel bol, lono a7mar",
		"la7azna en 7araarto 3alye",
		"la7ezt waram bi rejli",
	} {
		if present(t, e, text, "major_trauma") {
			t.Errorf("%q: read as a crash", text)
		}
	}
	if d := e.Classify("el yom la7azt fi dam bel bol, ma fi waja3", Facts{AgeYears: 45, Sex: "m"}); d.Urgency != Urgent {
		t.Errorf("blood in the urine, no pain: %s %v, want urgent", d.Urgency, d.RedFlags)
	}
}

// TestSnoringBreathStops: breath that stops in a sentence about snoring is
// sleep apnoea told by a partner (NICE CKS), not breathlessness; "basha5ar
// gamed w nafasi beyo2af w ana nayem" (t31-028) was RF-BREATH-02. Breath
// cut short without snoring is still breathlessness.
func TestSnoringBreathStops(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ana basha5ar gamed w merati bt2ol en nafasi beyo2af w ana nayem",
		"my wife says I snore loudly and my breathing stops in my sleep",
		"زوجي يشخر بقوة ونفسه يوقف وهو نايم",
	} {
		if present(t, e, text, "breathless") {
			t.Errorf("%q: snoring read as breathlessness", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 44, Sex: "m"}); d.Urgency == Emergency {
			t.Errorf("%q: %v, want no emergency", text, d.RedFlags)
		}
	}
	for _, text := range []string{"نفسي مقطوع من الصبح", "I am short of breath when I walk"} {
		if !present(t, e, text, "breathless") {
			t.Errorf("%q: breathlessness not read", text)
		}
	}
}

// TestBackAcheBesideHeartburn: RF-CHEST-05 is indigestion that spreads; a
// back ache told beside heartburn as a second complaint, the two commonest
// complaints of pregnancy (t31-002), is not spread. Indigestion going
// through to the back, or with pain in the arm or jaw, still is.
func TestBackAcheBesideHeartburn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I am pregnant 5 months. Also sometimes back is pain and heartburn after eat, is it normal?",
		"حامل في الشهر الخامس، عندي حموضه بعد الاكل وضهري يوجعني شوي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 26, Sex: "f"}); slices.Contains(d.RedFlags, "RF-CHEST-05") {
			t.Errorf("%q: %v; a back ache beside heartburn is no spreading pain", text, d.RedFlags)
		}
	}
	for _, text := range []string{
		"indigestion, and the pain goes to my back",
		"indigestion and my left arm hurts",
		"حموضه والوجع نازل على ذراعي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 58, Sex: "m"}); !slices.Contains(d.RedFlags, "RF-CHEST-05") {
			t.Errorf("%q at 58: %s %v, want RF-CHEST-05", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestKuwaitIsAPlace: «الكويت» was spell-corrected one letter into a burn
// word, and a pilgrim from Kuwait with heat exhaustion went to orthopaedics
// as a possible fracture (t31-021).
func TestKuwaitIsAPlace(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"انا حاج من الكويت", "ساكن بالكويت وعندي صداع", "معتمر كويتي"} {
		if present(t, e, text, "injury") {
			t.Errorf("%q: read as an injury", text)
		}
	}
}

// TestKnockedOnFurnitureAndBitesAskNoCrash: a leg knocked against the bed
// (t31-009) or a dog bite (t31-019) tells its own mechanism; asking about a
// road crash or a fall from height, "not sure" sent both to the emergency
// number. A fall is still asked about.
func TestKnockedOnFurnitureAndBitesAskNoCrash(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ضربت رجلي فالسرير البارح وطلعات ليا زرقة فالساق، كنمشي عادي",
		"I banged my shin on the table last night, big bruise",
		"خبطت رجلي في الطربيزه وازرقت",
		"Got bitten on the hand by a neighbour's dog this morning, it broke the skin",
		"قطوة عضتني في ايدي",
	} {
		w := e.Walk(text, Facts{AgeYears: 40}, "", answerAll(Unsure))
		if slices.Contains(w.Asked, "inj_mechanism") || slices.Contains(w.Asked, "inj_head") {
			t.Errorf("%q: asked %v; the mechanism is told", text, w.Asked)
		}
	}
	w := e.Walk("I fell in the street and my leg hurts", Facts{AgeYears: 40}, "", answerAll("no"))
	if !slices.Contains(w.Asked, "inj_head") {
		t.Errorf("a fall in the street: asked %v, want the head asked about", w.Asked)
	}
}

// TestTiredLegsAreNoFatigue: legs tired from walking the tawaf are the
// limbs', not a person worn out in the heat; t31-016 (heartburn after a
// buffet) was asked the heat-illness questions for them. A pilgrim who is
// tired is still asked.
func TestTiredLegsAreNoFatigue(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"ورجولي تعبانة من المشي في الطواف", "my feet are tired from all the walking at the haram"} {
		if present(t, e, text, "fatigue") {
			t.Errorf("%q: read as fatigue", text)
		}
	}
	for _, text := range []string{"انا تعبانه من الطواف", "I am so tired after the tawaf"} {
		if !present(t, e, text, "fatigue") {
			t.Errorf("%q: fatigue not read", text)
		}
	}
}

// TestBabyNotSoMuchMoving: a second-language writer's "baby not so much
// moving since yesterday" is fewer movements, an emergency after 24 weeks
// (NICE NG201); t31-035
// was caught only by the fifth pregnancy question.
func TestBabyNotSoMuchMoving(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"i am pregnant 7 month. baby not so much moving since yesterday, usually he kick a lot",
		"pregnant 32 weeks, baby not much moving today",
	} {
		if !present(t, e, text, "fetal_movement_less") {
			t.Errorf("%q: fewer movements not read", text)
		}
	}
}
