package triage

import "testing"

// Training set 80 (fifteenth session): Egyptian and Levantine families
// writing for their elderly parents. Each test holds a family of readings
// in English and several dialects, with the look-alikes that must not move.

// TestADialysisSessionMissed: a haemodialysis session missed is the unit
// the same day (UR-KIDNEY-02), and breathlessness, a racing heart,
// weakness or faintness with it an emergency (RF-KIDNEY-01: potassium or
// fluid built up; UK Kidney Association hyperkalaemia guideline). h80-005
// was booked as a routine kidney follow-up.
func TestADialysisSessionMissed(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 75}
	urgencyIs(t, e, Urgent, "nephrology", old,
		"بابا بيغسل كلى، فوت جلسة السبت عشان كان تعبان. يستنى لجلسة التلات عادي؟",
		"my mum is on dialysis and missed her session today because of the rain",
		"امي عالغسيل وما راحت عالجلسة اليوم",
		"ابوي على غسيل الكلى وما راح الجلسة امس",
		"baba 3al ghaseel w ma ra7 3al jalse mbere7",
		"baba 3ala ghaseel el kela w fawet el galsa",
	)
	classifiedAs(t, e, true, old,
		"my dad is on dialysis, he missed his session yesterday and now he is short of breath",
		"بابا بيغسل كلى وفوت جلسة السبت وقلبه بيدق بسرعة",
		"بيي عالغسيل وما راح عالجلسة مبارح وصار نفسه مقطوع",
		"baba byeghsel kela w fawwet el galsa embare7 w nafaso 2oseyar",
	)
	// the pathway asks the signs, and a yes is the emergency
	text := "ماما بتغسل كلى ومراحتش الجلسة النهاردة"
	if d := e.Assess(text, old, map[string]string{"dialysis_signs": "yes"}); d.Urgency != Emergency {
		t.Errorf("%q with dialysis_signs yes: %s %v", text, d.Urgency, d.RedFlags)
	}
	// a session that went well, a kidney follow-up, another session missed
	amberOf(t, e, "UR-KIDNEY-02", false, old,
		"my mum is on dialysis, her session went fine this morning",
		"بابا بيغسل كلى وراح الجلسة النهاردة وكويس",
		"ماما عندها ضعف في الكلى وفوتت ميعاد الدكتور",
		"missed my physio session, my back is stiff",
	)
}

// TestMoreConfusedThanUsualWithDementia: confusion worse than usual, or
// sudden, in someone with dementia is delirium until shown otherwise
// (NICE CG103): urgent (UR-NEURO-05), and the fever and fast breathing of
// a sepsis are asked; a fever with it is RF-SEPSIS-03. h80-026 was booked
// routinely as the dementia alone.
func TestMoreConfusedThanUsualWithDementia(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 84}
	texts := []string{
		"تيتا عمرها ٨٨ وعندها زهايمر، من يومين صايرة مخربطة اكتر من العادة ونعسانة وما عم تاكل",
		"my mum has dementia and since yesterday she is more confused than usual",
		"grandad has alzheimers and today he is suddenly very confused",
		"امي عندها زهايمر ومن امس صايرة تخربط اكثر من العادة",
		"ماما عندها زهايمر ومن امبارح بقت مش مركزة اكتر من العادي",
	}
	amberOf(t, e, "UR-NEURO-05", true, old, texts...)
	urgencyIs(t, e, Urgent, "", old, texts...)
	for _, text := range texts {
		if d := e.Assess(text, old, map[string]string{"breath_fever": "yes"}); d.Urgency != Emergency {
			t.Errorf("%q with a fever: %s %v", text, d.Urgency, d.RedFlags)
		}
	}
	amberOf(t, e, "UR-NEURO-05", false, old,
		"my mum has dementia, she is forgetful like always, we need her review",
		"جدي عنده زهايمر وحالته زي ما هي",
		"ابي صار ينسى كتير من كم شهر، بينسى وين حط غراضو",
	)
}

// TestNeverComplainedIsNoWorstHeadache: "never" told of a habit («عمره ما
// كان بيشتكي من صداع», he never used to complain of headaches) is the
// person's usual health, not a thunderclap (h80-012, giant cell arteritis
// at 78, sent to the emergency number by RF-NEURO-02); "never had one like
// this" still is.
func TestNeverComplainedIsNoWorstHeadache(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 78}
	urgencyIs(t, e, Urgent, "", old,
		"بابا ٧٨ سنة بقاله اسبوع عنده صداع جديد جنب راسه، وبيقول شعره بيوجعه لما يسرحه، وفكه بيتعب لما ياكل. عمره ما كان بيشتكي من صداع",
		"ابوي عمره ما اشتكى من صداع، من اسبوع عنده وجع راس جنب الصدغ وفروة راسه بتوجعه",
		"my dad never complained of headaches, now a new one at his temple for a week and his scalp is sore",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 45},
		"عمري ما جاني صداع زي كدة، فجأة من ساعة",
		"عمري ما حسيت بصداع بالقوة هاي",
		"never had a headache like this, came on suddenly",
		"ابوي عمرو ما كان يشكي من راسو، هلق صار عندو صداع قوي فجأة متل الضربة",
	)
}

