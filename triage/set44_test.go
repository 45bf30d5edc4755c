package triage

import (
	"slices"
	"testing"
)

// Set 44 was written blind at the start of an eleventh-session task:
// pregnancy, after the birth and women's health, told by the women and by
// husbands, mothers and sisters. Its first run missed one emergency: a
// sister's Arabizi "el bebe bi3ish a7san bala ya" (the baby would live
// better without her) was not read as a thought of death, so the plan was
// never asked. The non-emergencies it sent to the emergency number came
// from words read out of their sense: a wound's "one end of it" as "end
// it", skin scratched "till they bleed" as bleeding in pregnancy, «راس
// الصدر» (the nipple) as a head and a chest, «موش حامل» (not pregnant) as a
// pregnancy, thrush's «كيف الجبن» (like cheese) spell-corrected to the loin,
// and a hot flush in the face as a fever. Each is fixed here in general,
// beside the wording that must still fire.

// TestBetterOffWithoutHer: that one's child or the world would be better
// without one is a passive thought of death, however a dialect or a
// relative says it; it asks about a plan, and a plan is the emergency.
func TestBetterOffWithoutHer(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"okhti jebet bebe w 2aletli enno el bebe bi3ish a7san bala ya",
		"ساعات بقول الدنيا هتبقى احسن من غيري",
		"اختي بتقول ابنها رح يعيش احسن بدونها",
		"بنتي تقول عيالها بيعيشون احسن بدونها",
		"my sister says the baby would be better off without her",
	} {
		if !present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: not read as a passive thought of death", text)
		}
	}
	// a thing, not a person, is no wish to be gone
	for _, text := range []string{"الولد بيعيش احسن من غير دوا", "my skin is better without the cream"} {
		if present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: read as a thought of death", text)
		}
	}
	d := e.Assess("el bebe bi3ish a7san bala ya", Facts{AgeYears: 30, Sex: "f"}, map[string]string{"mh_plan": "yes"})
	if d.Urgency != Emergency {
		t.Errorf("better without her, with a plan: %s %v; want emergency", d.Urgency, d.RedFlags)
	}
	if d := e.Classify("بدي اقتل حالي", Facts{AgeYears: 30}); d.Urgency != Emergency {
		t.Errorf("intent to kill oneself: %s; want emergency", d.Urgency)
	}
}

// TestTheEndOfAWoundIsNoPlan: "one end of it is red" (a caesarean wound)
// is no "end it"; ending it all still is.
func TestTheEndOfAWoundIsNoPlan(t *testing.T) {
	e := mustLoad(t)
	text := "C-section 8 days ago. since yesterday one end of it is red and leaking some yellowish stuff"
	if present(t, e, text, "suicidal") {
		t.Errorf("%q: read as suicidal intent", text)
	}
	for _, text := range []string{"I just want to end it", "i want to end it all tonight"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency != Emergency {
			t.Errorf("%q: %s; want emergency", text, d.Urgency)
		}
	}
}

