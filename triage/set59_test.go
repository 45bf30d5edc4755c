package triage

import (
	"slices"
	"testing"
)

// Set 59 was written blind at the start of a thirteenth-session task:
// Egyptian, Levantine and Arabizi (Egyptian and Levantine spelling), 18
// emergencies of which 14 hide behind a mild first message, and 22
// look-alikes. Its first run caught every emergency in both modes; what it
// got wrong were words read out of their sense. «كل ما اكل محشي او حاجه
// تقيله» (every time I eat stuffed vegetables or something heavy) made
// heartburn a chest felt heavy, RF-CHEST-02. A mother's «امبارح بالليل
// نهجت وصفرت وخدت البخاخه» (last night she panted and wheezed and took the
// inhaler) was no breathlessness, so an asthma attack the reliever eased
// was routine; and once read, «حساسيه صدر», Egypt's name for asthma, was
// an allergen met, anaphylaxis. «حرقان فظيع في البول»
// (terrible burning passing urine) made a loin pain a few words on severe,
// so strict mode asked whether it was sudden and, unanswered, sent a
// kidney infection to the emergency number.

// TestHeavyFoodOrSomethingHeavyIsNoChestPressure: "or something heavy"
// after a dish is the food's heaviness; a heaviness on the chest, after a
// meal or not, is still RF-CHEST-02 (NHS heart attack; NICE CG184 for the
// heartburn).
func TestHeavyFoodOrSomethingHeavyIsNoChestPressure(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"كل ما اكل محشي او حاجه تقيله وانام صدري بيولع نار وطعم حمضان في بوقي",
		"لما اكلت حاجه تقيله بالليل صدري ولع نار",
		"كل ما بوكل فلافل او شي تقيل بيحرقني صدري",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35}); slices.Contains(d.RedFlags, "RF-CHEST-02") {
			t.Errorf("%q: %v; heartburn after a heavy meal is no chest pressure", text, d.RedFlags)
		}
	}
	for _, text := range []string{
		"حاسس ان في حاجة تقيلة على صدري وعرقان",
		"بعد ما اكلت حسيت بتقل جامد على صدري وعرقان",
		"after dinner I felt a heavy pressure on my chest",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestPantingToldInThePastIsBreathless: «نهجت» (she panted) is
// breathlessness, so an asthma attack eased by the reliever is urgent
// (UR-ASTHMA-01; BTS/SIGN 158), not routine.
func TestPantingToldInThePastIsBreathless(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها ربو، امبارح بالليل نهجت وصفرت وخدت البخاخه وبقت احسن",
		"ابني عنده ربو وامبارح بالليل اتنهجت وخد الفنتولين وارتاح",
		"عندي ربو ونهجت وانا طالعه السلم",
	} {
		if a := e.lex.analyze(text); !a.present[e.lex.index["breathless"]] {
			t.Errorf("%q: panting not read as breathless", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 9}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent", text, d.Urgency, d.RedFlags)
		}
	}
	// «صفرت» alone is turning yellow, not a wheeze
	for _, text := range []string{"عيونها صفرت من امبارح", "الورقه صفرت"} {
		if a := e.lex.analyze(text); a.present[e.lex.index["breathless"]] {
			t.Errorf("%q: read as breathless", text)
		}
	}
}

// TestChestAllergyIsAsthmaNotAnaphylaxis: «حساسيه صدر» is asthma, no
// allergen; an allergen named with breathing trouble stays RF-ALLERGY-02
// (Resuscitation Council UK 2021).
func TestChestAllergyIsAsthmaNotAnaphylaxis(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها حساسيه صدر، امبارح بالليل نهجت وخدت البخاخه وبقت احسن",
		"عندي حساسية على الصدر وامبارح نهجت شويه وخدت البخاخ",
		"benty 3andaha 7asasyet sadr w nahget embare7 w el ba5a5a ray7etha",
	} {
		d := e.Classify(text, Facts{AgeYears: 9})
		if slices.Contains(d.RedFlags, "RF-ALLERGY-02") {
			t.Errorf("%q: %v; a chest allergy is asthma", text, d.RedFlags)
		}
		if a := e.lex.analyze(text); !a.present[e.lex.index["asthma_word"]] {
			t.Errorf("%q: not read as asthma", text)
		}
	}
	for _, text := range []string{
		"اكلت جمبري وعندي حساسية ونفسي بيضيق",
		"I'm allergic to nuts, ate one and I'm wheezing",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); !slices.Contains(d.RedFlags, "RF-ALLERGY-02") {
			t.Errorf("%q: %v; want RF-ALLERGY-02", text, d.RedFlags)
		}
	}
}

// TestUrineBurningStrengthIsNoLoinSeverity: the strength of the burning on
// passing urine is the urine's; a severe loin pain said of the loin stays
// severe (RF-URO-02's question; NICE NG111 for the infection).
func TestUrineBurningStrengthIsNoLoinSeverity(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عندي حرقان فظيع في البول وظهري واجعني من الجنب",
		"حرقه شديده مع البول ووجع في جنبي",
		"عندي حرقان قوي بالبول وضهري بيوجعني",
	} {
		if a := e.lex.analyze(text); a.present[e.lex.index["severe"]] {
			t.Errorf("%q: the urine's burning made the loin pain severe", text)
		}
	}
	for _, text := range []string{
		"وجع فظيع في جنبي الشمال مرة واحدة",
		"حرقان في البول ووجع شديد في جنبي",
	} {
		if a := e.lex.analyze(text); !a.present[e.lex.index["severe"]] {
			t.Errorf("%q: a severe loin pain not read as severe", text)
		}
	}
}

// TestABurningKidneyAndWrithingAreALoinPain: an amount of water drunk is no
// severity («نشرب الما بزاف»), and with it gone the Moroccan renal colic of
// set 21 (h21-010) had to be read for what it says: a burning in the
// kidney (loin pain), sudden, that will not let one keep still (severe):
// RF-URO-02 (NICE NG118).
func TestABurningKidneyAndWrithingAreALoinPain(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"جاني واحد الحريق فالكلوة اليسرى فجأة هاد الصباح، ما قدرتش نبقى فبلاصة وحدة، ورجعت جوج مرات",
		"جالي وجع في جنبي اليمين فجأة ومش قادر اقعد في مكان واحد ورجعت",
		"sudden pain in my right side, I cant sit still, threw up twice",
	} {
		if d := e.Classify(text, Facts{AgeYears: 40}); !slices.Contains(d.RedFlags, "RF-URO-02") {
			t.Errorf("%q: %s %v; want RF-URO-02", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"عندي مغص خفيف بس عم اشرب مي كتير",
		"قالو ليا نشرب الما بزاف",
		"عندي حرقان في البول من يومين",
		"etlawa rigly w ana bal3ab koora, wr'mat shwaya bas bamshy 3adi 3aleiha",
		"رجلي اتلوت وانا نازله السلم",
	} {
		if a := e.lex.analyze(text); a.present[e.lex.index["severe"]] || a.present[e.lex.index["severe_flank_pain"]] {
			t.Errorf("%q: read as a severe or loin pain", text)
		}
	}
}