// TestShinglesOnTheChestIsNotAHeartAttack: small blisters with water in
// them in a line on one side, with the burning pain before them, are
// shingles (UR-SKIN-01, the same day), not a new chest pain (h80-032);
// the right side "under the chest" is no lower right belly. A chest pain
// with sweating or breathlessness beside a rash is still RF-CHEST-01.
func TestShinglesOnTheChestIsNotAHeartAttack(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 67}
	urgencyIs(t, e, Urgent, "", old,
		"انا عمري ٦٧ سنة، من يومين عندي حرقة ووجع بجنبي اليمين تحت الصدر، واليوم طلعلي حبوب صغار فيها مي ع نفس المكان ماشيين بخط",
		"عندي حبوب صغيرة فيها مية على ضهري من ناحية واحدة وبتحرقني",
	)
	if present(t, e, "وجع بجنبي اليمين تحت الصدر", "lower_right_belly") {
		t.Error("the right side under the chest read as the lower right belly")
	}
	for _, text := range []string{"بطني بتوجعني يمين تحت من امبارح", "وجع في الجنب اليمين تحت من الصبح"} {
		if !present(t, e, text, "lower_right_belly") {
			t.Errorf("%q: lower right belly not read", text)
		}
	}
	classifiedAs(t, e, true, old,
		"وجع في صدري وعرقان ونفسي ضيق وطلعلي حبوب صغار فيها مي",
	)
}

// TestDarkStoolOnIron: a stool told dark (not black) in a sentence naming
// iron tablets is iron's colour (BNF ferrous sulfate), not a bleed
// (h80-037, sent to the emergency number); black or tarry told in so many
// words, or dark without iron, still fires RF-BLEED-02.
func TestDarkStoolOnIron(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 73}
	classifiedAs(t, e, false, old,
		"ابي عم ياخد حب حديد من اسبوعين وصار عندو امساك وبرازو لونو غامق",
		"my mum is on iron tablets and her poo is dark",
		"ماما بتاخد حبوب الحديد والبراز بقى لونه غامق",
	)
	classifiedAs(t, e, true, old,
		"ابي عم ياخد حب حديد وبرازو صار اسود",
		"my mum is on iron tablets and her poo is black and tarry, she feels faint",
		"ابي برازو لونو غامق ودايخ",
		"my poo has been really dark, almost black",
	)
}

// TestAWishThatGodTakeHerInArabizi: "allah" in an Arabizi message is God
// (الله), so «يا ريت الله ياخدني» written in Latin letters is the passive
// wish it is in Arabic script (h80-030: UR-MH-02, urgent).
func TestAWishThatGodTakeHerInArabizi(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 69}
	amberOf(t, e, "UR-MH-02", true, f,
		"mama 2aletli ya reit allah yaa5edni w erta7",
		"mama 2aletli ya reit Allah ya5edni",
		"امي قالتلي يا ريت الله ياخدني وارتاح",
	)
	amberOf(t, e, "UR-MH-02", false, f,
		"mama ta3bana, allah yeshfeeha",
		"baba 3ando soda3 w allah a3lam leh",
	)
}

// TestASlipOnTheFloorIsAFallFromStanding: a slip or a trip told with the
// floor, a rug or a room is a low-energy fall: the crash or fall-from-
// height question is not asked (h80-019, h80-029: its "not sure" went to
// the emergency number). A fall on the stairs is still asked.
func TestASlipOnTheFloorIsAFallFromStanding(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابي عمره ٨٥، تزحلق امبارح بالمطبخ وسند على ايده. بس رسغه منفخ",
		"baba 78 sana et-za7la2 3al segada embare7 w we2e3 3ala gambo, 2am lwa7do w mashi 3adi",
		"mum slipped on the kitchen floor and her wrist is swollen",
		"ماما اتكعبلت في السجادة ووقعت",
	} {
		if !present(t, e, text, "minor_mechanism") {
			t.Errorf("%q: no fall from standing read", text)
		}
	}
	for _, text := range []string{"ابوي تزحلق على الدرج ووقع", "my dad tripped on the stairs and fell down them"} {
		if present(t, e, text, "minor_mechanism") {
			t.Errorf("%q: a fall on the stairs read as one from standing", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 80}, "ماما اتكعبلت في السجادة ووقعت ومش قادرة تقف على رجلها")
}