// TestScratchedTillItBleeds: an itch scratched "till they bleed" is the
// itch's, not bleeding in pregnancy (itching palms and soles at 33 weeks is
// the urgent UR-PREG-03); bleeding in pregnancy still fires.
func TestScratchedTillItBleeds(t *testing.T) {
	e := mustLoad(t)
	text := "33 weeks pregnant, my palms and soles itch like crazy at night, I'm scratching till they bleed. No rash"
	d := e.Classify(text, Facts{AgeYears: 31, Sex: "f"})
	if slices.Contains(d.RedFlags, "RF-PREG-01") || d.Urgency == Emergency {
		t.Errorf("%q: %s %v; an itch, no bleeding in pregnancy", text, d.Urgency, d.RedFlags)
	}
	for _, text := range []string{"33 weeks pregnant and I'm bleeding", "انا حامل بالشهر السابع وعم ينزل مني دم"} {
		if d := e.Classify(text, Facts{AgeYears: 31, Sex: "f"}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; bleeding in pregnancy is an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestTheHeadOfTheBreastIsTheNipple: «راس الصدر» is the nipple; a
// breastfeeding mother's cracked sore nipple is no headache and no chest
// pain. Chest pain after the birth still fires.
func TestTheHeadOfTheBreastIsTheNipple(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"توا عندي اسبوع من الولادة ونرضع، راس الصدر متشقق ويوجعني هلبا وقت الرضاعة",
		"ولدت من اسبوعين وراس صدري مجروح ويوجعني لما ارضع",
	} {
		for _, c := range []string{"chest_pain", "headache"} {
			if present(t, e, text, c) {
				t.Errorf("%q: read as %s", text, c)
			}
		}
		if d := e.Classify(text, Facts{AgeYears: 25, Sex: "f"}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; a sore nipple is no emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"ولدت من اسبوع وصدري يوجعني وضايق نفسي", "ولدت من اسبوع وراسي يوجعني"} {
		if !present(t, e, text, "chest_pain") && !present(t, e, text, "headache") {
			t.Errorf("%q: neither chest pain nor headache read", text)
		}
	}
	if d := e.Classify("ولدت من اسبوع وصدري يوجعني وضايق نفسي", Facts{AgeYears: 25, Sex: "f"}); d.Urgency != Emergency {
		t.Errorf("chest pain and breathlessness after the birth: %s; want emergency", d.Urgency)
	}
}

// TestTunisianNotPregnantAndCheese: «موش حامل» is not pregnant, and
// thrush's discharge «كيف الجبن» (like cheese) is a discharge, not the
// loin. A Tunisian who is pregnant and bleeding still goes to emergency.
func TestTunisianNotPregnantAndCheese(t *testing.T) {
	e := mustLoad(t)
	text := "عسلامة، عندي حكة برشا لوطا وافرازات بيضا كيف الجبن، ما فماش ريحة. موش حامل"
	for _, c := range []string{"pregnancy_word", "flank", "severe_flank_pain"} {
		if present(t, e, text, c) {
			t.Errorf("%q: read as %s", text, c)
		}
	}
	if !present(t, e, text, "vaginal_discharge") {
		t.Errorf("%q: discharge not read", text)
	}
	if d := e.Classify("انا حامل ونزل عليا الدم برشا", Facts{AgeYears: 30, Sex: "f"}); d.Urgency != Emergency {
		t.Errorf("pregnant and bleeding (Tunisian): %s; want emergency", d.Urgency)
	}
}

// TestAHotFlushIsNoFever: a heat rising in the face with night sweats
// around the menopause is a hot flush; a fever said so is still one.
func TestAHotFlushIsNoFever(t *testing.T) {
	e := mustLoad(t)
	text := "عندي ٥١ سنه والدوره مش منتظمة، وبيجيلي سخونية في وشي وعرق بالليل"
	if present(t, e, text, "fever") {
		t.Errorf("%q: a hot flush read as a fever", text)
	}
	for _, text := range []string{"عندي سخونية من امبارح", "جسمي سخن وعندي حرارة"} {
		if !present(t, e, text, "fever") {
			t.Errorf("%q: fever not read", text)
		}
	}
}

// TestWeeksWithMyFirst: "32 weeks with my first" is a pregnancy, so fewer
// movements go to the maternity unit (RF-PREG-06) rather than routine.
func TestWeeksWithMyFirst(t *testing.T) {
	e := mustLoad(t)
	text := "Hi, 32 weeks with my first. Baby has been much quieter today than normal"
	if !present(t, e, text, "pregnancy_word") {
		t.Errorf("%q: pregnancy not read", text)
	}
	if d := e.Classify(text, Facts{AgeYears: 29, Sex: "f"}); d.Urgency == Routine || d.Urgency == SelfCare {
		t.Errorf("%q: %s; fewer movements in late pregnancy go to the maternity unit", text, d.Urgency)
	}
}

// TestWhateverIDrinkIBringUp: fluids not kept down told drink first
// («كل شي اشربه ارجعه حتى الماي», "whatever I drink I throw up") are
// fluids not kept down: in early pregnancy, possible hyperemesis, urgent.
// Vomiting once a morning with drinks kept down is not, and «ارجعه»
// without what was drunk is "return it".
func TestWhateverIDrinkIBringUp(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ana 7amel 10 asabee3 w kil shay ashrabah arj3ah 7atta el maay",
		"انا حامل ١٠ اسابيع وكل شي اشربه ارجعه حتى الماي",
		"8 weeks pregnant and whatever I drink I throw up",
	} {
		if !present(t, e, text, "not_drinking") {
			t.Errorf("%q: fluids not kept down not read", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 25, Sex: "f"}); d.Urgency != Urgent {
			t.Errorf("%q: %s; want urgent", text, d.Urgency)
		}
	}
	for _, text := range []string{
		"8 weeks pregnant, whatever I drink stays down, I vomit once in the morning",
		"اشتريت الدوا من الصيدلية ولو ما نفع ارجعه",
	} {
		if present(t, e, text, "not_drinking") {
			t.Errorf("%q: read as fluids not kept down", text)
		}
	}
}
